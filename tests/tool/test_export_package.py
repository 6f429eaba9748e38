"""Package export (reproducible zip) and hostile input for every export."""

from __future__ import annotations

import argparse
import hashlib
import os
import shutil
import time
import zipfile
from pathlib import Path

import pytest

from conftest import ROOT
from export_fixtures import write_edition
from teikit.export.command import configure


def run(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="teikit")
    configure(parser.add_subparsers())
    args = parser.parse_args(["export", *argv])
    return args.func(args)


@pytest.fixture()
def project(tmp_path) -> Path:
    """A crafted edition laid out as a project: tei/, schema/, docs/encoding.md, build/ (site and PDF)."""
    write_edition(tmp_path)
    (tmp_path / "schema").mkdir()
    (tmp_path / "schema" / "teikit.odd").write_text("<TEI/>\n")
    (tmp_path / "schema" / "teikit.sch").write_text("<schema/>\n")
    (tmp_path / "schema" / "notes.txt").write_text("not a schema\n")
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "encoding.md").write_text("# How teikit encodes a document\n\n## Root and ids\n\nText.\n")
    site = tmp_path / "build"
    (site / "docs").mkdir(parents=True)
    (site / "index.html").write_text("<html>index</html>\n")
    (site / "docs" / "a.html").write_text("<html>a</html>\n")
    (site / "edition.pdf").write_bytes(b"%PDF-1.4 fake\n")
    (site / ".hidden").write_text("x")
    return tmp_path


def package(project: Path, out: Path) -> bytes:
    code = run(["package", "--tei", str(project / "tei"), "--schema", str(project / "schema"),
                "--site", str(project / "build"), "--out", str(out)])
    assert code == 0
    return out.read_bytes()


def test_package_is_byte_identical_across_runs(project, monkeypatch):
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    out = project / "build" / "export" / "edition.zip"
    first = package(project, out)
    for path in (project / "build").rglob("*"):  # new mtimes and modes must not matter
        os.utime(path, (time.time() + 1000, time.time() + 1000))
    os.chmod(project / "build" / "index.html", 0o600)
    second = package(project, out)  # the first package now lies in the site folder: it is left out
    assert first == second
    copy = project.parent / "copy"
    shutil.copytree(project, copy)
    (copy / "build" / "export" / "edition.zip").unlink()
    assert package(copy, copy / "elsewhere.zip") == first
    (copy / "build" / "index.html").write_text("<html>changed</html>\n")  # the comparison can fail
    assert package(copy, copy / "elsewhere.zip") != first


def test_package_contents(project):
    data = package(project, project / "build" / "edition.zip")
    archive = zipfile.ZipFile(project / "build" / "edition.zip")
    names = archive.namelist()
    assert names == sorted(names)
    assert [n.removeprefix("teikit-edition/") for n in names] == [
        "LICENCE.txt", "MANIFEST.sha256", "README.md",
        "schema/teikit.odd", "schema/teikit.sch",
        "site/docs/a.html", "site/edition.pdf", "site/index.html",
        "tei/a.xml", "tei/b.xml", "tei/c.xml", "tei/register.xml",
    ]
    for info in archive.infolist():
        assert info.date_time == (1980, 1, 1, 0, 0, 0)
        assert (info.external_attr >> 16) & 0o777 == 0o644
    readme = archive.read("teikit-edition/README.md").decode()
    assert "## How the encoding works" in readme and "### Root and ids" in readme
    assert "CC BY 4.0" in archive.read("teikit-edition/LICENCE.txt").decode()
    manifest = archive.read("teikit-edition/MANIFEST.sha256").decode().splitlines()
    assert len(manifest) == len(names) - 1
    for line in manifest:
        digest, name = line.split("  ")
        assert hashlib.sha256(archive.read(f"teikit-edition/{name}")).hexdigest() == digest
    assert data[:2] == b"PK"


def test_package_honours_source_date_epoch(project, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")  # 2023-11-14 22:13:20 UTC
    package(project, project / "p.zip")
    info = zipfile.ZipFile(project / "p.zip").infolist()[0]
    assert info.date_time == (2023, 11, 14, 22, 13, 20)


def test_package_of_the_seed_edition(tmp_path):
    out = tmp_path / "seed.zip"
    code = run(["package", "--tei", str(ROOT / "tei"), "--schema", str(ROOT / "schema"),
                "--site", str(tmp_path / "no-site"), "--out", str(out)])
    assert code == 0
    names = zipfile.ZipFile(out).namelist()
    assert "teikit-edition/tei/000_c4597c774dfb8533.xml" in names
    assert "teikit-edition/schema/teikit.odd" in names


# --- hostile input ------------------------------------------------------------------------------------------

SECRET = "TOP-SECRET-3f9a1c"


@pytest.mark.parametrize("kind", ["cmif", "corpus", "package", "json", "csv"])
@pytest.mark.parametrize("where", ["document", "register"])
def test_external_entity_is_refused_and_nothing_disclosed(tmp_path, capsys, kind, where):
    secret = tmp_path / "secret.txt"
    secret.write_text(SECRET)
    tei = write_edition(tmp_path)
    target = tei / ("a.xml" if where == "document" else "register.xml")
    text = target.read_text().replace('<?xml version="1.0" encoding="UTF-8"?>\n', "")
    hostile = (f'<?xml version="1.0"?>\n<!DOCTYPE TEI [<!ENTITY leak SYSTEM "{secret.as_uri()}">]>\n'
               + text.replace("Letter A", "Letter &leak;").replace("Register", "Register &leak;"))
    target.write_text(hostile)
    out = tmp_path / "out" / f"export.{kind}"
    assert run([kind, "--tei", str(tei), "--out", str(out), "--site", str(tmp_path / "none")]) == 1
    captured = capsys.readouterr()
    assert SECRET not in captured.out + captured.err
    assert f"{target}:" in captured.err and "error:" in captured.err and "entit" in captured.err
    assert not out.exists()


def test_undeclared_entity_with_external_dtd_is_refused(tmp_path, capsys):
    tei = write_edition(tmp_path)
    target = tei / "b.xml"
    text = target.read_text().replace('<?xml version="1.0" encoding="UTF-8"?>\n', "")
    target.write_text('<!DOCTYPE TEI SYSTEM "http://127.0.0.1:9/tei.dtd">\n' + text.replace("We agree", "&x; agree"))
    assert run(["json", "--tei", str(tei), "--out", str(tmp_path / "d.json")]) == 1
    assert "error:" in capsys.readouterr().err
