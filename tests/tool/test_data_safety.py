"""A careless user's mistakes: names that collide with the site's pages or cannot be linked,
symbolic links out of the edition, an export over a TEI file, protocol-relative links, a full
or read-only disk, converter output the schema rejects. Each is refused or reported in one
line, and nothing else is lost."""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from conftest import SOURCES, TEI_DIR

GOOD_SOURCE = next(SOURCES.glob("000_*.txt"))


def teikit(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "teikit.cli", *args], capture_output=True, text=True,
                          timeout=600, cwd=cwd)


def edition(folder: Path) -> Path:
    (folder / "sources").mkdir(parents=True)
    shutil.copy(GOOD_SOURCE, folder / "sources" / GOOD_SOURCE.name)
    (folder / "tei").mkdir()
    for name in ("register.xml", "bibliography.xml"):
        shutil.copy(TEI_DIR / name, folder / "tei" / name)
    return folder


BAD_NAMES = ["index.txt", "persons.txt", "Places.txt", "organisations.txt", "register.txt", "bibliography.txt",
             "index~2.txt", "a letter.txt", 'say"hi.txt', "a<b.txt", "page#2.txt", "why?.txt", "...txt"]


def test_reserved_and_unsafe_source_names_are_refused(tmp_path: Path) -> None:
    project = edition(tmp_path)
    letter = GOOD_SOURCE.read_text(encoding="utf-8")
    for name in BAD_NAMES:
        (project / "sources" / name).write_text(letter, encoding="utf-8")
    register = (project / "tei" / "register.xml").read_bytes()
    run = teikit("build", "--no-pdf", "--jobs", "1", "--force", cwd=project)
    assert run.returncode == 1 and "Traceback" not in run.stderr
    for name in BAD_NAMES:
        lines = [line for line in run.stderr.splitlines() if line.startswith(f"{project / 'sources' / name}: error: ")]
        assert len(lines) == 1, (name, run.stderr[-2000:])
    assert (project / "tei" / "register.xml").read_bytes() == register  # --force did not replace it
    index = (project / "build" / "index.html").read_text(encoding="utf-8")
    assert "persons.html" in index and (project / "build" / f"{GOOD_SOURCE.stem}.html").exists()
    assert not any((project / "tei").glob("index*.xml"))


def test_a_symbolic_link_out_of_the_sources_is_not_read(tmp_path: Path) -> None:
    project = edition(tmp_path / "edition")
    outside = tmp_path / "private.txt"
    outside.write_text("PRIVATE-NOTES-6c1 " + GOOD_SOURCE.read_text(encoding="utf-8"), encoding="utf-8")
    (project / "sources" / "link.txt").symlink_to(outside)
    (project / "sources" / "inside.txt").symlink_to(project / "sources" / GOOD_SOURCE.name)
    run = teikit("build", "--no-pdf", "--jobs", "1", cwd=project)
    assert run.returncode == 1 and "Traceback" not in run.stderr
    assert f"{project / 'sources' / 'link.txt'}: error: is a symbolic link" in run.stderr
    assert not (project / "tei" / "link.xml").exists()
    assert (project / "tei" / "inside.xml").exists()  # a link inside the folder is an ordinary source
    assert not [p for p in (project / "build").rglob("*") if p.is_file() and b"PRIVATE-NOTES-6c1" in p.read_bytes()]


def test_export_does_not_overwrite_a_tei_file_without_force(tmp_path: Path) -> None:
    project = edition(tmp_path)
    assert teikit("build", "--no-pdf", "--jobs", "1", cwd=project).returncode == 0
    register = project / "tei" / "register.xml"
    before = register.read_bytes()
    run = teikit("export", "csv", "--out", str(register), cwd=project)
    assert run.returncode == 1 and "not overwritten" in run.stderr and "Traceback" not in run.stderr
    assert register.read_bytes() == before
    assert teikit("export", "csv", "--out", str(register), "--force", cwd=project).returncode == 0
    assert register.read_bytes() != before


def test_protocol_relative_links_are_not_emitted(tmp_path: Path) -> None:
    from teikit.render.html import render

    doc = tmp_path / "doc.xml"
    text = next(TEI_DIR.glob("000_*.xml")).read_text(encoding="utf-8")
    at = text.index("<p>", text.index("<body"))
    link = '<ref target="//evil.example/x">here</ref> <ref target="https://ok.example/y">there</ref> '
    doc.write_text(text[:at + 3] + link + text[at + 3:], encoding="utf-8")
    page = render(doc, "reading")
    assert "evil.example" not in page and 'href="https://ok.example/y"' in page


@pytest.fixture()
def small_mount(tmp_path: Path) -> Iterator[Path]:
    """A 1 MB tmpfs (root only: skipped elsewhere), unmounted afterwards."""
    target = tmp_path / "mnt"
    target.mkdir()
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(target)],
                      capture_output=True).returncode != 0:
        pytest.skip("cannot mount a tmpfs here (needs root)")
    yield target
    subprocess.run(["umount", str(target)], check=True)


def one_line_error(run: subprocess.CompletedProcess[str], *reasons: str) -> None:
    assert run.returncode == 1
    assert "Traceback" not in run.stderr, run.stderr[-2000:]
    assert [line for line in run.stderr.splitlines() if ": error: " in line and any(r in line for r in reasons)]


def test_a_full_disk_is_a_one_line_error(tmp_path: Path, small_mount: Path) -> None:
    project = edition(tmp_path / "edition")
    for i in range(3):  # a site larger than the 1 MB disk
        shutil.copy(next(SOURCES.glob("004_*.txt")), project / "sources" / f"big{i}.txt")
    run = teikit("build", "--no-pdf", "--jobs", "1", "--out", str(small_mount / "site"), cwd=project)
    one_line_error(run, "No space left", "disk is full")


def test_a_read_only_output_is_a_one_line_error(tmp_path: Path, small_mount: Path) -> None:
    project = edition(tmp_path / "edition")
    subprocess.run(["mount", "-o", "remount,ro", str(small_mount)], check=True)
    run = teikit("build", "--no-pdf", "--jobs", "1", "--out", str(small_mount / "site"), cwd=project)
    one_line_error(run, "Read-only")
    run = teikit("export", "json", "--tei", str(TEI_DIR), "--out", str(small_mount / "d.json"), cwd=project)
    one_line_error(run, "Read-only")


def test_convert_says_failed_when_the_schema_rejects_what_it_wrote(tmp_path: Path, monkeypatch) -> None:
    """Whatever makes the converter's output invalid (here a project schema with one more rule,
    which every document breaks), the file is written for inspection, but the summary and the
    exit status say so."""
    schema = tmp_path / "schema"
    shutil.copytree(TEI_DIR.parent / "schema", schema)
    sch = schema / "teikit.sch"
    rule = ('<sch:pattern id="always"><sch:rule context="tei:TEI"><sch:assert test="false()" id="always-fails">'
            "rejected for the test</sch:assert></sch:rule></sch:pattern></sch:schema>")
    text = sch.read_text(encoding="utf-8").replace("</sch:schema>", rule)
    text = text.replace('<sch:phase id="document">', '<sch:phase id="document"><sch:active pattern="always"/>')
    sch.write_text(text, encoding="utf-8")
    monkeypatch.setenv("TEIKIT_SCHEMA_DIR", str(schema))
    run = teikit("convert", str(GOOD_SOURCE), "--out", str(tmp_path / "tei"))
    assert run.returncode == 1
    assert "rejected for the test" in run.stderr
    assert "1 of them invalid" in run.stderr
    assert (tmp_path / "tei" / f"{GOOD_SOURCE.stem}.xml").exists()
