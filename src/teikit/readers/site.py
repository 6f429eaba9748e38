"""The site page: the archive's full web page (navigation, 'Skip to content', footer)."""

from __future__ import annotations

from teikit.model import Document
from teikit.readers.archive_page import find_page_date, read_page
from teikit.readers.fit import Fit

NAME = "site"
MARKERS = ("Skip to content", "Main navigation", "Featured People", "Crown Nav")


def score(lines: list[str]) -> Fit:
    fit = Fit()
    head = {line.strip() for line in lines[:400]}
    if (fit.need(any(marker in head for marker in MARKERS), 3, "no 'Skip to content' or site navigation")
            and not fit.need(find_page_date(lines) is not None, 2, "no date line followed by a title")):
        fit.points = 0
    return fit


def read(lines: list[str], stem: str) -> Document:
    date_index = find_page_date(lines)
    assert date_index is not None  # score() made sure
    return read_page(lines, stem, NAME, date_index)
