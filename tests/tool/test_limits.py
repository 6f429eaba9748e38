"""Depth limits, checked once and up front: a page or TEI file nested too deep fails alone with
a one-line error, and every other file is still converted, validated, rendered or built."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import SOURCES, TEI_DIR
from teikit.structure.inline import MAX_BRACKET_DEPTH, bracket_nesting
from teikit.xmlsafe import MAX_DEPTH

GOOD_SOURCE = next(SOURCES.glob("000_*.txt"))
GOOD_TEI = next(TEI_DIR.glob("000_*.xml"))


def teikit(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "teikit.cli", *args], capture_output=True, text=True,
                          timeout=600, cwd=cwd)


def nested_brackets(depth: int) -> str:
    return "Some text " + "[a " * depth + "]" * depth + "\n"


def deep_tei(depth: int) -> str:
    """A TEI document whose deepest element is ``depth`` levels down (TEI/text/body/p = 4)."""
    inner = depth - 4
    return ('<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>t</title></titleStmt>'
            "<publicationStmt><p>p</p></publicationStmt><sourceDesc><p>s</p></sourceDesc></fileDesc></teiHeader>"
            "<text><body><p>" + "<hi>" * inner + "x" + "</hi>" * inner + "</p></body></text></TEI>\n")


def test_bracket_nesting_counts_matched_pairs_only() -> None:
    assert bracket_nesting("a [b [c] d] [e]") == 2
    assert bracket_nesting("[" * 500) == 0  # unbalanced: kept as text, not nested
    assert bracket_nesting(nested_brackets(100)) == 100


def error_lines(stderr: str, path: Path) -> list[str]:
    return [line for line in stderr.splitlines() if line.startswith(f"{path}:") and ": error: " in line]


def test_convert_refuses_deep_brackets_and_converts_the_rest(tmp_path: Path) -> None:
    inputs = tmp_path / "in"
    inputs.mkdir()
    shutil.copy(GOOD_SOURCE, inputs / GOOD_SOURCE.name)
    deep = {depth: inputs / f"deep{depth}.txt" for depth in (MAX_BRACKET_DEPTH + 1, 100, 400, 800)}
    for depth, path in deep.items():
        path.write_text(nested_brackets(depth))
    (inputs / "at-the-limit.txt").write_text(nested_brackets(MAX_BRACKET_DEPTH))
    run = teikit("convert", str(inputs), "--out", str(tmp_path / "tei"))
    assert run.returncode == 1
    assert "Traceback" not in run.stderr
    for depth, path in deep.items():
        assert len(error_lines(run.stderr, path)) == 1
        assert f"nested {depth} deep" in run.stderr
        assert not (tmp_path / "tei" / f"{path.stem}.xml").exists()
    assert (tmp_path / "tei" / f"{GOOD_SOURCE.stem}.xml").exists()
    assert (tmp_path / "tei" / "at-the-limit.xml").exists()
    assert "3 failed" not in run.stderr and "4 failed" in run.stderr


def test_build_goes_on_past_a_deeply_nested_source(tmp_path: Path) -> None:
    (tmp_path / "sources").mkdir()
    shutil.copy(GOOD_SOURCE, tmp_path / "sources" / GOOD_SOURCE.name)
    (tmp_path / "sources" / "deep.txt").write_text(nested_brackets(400))
    (tmp_path / "tei").mkdir()
    for name in ("register.xml", "bibliography.xml"):
        shutil.copy(TEI_DIR / name, tmp_path / "tei" / name)
    run = teikit("build", "--no-pdf", "--jobs", "1", cwd=tmp_path)
    assert run.returncode == 1
    assert "Traceback" not in run.stderr
    assert len(error_lines(run.stderr, tmp_path / "sources" / "deep.txt")) == 1
    assert (tmp_path / "build" / f"{GOOD_SOURCE.stem}.html").exists()


@pytest.fixture()
def deep_files(tmp_path: Path) -> tuple[Path, list[Path]]:
    folder = tmp_path / "tei"
    folder.mkdir()
    shutil.copy(GOOD_TEI, folder / "a-good.xml")
    deep = []
    for depth in (MAX_DEPTH + 1, 180, 255):
        deep.append(folder / f"deep{depth}.xml")
        deep[-1].write_text(deep_tei(depth))
    (folder / "at-the-limit.xml").write_text(deep_tei(MAX_DEPTH))
    return folder, deep


def test_validate_reports_deep_files_and_checks_the_others(deep_files: tuple[Path, list[Path]]) -> None:
    folder, deep = deep_files
    run = teikit("validate", str(folder))
    assert run.returncode == 1 and "Traceback" not in run.stdout + run.stderr
    output = run.stdout + run.stderr
    for path in deep:
        assert len(error_lines(output, path)) == 1 and "nested more than" in output
    assert not error_lines(output, folder / "at-the-limit.xml") or "nested" not in output.split("at-the-limit")[1][:200]
    report = json.loads(teikit("validate", "--format", "json", str(folder)).stdout)
    text = json.dumps(report)
    for path in deep:
        assert path.name in text
    assert "Schematron could not run" not in text


def test_render_reports_a_deep_file_and_renders_the_others(deep_files: tuple[Path, list[Path]], tmp_path: Path) -> None:
    folder, deep = deep_files
    run = teikit("render", str(folder / "a-good.xml"), *map(str, deep), str(folder / "at-the-limit.xml"),
                 "--view", "reading", "--out", str(tmp_path / "out"))
    assert run.returncode == 1 and "Traceback" not in run.stderr
    for path in deep:
        assert len(error_lines(run.stderr, path)) == 1
    assert (tmp_path / "out" / "a-good.html").exists()
    assert (tmp_path / "out" / "at-the-limit.html").exists()


def test_too_many_attributes_is_one_clear_error(tmp_path: Path) -> None:
    doc = tmp_path / "wide.xml"
    text = GOOD_TEI.read_text(encoding="utf-8")
    attributes = " ".join(f'x{i}="v"' for i in range(4000))
    doc.write_text(text.replace("<p>", f"<p {attributes}>", 1), encoding="utf-8")
    run = teikit("validate", "--format", "json", str(doc))
    assert run.returncode == 1 and "Traceback" not in run.stderr
    report = json.dumps(json.loads(run.stdout))
    assert "4000 attributes" in report


def test_validate_reports_the_first_findings_and_how_many_more(tmp_path: Path) -> None:
    """40 000 invalid children: the report lists the first of the kind, counts the rest, and arrives."""
    from teikit.pipeline import check_output
    from teikit.validate.diagnostics import PER_KIND, count

    text = GOOD_TEI.read_text(encoding="utf-8")
    at = text.index("<p>", text.index("<body"))
    data = (text[:at] + "<p>" + '<hi bogus="1">x</hi>' * 40_000 + "</p>" + text[at:]).encode()
    found = check_output(data, tmp_path / "many.xml")
    assert len(found) == PER_KIND + 1 and count(found)["error"] == 40_000
    *listed, rest = found
    assert all(d.count == 1 for d in listed) and rest.count == 40_000 - PER_KIND
    assert rest.message.startswith(f"… and {40_000 - PER_KIND} more of this kind, the next here: ")
    assert rest.hint is not None and rest.hint.endswith(f"/hi[{PER_KIND + 1}]")


def test_brackets_nested_across_lines_are_counted_too(tmp_path: Path) -> None:
    page = tmp_path / "in" / "spread.txt"
    page.parent.mkdir()
    page.write_text("Some text\n" + "[a\n" * 200 + "]\n" * 200)
    run = teikit("convert", str(page), "--out", str(tmp_path / "tei"))
    assert run.returncode == 1 and "Traceback" not in run.stderr
    assert len(error_lines(run.stderr, page)) == 1 and "nested 200 deep" in run.stderr
