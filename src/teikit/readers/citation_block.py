"""The archive's older page whose date is followed by an indented block: the summary and
the citation (or the date again, and then the title on the next line), then the text."""

from __future__ import annotations

from teikit.model import Document, Metadata
from teikit.readers.archive_page import next_nonblank, read_after_title
from teikit.readers.common import DATE_LINE, FIELDS, title_of_citation
from teikit.readers.fit import Fit, unfit

NAME = "citation-block"


def _indented(line: str) -> bool:
    return line.startswith(("  ", "\t")) and bool(line.strip())


def _block(lines: list[str]) -> tuple[int, int, int] | None:
    """(date line, block start, block end) when the page opens with a date and an indented block."""
    first = next_nonblank(lines, 0)
    if first >= len(lines) or not DATE_LINE.match(lines[first].strip()):
        return None
    start = next_nonblank(lines, first + 1)
    end = start
    while end < len(lines) and _indented(lines[end]):
        end += 1
    return (first, start, end) if end > start else None


def score(lines: list[str]) -> Fit:
    found = _block(lines)
    if found is None:
        return unfit("no date line followed by an indented summary/citation block")
    fit = Fit(3)
    block = [line.strip() for line in lines[found[1]:found[2]]]
    fit.need(any(title_of_citation(line) or DATE_LINE.match(line) for line in block), 1, "no citation in the block")
    return fit


def read(lines: list[str], stem: str) -> Document:
    found = _block(lines)
    assert found is not None  # score() made sure
    date_index, start, end = found
    meta = Metadata(date=lines[date_index].strip())
    block = [line.strip() for line in lines[start:end]]
    # The block may repeat the page date where other pages print the citation.
    FIELDS["Citation"](meta, [line for line in block if title_of_citation(line)])
    FIELDS["Summary"](meta, [line for line in block if not title_of_citation(line) and not DATE_LINE.match(line)])
    meta.title = title_of_citation(meta.citation)
    if not meta.title:
        title_index = next_nonblank(lines, end)
        meta.title = lines[title_index].strip() if title_index < len(lines) else ""
        end = title_index + 1
    return read_after_title(lines, end, meta, stem, NAME)
