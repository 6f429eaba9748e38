"""The site in a real browser, as a reader uses it (Debian chromium via Playwright).

Needs `apt-get install chromium` and `pip install playwright` (never `playwright
install`: it downloads a browser). Screenshots of each view go to build/screenshots/.
"""

from __future__ import annotations

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
