"""xmlschema decides the project XSD's verdict (validate/xsd.py); libxml2, which decided it for a
while, agrees with it on real and mutated documents, so moving back changed no verdict."""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree

from conftest import ROOT, SHARED, TEI_DIR
from mutants import mutants
from teikit.validate import xsd
from teikit.validate.locate import Locator, decode
from teikit.xmlsafe import parse_xml

SCHEMA = ROOT / "schema" / "teikit.xsd"
EXTERNAL = SHARED / "external-tei"
REAL_FILES = sorted([*TEI_DIR.glob("*.xml"), *(Path(__file__).parents[1] / "data").rglob("*.xml"),
                     *EXTERNAL.glob("*.xml"), *EXTERNAL.glob("more/*.xml")])
MUTATED = sorted([*TEI_DIR.glob("[0-9]*.xml"), *(p for p in EXTERNAL.rglob("*.xml") if p.stat().st_size < 50_000)])


@pytest.fixture(scope="module")
def engines() -> tuple[etree.XMLSchema, xsd.xmlschema.XMLSchemaBase]:
    libxml2 = etree.XMLSchema(etree.parse(str(SCHEMA), etree.XMLParser(no_network=True)))
    return libxml2, xsd.load_xsd(SCHEMA)


def teikit_verdict(schema: xsd.xmlschema.XMLSchemaBase, tree: etree._ElementTree) -> bool:
    """Valid by validate's own XSD check (xmlschema, as `teikit validate` runs it)."""
    data = etree.tostring(tree)
    return xsd.validate_xsd(schema, tree, Locator(decode(data, tree), tree), "doc") == []


@pytest.mark.parametrize("path", REAL_FILES, ids=lambda p: p.name)
def test_same_verdict_on_real_files(path: Path, engines) -> None:
    libxml2, xmlschema = engines
    try:
        tree = parse_xml(path)
    except Exception:  # noqa: BLE001 - a not-well-formed test file: nothing to validate
        pytest.skip("not well-formed")
    assert teikit_verdict(xmlschema, tree) == libxml2.validate(tree)


def test_same_verdict_on_mutated_files(engines) -> None:
    libxml2, xmlschema = engines
    verdicts = {}
    for path in MUTATED:
        for name, mutant in mutants(path, per_file=36):
            verdicts[name] = teikit_verdict(xmlschema, mutant)
            assert verdicts[name] == libxml2.validate(mutant), name
    assert sum(verdicts.values()) > 20 and len(verdicts) - sum(verdicts.values()) > 100  # both kinds, many
