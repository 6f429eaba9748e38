"""The conversion pipeline, one direction: read -> structure -> names -> TEI -> check.

``convert_file`` is what `teikit convert` and `teikit build` run for each source.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree

from teikit.model import Document
from teikit.readers import read_file
from teikit.structure import build_body
from teikit.tei import fidelity
from teikit.tei.writer import serialize


@dataclass
class Result:
    source: Path
    document: Document
    xml: bytes
    warnings: list[str] = field(default_factory=list)


def convert_document(doc: Document, out_dir: Path | None = None) -> bytes:
    build_body(doc)
    data = serialize(doc, out_dir)
    fidelity.check(doc.lines, etree.fromstring(data), doc.stem)
    return data


def convert_file(path: Path, out_dir: Path | None = None) -> Result:
    doc = read_file(path)
    data = convert_document(doc, out_dir)
    return Result(path, doc, data, list(doc.warnings))
