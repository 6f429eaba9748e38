"""An edition of one's own: init, config, finding the edition, hand edits, overrides, schema copy.

Tool tests: every edition here is made in a temporary folder from crafted pages, never the sample.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest
from lxml import etree

from teikit import resources
from teikit.cli import main
from teikit.edition import Edition, EditionError, parse_config
from teikit.init import init_edition
from teikit.tei.stamp import is_pristine

RAW = Path(__file__).parents[1] / "data" / "raw"
TITLE = "Letters of the Danube Commission, 1948–1956"


def _edition(tmp_path: Path, pages: tuple[str, ...] = ("card_letter_gomulka.txt", "site_telegram_hanoi.txt")) -> Path:
    root = tmp_path / "danube"
    init_edition(root, TITLE, subtitle="A test edition", editors=["Ada Editor", "Ben Encoder"], publisher="Test Press")
    for name in pages:
        shutil.copy(RAW / name, root / "sources" / name)
    return root


def _build(root: Path, monkeypatch: pytest.MonkeyPatch, *extra: str) -> int:
    monkeypatch.chdir(root / "sources")  # found by walking up, as git finds its repository
    return main(["build", *extra])


def test_init_writes_an_edition_that_loads(tmp_path: Path) -> None:
    root = _edition(tmp_path, ())
    edition = Edition.load(root)
    assert edition.config.title == TITLE
    assert edition.config.editors == ("Ada Editor", "Ben Encoder")
    for path in (edition.register_path, edition.bibliography_path, edition.schema_dir / "teikit.xsd",
                 root / "README.md", root / "xslt" / "README.md"):
        assert path.is_file(), path
    assert edition.sources_dir.is_dir()
    etree.parse(str(edition.register_path))  # well-formed, and the register loader reads it
    from teikit.names.register import load_register

    assert load_register(edition.register_path).entries == {}


def test_init_never_overwrites_an_edition(tmp_path: Path) -> None:
    root = _edition(tmp_path, ())
    (root / "edition.toml").write_text('[edition]\ntitle = "Mine"\n', encoding="utf-8")
    assert main(["init", str(root), "--title", "Other"]) == 1
    assert Edition.load(root).config.title == "Mine"


@pytest.mark.parametrize("text, message", [
    ('[edition]\ntitel = "x"\n', "unknown key 'titel'"),
    ('[site]\ntitle = "x"\n', "unknown section [site]"),
    ('[edition]\neditors = 3\n', "must be a list of strings"),
    ('[print]\npaper = "A5"\n', "paper must be one of"),
    ('[edition\n', "not valid TOML"),
])
def test_config_errors_name_the_problem(text: str, message: str) -> None:
    with pytest.raises(EditionError, match=message.replace("[", r"\[")):
        parse_config(text)


def test_edition_is_found_from_below_or_given(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = _edition(tmp_path, ())
    deep = root / "tei" / "a" / "b"
    deep.mkdir(parents=True)
    monkeypatch.chdir(deep)
    assert Edition.open().root == root.resolve()
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    assert Edition.open(root).config.title == TITLE
    with pytest.raises(EditionError, match="no edition.toml"):
        Edition.open(elsewhere)


def test_build_uses_the_editions_strings_and_schema_copy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = _edition(tmp_path)
    assert _build(root, monkeypatch, "--no-pdf") == 0
    index = (root / "build" / "index.html").read_text(encoding="utf-8")
    assert TITLE in index
    tei = sorted((root / "tei").glob("*_*.xml"))
    assert len(tei) == 2
    for path in tei:
        data = path.read_text(encoding="utf-8")
        assert '<?xml-model href="../schema/teikit.xsd"' in data  # the edition's copy, relative: moves with it
        assert "<publisher>Test Press</publisher>" in data
    assert "Romanian-Soviet" not in index


def test_schema_copy_is_refreshed_when_the_tool_changes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = _edition(tmp_path, ())
    copy = root / "schema" / "teikit.xsd"
    copy.write_text("<stale/>", encoding="utf-8")
    _build(root, monkeypatch, "--no-pdf")
    assert copy.read_bytes() == (resources.schema_dir() / "teikit.xsd").read_bytes()


def _reading_view(root: Path, tei: Path) -> str:
    return (root / "build" / f"{tei.stem}.html").read_text(encoding="utf-8")


def _edit_first_paragraph_word(tei: Path, new_word: str) -> str:
    """Replace the first word of the body's first paragraph, as an editor would in oXygen."""
    data = tei.read_text(encoding="utf-8")
    body = data.index("<body")
    start = data.index("<p>", body) + 3
    end = start + len(data[start:].split(maxsplit=1)[0].split("<")[0])
    old = data[start:end]
    assert old.isalpha(), old
    tei.write_text(data[:start] + new_word + data[end:], encoding="utf-8")
    return old


@pytest.mark.slow
def test_a_hand_edit_is_kept_and_published(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    root = _edition(tmp_path)
    assert _build(root, monkeypatch) == 0
    pages = sorted(p.relative_to(root / "build") for p in (root / "build").rglob("*.html"))
    tei = next(p for p in sorted((root / "tei").glob("*_*.xml")) if "telegram" in p.name)
    _edit_first_paragraph_word(tei, "Quagmirezzz")
    capsys.readouterr()
    assert _build(root, monkeypatch) == 0
    err = capsys.readouterr().err
    assert "edited by hand" in err and tei.name in err
    assert "Quagmirezzz" in tei.read_text(encoding="utf-8")  # never converted over
    assert not is_pristine(tei.read_bytes())
    assert "Quagmirezzz" in _reading_view(root, tei)
    assert sorted(p.relative_to(root / "build") for p in (root / "build").rglob("*.html")) == pages
    text = subprocess.run(["pdftotext", str(root / "build" / "edition.pdf"), "-"], capture_output=True,
                          text=True, check=True).stdout if shutil.which("pdftotext") else None
    if text is not None:
        assert "Quagmirezzz" in text
    assert main(["export", "json"]) == 0
    exported = json.loads((root / "build" / "export" / "documents.json").read_text(encoding="utf-8"))
    assert "Quagmirezzz" in json.dumps(exported)
    # A second build has nothing to do and says so.
    capsys.readouterr()
    assert _build(root, monkeypatch) == 0
    assert "unchanged" in capsys.readouterr().err


def test_reconvert_replaces_a_hand_edit_and_keeps_a_backup(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = _edition(tmp_path)
    assert _build(root, monkeypatch, "--no-pdf") == 0
    tei = sorted((root / "tei").glob("*_*.xml"))[0]
    old = _edit_first_paragraph_word(tei, "Hand")
    edited = tei.read_bytes()
    assert main(["reconvert", str(tei), "--no-pdf"]) == 0
    assert tei.with_name(tei.name + ".bak").read_bytes() == edited
    assert is_pristine(tei.read_bytes())
    assert old in _reading_view(root, tei)


def test_a_failing_source_keeps_its_documents_pages(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = _edition(tmp_path)
    assert _build(root, monkeypatch, "--no-pdf") == 0
    source = root / "sources" / "site_telegram_hanoi.txt"
    source.write_bytes(b"\x00\x01\x02 binary \xff" * 50)
    assert _build(root, monkeypatch, "--no-pdf") == 1
    assert (root / "build" / "site_telegram_hanoi.html").is_file()
    assert (root / "tei" / "site_telegram_hanoi.xml").is_file()
    assert "site_telegram_hanoi.html" in (root / "build" / "index.html").read_text(encoding="utf-8")


OVERRIDE = """<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:tei="http://www.tei-c.org/ns/1.0" exclude-result-prefixes="tei">
  <xsl:import href="teikit:reading.xsl"/>
  <xsl:template match="tei:head" mode="#all">
    <h2 class="my-override-head"><xsl:apply-templates mode="#current"/></h2>
  </xsl:template>
</xsl:stylesheet>
"""


def test_an_override_from_the_editions_xslt_is_used(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = _edition(tmp_path)
    assert _build(root, monkeypatch, "--no-pdf") == 0
    tei = next(p for p in sorted((root / "tei").glob("*_*.xml")) if "<head" in p.read_text(encoding="utf-8"))
    assert "my-override-head" not in _reading_view(root, tei)
    (root / "xslt" / "reading.xsl").write_text(OVERRIDE, encoding="utf-8")
    (root / "xslt" / "assets").mkdir()
    (root / "xslt" / "assets" / "extra.css").write_text("h2 { color: teal }", encoding="utf-8")
    assert _build(root, monkeypatch, "--no-pdf") == 0
    page = _reading_view(root, tei)
    assert "my-override-head" in page
    assert (root / "build" / "assets" / "extra.css").is_file()
    assert "my-override-head" not in (root / "build" / f"{tei.stem}.diplomatic.html").read_text(encoding="utf-8")
    out = tmp_path / "one"
    assert main(["render", str(tei), "--out", str(out)]) == 0  # `render` takes the same search path
    assert "my-override-head" in (out / f"{tei.stem}.html").read_text(encoding="utf-8")
    from teikit.render.stylesheets import use_overrides

    use_overrides(None)  # the rest of the session renders with the tool's own stylesheets


def test_an_override_that_does_not_compile_is_one_clear_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                              capsys: pytest.CaptureFixture[str]) -> None:
    root = _edition(tmp_path)
    (root / "xslt" / "reading.xsl").write_text(OVERRIDE.replace("<xsl:template", "<xsl:templat"), encoding="utf-8")
    try:
        assert _build(root, monkeypatch, "--no-pdf") == 1
    finally:
        from teikit.render.stylesheets import use_overrides

        use_overrides(None)
    err = capsys.readouterr().err
    assert "reading.xsl" in err and "Traceback" not in err
