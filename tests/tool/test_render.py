"""Rendering: reading, diplomatic and side-by-side views, escaping, links, compile-once."""

from __future__ import annotations

from pathlib import Path

import lxml.html
import pytest

from render_helpers import (
    DATA,
    EXTERNAL,
    ROOT,
    broken_fragment_links,
    duplicate_ids,
    html_node_words,
    html_words,
    missing_words,
    tei_node_words,
    text_area,
)
from teikit.render import stylesheets
from teikit.render.html import VIEWS, render
from teikit.tei.fidelity import diplomatic_text
from teikit.xmlsafe import parse_xml

CRAFTED = DATA / "crafted.xml"
REGISTER = DATA / "register.xml"
TEI_FILES = sorted((ROOT / "tei").glob("[0-9]*.xml"))
SMALL_EXTERNAL = [EXTERNAL / n for n in ("suriano-03-003.xml", "frus-history-1957-03-21-kennan-to-leopold.xml",
                                         "frus-history-2002-08-19-athens-02867.xml")]
PARAMS = {"register-uri": REGISTER.resolve().as_uri()}


@pytest.fixture(scope="module")
def crafted() -> dict[str, str]:
    return {view: render(CRAFTED, view, PARAMS) for view in VIEWS}


def test_diplomatic_words_equal_the_diplomatic_text(crafted: dict[str, str]) -> None:
    expected = diplomatic_text(parse_xml(CRAFTED).getroot()).split()
    assert html_words(text_area(crafted["diplomatic"])) == expected


@pytest.mark.parametrize("path", TEI_FILES, ids=lambda p: p.stem[:3])
def test_edition_documents_diplomatic_words_equal(path: Path) -> None:
    html = render(path, "diplomatic")
    assert html_words(text_area(html)) == diplomatic_text(parse_xml(path).getroot()).split()


def test_diplomatic_prints_brackets_as_typed(crafted: dict[str, str]) -> None:
    text = " ".join(html_words(text_area(crafted["diplomatic"])))
    for typed in ("Gagry [SIC]", "[and]", "[...]", "[…]", "[?]", "[kontroliruetsya]", "[Translator's note:",
                  "RWP [Romanian Workers' Party]", "LETTER*", "*The letter was not reviewed", "[SIC, although"):
        assert typed in text, typed


def test_reading_expands_and_integrates(crafted: dict[str, str]) -> None:
    area = text_area(crafted["reading"])
    text = " ".join(html_words(area))
    assert "of the Romanian Workers' Party" in text and "RWP [" not in text
    assert "Maurer and E. Bodnaras" in text  # supplied word integrated, no brackets
    assert "[SIC]" not in text and "[and]" not in text
    assert area.xpath(".//span[@class='expan'][@title='Abbreviated in the source: RWP']")
    assert area.xpath(".//span[@class='supplied']") and area.xpath(".//span[@class='sic']")
    assert "[…]" in text and "[...]" not in text
    # dates as <time>, names linked to the register with a card
    assert area.xpath(".//time[@datetime='1964-07-02']")
    link = area.xpath(".//a[@href='persons/khrushchev-n.html']")[0]
    assert link.get("data-card") == ("Nikita Khrushchev (1894–1971) — First Secretary, "
                                     "Communist Party of the Soviet Union")
    assert area.xpath(".//span[contains(@class,'uncertain')][.='E. Bodnaras']")


def test_reading_notes_are_numbered_and_linked_both_ways(crafted: dict[str, str]) -> None:
    doc = lxml.html.document_fromstring(crafted["reading"])
    notes = doc.xpath("//section[@class='notes']//li")
    assert [n.get("value") for n in notes] == ["1", "2", "3"]
    for note in notes:
        back = note.xpath("a[@class='back']/@href")[0]
        call = doc.xpath(f"//*[@id='{back[1:]}']")[0]
        assert call.get("href") == "#" + note.get("id")
    # the footnote's call stands at its anchor, in the heading
    assert doc.xpath("//h2[contains(., 'LETTER')]//a[@href='#dcrafted-n1']")


@pytest.mark.parametrize("view", VIEWS)
def test_fragment_links_resolve_and_ids_are_unique(crafted: dict[str, str], view: str) -> None:
    assert broken_fragment_links(crafted[view]) == []
    assert duplicate_ids(crafted[view]) == []


@pytest.mark.parametrize("view", VIEWS)
def test_every_tei_word_appears(crafted: dict[str, str], view: str) -> None:
    assert missing_words(tei_node_words(CRAFTED), html_node_words(crafted[view])) == {}


@pytest.mark.parametrize("view", VIEWS)
def test_markup_in_the_source_is_escaped(crafted: dict[str, str], view: str) -> None:
    html = crafted[view]
    assert "&lt;script&gt;alert('x')&lt;/script&gt;" in html
    doc = lxml.html.document_fromstring(html)
    # the only script is the site's own, by reference: nothing from the document runs
    assert [(s.get("src"), s.text) for s in doc.iter("script")] == [("assets/site.js", None)]
    hrefs = doc.xpath("//@href")
    assert not [h for h in hrefs if h.strip().lower().startswith(("javascript:", "data:", "vbscript:"))]
    assert "https://example.org/a?b=1&c=2" in hrefs
    assert not doc.xpath("//a[.='internal link']")  # '#nowhere' points at nothing: no link


def test_unknown_elements_fall_back_without_losing_text(crafted: dict[str, str]) -> None:
    area = text_area(crafted["reading"])
    assert area.xpath(".//div[@class='tei-unknownThing']/span[@class='tei-strangeInline'][.='kept inline']")


def test_side_by_side_aligns_paragraphs(crafted: dict[str, str]) -> None:
    doc = lxml.html.document_fromstring(crafted["sidebyside"])
    rows = doc.xpath("//div[@class='sbs']/div[contains(@class,'row')][not(contains(@class,'sbs-head'))]")
    pair = [r for r in rows if "We met in" in r.text_content()][0]
    reading, diplomatic = pair.xpath("div[contains(@class,'col')]")
    assert "[SIC]" in " ".join(html_words(diplomatic)) and "[SIC]" not in " ".join(html_words(reading))
    assert len(rows) >= 12


def test_highlight_names_parameter() -> None:
    plain = text_area(render(CRAFTED, "diplomatic", PARAMS))
    lit = text_area(render(CRAFTED, "diplomatic", {**PARAMS, "highlight-names": True}))
    assert not plain.xpath(".//*[contains(@class,' hl')]")
    assert lit.xpath(".//span[@class='name person hl']") and lit.xpath(".//span[@class='date hl']")


def test_names_still_link_without_a_register() -> None:
    area = text_area(render(CRAFTED, "reading", {"register-uri": "missing.xml"}))
    link = area.xpath(".//a[@href='persons/khrushchev-n.html']")[0]
    assert link.get("data-card") is None


@pytest.mark.parametrize("view", VIEWS)
def test_register_index_gives_the_pages_built_from_the_register(view: str) -> None:
    """Cards and links from the register index (built once per register) are those built per name."""
    tei, register = TEI_FILES[-1], ROOT / "tei" / "register.xml"
    node = stylesheets.xdm_document(parse_xml(tei), tei.resolve().as_uri())
    params = {"doc-base": tei.stem, "highlight-names": True}
    register_node = stylesheets.file_node(register)
    index = stylesheets.register_index(register_node)
    indexed = stylesheets.transform(view, node, {**params, "register": register_node, "register-index": index})
    per_name = stylesheets.transform(view, node, {**params, "register-uri": register.resolve().as_uri()})
    assert indexed == per_name
    assert "data-card=" in indexed or view == "diplomatic"


def test_stylesheets_compile_once_per_process() -> None:
    start = stylesheets.compile_count()  # other tests in this process may have compiled some already
    for view in VIEWS:
        render(CRAFTED, view)
    before = stylesheets.compile_count()
    for _ in range(3):
        for view in VIEWS:
            render(CRAFTED, view)
    assert stylesheets.compile_count() == before
    assert before - start <= len(VIEWS)


@pytest.mark.parametrize("path", SMALL_EXTERNAL, ids=lambda p: p.stem[:24])
@pytest.mark.parametrize("view", VIEWS)
def test_foreign_tei_renders_every_word(path: Path, view: str) -> None:
    if not path.exists():
        pytest.skip(f"{path} not present (shared/external-tei)")
    html = render(path, view)
    assert missing_words(tei_node_words(path), html_node_words(html)) == {}
    assert broken_fragment_links(html) == []
    assert duplicate_ids(html) == []


@pytest.mark.slow
@pytest.mark.parametrize("name", ["frus1964-68v17.xml", "frus1961-63v06.xml"])
def test_frus_volumes_render(name: str) -> None:
    path = EXTERNAL / name
    if not path.exists():
        pytest.skip(f"{path} not present (shared/external-tei)")
    for view in ("reading", "diplomatic"):
        html = render(path, view)
        assert missing_words(tei_node_words(path), html_node_words(html)) == {}
        assert broken_fragment_links(html) == []
