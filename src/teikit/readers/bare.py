"""Bare text: the page's text without markup; date and title on the first lines (sometimes
after the summary of a related document), metadata labels (often empty) at the end."""

from __future__ import annotations

from teikit.model import Document
from teikit.readers.archive_page import find_page_date, read_page
from teikit.readers.common import CREDIT, label_of
from teikit.readers.fit import Fit

NAME = "bare"
PROSE_WORDS = 12  # a line before the date this long is a summary, not a title


def _date_index(lines: list[str]) -> tuple[int | None, list[int]]:
    """The date line's index when it opens the page or follows one line of prose; the prose lines."""
    nonblank = [i for i, line in enumerate(lines) if line.strip()][:2]
    for n, i in enumerate(nonblank):
        if find_page_date(lines, i) == i:
            before = nonblank[:n]
            if all(len(lines[k].split()) >= PROSE_WORDS for k in before):
                return i, before
            return None, []
    return None, []


def score(lines: list[str]) -> Fit:
    fit = Fit()
    index, before = _date_index(lines)
    if not fit.need(index is not None, 2 if not before else 1, "no date line at the top followed by a title"):
        return fit
    fit.need(any(label_of(line) for line in lines), 1, "no metadata labels")
    fit.need(any(CREDIT.match(line.strip()) for line in lines[:12]), 1, "no funding line")
    return fit


def read(lines: list[str], stem: str) -> Document:
    index, before = _date_index(lines)
    assert index is not None  # score() made sure
    doc = read_page(lines, stem, NAME, index)
    # A summary printed above the date belongs to another (related) document: kept, not text.
    doc.metadata.extra[:0] = [lines[k].strip() for k in before]
    if not any(label_of(line) for line in lines):
        doc.warnings.append("no metadata labels after the text: header fields come from the first lines only")
    return doc
