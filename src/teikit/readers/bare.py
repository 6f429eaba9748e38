"""Bare text: the page's text without markup; date and title on the first lines,
metadata labels (often with empty values) at the end."""

from __future__ import annotations

from teikit.model import Document
from teikit.readers.archive_page import find_page_date, read_page
from teikit.readers.common import label_of

NAME = "bare"


def detect(lines: list[str]) -> bool:
    first = next((i for i, line in enumerate(lines) if line.strip()), None)
    return first is not None and find_page_date(lines, first) == first


def read(lines: list[str], stem: str) -> Document:
    first = next(i for i, line in enumerate(lines) if line.strip())
    doc = read_page(lines, stem, NAME, first)
    if not any(label_of(line) for line in lines):
        doc.warnings.append("no metadata labels after the text: header fields come from the first lines only")
    return doc
