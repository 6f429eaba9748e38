"""schema/teikit.sch: the edition passes, and every rule has a document that breaks it.

Crafted documents live in tests/data/schema/: ``sch-<rule id>.xml`` breaks that
rule, ``good.xml`` breaks none; register.xml and bibliography.xml there are the
registers their pointers resolve against. The rules run through the project's
Schematron compiler (teikit.validate.schematron).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from lxml import etree

from teikit.validate.diagnostics import Diagnostic
from teikit.validate.locate import Locator
from teikit.validate.schematron import SchematronValidator, load_schematron

ROOT = Path(__file__).resolve().parents[2]
SCH = ROOT / "schema" / "teikit.sch"
DATA = Path(__file__).parents[1] / "data" / "schema"
SCH_NS = {"sch": "http://purl.oclc.org/dsdl/schematron"}
RULE_IDS = etree.parse(str(SCH)).xpath("//sch:rule/@id", namespaces=SCH_NS)


@pytest.fixture(scope="module")
def sch() -> SchematronValidator:
    return load_schematron(SCH, "edition")  # every pattern


def test_default_phase_leaves_out_links_between_documents() -> None:
    # teikit convert validates each file as it writes it: its siblings may not exist yet.
    found = run(load_schematron(SCH), DATA / "sch-teikit-pointer-document.xml")
    assert found == []
    tree = etree.parse(str(SCH))
    assert tree.getroot().get("defaultPhase") == "document"
    patterns = set(tree.xpath("//sch:pattern/@id", namespaces=SCH_NS))
    edition = set(tree.xpath("//sch:phase[@id='edition']/sch:active/@pattern", namespaces=SCH_NS))
    document = set(tree.xpath("//sch:phase[@id='document']/sch:active/@pattern", namespaces=SCH_NS))
    assert edition == patterns and document == patterns - {"teikit-pointer-document-p"}


def run(sch: SchematronValidator, path: Path) -> list[Diagnostic]:
    # collect_ids=False: libxml2 would refuse a duplicate xml:id before the rule that reports it runs.
    data = path.read_bytes()
    parser = etree.XMLParser(collect_ids=False, no_network=True, resolve_entities=False)
    tree = etree.ElementTree(etree.fromstring(data, parser, base_url=str(path)))
    return sch.validate(tree, Locator(data.decode("utf-8"), tree), str(path), path.resolve().as_uri())


def test_every_rule_has_an_id_and_a_message_with_a_fix() -> None:
    rules = etree.parse(str(SCH)).xpath("//sch:rule", namespaces=SCH_NS)
    assert rules and all(r.get("id") for r in rules)
    assert len(set(RULE_IDS)) == len(RULE_IDS)
    for rule in rules:
        for check in rule.xpath("sch:assert | sch:report", namespaces=SCH_NS):
            assert ":" in "".join(check.itertext()), f"{rule.get('id')}: say how to fix it after a colon"


@pytest.mark.parametrize("rule_id", RULE_IDS)
def test_rule_has_a_breaking_document(rule_id: str) -> None:
    assert (DATA / f"sch-{rule_id}.xml").is_file()


@pytest.mark.parametrize("rule_id", RULE_IDS)
def test_breaking_document_fires_only_its_rule(sch: SchematronValidator, rule_id: str) -> None:
    found = run(sch, DATA / f"sch-{rule_id}.xml")
    assert found, f"sch-{rule_id}.xml breaks nothing"
    assert {d.rule for d in found} == {rule_id}, [str(d) for d in found]


def test_good_document_and_test_registers_pass(sch: SchematronValidator) -> None:
    for name in ("good.xml", "register.xml", "bibliography.xml"):
        assert run(sch, DATA / name) == [], name


def test_absent_register_is_skipped(sch: SchematronValidator) -> None:
    # register.xml#nobody and bibliography.xml#nothing would be errors if the registers were there.
    found = run(sch, DATA / "noregister" / "sch-register-absent.xml")
    assert [d for d in found if d.severity in ("error", "warning")] == []


def test_messages_name_the_offending_values(sch: SchematronValidator) -> None:
    text = " ".join(d.message for d in run(sch, DATA / "sch-teikit-pointer-register.xml"))
    assert "register.xml#nobody" in text and "register.xml#moscow" not in text
    bibls = " ".join(d.message for d in run(sch, DATA / "sch-teikit-bibl-corresp.xml"))
    assert all(f" {v} " in bibls for v in ("register.xml#moscow", "bibliography.xml#no-such-work", "#dsch-p"))
    assert "#dsch-b" not in bibls
    months = [d.message for d in run(sch, DATA / "sch-teikit-date-month.xml")]
    assert len(months) == 2 and any("31.XII.1963" in m for m in months)


EDITION = sorted((ROOT / "tei").glob("*.xml"))


@pytest.mark.parametrize("path", EDITION, ids=[p.name for p in EDITION])
def test_edition_passes(sch: SchematronValidator, path: Path) -> None:
    found = [d for d in run(sch, path) if d.severity in ("error", "warning")]
    assert found == [], "\n".join(f"{d.line}:{d.col} [{d.rule}] {d.message}" for d in found)


def test_odd_documents_every_rule() -> None:
    odd = (ROOT / "schema" / "teikit.odd").read_text(encoding="utf-8")
    documented = set(re.findall(r"<label>(teikit-[a-z-]+)</label>", odd))
    assert documented == set(RULE_IDS)
