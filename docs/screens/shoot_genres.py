"""Screenshots of each genre construct the views support, for the README.

    python docs/screens/shoot_genres.py docs/screens/genres

Renders the crafted files of tests/data/foreign/ (and DraCor's Faust, when ../shared/external-tei
is there) into a temporary site and shoots the part of the page that shows the construct, at a
desktop width. File names are the construct's: apparatus.png, speech.png, …
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from playwright.sync_api import sync_playwright
from shoot import launch, shrink

from teikit.render.html import copy_assets, page_name, render_to_dir
from teikit.render.stylesheets import XSLT_DIR

ROOT = Path(__file__).resolve().parents[2]
FOREIGN = ROOT / "tests" / "data" / "foreign"
SHOTS = {  # name: (TEI file, view, CSS selector of what to shoot)
    "apparatus": (FOREIGN / "apparatus-parallel.xml", "reading", "main"),
    "apparatus-rdg-only": (FOREIGN / "apparatus-rdg-only.xml", "reading", "main"),
    "speech": (FOREIGN / "speech-u-who.xml", "reading", "article.text"),
    "verse": (FOREIGN / "verse-lg.xml", "reading", "article.text"),
    "drama": (FOREIGN / "drama-castlist.xml", "reading", "article.text"),
    "rendition": (FOREIGN / "rendition.xml", "reading", "article.text"),
    "lb-break-no": (FOREIGN / "lb-break-no.xml", "diplomatic", "article.text"),
    "diplomatic-note": (FOREIGN / "notes-diplomatic.xml", "diplomatic", "article.text"),
}
MAX_HEIGHT = 700  # px: the first screen of a long part is enough
MARGIN = 12  # px of page around the part


def shoot(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as pw:
        site = Path(tmp)
        copy_assets(site, [XSLT_DIR / "assets"])
        browser = launch(pw)
        page = browser.new_page(viewport={"width": 900, "height": 800})
        for name, (tei, view, selector) in SHOTS.items():
            render_to_dir(tei, view, site)
            page.goto((site / page_name(tei.stem, view)).as_uri())
            box = page.locator(selector).first.bounding_box()
            assert box is not None, f"{name}: nothing matches {selector}"
            clip = {"x": box["x"] - MARGIN, "y": box["y"] - MARGIN, "width": box["width"] + 2 * MARGIN,
                    "height": min(box["height"], MAX_HEIGHT) + 2 * MARGIN}
            target = out / f"{name}.png"
            page.screenshot(path=str(target), clip=clip)
            shrink(target)
        browser.close()


if __name__ == "__main__":
    shoot(Path(sys.argv[1]))
