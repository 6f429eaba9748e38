"""`teikit build`: incremental conversion, links kept in step, state that survives bad files."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from conftest import SOURCES, TEI_DIR
from teikit.build import convert_sources


@pytest.fixture()
def project(tmp_path: Path) -> Path:
    shutil.copytree(SOURCES, tmp_path / "sources")
    (tmp_path / "tei").mkdir()
    for name in ("bibliography.xml", "register.xml"):
        if (TEI_DIR / name).exists():
            shutil.copy(TEI_DIR / name, tmp_path / "tei" / name)
    return tmp_path


def build(project: Path):
    return convert_sources(project / "sources", project / "tei", project / "build" / ".teikit" / "state.json")


def test_second_build_converts_nothing(project):
    first = build(project)
    assert len(first.converted) == 5 and first.failures == 0
    second = build(project)
    assert second.converted == [] and len(second.tei_files) == 5


def test_one_changed_source_rebuilds_that_document_only(project):
    build(project)
    before = {p.name: p.read_bytes() for p in (project / "tei").glob("0*.xml")}
    source = next((project / "sources").glob("003_*.txt"))
    edited = source.read_text(encoding="utf-8").replace("Central Committee\n\n9 May 1963",
                                                        "Central Committee\n\n10 May 1963")
    source.write_text(edited, encoding="utf-8")
    report = build(project)
    assert [s[:3] for s in report.converted] == ["003"]
    after = {p.name: p.read_bytes() for p in (project / "tei").glob("0*.xml")}
    assert [name[:3] for name in before if before[name] != after[name]] == ["003"]


def test_a_changed_citation_rewrites_the_cited_document_too(project):
    build(project)
    source = next((project / "sources").glob("000_*.txt"))
    source.write_text(source.read_text(encoding="utf-8").replace("your letter of 26 June 1964", "your letter"),
                      encoding="utf-8")
    report = build(project)
    assert sorted(s[:3] for s in report.converted) == ["000", "001"]  # 001 is no longer replied to
    assert b"repliedBy" not in next((project / "tei").glob("001_*.xml")).read_bytes()


def test_a_changed_register_rebuilds_everything(project):
    build(project)
    bibliography = project / "tei" / "bibliography.xml"
    bibliography.write_text(bibliography.read_text(encoding="utf-8").replace("Moscow agreement", "Moscow accord"),
                            encoding="utf-8")
    assert len(build(project).converted) == 5


def _state(project):
    from teikit.buildstate import BuildState
    return BuildState.load(project / "build" / ".teikit" / "state.json")


def test_an_edited_register_entry_reconverts_only_the_documents_that_consulted_it(project):
    build(project)
    consulted = sorted(stem for stem, doc in _state(project).docs.items() if "peng-zhen" in doc.register_ids)
    assert 0 < len(consulted) < 5
    register = project / "tei" / "register.xml"
    text = register.read_text(encoding="utf-8")
    entry = '<person xml:id="peng-zhen">'
    assert text.count(entry) == 1
    register.write_text(text.replace(entry, entry + '<occupation>Mayor of Beijing</occupation>'), encoding="utf-8")
    assert sorted(build(project).converted) == consulted


def test_a_new_register_entry_reconverts_the_documents_that_name_it(project):
    build(project)
    register = project / "tei" / "register.xml"
    text = register.read_text(encoding="utf-8")
    anchor = '<org xml:id="cpsu" type="party">'
    new = '<org xml:id="market-test"><orgName type="main">common market</orgName></org>'
    assert text.count(anchor) == 1
    register.write_text(text.replace(anchor, new + anchor), encoding="utf-8")
    report = build(project)
    assert [s[:3] for s in report.converted] == ["003"]  # the only source that holds the words
    assert b'ref="register.xml#market-test"' in next((project / "tei").glob("003_*.xml")).read_bytes()
    register.write_text(text, encoding="utf-8")  # and removed again: the document that used it follows
    report = build(project)
    assert [s[:3] for s in report.converted] == ["003"]
    assert b"market-test" not in next((project / "tei").glob("003_*.xml")).read_bytes()


def test_a_register_edit_outside_the_entries_reconverts_everything(project):
    build(project)
    register = project / "tei" / "register.xml"
    text = register.read_text(encoding="utf-8")
    assert "<listPerson>" in text
    register.write_text(text.replace("<listPerson>", '<listPerson type="edited">', 1), encoding="utf-8")
    assert len(build(project).converted) == 5


def test_deleted_output_is_rebuilt(project):
    build(project)
    target = next((project / "tei").glob("002_*.xml"))
    target.unlink()
    assert [s[:3] for s in build(project).converted] == ["002"]
    assert target.exists()


def test_broken_source_is_reported_and_retried(project):
    (project / "sources" / "broken.txt").write_bytes(b"")
    report = build(project)
    assert report.failures == 1 and len(report.converted) == 5
    assert build(project).failures == 1  # still reported, never silently remembered as done


def test_parallel_build_gives_the_same_bytes(project, tmp_path, monkeypatch):
    import teikit.parallel

    sequential = build(project)
    expected = {p.name: p.read_bytes() for p in (project / "tei").glob("0*.xml")}
    for p in (project / "tei").glob("0*.xml"):
        p.unlink()
    monkeypatch.setattr(teikit.parallel, "MIN_PARALLEL", 1)
    report = convert_sources(project / "sources", project / "tei", tmp_path / "state2.json", jobs=2)
    assert sorted(report.converted) == sorted(sequential.converted)
    assert {p.name: p.read_bytes() for p in (project / "tei").glob("0*.xml")} == expected


@pytest.mark.slow
def test_killed_build_leaves_previous_outputs_intact(project):
    """SIGKILL a build half-way: every TEI file is the old one or a complete new one."""
    import signal
    import subprocess
    import sys
    import time

    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))
    from generate import generate

    generate(project / "sources", 150)
    cmd = [sys.executable, "-m", "teikit.cli", "build", "--jobs", "1", "--no-pdf"]
    subprocess.run(cmd, cwd=project, check=True, capture_output=True)
    before = {p.name: p.read_bytes() for p in (project / "tei").glob("[0-9]*.xml")}
    for source in (project / "sources").glob("*.txt"):  # every document changes
        source.write_text(source.read_text(encoding="utf-8").replace("Comrade", "Comrade "), encoding="utf-8")
    proc = subprocess.Popen(cmd, cwd=project, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:  # kill once some, not all, files have been rewritten
        changed = sum(1 for p in (project / "tei").glob("[0-9]*.xml") if p.read_bytes() != before.get(p.name))
        if changed >= 3:
            break
        time.sleep(0.01)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    from teikit.tei.stamp import is_pristine

    after = {p.name: p.read_bytes() for p in (project / "tei").glob("[0-9]*.xml")}
    assert set(after) == set(before)
    assert 0 < sum(after[n] != before[n] for n in after) < len(after) - 2  # really killed half-way
    assert all(is_pristine(data) for data in after.values())  # none half-written
    rerun = subprocess.run(cmd, cwd=project, capture_output=True, text=True)
    assert rerun.returncode == 0, rerun.stderr
    assert not list((project / "tei").glob(".*.tmp"))


def test_one_changed_source_rerenders_only_the_pages_that_show_it(project):
    """The site after one edit: that document's views, the register pages of the entries it
    names, and the index are rendered again; nothing else is touched."""
    import sqlite3

    from teikit.build import render_site

    site = project / "build"
    render_site(build(project), project / "tei", site)
    stamps = {p: p.stat().st_mtime_ns for p in site.rglob("*.html")}
    source = next((project / "sources").glob("003_*.txt"))
    text = source.read_text(encoding="utf-8")
    edited = text.replace("Peng Zhen held a meeting", "Peng Zhen held a long meeting").replace(
        "comrade Peng Zhen personally", "comrade Peng Zhen in person")  # the summary, and a name's context
    assert edited.count("long meeting") == 1 and edited.count("in person") == 1
    source.write_text(edited, encoding="utf-8")
    report = build(project)
    assert [s[:3] for s in report.converted] == ["003"]
    rendered = render_site(report, project / "tei", site)
    touched = {p.relative_to(site).as_posix() for p, t in stamps.items() if p.stat().st_mtime_ns != t}
    stem = report.converted[0]
    with sqlite3.connect(site / ".teikit" / "site.sqlite") as db:
        named = {ref for (ref,) in db.execute("SELECT DISTINCT ref FROM mentions WHERE stem = ?", (stem,))}
    assert rendered.documents == [stem] and "peng-zhen" in named
    # the views, the index (its summary) and the one entry whose context changed
    assert touched == {f"{stem}.html", f"{stem}.diplomatic.html", f"{stem}.sidebyside.html", "index.html",
                       "persons/peng-zhen.html"}


def test_progress_bar_on_a_terminal_only(capsys, monkeypatch):
    from teikit import parallel

    with parallel.Workers(1, 100) as workers:  # stderr is not a terminal under pytest
        assert list(workers.map(abs, [-1, -2], "render")) == [1, 2]
    assert capsys.readouterr().err == ""
    with parallel.Workers(1, 100) as workers:
        workers.show_progress = True
        assert list(workers.map(abs, list(range(-50, 0)), "render")) == list(range(50, 0, -1))
    err = capsys.readouterr().err
    assert "[##############################] 50/50" in err
    assert "render: 50 in " in err.splitlines()[-1]
