"""Out-of-band XXE: no DOCTYPE, external DTD or local file outside the edition reaches Saxon
or any output, on every path that hands XML to it (render, build, validate, Schematron).

Each test runs a real HTTP server on 127.0.0.1 serving the classic out-of-band DTD
(it reads a local secret and sends it back in a URL) and asserts that the server got
no request and that the secret's text is in no output and no message.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from lxml import etree

from conftest import SOURCES, TEI_DIR
from oob_server import CANARY, OutOfBandServer, files_containing, local_leak_dtd

DOC = next(TEI_DIR.glob("000_*.xml"))


@pytest.fixture()
def server(tmp_path: Path) -> Iterator[OutOfBandServer]:
    oob = OutOfBandServer(tmp_path / "oob")
    yield oob
    oob.close()


def with_doctype(text: str, system_url: str) -> str:
    """``text`` (an XML file) with ``<!DOCTYPE TEI SYSTEM url>`` after its XML declaration."""
    declaration, _, rest = text.partition("?>\n") if text.startswith("<?xml ") else ("", "", text)
    head = declaration + "?>\n" if declaration else ""
    return f'{head}<!DOCTYPE TEI SYSTEM "{system_url}">\n{rest}'


def teikit(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "teikit.cli", *args], capture_output=True, text=True,
                          timeout=300, cwd=cwd)


def assert_nothing_leaked(server: OutOfBandServer, run: subprocess.CompletedProcess[str], *outputs: Path) -> None:
    assert server.requests() == []
    assert CANARY not in run.stdout + run.stderr
    for folder in outputs:
        assert files_containing(folder, CANARY) == []
    assert "Traceback" not in run.stderr, run.stderr[-2000:]


def test_saxon_is_never_handed_a_doctype(server: OutOfBandServer) -> None:
    from teikit.render.stylesheets import xdm_document

    # a tree that still carries a DOCTYPE (lxml never loads it: no_network, load_dtd off)
    parser = etree.XMLParser(load_dtd=False, no_network=True, resolve_entities=False)
    tree = etree.fromstring(with_doctype("<TEI><p>x</p></TEI>", server.dtd_url).encode(), parser).getroottree()
    assert tree.docinfo.system_url == server.dtd_url
    node = xdm_document(tree)
    assert "<p>x</p>" in str(node)
    assert server.requests() == []


def test_saxons_own_parser_refuses_a_doctype(server: OutOfBandServer, tmp_path: Path) -> None:
    """What a stylesheet's doc() reads, Saxon parses itself: it must refuse the DOCTYPE."""
    from saxonche import PySaxonApiError

    from teikit.render.stylesheets import processor

    hostile = tmp_path / "sibling.xml"
    hostile.write_text(with_doctype("<TEI><p>x</p></TEI>", server.dtd_url))
    with pytest.raises(PySaxonApiError, match="DOCTYPE"):
        processor().new_document_builder().parse_xml(xml_file_name=str(hostile))
    assert server.requests() == []


def test_render_refuses_a_document_with_an_external_dtd(server: OutOfBandServer, tmp_path: Path) -> None:
    doc = tmp_path / "tei" / DOC.name
    doc.parent.mkdir()
    doc.write_text(with_doctype(DOC.read_text(encoding="utf-8"), server.dtd_url), encoding="utf-8")
    run = teikit("render", str(doc), "--view", "reading", "--out", str(tmp_path / "out"))
    assert run.returncode == 1
    assert f"{doc}:1:1: error:" in run.stderr and "external DTD" in run.stderr
    assert_nothing_leaked(server, run, tmp_path / "out")


def test_a_local_dtd_cannot_put_a_file_into_an_attribute_default(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text(CANARY)
    dtd = local_leak_dtd(tmp_path, secret)
    doc = tmp_path / "tei" / DOC.name
    doc.parent.mkdir()
    doc.write_text(with_doctype(DOC.read_text(encoding="utf-8"), dtd.as_uri()), encoding="utf-8")
    for view in ("reading", "diplomatic"):
        run = teikit("render", str(doc), "--view", view, "--out", str(tmp_path / "out"))
        assert run.returncode == 1 and "external DTD" in run.stderr
        assert CANARY not in run.stdout + run.stderr
    assert files_containing(tmp_path / "out", CANARY) == []


def small_edition(folder: Path) -> Path:
    """The bundled sources with the bundled register and bibliography (converted by the build)."""
    shutil.copytree(SOURCES, folder / "sources")
    (folder / "tei").mkdir()
    for name in ("register.xml", "bibliography.xml"):
        shutil.copy(TEI_DIR / name, folder / "tei" / name)
    return folder


@pytest.mark.parametrize("hostile", ["register.xml", "bibliography.xml"])
def test_build_with_a_hostile_register_or_bibliography(server: OutOfBandServer, tmp_path: Path, hostile: str) -> None:
    edition = small_edition(tmp_path / "edition")
    target = edition / "tei" / hostile
    target.write_text(with_doctype(target.read_text(encoding="utf-8"), server.dtd_url), encoding="utf-8")
    run = teikit("build", "--no-pdf", "--jobs", "1", cwd=edition)
    assert run.returncode == 1
    assert f"tei/{hostile}:1:1:" in run.stderr and "error" in run.stderr and "external DTD" in run.stderr
    assert_nothing_leaked(server, run, edition)


def test_validate_does_not_follow_a_pointer_into_a_hostile_sibling(server: OutOfBandServer, tmp_path: Path) -> None:
    folder = tmp_path / "tei"
    folder.mkdir()
    text = DOC.read_text(encoding="utf-8")
    first_name = text.index("<persName ref=\"")
    pointer = text[:first_name] + '<persName ref="sibling.xml#someone">Someone</persName> ' + text[first_name:]
    (folder / "doc.xml").write_text(pointer, encoding="utf-8")
    (folder / "sibling.xml").write_text(with_doctype(text, server.dtd_url), encoding="utf-8")
    run = teikit("validate", "--phase", "edition", str(folder / "doc.xml"))
    assert run.returncode in (0, 1)
    assert_nothing_leaked(server, run)


USER_SCHEMATRON = """<sch:schema xmlns:sch="http://purl.oclc.org/dsdl/schematron" queryBinding="xslt2">
  <sch:ns prefix="tei" uri="http://www.tei-c.org/ns/1.0"/>
  <sch:pattern>
    <sch:rule context="tei:TEI">
      <sch:report test="true()">file: <sch:value-of select="unparsed-text('{secret}')"/></sch:report>
      <sch:report test="true()">up: <sch:value-of select="unparsed-text('../oob/secret.txt')"/></sch:report>
      <sch:report test="true()">net: <sch:value-of select="doc('{url}')"/></sch:report>
      <sch:report test="true()">net-text: <sch:value-of select="unparsed-text('{url}')"/></sch:report>
    </sch:rule>
  </sch:pattern>
</sch:schema>
"""


def test_a_user_schematron_cannot_read_files_outside_the_edition(server: OutOfBandServer, tmp_path: Path) -> None:
    folder = tmp_path / "edition"
    folder.mkdir()
    shutil.copy(DOC, folder / DOC.name)
    schema = folder / "mine.sch"
    schema.write_text(USER_SCHEMATRON.format(secret=server.secret.as_uri(), url=server.dtd_url))
    for fmt in ("text", "json"):
        run = teikit("validate", "--schema", str(schema), "--format", fmt, str(folder / DOC.name))
        assert run.returncode in (0, 1)
        assert "skipped" in run.stdout + run.stderr
        assert "outside the folders" in run.stdout + run.stderr
        assert_nothing_leaked(server, run)


def test_names_parses_safely_and_goes_on_after_a_bad_file(tmp_path: Path) -> None:
    folder = tmp_path / "tei"
    folder.mkdir()
    (folder / "good.xml").write_text('<TEI xmlns="http://www.tei-c.org/ns/1.0"><text><body><p>To '
                                     "<persName>Ion Unregistered</persName>.</p></body></text></TEI>")
    (folder / "bomb.xml").write_text('<!DOCTYPE TEI [<!ENTITY a "aaaaaaaaaa">]>\n'
                                     '<TEI xmlns="http://www.tei-c.org/ns/1.0"><text><body><p><persName>&a;</persName>'
                                     "</p></body></text></TEI>")
    (folder / "broken.xml").write_text('<TEI xmlns="http://www.tei-c.org/ns/1.0"><text>')
    for fmt in ("text", "json"):
        run = teikit("names", "--unresolved", "--format", fmt, str(folder))
        assert run.returncode == 1
        assert "Traceback" not in run.stderr
        errors = run.stderr.splitlines()
        assert any(line.startswith(f"{folder / 'bomb.xml'}:") and "entit" in line for line in errors)
        assert any(line.startswith(f"{folder / 'broken.xml'}:") and ": error: " in line for line in errors)
        assert "aaaaaaaaaa" not in run.stdout
        assert "Ion Unregistered" in run.stdout  # the good file was still read


def test_the_views_read_a_register_only_from_the_documents_own_folder(tmp_path: Path) -> None:
    from teikit.render.stylesheets import transform

    register = TEI_DIR.joinpath("register.xml").read_text(encoding="utf-8")
    marked = register.replace("<forename>Ion Gheorghe</forename>", f"<forename>{CANARY}</forename>", 1)
    assert marked != register
    (tmp_path / "tei").mkdir()
    (tmp_path / "elsewhere").mkdir()
    doc = tmp_path / "tei" / DOC.name
    shutil.copy(DOC, doc)
    for folder in ("tei", "elsewhere"):
        (tmp_path / folder / "register.xml").write_text(marked, encoding="utf-8")
    beside = transform("reading", doc, {"register-uri": "register.xml"})
    outside = transform("reading", doc, {"register-uri": "../elsewhere/register.xml"})
    absolute = transform("reading", doc, {"register-uri": (tmp_path / "elsewhere" / "register.xml").as_uri()})
    assert CANARY in beside  # the card is read from the register beside the document
    assert CANARY not in outside and CANARY not in absolute
