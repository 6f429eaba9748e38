"""The part of a register that one document can reach, for a one-shot render.

A one-file ``teikit render`` spends more on the register (361 KB: parsed by lxml,
serialised, parsed again by Saxon, indexed by ``key('tk:entry')``) than on the view.
The views reach the register only through ``tk:entry(id)`` and ``key('tk:entry', id)``
(names.xsl), with ids read from attribute values (``@ref``, ``@who``, ...) of the
document and, for an entry's role, of the entry itself. So every element with an
``xml:id`` that no attribute token of the document (or of an entry kept, transitively)
names can go: the page is byte-identical (tests/tool/test_render_reach.py renders
every view both ways). Everything without an ``xml:id`` (header, lists, relations)
stays, as do the ancestors and the whole content of every entry kept.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path

from lxml import etree
from saxonche import PyXdmNode

from teikit.render.stylesheets import xdm_document
from teikit.xmlsafe import parse_xml

__all__ = ["pointer_ids", "preparse_register", "reachable_register"]

XML_ID = "{http://www.w3.org/XML/1998/namespace}id"
_XML_SPACE = re.compile(r"[ \t\r\n]+")  # what XPath's normalize-space() and tokenize(., ' ') split on


def pointer_ids(elements: Iterable[etree._Element]) -> set[str]:
    """Every id an attribute of ``elements`` could name: each token as it is and, as
    tk:ref-id reads it, what follows its first '#'. A superset is harmless: it only keeps more."""
    ids: set[str] = set()
    for element in elements:
        for value in element.attrib.values():
            for token in _XML_SPACE.split(str(value).strip(" \t\r\n")):
                ids.add(token)
                if "#" in token:
                    ids.add(token.partition("#")[2])
    ids.discard("")
    return ids


def _elements(root: etree._Element) -> Iterable[etree._Element]:
    return root.iter(etree.Element)


def _entries_by_id(root: etree._Element) -> dict[str, list[etree._Element]]:
    """Elements with an xml:id, in document order, under the id as written and normalised
    (in case Saxon normalises xml:id: either spelling then keeps the element)."""
    by_id: dict[str, list[etree._Element]] = {}
    for element in root.iterfind(".//*[@xml:id]", namespaces={"xml": "http://www.w3.org/XML/1998/namespace"}):
        raw = element.get(XML_ID, "")
        for key in {raw, " ".join(_XML_SPACE.split(raw.strip(" \t\r\n")))}:
            by_id.setdefault(key, []).append(element)
    return by_id


def _reached(by_id: dict[str, list[etree._Element]], document: etree._Element) -> set[etree._Element]:
    """The entries the document names, closed over the pointers inside the entries named."""
    kept: set[etree._Element] = set()
    frontier = pointer_ids(_elements(document))
    while frontier:
        new = {e for i in frontier for e in by_id.get(i, ()) if e not in kept}
        kept |= new
        frontier = pointer_ids(d for e in new for d in _elements(e))
    return kept


def _prune(root: etree._Element, by_id: dict[str, list[etree._Element]], kept: set[etree._Element]) -> None:
    """Drop every element with an xml:id that is neither kept, inside one kept, nor around one kept."""
    around = {a for e in kept for a in e.iterancestors()}
    for element in {e for group in by_id.values() for e in group}:
        if element in kept or element in around or element is root:
            continue
        if any(a in kept for a in element.iterancestors()):
            continue
        parent = element.getparent()
        if parent is not None:
            parent.remove(element)


_preparsed: dict[Path, etree._ElementTree] = {}


def preparse_register(path: Path) -> None:
    """Parse a register now, so that a file teikit refuses stops the command before any page
    (as :func:`~teikit.render.stylesheets.file_node` does); the next cut takes this tree."""
    if path.resolve() not in _preparsed:  # the command may have parsed it already
        _preparsed[path.resolve()] = parse_xml(path)


def reachable_register(path: Path, document: etree._ElementTree) -> PyXdmNode:
    """The register at ``path`` (parsed safely) for Saxon, cut to what ``document`` can reach."""
    tree = _preparsed.pop(path.resolve(), None)
    if tree is None:
        tree = parse_xml(path)
    root = tree.getroot()
    by_id = _entries_by_id(root)
    _prune(root, by_id, _reached(by_id, document.getroot()))
    return xdm_document(tree, path.resolve().as_uri())
