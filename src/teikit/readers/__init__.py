"""Readers: a raw page -> Document (metadata split from text, site chrome dropped).

Each page shape is one module with ``NAME``, ``detect(lines)`` and ``read(lines, stem)``;
the first reader whose ``detect`` accepts the page reads it, ``plain`` last.
"""

from __future__ import annotations

from pathlib import Path
from types import ModuleType

from teikit.model import Document
from teikit.readers import bare, card, plain, site
from teikit.readers.citation import Citation, parse_citation
from teikit.textio import decode, read_source

READERS: list[ModuleType] = [card, site, bare, plain]


def read_text(text: str, stem: str) -> Document:
    lines = text.split("\n")
    for reader in READERS:
        if reader.detect(lines):
            doc = reader.read(lines, stem)
            doc.citation = citation_of(doc)
            return doc
    raise AssertionError("the plain reader accepts every page")


def citation_of(doc: Document) -> Citation:
    """The archive's citation of the document, parsed (once: later stages read ``doc.citation``)."""
    if doc.citation is None:
        doc.citation = parse_citation(doc.metadata.citation or doc.metadata.source)
    return doc.citation


def read_file(path: Path) -> Document:
    text, warnings = read_source(path)
    doc = read_text(text, path.stem)
    doc.warnings[:0] = warnings
    return doc


def read_bytes(data: bytes, stem: str) -> Document:
    text, warnings = decode(data, stem)
    doc = read_text(text, stem)
    doc.warnings[:0] = warnings
    return doc
