"""Document -> TEI file bytes (deterministic: same document, same bytes)."""

from __future__ import annotations

import os
from pathlib import Path

from lxml import etree

from teikit import resources
from teikit.edition import Edition
from teikit.model import Document, Node
from teikit.tei.header import build_header
from teikit.tei.stamp import stamp
from teikit.tei.xmltree import indent, to_element

SCHEMAS = [("teikit.xsd", "http://www.w3.org/2001/XMLSchema"),
           ("teikit.sch", "http://purl.oclc.org/dsdl/schematron")]


def build_tree(doc: Document, edition: Edition) -> etree._Element:
    assert doc.body is not None, "the structure stage fills the body"
    root = Node("TEI", {"xml:id": doc.xml_id, "xml:lang": "en"},
                [build_header(doc, edition.config), Node("text", {}, [doc.body])])
    return to_element(root)


def schema_href(edition: Edition, out_dir: Path | None) -> str:
    """Where the xml-model instructions point, relative to the TEI file: the edition's copy of the
    schema (so oXygen finds it wherever the edition moves), else the tool's own."""
    schema = edition.schema_dir if (edition.schema_dir / SCHEMAS[0][0]).is_file() else resources.schema_dir()
    return os.path.relpath(schema.resolve(), out_dir.resolve()) if out_dir is not None else "../schema"


def serialize(doc: Document, edition: Edition, out_dir: Path | None = None) -> bytes:
    """The TEI file, with xml-model instructions pointing at the edition's schemas."""
    root = build_tree(doc, edition)
    indent(root)
    base = schema_href(edition, out_dir)
    pis = "".join(f'<?xml-model href="{Path(base, name).as_posix()}" type="application/xml" schematypens="{ns}"?>\n'
                  for name, ns in SCHEMAS)
    body = etree.tostring(root, encoding="unicode")
    return stamp(('<?xml version="1.0" encoding="UTF-8"?>\n' + pis + body + "\n").encode("utf-8"))
