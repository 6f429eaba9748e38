"""Any TEI a user brings (issue 20): every crafted file of tests/data/foreign/ (one per construct)
and every third-party TEI file of ../shared/external-tei/ renders in the three views and the PDF
with exit 0 and no traceback; every page parses as HTML5 with no error and no block inside an
inline element; the page holds >= 99.5 % of the words of the alternative its view shows.

The crafted files render in the quick suite; the third-party ones (up to 2.8 MB) and the PDFs are
slow-marked. Each view is rendered once for all files, by one `teikit render` process."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterable
from pathlib import Path

import html5lib
import pytest
from lxml import html as lxml_html

from foreign_words import coverage, nesting_errors, page_words, tei_words, tokenise
from render_helpers import EXTERNAL
from teikit.export.plaintext import plain_text, reading_text
from teikit.xmlsafe import parse_xml

CRAFTED = sorted((Path(__file__).parents[1] / "data" / "foreign").glob("*.xml"))
TEI_ROOTS = ("{http://www.tei-c.org/ns/1.0}TEI", "{http://www.tei-c.org/ns/1.0}teiCorpus")
VIEWS = {"reading": ".html", "diplomatic": ".diplomatic.html", "sidebyside": ".sidebyside.html"}
MIN_COVERAGE = 0.995
STRICT_PARSE_LIMIT = 1_500_000  # bytes of HTML; html5lib (pure Python) takes minutes on larger pages
SMALL_PDF = 1_000_000  # bytes of TEI: files printed in the slow PDF test


def _external() -> list[Path]:
    if not EXTERNAL.is_dir():
        return []
    return sorted(p for p in EXTERNAL.rglob("*.xml") if parse_xml(p).getroot().tag in TEI_ROOTS)


EXTERNAL_FILES = _external()
needs_external = pytest.mark.skipif(not EXTERNAL_FILES, reason="../shared/external-tei not present")


def teikit(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "teikit.cli", *map(str, args)], capture_output=True, text=True,
                          timeout=1800)


Runs = dict[str, subprocess.CompletedProcess[str]]


def render_all(files: Iterable[Path], out: Path) -> Runs:
    """Every file in every view: one process per view; its result."""
    files = list(files)
    return {view: teikit("render", *files, "--view", view, "--out", out) for view in VIEWS}


def assert_clean(run: subprocess.CompletedProcess[str]) -> None:
    assert run.returncode == 0, run.stderr[-3000:]
    assert "Traceback" not in run.stderr, run.stderr[-3000:]


def page_problems(tei: Path, out: Path) -> list[str]:
    """What is wrong with the three pages of one file: HTML errors, nesting, missing words."""
    root = parse_xml(tei).getroot()
    problems = []
    for view, suffix in VIEWS.items():
        page = (out / (tei.stem + suffix)).read_text(encoding="utf-8")
        if len(page) < STRICT_PARSE_LIMIT:
            parser = html5lib.HTMLParser(strict=True)
            try:
                parser.parse(page)
            except html5lib.html5parser.ParseError as exc:
                problems.append(f"{view}: HTML5 parse error: {exc}")
        problems += [f"{view}: {e}" for e in list(nesting_errors(page))[:3]]
        shown = page_words(page)
        for words_of in ("reading", "diplomatic") if view == "sidebyside" else (view,):
            share = coverage(tei_words(root, words_of), shown)
            if share < MIN_COVERAGE:
                problems.append(f"{view}: only {share:.4f} of the {words_of} words")
    return problems


# ---- crafted files (quick) ----

@pytest.fixture(scope="module")
def crafted_pages(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Runs]:
    out = tmp_path_factory.mktemp("crafted")
    return out, render_all(CRAFTED, out)


def test_crafted_files_render_in_every_view(crafted_pages) -> None:
    for run in crafted_pages[1].values():
        assert_clean(run)


@pytest.mark.parametrize("tei", CRAFTED, ids=lambda p: p.stem)
def test_crafted_pages_are_valid_html_with_every_word(tei: Path, crafted_pages) -> None:
    assert page_problems(tei, crafted_pages[0]) == []


def _main(out: Path, stem: str, suffix: str = ".html") -> lxml_html.HtmlElement:
    main = lxml_html.parse(str(out / (stem + suffix))).find(".//main")
    assert main is not None
    return main


def test_several_values_are_all_shown(crafted_pages) -> None:
    main = _main(crafted_pages[0], "several_values")
    assert main.findtext(".//h1") == "Brief an die Kommission / Letter to the Commission"
    text = main.text_content()
    for words in ("Zusammenfassung auf Deutsch.", "Summary in English.", "Anna Autorin; Bernd Beiträger",
                  "Dora Dolmetscherin, Emil Übersetzer, Frieda Translator", "Deutsch, Français, Italiano"):
        assert words in text
    expan = main.find('.//span[@class="expan"]')
    assert expan.text_content() == "Kommission"  # the first of two expansions, not both glued
    assert main.find('.//span[@class="corr"]').get("title") == "The source reads: besize / besitze"


def test_corpus_has_contents_and_every_member(crafted_pages) -> None:
    out = crafted_pages[0]
    for suffix in VIEWS.values():
        main = _main(out, "teicorpus", suffix)
        links = main.find('.//nav[@class="corpus-toc"]').findall(".//a")
        assert [a.text for a in links] == ["First letter to the secretary", "Reply of the secretary",
                                           "Minutes of the sessions", "Minute of the first session"]
        ids = {el.get("id") for el in main.iter() if el.get("id")}
        assert all(a.get("href")[1:] in ids for a in links)
        assert len(main.findall('.//section[@class="corpus-member"]')) == 4
    assert "punctual report" in _main(out, "teicorpus").text_content()


def test_source_doc_shows_surfaces_lines_and_hands(crafted_pages) -> None:
    main = _main(crafted_pages[0], "sourcedoc")
    assert len(main.findall('.//section[@class="surface"]')) == 2
    assert len(main.findall('.//div[@class="line"]')) == 10
    added = main.find('.//ins[@title]')
    assert "raised" in added.get("class").split() and "Percy_Shelley" in added.get("title")
    assert main.find(".//del").text == "my man"
    assert main.find('.//span[@class="mod subst"]') is not None


def test_tokens_are_inline_and_spaced_as_the_source(crafted_pages) -> None:
    main = _main(crafted_pages[0], "tokenised")
    first = main.find('.//p[@class="p"]')  # a p: nothing in it is a block
    assert first is not None and first.find(".//div") is None
    text = " ".join(first.text_content().split())
    assert text == ("It was a dark, stormy night; (so they said) the rain fell in torrents. "
                    "Down stairs' he went quickly!")


def test_unknown_elements_get_one_summary_warning(tmp_path: Path) -> None:
    run = teikit("render", CRAFTED[0].parent / "unknown_elements.xml", "--view", "reading", "--out", tmp_path)
    assert_clean(run)
    warnings = [line for line in run.stderr.splitlines() if "warning" in line]
    assert len(warnings) == 1, run.stderr
    assert "11 elements of 9 kinds not known to the views" in warnings[0] and "mark (2)" in warnings[0]
    text = _main(tmp_path, "unknown_elements").text_content()
    assert "nested unknown words" in text and "Second boxed line" in text
    quiet = teikit("render", CRAFTED[0].parent / "tokenised.xml", "--view", "reading", "--out", tmp_path)
    assert " w (" not in quiet.stderr and " pc (" not in quiet.stderr  # tokens are known


def test_json_text_fields_keep_one_alternative_each() -> None:
    root = parse_xml(CRAFTED[0].parent / "several_values.xml").getroot()
    diplomatic, reading = plain_text(root)[0], reading_text(root)
    assert "Komm.," in diplomatic and "Kommission" not in diplomatic.split()
    assert "Kommission," in reading and "Komm." not in reading
    assert "besize" in diplomatic and "besitze" not in diplomatic
    assert "besitze" in reading and "besize" not in reading


def test_a_stylesheet_error_is_one_line_naming_the_file(tmp_path: Path) -> None:
    (tmp_path / "edition.toml").write_text('[edition]\ntitle = "Broken"\n', encoding="utf-8")
    (tmp_path / "xslt").mkdir()
    override = ('<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">'
                '<xsl:import href="teikit:{}.xsl"/><xsl:template match="/">'
                '<xsl:sequence select="error((), \'broken on purpose\')"/></xsl:template></xsl:stylesheet>')
    for view in ("reading", "print"):
        (tmp_path / "xslt" / f"{view}.xsl").write_text(override.format(view), encoding="utf-8")
    tei = CRAFTED[0].parent / "several_values.xml"
    for run in (teikit("render", tei, "--view", "reading", "--out", tmp_path / "out", "--edition", tmp_path),
                teikit("pdf", tei, "--out", tmp_path / "x.pdf", "--edition", tmp_path)):
        assert run.returncode == 1 and "Traceback" not in run.stderr
        errors = [line for line in run.stderr.splitlines() if ": error: " in line]
        assert errors == [f"{tei}: error: {'print' if 'pdf' in run.args else 'reading'}.xsl failed: broken on purpose"]
    assert not (tmp_path / "x.pdf").exists()


# ---- third-party TEI and PDFs (slow) ----

@pytest.fixture(scope="module")
def external_pages(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Runs]:
    out = tmp_path_factory.mktemp("external")
    return out, render_all(EXTERNAL_FILES, out)


@pytest.mark.slow
@needs_external
def test_external_files_render_in_every_view(external_pages) -> None:
    for run in external_pages[1].values():
        assert_clean(run)


@pytest.mark.slow
@needs_external
@pytest.mark.parametrize("tei", EXTERNAL_FILES, ids=lambda p: p.stem)
def test_external_pages_are_valid_html_with_every_word(tei: Path, external_pages) -> None:
    assert page_problems(tei, external_pages[0]) == []


@pytest.mark.slow
@needs_external
def test_every_file_prints(tmp_path: Path) -> None:
    """Crafted and third-party files under 1 MB, one PDF each; every PDF holds at least one document."""
    small = [p for p in CRAFTED + EXTERNAL_FILES if p.stat().st_size < SMALL_PDF]
    run = teikit("render", *small, "--view", "print", "--out", tmp_path)
    assert_clean(run)
    assert sorted(p.name for p in tmp_path.glob("*.pdf")) == sorted(f"{p.stem}.pdf" for p in small)


@pytest.mark.slow
@needs_external
def test_tokenised_text_prints_on_as_many_pages(tmp_path: Path) -> None:
    """A novel's first chapters, as given and tokenised (w/pc in s): about the same number of pages."""
    from teikit.render.pdf import pdf_bytes
    from teikit.render.printhtml import assemble

    novel = EXTERNAL / "more" / "eltec_dickens_ENG18481.xml"
    tree = parse_xml(novel)
    body = tree.getroot().find(".//{http://www.tei-c.org/ns/1.0}body")
    for chapter in list(body)[3:]:
        body.remove(chapter)
    plain, tokenised = tmp_path / "plain.xml", tmp_path / "tokenised.xml"
    tree.write(str(plain), encoding="utf-8")
    tokenise(tree).write(str(tokenised), encoding="utf-8")
    pages = {p.stem: pdf_bytes(assemble([p]), front_matter=False, indexes=False)[1].pages for p in (plain, tokenised)}
    assert pages["plain"] >= 10
    assert abs(pages["tokenised"] - pages["plain"]) <= max(1, pages["plain"] // 50), pages
