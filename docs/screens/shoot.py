"""Screenshots of each kind of page, desktop and phone width, for the README.

    teikit build --no-pdf && python docs/screens/shoot.py build docs/screens

Needs playwright and Debian's chromium (as tests/test_browser.py). The PNGs are cut to the first
screen and reduced to 64 colours, so they stay small enough to commit.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

from PIL import Image
from playwright.sync_api import Browser, Playwright, sync_playwright

PAGES = {  # name: (page, what to do before the shot)
    "front": ("index.html", None),
    "reading": ("004_199396b955c38b4b.html", None),
    "diplomatic": ("002_eba8ff610aa90a90.diplomatic.html", None),
    "sidebyside": ("000_c4597c774dfb8533.sidebyside.html", None),
    "search": ("search.html?q=Ho+Chi+Minh", None),
    "name-card": ("000_c4597c774dfb8533.html", "card"),
    "person": ("persons/khrushchev-nikita.html", None),
    "persons": ("persons.html", None),
    "chronology": ("chronology.html", None),
    "about": ("about.html", None),
}
SIZES = {"desktop": (1200, 800), "phone": (390, 780)}


def launch(pw: Playwright) -> Browser:
    """Debian's chromium, headless."""
    return pw.chromium.launch(executable_path=shutil.which("chromium") or "/usr/bin/chromium",
                              args=["--no-sandbox", "--disable-gpu"])


def shrink(target: Path) -> None:
    """64 colours, optimised: a screenshot small enough to commit."""
    Image.open(target).convert("RGB").quantize(64).save(target, optimize=True)


def shoot(site: Path, out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as pw:
        browser = launch(pw)
        for size, (width, height) in SIZES.items():
            context = browser.new_context(viewport={"width": width, "height": height}, has_touch=size == "phone")
            page = context.new_page()
            for name, (path, action) in PAGES.items():
                page_path, _, query = path.partition("?")
                page.goto((site / page_path).resolve().as_uri() + (f"?{query}" if query else ""))
                if action == "card":
                    name_link = page.locator("main a.name[data-card]").nth(3)
                    name_link.scroll_into_view_if_needed()
                    name_link.tap() if size == "phone" else name_link.hover()
                target = out / f"{name}-{size}.png"
                page.screenshot(path=str(target))
                shrink(target)
            context.close()
        browser.close()


if __name__ == "__main__":
    shoot(Path(sys.argv[1]), Path(sys.argv[2]))
