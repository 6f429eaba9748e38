"""Document -> TEI file bytes (deterministic: same document, same bytes)."""

from __future__ import annotations

import os
from pathlib import Path

from lxml import etree

from teikit import paths
from teikit.model import Document, Node
from teikit.tei.header import build_header
from teikit.tei.stamp import stamp
from teikit.tei.xmltree import indent, to_element

SCHEMAS = [("teikit.xsd", "http://www.w3.org/2001/XMLSchema"),
           ("teikit.sch", "http://purl.oclc.org/dsdl/schematron")]


def build_tree(doc: Document) -> etree._Element:
    assert doc.body is not None, "the structure stage fills the body"
    root = Node("TEI", {"xml:id": doc.xml_id, "xml:lang": "en"},
                [build_header(doc), Node("text", {}, [doc.body])])
    return to_element(root)


def serialize(doc: Document, out_dir: Path | None = None) -> bytes:
    """The TEI file, with xml-model instructions pointing at the project's schemas."""
    root = build_tree(doc)
    indent(root)
    base = os.path.relpath(paths.SCHEMA_DIR, out_dir.resolve()) if out_dir is not None else "../schema"
    pis = "".join(f'<?xml-model href="{Path(base, name).as_posix()}" type="application/xml" schematypens="{ns}"?>\n'
                  for name, ns in SCHEMAS)
    body = etree.tostring(root, encoding="unicode")
    return stamp(('<?xml version="1.0" encoding="UTF-8"?>\n' + pis + body + "\n").encode("utf-8"))
