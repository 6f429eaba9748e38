"""The card shape: a markdown-like record (date, **Title**, labelled blocks, Contents, text)."""

from __future__ import annotations

import re

from teikit.model import Document, Metadata
from teikit.readers.common import PAGE_DATE, label_of, parse_fields, unbold
from teikit.readers.fit import Fit, unfit

NAME = "card"
CONTENTS_ITEM = re.compile(r"^(Translation|Transcript(ion)?|Original Scan|Original)\s+-\s+(\w+)$")


def score(lines: list[str]) -> Fit:
    labels = {unbold(line).rstrip(":") for line in lines if unbold(line).endswith(":")}
    if "Contents" not in labels:
        return unfit("no 'Contents:' line")
    fit = Fit()
    fit.need("Citation" in labels or "Summary" in labels, 4, "no 'Citation:' or 'Summary:' line")
    return fit


def read(lines: list[str], stem: str) -> Document:
    meta = Metadata()
    index = 0
    nonblank = [i for i, line in enumerate(lines) if line.strip()]
    first = nonblank[0]
    if PAGE_DATE.match(unbold(lines[first])):
        meta.date = unbold(lines[first])
        index = first + 1
    contents = next(i for i, line in enumerate(lines) if unbold(line) == "Contents:")
    header_start = next(i for i in range(index, len(lines)) if label_of(lines[i]))
    meta.title = " ".join(unbold(" ".join(line.strip() for line in lines[index:header_start] if line.strip())).split())
    parse_fields(lines[header_start:contents], meta)
    body_start = contents + 1
    # Contents lists what the page holds ("Translation - English"); the text follows.
    for i in range(contents + 1, len(lines)):
        line = lines[i].strip()
        if not line:
            continue
        match = CONTENTS_ITEM.match(line)
        if not match:
            body_start = i
            break
        if match.group(1) == "Translation":
            meta.translation_language = match.group(3)
    return Document(stem=stem, shape=NAME, metadata=meta, lines=lines[body_start:])
