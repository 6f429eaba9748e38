"""Fallback for a page shape no reader recognises: every line is text, nothing dropped."""

from __future__ import annotations

from teikit.model import Document, Metadata

NAME = "plain"


def read(lines: list[str], stem: str) -> Document:
    title = next(line.strip() for line in lines if line.strip())
    doc = Document(stem=stem, shape=NAME, metadata=Metadata(title=title), lines=lines)
    doc.warnings.append("page shape not recognised: encoded as plain paragraphs")
    return doc
