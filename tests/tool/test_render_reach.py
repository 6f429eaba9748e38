"""A one-shot render hands Saxon only the register entries the document reaches
(teikit.render.reach): every view of every file must come out byte-identical to the
page rendered with the whole register."""

from __future__ import annotations

from pathlib import Path

import pytest

from teikit.errors import TeikitError
from teikit.render.html import VIEWS, render
from teikit.render.reach import pointer_ids, reachable_register
from teikit.xmlsafe import parse_xml

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "tests" / "data"
EXTERNAL = ROOT.parent / "shared" / "external-tei"
EDITION_REGISTER = ROOT / "tei" / "register.xml"
SELF_REGISTER_LIMIT = 500_000  # bytes: a file as its own register (its ids and pointers), when small enough


def _documents() -> list[Path]:
    edition = [p for p in sorted((ROOT / "tei").glob("*.xml")) if p.name not in {"register.xml", "bibliography.xml"}]
    fixtures = [DATA / "render" / "crafted.xml", *sorted((DATA / "foreign").glob("*.xml")),
                *sorted((DATA / "schema").glob("*.xml"))]
    external = sorted(EXTERNAL.glob("*.xml")) + sorted((EXTERNAL / "more").glob("*.xml"))
    return edition + fixtures + external


def _cases() -> list[tuple[Path, Path | None]]:
    """Each document with the register it renders with by default (None: beside it, if any),
    with the edition's register, and, when small, with itself as the register."""
    cases: list[tuple[Path, Path | None]] = []
    for doc in _documents():
        cases += [(doc, None), (doc, EDITION_REGISTER)]
        if doc.stat().st_size <= SELF_REGISTER_LIMIT:
            cases.append((doc, doc))
    return cases


def _case_id(case: tuple[Path, Path | None]) -> str:
    doc, register = case
    return f"{doc.parent.name}/{doc.name}:{'beside' if register is None else register.name}"


@pytest.mark.parametrize("case", _cases(), ids=_case_id)
def test_one_shot_page_is_byte_identical(case: tuple[Path, Path | None]) -> None:
    doc, register = case
    if not doc.is_file():
        pytest.skip(f"{doc} not present")
    for view in VIEWS:
        whole = _outcome(doc, view, register, one_shot=False)
        cut = _outcome(doc, view, register, one_shot=True)
        assert cut == whole, f"{doc.name}, {view} view, register {register}"


def _outcome(doc: Path, view: str, register: Path | None, *, one_shot: bool) -> str:
    """The page, or the error a file that does not render stops with (the same either way)."""
    try:
        return render(doc, view, {}, register_file=register, one_shot=one_shot)
    except TeikitError as exc:
        return f"error: {exc}"


def test_the_cut_register_is_smaller() -> None:
    """The shortcut is real: 004 reaches a small part of the edition's register."""
    document = parse_xml(ROOT / "tei" / "004_199396b955c38b4b.xml")
    cut = reachable_register(EDITION_REGISTER, document)
    whole = EDITION_REGISTER.read_text(encoding="utf-8")
    assert len(str(cut)) < len(whole) / 2


def test_pointer_ids_read_as_tk_ref_id() -> None:
    root = parse_xml(b'<a ref="#x  reg:y" who="p.xml#q#r"><b corresp="z"/></a>').getroot()
    assert pointer_ids(root.iter()) == {"#x", "x", "reg:y", "p.xml#q#r", "q#r", "z"}


@pytest.mark.parametrize("files", [1, 2])
def test_a_refused_register_stops_the_command_before_any_page(tmp_path: Path, files: int) -> None:
    """One file (the cut register) or several (the whole one): the same one error, up front."""
    import subprocess
    import sys

    register = tmp_path / "register.xml"
    register.write_text('<TEI xmlns="http://www.tei-c.org/ns/1.0"><oops></TEI>', encoding="utf-8")
    docs = [str(p) for p in sorted((ROOT / "tei").glob("0*.xml"))[:files]]
    run = subprocess.run([sys.executable, "-m", "teikit.cli", "render", *docs, "--register", str(register),
                          "--out", str(tmp_path / "out")], capture_output=True, text=True, check=False)
    assert run.returncode == 1
    assert run.stderr.count("error") == 1 and run.stderr.startswith("teikit: error: ")
    assert not (tmp_path / "out").exists()
