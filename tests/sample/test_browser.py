"""The site in a real browser, as a reader uses it (Debian chromium via Playwright).

Needs `apt-get install chromium` and `pip install playwright` (never `playwright
install`: it downloads a browser). Screenshots of each view go to build/screenshots/.
"""

from __future__ import annotations

import re
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from render_helpers import DATA, ROOT
from teikit.render.site import build_site

pytestmark = pytest.mark.slow

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
SHOTS = ROOT / "build" / "screenshots"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run"]


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("browser-site")
    tei = sorted((ROOT / "tei").glob("[0-9]*.xml"))
    report = build_site([*tei, DATA / "crafted.xml"], DATA / "register.xml", out)
    assert report.ok, report.failures
    return out


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed (pip install playwright)")
    if not Path(CHROMIUM).exists():
        pytest.skip("Debian chromium is not installed (apt-get install chromium)")
    with sync_api.sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=CHROMIUM, headless=True, args=ARGS)
        yield b
        b.close()


@pytest.fixture()
def page(browser: object) -> Iterator[object]:
    p = browser.new_page(viewport={"width": 1280, "height": 900})  # type: ignore[attr-defined]
    errors: list[str] = []
    p.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    p.on("pageerror", lambda e: errors.append(str(e)))
    p.errors = errors
    yield p
    p.close()


def test_every_page_loads_without_console_errors(site: Path, page: object) -> None:
    for html in sorted(site.rglob("*.html")):
        page.goto(html.as_uri())  # type: ignore[attr-defined]
        assert page.locator("h1").count() == 1, html.name  # type: ignore[attr-defined]
    assert page.errors == []  # type: ignore[attr-defined]


def test_index_filters_work(site: Path, page: object) -> None:
    page.goto((site / "index.html").as_uri())  # type: ignore[attr-defined]
    rows = page.locator("table.documents tbody tr")  # type: ignore[attr-defined]
    total = rows.count()
    page.select_option("select[data-filter=persons]", "khrushchev-n")  # type: ignore[attr-defined]
    assert page.locator("table.documents tbody tr:visible").count() == 1 < total  # type: ignore[attr-defined]
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.select_option("select[data-filter=persons]", "")  # type: ignore[attr-defined]
    page.screenshot(path=str(SHOTS / "index.png"), full_page=True)  # type: ignore[attr-defined]


def test_footnote_link_reaches_the_note_and_back(site: Path, page: object) -> None:
    page.goto((site / "crafted.html").as_uri())  # type: ignore[attr-defined]
    page.click("h2 sup.call a")  # type: ignore[attr-defined]
    assert page.evaluate("location.hash") == "#dcrafted-n1"  # type: ignore[attr-defined]
    note = page.locator("#dcrafted-n1")  # type: ignore[attr-defined]
    assert note.is_visible() and "not reviewed" in note.inner_text()
    note.locator("a.back").click()
    assert page.evaluate("location.hash") == "#call-dcrafted-n1"  # type: ignore[attr-defined]


def test_name_link_reaches_its_register_entry(site: Path, page: object) -> None:
    page.goto((site / "crafted.html").as_uri())  # type: ignore[attr-defined]
    link = page.locator("a.name[href='persons/khrushchev-n.html']").first  # type: ignore[attr-defined]
    link.hover()
    page.screenshot(path=str(SHOTS / "name-card.png"))  # type: ignore[attr-defined]
    link.click()
    assert page.url.endswith("persons/khrushchev-n.html")  # type: ignore[attr-defined]
    entry = page.locator("#khrushchev-n")  # type: ignore[attr-defined]
    assert entry.is_visible() and "Nikita Khrushchev" in entry.inner_text()
    page.screenshot(path=str(SHOTS / "register.png"))  # type: ignore[attr-defined]
    page.locator("ul.mentions a").first.click()  # type: ignore[attr-defined]  # back into the text, at the name
    assert "/crafted.html#tk-m" in page.url  # type: ignore[attr-defined]
    assert page.locator(page.evaluate("location.hash")).inner_text() == "N. S. Khrushchev"  # type: ignore[attr-defined]


def test_diplomatic_shows_sic_where_reading_shows_the_reading(site: Path, page: object) -> None:
    page.goto((site / "crafted.diplomatic.html").as_uri())  # type: ignore[attr-defined]
    dipl = page.locator("article#text").inner_text()  # type: ignore[attr-defined]
    page.goto((site / "crafted.html").as_uri())  # type: ignore[attr-defined]
    reading = page.locator("article#text").inner_text()  # type: ignore[attr-defined]
    assert "Gagry [SIC]" in dipl and "RWP [Romanian Workers' Party]" in dipl
    assert "[SIC]" not in reading and "of the Romanian Workers' Party" in reading and "RWP [" not in reading


@pytest.mark.parametrize("view", ["html", "diplomatic.html", "sidebyside.html"])
def test_screenshots_of_each_view(site: Path, page: object, view: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    for stem in ("crafted", "004_199396b955c38b4b"):
        page.goto((site / f"{stem}.{view}").as_uri())  # type: ignore[attr-defined]
        shot = SHOTS / f"{stem}.{'reading' if view == 'html' else view[:-5]}.png"
        for attempt in range(3):  # headless Chromium now and then fails to capture under load: try again
            try:
                page.screenshot(path=str(shot))  # type: ignore[attr-defined]
                break
            except Exception:  # playwright's Error
                if attempt == 2:
                    raise
        assert shot.stat().st_size > 10_000  # a real rendering, not an empty frame
    assert page.errors == []  # type: ignore[attr-defined]


# ---- search, name cards, cite box, accessibility (issue 18) ----

AXE = Path(__file__).parents[1] / "vendor" / "axe.min.js"
PAGE_KINDS = ["index.html", "search.html?q=monitored", "about.html", "crafted.html", "crafted.diplomatic.html",
              "crafted.sidebyside.html", "004_199396b955c38b4b.html", "persons.html", "persons/khrushchev-n.html",
              "places.html", "edition:bibliography.html", "edition:organisations/cpsu.html", "edition:chronology.html"]


@pytest.fixture(scope="module")
def edition_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The edition in tei/ with its own register and bibliography (the works page)."""
    out = tmp_path_factory.mktemp("browser-edition")
    assert build_site(sorted((ROOT / "tei").glob("[0-9]*.xml")), ROOT / "tei" / "register.xml", out).ok
    return out


def test_search_finds_a_word_and_reaches_its_passage(site: Path, page: object) -> None:
    page.goto((site / "search.html").as_uri())  # type: ignore[attr-defined]
    page.fill("#q", "kontroliruetsya")  # type: ignore[attr-defined]
    hits = page.locator("ol.search-results ul.passages a")  # type: ignore[attr-defined]
    assert hits.count() >= 1 and "kontroliruetsya" in hits.first.locator("mark").first.inner_text().lower()
    assert "document" in page.locator("#search-status").inner_text()  # type: ignore[attr-defined]
    hits.first.locator("mark").first.click()  # on the word: a passage's link wraps over lines
    page.wait_for_url(re.compile(r"#tk-s\d+$"))  # type: ignore[attr-defined]  # type: ignore[attr-defined]
    passage = page.evaluate("document.querySelector(':target').nextElementSibling.textContent")  # type: ignore[attr-defined]
    assert "kontroliruetsya" in passage
    assert page.errors == []  # type: ignore[attr-defined]


def test_search_by_register_entry_and_filters(site: Path, page: object) -> None:
    page.goto((site / "search.html").as_uri() + "?q=Khrushchev")  # type: ignore[attr-defined]
    entries = page.locator("#entry-results a")  # type: ignore[attr-defined]
    assert "persons/khrushchev-n.html" in [entries.nth(i).get_attribute("href") for i in range(entries.count())]
    all_docs = page.locator("ol.search-results > li").count()  # type: ignore[attr-defined]
    page.select_option("select[name=year]", "1965")  # type: ignore[attr-defined]
    narrowed = page.locator("ol.search-results > li")  # type: ignore[attr-defined]
    assert 0 < narrowed.count() < all_docs
    assert all("1965" in narrowed.nth(i).locator(".facts").inner_text() for i in range(narrowed.count()))


def test_header_search_box_lands_on_the_results(site: Path, page: object) -> None:
    page.goto((site / "persons" / "khrushchev-n.html").as_uri())  # type: ignore[attr-defined]
    page.fill("#tk-quick-q", "monitored")  # type: ignore[attr-defined]
    page.press("#tk-quick-q", "Enter")  # type: ignore[attr-defined]
    page.wait_for_url("**/search.html?q=monitored")  # type: ignore[attr-defined]
    assert page.locator("ol.search-results > li").count() >= 1  # type: ignore[attr-defined]


def test_name_card_by_tap_then_the_second_tap_follows(site: Path, browser: object) -> None:
    context = browser.new_context(viewport={"width": 390, "height": 844}, has_touch=True, is_mobile=True)  # type: ignore[attr-defined]
    page = context.new_page()
    page.goto((site / "crafted.html").as_uri())
    name = page.locator("a.name[href='persons/khrushchev-n.html']").first
    assert name.get_attribute("title") is None  # the card is the only tooltip
    name.tap()
    card = page.locator("#tk-card")
    assert card.is_visible() and "Nikita Khrushchev" in card.inner_text()
    assert page.url.endswith("crafted.html")  # the first tap opened the card, not the link
    assert name.get_attribute("aria-describedby") == "tk-card"
    name.tap()
    page.wait_for_url("**/persons/khrushchev-n.html")
    context.close()


def test_name_card_by_keyboard(site: Path, page: object) -> None:
    page.goto((site / "crafted.html").as_uri())  # type: ignore[attr-defined]
    for _ in range(60):
        page.keyboard.press("Tab")  # type: ignore[attr-defined]
        if page.evaluate("document.activeElement.matches('a.name[data-card]')"):  # type: ignore[attr-defined]
            break
    else:
        pytest.fail("no name card reachable by Tab")
    card = page.locator("#tk-card")  # type: ignore[attr-defined]
    expected = page.evaluate("document.activeElement.getAttribute('data-card')")  # type: ignore[attr-defined]
    assert card.is_visible() and expected in card.inner_text()
    page.keyboard.press("Escape")  # type: ignore[attr-defined]
    assert not card.is_visible()


def test_names_toggle_highlights_and_is_remembered(site: Path, page: object) -> None:
    page.goto((site / "crafted.html").as_uri())  # type: ignore[attr-defined]
    plain = page.evaluate("getComputedStyle(document.querySelector('.name.person')).backgroundColor")  # type: ignore[attr-defined]
    page.click("button.name-toggle")  # type: ignore[attr-defined]
    assert page.get_attribute("button.name-toggle", "aria-pressed") == "true"  # type: ignore[attr-defined]
    lit = page.evaluate("getComputedStyle(document.querySelector('.name.person')).backgroundColor")  # type: ignore[attr-defined]
    assert lit != plain
    page.goto((site / "crafted.diplomatic.html").as_uri())  # type: ignore[attr-defined]
    assert page.evaluate("document.body.classList.contains('names-on')")  # type: ignore[attr-defined]


def test_cite_box_gives_the_citation_and_the_tei(site: Path, page: object) -> None:
    page.goto((site / "crafted.html").as_uri())  # type: ignore[attr-defined]
    citation = page.locator("#tk-citation").inner_text()  # type: ignore[attr-defined]
    title = page.locator("h1").inner_text()  # type: ignore[attr-defined]
    assert title in citation and "Untitled edition" in citation
    tei = page.locator(".cite-box a[type='application/tei+xml']").get_attribute("href")  # type: ignore[attr-defined]
    assert (site / tei).read_bytes() == (DATA / "crafted.xml").read_bytes()


@pytest.mark.parametrize("kind", PAGE_KINDS)
def test_no_serious_accessibility_violations(site: Path, edition_site: Path, page: object, kind: str) -> None:
    """axe-core (vendored: tests/vendor/axe.min.js) on every kind of page."""
    folder = edition_site if kind.startswith("edition:") else site
    path, _, query = kind.removeprefix("edition:").partition("?")
    page.goto((folder / path).as_uri() + (f"?{query}" if query else ""))  # type: ignore[attr-defined]
    page.add_script_tag(path=str(AXE))  # type: ignore[attr-defined]
    violations = page.evaluate(  # type: ignore[attr-defined]
        "axe.run(document, {resultTypes: ['violations']}).then(r => r.violations"
        ".map(v => ({id: v.id, impact: v.impact, nodes: v.nodes.slice(0, 3).map(n => n.html)})))")
    assert [v for v in violations if v["impact"] in ("serious", "critical")] == [], kind


def test_speaker_stands_beside_the_speech(site: Path, page: object) -> None:
    """Search anchors before a speaker must not take a cell of the speaker row's grid."""
    page.goto((site / "004_199396b955c38b4b.html").as_uri())  # type: ignore[attr-defined]
    rows = page.locator("article .sp")  # type: ignore[attr-defined]
    assert rows.count() > 10
    for i in (0, rows.count() // 2, rows.count() - 1):
        speaker = rows.nth(i).locator(".speaker").bounding_box()
        speech = rows.nth(i).locator(".speech").bounding_box()
        assert speaker["x"] + speaker["width"] <= speech["x"] and abs(speaker["y"] - speech["y"]) < 12, i


def test_supplied_words_look_the_same_in_reading_and_side_by_side(site: Path, page: object) -> None:
    marks = "el => [getComputedStyle(el, '::before').content, getComputedStyle(el, '::after').content]"
    page.goto((site / "crafted.html").as_uri())  # type: ignore[attr-defined]
    reading = page.locator("article .supplied").first.evaluate(marks)  # type: ignore[attr-defined]
    page.goto((site / "crafted.sidebyside.html").as_uri())  # type: ignore[attr-defined]
    beside = page.locator(".col.reading .supplied").first.evaluate(marks)  # type: ignore[attr-defined]
    assert reading == beside == ['"⌜"', '"⌝"']
