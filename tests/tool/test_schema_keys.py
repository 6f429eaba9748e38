"""schema/teikit.sch looks ids up with key('ids', …), not by scanning the document per node: the
findings are those of the same schema with every key() call written back as the scan it replaces,
on the edition, the FRUS volumes and the crafted documents that break each rule."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_schema_sch import run

from conftest import ROOT, SHARED, TEI_DIR
from teikit.validate.schematron import SchematronValidator, compile_schematron

SCH = ROOT / "schema" / "teikit.sch"
CALL = "key('ids',"
DOCUMENTS = sorted([*TEI_DIR.glob("*.xml"), *(SHARED / "external-tei").glob("*.xml"),
                    *(Path(__file__).parents[1] / "data" / "schema").glob("*.xml")])


def _arguments(text: str, start: int) -> tuple[list[str], int]:
    """The top-level comma-separated arguments of the call whose "(" is at ``start``, and its end."""
    args, depth, quote, begin = [], 0, "", start + 1
    for i in range(start, len(text)):
        ch = text[i]
        if quote:
            quote = "" if ch == quote else quote
        elif ch in "'\"":
            quote = ch
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth == 0:
                return [*args, text[begin:i]], i + 1
        elif ch == "," and depth == 1:
            args.append(text[begin:i])
            begin = i + 1
    raise ValueError("unbalanced key() call")


def as_scans(text: str) -> str:
    """Every key('ids', ID[, DOC]) rewritten as the scan //*[@xml:id = ID] of DOC (default: this document)."""
    while (at := text.find(CALL)) >= 0:
        (_name, wanted, *doc), end = _arguments(text, at + len("key"))
        root = f"({doc[0]})//*" if doc else "//*"
        text = f"{text[:at]}(let $k := ({wanted}) return {root}[@xml:id = $k]){text[end:]}"
    return text


def findings(validator: SchematronValidator, path: Path) -> list[tuple[int, int, str, str]]:
    return [(d.line, d.col, d.rule, d.message) for d in run(validator, path)]  # duplicate ids parsed too


@pytest.fixture(scope="module")
def both(tmp_path_factory: pytest.TempPathFactory) -> tuple[SchematronValidator, SchematronValidator]:
    text = SCH.read_text(encoding="utf-8")
    scans = as_scans(text)
    assert CALL in text and CALL not in scans
    scanning = tmp_path_factory.mktemp("sch") / "teikit-scans.sch"
    scanning.write_text(scans, encoding="utf-8")
    return (SchematronValidator(compile_schematron(SCH, "edition")),
            SchematronValidator(compile_schematron(scanning, "edition")))


def test_no_scan_for_an_id_left() -> None:
    assert "@xml:id = $" not in SCH.read_text(encoding="utf-8")


@pytest.mark.parametrize("path", DOCUMENTS, ids=lambda p: p.name)
def test_keys_find_what_the_scans_find(path: Path, both: tuple[SchematronValidator, SchematronValidator]) -> None:
    keyed, scanning = both
    assert findings(keyed, path) == findings(scanning, path)


def test_the_comparison_sees_the_id_rules(both: tuple[SchematronValidator, SchematronValidator]) -> None:
    rules = {rule for path in DOCUMENTS for _l, _c, rule, _m in findings(both[0], path)}
    assert {"teikit-id-unique", "teikit-bibl-corresp", "teikit-footnote-anchor"} <= rules
