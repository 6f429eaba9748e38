"""The archive's PDF as text on docslib.org: a few chrome lines (title, 'Total Page:',
'File Type:pdf'), then 'Digital Archive … International History Declassified', the date and
title, and labelled fields ('Citation:', 'Summary:', 'Credits:', 'Original Language:',
'Contents:') either on their own lines or run together in one line; the text follows
the Contents items ('English Translation')."""

from __future__ import annotations

import re

from teikit.model import Document, Metadata
from teikit.readers.archive_page import LANGUAGES
from teikit.readers.common import FIELDS, MONTHS
from teikit.readers.fit import Fit, unfit

NAME = "docslib"
MARKER = re.compile(r"Digital Archive (?:digitalarchive\.wilsoncenter\.org )?International History Declassified")
LABEL = re.compile(r"(?<!\S)(Citation|Summary|Credits|Original Language|Contents):(?=\s|$)")
LEADING_DATE = re.compile(rf"^(?:(?:{'|'.join(MONTHS)}) (?:\d{{1,2}}, )?\d{{4}}|\d{{4}})\s+")
_LANGUAGE = "|".join(sorted(LANGUAGES))
CONTENTS_ITEM = re.compile(rf"^\s*(?:(?P<lang>{_LANGUAGE}) (?P<kind>Translation|Transcription|Transcript|Original)"
                           r"|Scan of Original Document|Original Scan)(?=\s|$)")
TRAILING_URL = re.compile(r"\s*(https?://\S+)\s*$")
WIDGETS = ("[Show full text]",)


def score(lines: list[str]) -> Fit:
    text = "\n".join(lines)
    marker = MARKER.search(text)
    if marker is None:
        return unfit("no 'Digital Archive … International History Declassified' line")
    fit = Fit(3)
    labels = {m.group(1) for m in LABEL.finditer(text, marker.end())}
    if not fit.need("Contents" in labels, 2, "no 'Contents:' label"):
        fit.points = 0
    fit.need("Citation" in labels, 1, "no 'Citation:' label")
    return fit


def read(lines: list[str], stem: str) -> Document:
    text = "\n".join(lines)
    marker = MARKER.search(text)
    assert marker is not None  # score() made sure
    meta = Metadata()
    labels = []
    for m in LABEL.finditer(text, marker.end()):
        labels.append(m)
        if m.group(1) == "Contents":
            break
    heading = " ".join(text[marker.end():labels[0].start()].split())
    date = LEADING_DATE.match(heading)
    meta.date, meta.title = (date.group(0).strip(), heading[date.end():]) if date else ("", heading)
    for m, following in zip(labels, labels[1:]):
        value = " ".join(text[m.end():following.start()].split())
        url = TRAILING_URL.search(value) if m.group(1) == "Citation" else None
        if url:
            meta.url, value = url.group(1), value[:url.start()]
        FIELDS[m.group(1)](meta, [value] if value else [])
    body = text[labels[-1].end():]
    while item := CONTENTS_ITEM.match(body):
        if item.group("kind") == "Translation" and not meta.translation_language:
            meta.translation_language = item.group("lang")
        body = body[item.end():]
    body_lines = [line for line in body.strip().split("\n") if line.strip() not in WIDGETS]
    return Document(stem=stem, shape=NAME, metadata=meta, lines=body_lines)
