"""The archive's web page, whatever wraps it: [chrome] date, title, [credit], text,
[view tabs], summary, labelled metadata, [footer]. The site and bare readers share it."""

from __future__ import annotations

from teikit.model import Document, Metadata
from teikit.readers.common import CREDIT, DATE_LINE, FOOTER_STARTS, IMAGE, label_of, parse_fields

# Tabs of the page's document viewer, printed right after the text.
VIEW_TABS = {"Translation", "Transcript", "Transcription", "Original Scan", "Original", "Summary"}
LANGUAGES = {"English", "Romanian", "Russian", "Chinese", "German", "French", "Hungarian", "Polish",
             "Bulgarian", "Czech", "Slovak", "Serbian", "Croatian", "Albanian", "Korean", "Vietnamese",
             "Japanese", "Spanish", "Italian", "Mongolian", "Ukrainian", "Georgian", "Persian", "Arabic"}


def find_page_date(lines: list[str], start: int = 0) -> int | None:
    """Index of the first date line (any form of DATE_LINE) followed by a title line."""
    for i in range(start, len(lines)):
        if DATE_LINE.match(lines[i].strip()):
            following = next((line.strip() for line in lines[i + 1:] if line.strip()), "")
            if following and not label_of(following) and not DATE_LINE.match(following):
                return i
    return None


def read_page(lines: list[str], stem: str, shape: str, date_index: int) -> Document:
    meta = Metadata(date=lines[date_index].strip())
    i = next_nonblank(lines, date_index + 1)
    meta.title = lines[i].strip()
    return read_after_title(lines, i + 1, meta, stem, shape)


def read_after_title(lines: list[str], body_start: int, meta: Metadata, stem: str, shape: str) -> Document:
    """[credit line], text, [summary], labelled metadata, [footer] -> the Document."""
    j = next_nonblank(lines, body_start)
    if j < len(lines) and CREDIT.match(lines[j].strip()):
        meta.funder = CREDIT.match(lines[j].strip()).group(1)  # type: ignore[union-attr]
        body_start = j + 1
    tail = next((k for k in range(body_start, len(lines)) if label_of(lines[k])), None)
    footer = next((k for k in range(body_start, len(lines)) if lines[k].strip() in FOOTER_STARTS), len(lines))
    if tail is None:
        body_end = footer
    else:
        body_end = tail
        summary = _last_block(lines, body_start, tail)
        if summary is not None:
            # The page prints the archive's summary between the text and its metadata.
            meta.summary = " ".join(lines[k].strip() for k in range(*summary))
            body_end = summary[0]
        parse_fields(lines[tail:], meta)
    body = _drop_view_tabs(lines[body_start:body_end], meta)
    return Document(stem=stem, shape=shape, metadata=meta, lines=body)


def next_nonblank(lines: list[str], start: int) -> int:
    return next((k for k in range(start, len(lines)) if lines[k].strip()), len(lines))


def _last_block(lines: list[str], start: int, end: int) -> tuple[int, int] | None:
    k = end - 1
    while k >= start and not lines[k].strip():
        k -= 1
    if k < start:
        return None
    block_end = k + 1
    while k >= start and lines[k].strip():
        k -= 1
    # A page whose text runs line by line (no blank lines) has one-line blocks.
    first = k + 1
    if block_end - first > 1 and not any(not line.strip() for line in lines[start:end]):
        first = block_end - 1
    tabs = [line.strip() for line in lines[first:block_end]]
    if all(t in VIEW_TABS or t in LANGUAGES for t in tabs):
        return None
    return first, block_end


def _drop_view_tabs(body: list[str], meta: Metadata) -> list[str]:
    """Strip the viewer tabs ('Translation', 'English') the page prints after the text."""
    end = len(body)
    tabs: list[str] = []
    while end > 0:
        line = body[end - 1].strip()
        if line and not IMAGE.match(line) and line not in VIEW_TABS and line not in LANGUAGES:
            break
        if line:
            tabs.append(line)
        end -= 1
    if not any(tab in VIEW_TABS for tab in tabs):
        return body  # a last line like 'English' alone may be the text's own
    languages = [tab for tab in reversed(tabs) if tab in LANGUAGES]
    if languages and not meta.translation_language:
        meta.translation_language = languages[0]
    return body[:end]
