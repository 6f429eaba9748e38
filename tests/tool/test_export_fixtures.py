"""The crafted export edition (export_fixtures.py) is itself valid TEI."""

from __future__ import annotations

from lxml import etree

from export_fixtures import write_edition


def test_fixture_documents_are_well_formed_tei(tmp_path, tei_all_rng):
    tei = write_edition(tmp_path)
    for path in sorted(tei.glob("*.xml")):
        tree = etree.parse(str(path))
        assert tei_all_rng.validate(tree), (path.name, tei_all_rng.error_log)
