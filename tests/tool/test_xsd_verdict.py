"""The project XSD's verdict from libxml2 (validate/xsd_verdict.py) is xmlschema's, on real and
mutated documents; an invalid document gets xmlschema's diagnostics, as before."""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree

from conftest import ROOT, SHARED, TEI_DIR
from mutants import mutants
from teikit.validate import xsd, xsd_verdict
from teikit.validate.locate import Locator, decode
from teikit.xmlsafe import parse_xml

SCHEMA = ROOT / "schema" / "teikit.xsd"
EXTERNAL = SHARED / "external-tei"
REAL_FILES = sorted([*TEI_DIR.glob("*.xml"), *(Path(__file__).parents[1] / "data").rglob("*.xml"),
                     *EXTERNAL.glob("*.xml"), *EXTERNAL.glob("more/*.xml")])
MUTATED = sorted([*TEI_DIR.glob("[0-9]*.xml"), *(p for p in EXTERNAL.rglob("*.xml") if p.stat().st_size < 50_000)])


@pytest.fixture(scope="module")
def engines():
    return xsd_verdict.load_verdict_xsd(SCHEMA), xsd.load_xsd(SCHEMA)


def _xmlschema_valid(schema, tree) -> bool:
    return next(iter(schema.iter_errors(tree)), None) is None


@pytest.mark.parametrize("path", REAL_FILES, ids=lambda p: p.name)
def test_same_verdict_on_real_files(path: Path, engines) -> None:
    fast, slow = engines
    try:
        tree = parse_xml(path)
    except Exception:  # noqa: BLE001 - a not-well-formed test file: nothing to validate
        pytest.skip("not well-formed")
    assert fast.libxml is not None
    assert fast.libxml.validate(tree) == _xmlschema_valid(slow, tree)


def test_same_verdict_on_mutated_files(engines) -> None:
    fast, slow = engines
    verdicts = {}
    for path in MUTATED:
        for name, mutant in mutants(path, per_file=36):
            expected = _xmlschema_valid(slow, mutant)
            assert fast.libxml.validate(mutant) == expected, name
            verdicts[name] = expected
    assert sum(verdicts.values()) > 20 and len(verdicts) - sum(verdicts.values()) > 100  # both kinds, many


def test_invalid_document_gets_xmlschemas_diagnostics(engines) -> None:
    fast, slow = engines
    path = sorted(TEI_DIR.glob("[0-9]*.xml"))[0]
    name, mutant = next((n, m) for n, m in mutants(path) if not _xmlschema_valid(slow, m))
    data = etree.tostring(mutant)
    locator = Locator(decode(data, mutant), mutant)
    found = xsd_verdict.validate_verdict_xsd(fast, mutant, locator, name)
    assert found and found == xsd.validate_xsd(slow, mutant, locator, name)


def test_valid_document_never_loads_xmlschema(tmp_path: Path) -> None:
    import subprocess
    import sys

    code = ("import sys; from teikit.validate.api import validate; "
            f"assert validate([{str(sorted(TEI_DIR.glob('[0-9]*.xml'))[0])!r}], ['{SCHEMA}']) == []; "
            "assert 'xmlschema' not in sys.modules")
    subprocess.run([sys.executable, "-c", code], check=True, cwd=tmp_path)
