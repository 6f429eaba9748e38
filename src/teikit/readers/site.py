"""The site page: the archive's full web page (navigation, 'Skip to content', footer)."""

from __future__ import annotations

from teikit.model import Document
from teikit.readers.archive_page import find_page_date, read_page

NAME = "site"
MARKERS = ("Skip to content", "Main navigation", "Featured People", "Crown Nav")


def detect(lines: list[str]) -> bool:
    head = [line.strip() for line in lines[:400] if line.strip()]
    return any(line in MARKERS for line in head) and find_page_date(lines) is not None


def read(lines: list[str], stem: str) -> Document:
    date_index = find_page_date(lines)
    assert date_index is not None  # detect() made sure
    return read_page(lines, stem, NAME, date_index)
