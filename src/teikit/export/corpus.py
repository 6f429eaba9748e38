"""The whole edition as one ``teiCorpus``: a corpus header, the register, every document.

Layout (valid against tei_all)::

    teiCorpus
      teiHeader         the edition's fileDesc; encodingDesc with schemaRef to the ODD
      standOff type="register"      the register's lists (and one per other standOff file)
      TEI …             every document, ids made unique (see teikit.export.ids)
"""

from __future__ import annotations

import copy
import os
from pathlib import Path

from lxml import etree

from teikit import __version__
from teikit.export import ids
from teikit.export.edition import NS, TEI_NS, EditionFiles, TeiFile

SCHEMA_FILES = [("teikit.odd", "odd"), ("teikit.rng", "rng"), ("teikit.xsd", "xsd"), ("teikit.sch", "schematron")]


def _el(parent: etree._Element, tag: str, text: str | None = None, **attrs: str) -> etree._Element:
    el = etree.SubElement(parent, f"{{{TEI_NS}}}{tag}", attrs)
    el.text = text
    return el


def schema_refs(schema_dir: Path, relative_to: Path | None) -> list[tuple[str, str]]:
    """(type, url) for the project's schemas; the ODD always, the others when present."""
    refs = []
    for name, kind in SCHEMA_FILES:
        path = schema_dir / name
        if kind == "odd" or path.exists():
            url = os.path.relpath(path, relative_to) if relative_to else path.as_posix()
            refs.append((kind, Path(url).as_posix()))
    return refs


def _header(root: etree._Element, edition: EditionFiles, refs: list[tuple[str, str]]) -> None:
    info = edition.info
    header = _el(root, "teiHeader")
    file_desc = _el(header, "fileDesc")
    title_stmt = _el(file_desc, "titleStmt")
    _el(title_stmt, "title", info.title)
    resp = _el(title_stmt, "respStmt")
    _el(resp, "resp", "TEI encoding")
    _el(resp, "name", f"teikit {__version__}")
    pub = _el(file_desc, "publicationStmt")
    _el(pub, "publisher", info.publisher)
    _el(_el(pub, "availability"), "p", "Each document states the rights of its text in its own header.")
    _el(pub, "idno", info.url("corpus.xml"), type="URL")
    source = _el(file_desc, "sourceDesc")
    _el(source, "p", f"The {len(edition.documents)} TEI documents of the edition, each with its own header and "
                     "source description, and the edition's register.")
    encoding = _el(header, "encodingDesc")
    for kind, url in refs:
        _el(encoding, "schemaRef", type=kind, key="teikit", url=url)
    first = edition.documents[0].root
    for part in ("projectDesc", "editorialDecl"):
        found = first.find(f"t:teiHeader/t:encodingDesc/t:{part}", NS)
        if found is not None:
            encoding.append(copy.deepcopy(found))
    etree.indent(header, space="  ", level=1)


def _standoffs(aux: TeiFile) -> list[etree._Element]:
    found = []
    for standoff in aux.root.findall("t:standOff", NS):
        clone = copy.deepcopy(standoff)
        clone.tail = None
        if not clone.get("type"):
            clone.set("type", aux.path.stem)
        found.append(clone)
    return found


def build_corpus(edition: EditionFiles, schema_dir: Path, relative_to: Path | None = None) -> etree._ElementTree:
    """The teiCorpus; schema URLs are relative to ``relative_to`` (the output's folder) when given."""
    root = etree.Element(f"{{{TEI_NS}}}teiCorpus", nsmap={None: TEI_NS})  # type: ignore[dict-item]  # lxml-stubs: None is the default namespace's key
    root.set("{http://www.w3.org/XML/1998/namespace}lang", "en")
    _header(root, edition, schema_refs(schema_dir, relative_to))
    parts = [ids.Part(a.path.name, a.path.stem, _standoffs(a), keeps_ids=True) for a in edition.auxiliary]
    for doc in edition.documents:
        clone = copy.deepcopy(doc.root)
        clone.tail = None
        parts.append(ids.Part(doc.path.name, doc.id, [clone]))
    ids.apply(parts)
    for part in parts:
        root.extend(part.elements)
    root.text = "\n  "
    for child in root:
        child.tail = "\n  "
    root[-1].tail = "\n"
    return root.getroottree()


def serialize(tree: etree._ElementTree) -> bytes:
    return etree.tostring(tree, xml_declaration=True, encoding="UTF-8")
