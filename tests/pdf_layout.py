"""The laid-out lines of a PDF, read back with poppler's ``pdftotext -bbox-layout``: per page,
its text lines with their words' boxes, and measures a copy-editor looks at (lines per page,
word gaps of justified lines). Used by tests/test_pdf_typography.py and runnable on a PDF:
``python tests/pdf_layout.py build/edition.pdf`` prints the widest gaps and the short pages."""

from __future__ import annotations

import re
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from lxml import etree

XHTML = "{http://www.w3.org/1999/xhtml}"
LABEL = re.compile(r"^((\(?[0-9]{1,3}|[a-z]|[ivxlc]{1,5}|[A-Z])[.)]|[-–*•])$")


@dataclass(frozen=True)
class Word:
    x0: float
    x1: float
    y0: float
    y1: float
    text: str


@dataclass(frozen=True)
class Line:
    page: int  # 1-based
    words: tuple[Word, ...]

    @property
    def text(self) -> str:
        return " ".join(w.text for w in self.words)

    @property
    def height(self) -> float:
        return max(w.y1 - w.y0 for w in self.words)

    def gaps(self) -> list[float]:
        """Spaces between neighbouring words, in units of the line's height (font size-free); the
        set-off after a list label ("4.", "c)", "iv.") is layout, not word spacing."""
        words = self.words[1:] if LABEL.match(self.words[0].text) else self.words
        return [(b.x0 - a.x1) / self.height for a, b in zip(words, words[1:])] or [0.0]


def read_lines(pdf: Path) -> list[list[Line]]:
    """Every page's lines, top to bottom as poppler groups them."""
    out = subprocess.run(["pdftotext", "-bbox-layout", str(pdf), "-"], capture_output=True, check=True).stdout
    root = etree.fromstring(out, etree.XMLParser(recover=True, no_network=True, resolve_entities=False))
    pages = []
    for number, page in enumerate(root.iter(f"{XHTML}page"), start=1):
        # Words regrouped by baseline: poppler splits a line whose gaps are very wide into several
        # "lines", which would hide exactly the loose lines this is for. (Two-column pages, the
        # indexes, then merge their columns' lines: callers leave them out.)
        rows: dict[int, list[Word]] = {}
        for w in page.iter(f"{XHTML}word"):
            word = Word(float(w.get("xMin")), float(w.get("xMax")), float(w.get("yMin")), float(w.get("yMax")),
                        w.text or "")
            rows.setdefault(round(word.y1), []).append(word)
        pages.append([Line(number, tuple(sorted(words, key=lambda w: w.x0))) for _, words in sorted(rows.items())])
    return pages


def text_pages(pages: list[list[Line]]) -> range:
    """Numbers of the pages of running text: after the contents, before the first index."""
    first = next((n for n, page in enumerate(pages, start=1) if any(line.text == "Contents" for line in page)), 0) + 1
    last = next((n for n, page in enumerate(pages, start=1)
                 if n >= first and any(line.text.startswith("Index of") for line in page)), len(pages) + 1)
    return range(first, last)


def body_lines(page: list[Line], running_head_pt: float = 60.0, folio_pt: float = 780.0) -> list[Line]:
    """The page's lines without running head and folio (the page furniture's bands)."""
    return [line for line in page if running_head_pt < line.words[0].y0 < folio_pt]


if __name__ == "__main__":
    pages = read_lines(Path(sys.argv[1]))
    lines = [line for n in text_pages(pages) for line in body_lines(pages[n - 1]) if len(line.words) > 2]
    for line in sorted(lines, key=lambda line: -max(line.gaps()))[:12]:
        print(f"p.{line.page} gap {max(line.gaps()):.2f}: {line.text[:90]}")
    for number, page in enumerate(pages, start=1):
        if len(body_lines(page)) < 3:
            print(f"p.{number}: {len(body_lines(page))} lines: "
                  f"{' / '.join(line.text[:40] for line in body_lines(page))}")
