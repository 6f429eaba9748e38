"""Readers: a raw page -> Document (metadata split from text, site chrome dropped).

Each layout the archive has used is one module with ``NAME``, ``score(lines) -> Fit`` and
``read(lines, stem)``. Every reader scores the page by the evidence it finds (chrome
markers, metadata labels, the date line); the best fit reads it (ties go to the earlier
reader). A page no reader fits is read as plain paragraphs, with a warning that says what
each layout looked for and did not find.
"""

from __future__ import annotations

from pathlib import Path
from types import ModuleType

from teikit.model import Document
from teikit.readers import bare, card, citation_block, docslib, plain, search_in, site
from teikit.readers.citation import Citation, parse_citation
from teikit.textio import decode, read_source

READERS: list[ModuleType] = [docslib, card, search_in, site, citation_block, bare]


def best_reader(lines: list[str]) -> tuple[ModuleType | None, list[str]]:
    """The best-fitting reader (None when none fits) and, per reader, what it missed."""
    fits = [(reader.score(lines), reader) for reader in READERS]
    fit, reader = max(fits, key=lambda pair: pair[0].points)  # the first of equals
    best = reader if fit.points > 0 else None
    missed = [f"{r.NAME}: {', '.join(fit.missing)}" for fit, r in fits if fit.missing]
    return best, missed


def read_text(text: str, stem: str) -> Document:
    lines = text.split("\n")
    reader, missed = best_reader(lines)
    if reader is None:
        doc = plain.read(lines, stem)
        doc.warnings[-1] += f" (no layout fits: {'; '.join(missed)})"
    else:
        doc = reader.read(lines, stem)
    doc.citation = citation_of(doc)
    return doc


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
