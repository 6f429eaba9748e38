"""The archive's older page: 'Search in', the page date, a collapsible citation block
('• Citation / get citation / summary / "citation"', '• share document'), then the
viewer tab ('English HTML') and the text. The title is only in the citation."""

from __future__ import annotations

from teikit.model import Document, Metadata
from teikit.readers.archive_page import find_page_date, read_after_title
from teikit.readers.common import CREDIT, FIELDS, title_of_citation
from teikit.readers.fit import Fit, unfit

NAME = "search-in"
MARKERS = ("Search in", "get citation", "share document", "English HTML")
CITATION_START, CITATION_END = "get citation", "share document"
HEAD_LINES = 60


def _stripped(lines: list[str]) -> list[str]:
    return [line.strip().lstrip("•").strip() for line in lines[:HEAD_LINES]]


def score(lines: list[str]) -> Fit:
    head = _stripped(lines)
    found = [marker for marker in MARKERS if marker in head]
    if len(found) < 2:
        return unfit("fewer than two of 'Search in', 'get citation', 'share document', 'English HTML'")
    fit = Fit(2 * len(found))
    if not fit.need(find_page_date(lines) is not None, 1, "no date line"):
        fit.points = 0
    return fit


def read(lines: list[str], stem: str) -> Document:
    head = _stripped(lines)
    date_index = find_page_date(lines)
    assert date_index is not None  # score() made sure
    meta = Metadata(date=lines[date_index].strip())
    for line in head[:date_index + 4]:
        if CREDIT.match(line):
            FIELDS["Credits"](meta, [line])
    start = head.index(CITATION_START) + 1 if CITATION_START in head else date_index + 1
    end = head.index(CITATION_END) if CITATION_END in head else start
    block = [line for line in head[start:end] if line]
    FIELDS["Citation"](meta, [line for line in block if title_of_citation(line)])
    FIELDS["Summary"](meta, [line for line in block if not title_of_citation(line)])
    meta.title = title_of_citation(meta.citation)
    body_start = max(end + 1, head.index("English HTML") + 1 if "English HTML" in head else 0)
    return read_after_title(lines, body_start, meta, stem, NAME)
