"""A RELAX NG grammar that libxml2 compiles in a tenth of a second instead of eight.

Why libxml2 is slow on tei_all: for every element whose content looks regular it
builds a finite automaton and checks that the automaton is deterministic,
comparing every pair of transitions out of every state as ``name|namespace``
strings. TEI's mixed content (``macro.paraContent`` and friends) is a choice of
300-odd elements, so each of the few hundred elements that use it costs ~10^5
string comparisons: 90 % of the ~8 s compile.

The cure: give each element with more than ``CHOICE_LIMIT`` possible children an
``<optional>`` reference to a ``notAllowed`` pattern of its own. By the RELAX NG
simplification rules (spec section 4.19, ``choice(notAllowed, p) = p``) the
grammar means exactly what it meant, but libxml2 does not build automata for
content that contains ``notAllowed`` and checks those elements with its
interpreter instead (a few ms more per large document). Smaller content models
keep their automata. The rewritten grammar is cached in the user cache
directory, keyed by the hash of the original.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from pathlib import Path

from lxml import etree

from teikit.usercache import cache_dir
from teikit.xmlsafe import parse_xml

__all__ = ["fast_grammar", "rewrite", "CHOICE_LIMIT"]

RNG_NS = "http://relaxng.org/ns/structure/1.0"
CHOICE_LIMIT = 64  # more possible children than this: not worth an automaton
_FORMAT = 2  # of the rewritten grammar: bump when rewrite() changes
_MARKER = "teikit.interpreted."
_ELEMENT, _REF, _DEFINE = (f"{{{RNG_NS}}}{t}" for t in ("element", "ref", "define"))
_NOT_SELF_CONTAINED = [f"{{{RNG_NS}}}{t}" for t in ("include", "externalRef", "grammar", "parentRef")]


def fast_grammar(path: Path) -> etree._ElementTree | None:
    """The rewritten grammar of the RELAX NG file at ``path``, from the cache when there;
    None when the grammar spans several files or grammars (left as it is)."""
    data = path.read_bytes()
    key = hashlib.sha256(data + f"|{_FORMAT}|{CHOICE_LIMIT}".encode()).hexdigest()
    cached = cache_dir() / "rng" / f"{key}.rng"
    if cached.is_file():
        return parse_xml(cached.read_bytes(), str(cached))
    tree = parse_xml(data, str(path))
    if not rewrite(tree):
        return None
    _store(cached, etree.tostring(tree, xml_declaration=True, encoding="UTF-8"))
    return tree


def rewrite(tree: etree._ElementTree) -> bool:
    """Mark every element with more than CHOICE_LIMIT possible children for libxml2's
    interpreter, in place. False (tree untouched) when the grammar is not self-contained."""
    root = tree.getroot()
    if root.tag != f"{{{RNG_NS}}}grammar" or any(next(root.iterdescendants(t), None) is not None
                                                   for t in _NOT_SELF_CONTAINED):
        return False
    direct = _DirectContent(root)
    for number, element in enumerate(list(root.iter(_ELEMENT))):
        if direct.child_elements(element) > CHOICE_LIMIT:
            _mark(root, element, f"{_MARKER}{number}")
    return True


class _DirectContent:
    """The element patterns an element's content can put directly under it, following refs."""

    def __init__(self, root: etree._Element) -> None:
        self.defines: dict[str, list[etree._Element]] = {}
        for define in root.iter(_DEFINE):
            self.defines.setdefault(define.get("name") or "", []).append(define)
        self._direct: dict[str, tuple[set[int], set[str]]] = {}

    def child_elements(self, element: etree._Element) -> int:
        elements, todo = _scan(element)
        seen = set(todo)
        while todo:
            more_elements, refs = self._define(todo.pop())
            elements |= more_elements
            todo.extend(refs - seen)
            seen |= refs
        return len(elements)

    def _define(self, name: str) -> tuple[set[int], set[str]]:
        if name not in self._direct:
            elements: set[int] = set()
            refs: set[str] = set()
            for define in self.defines.get(name, []):
                e, r = _scan(define)
                elements |= e
                refs.update(r)
            self._direct[name] = (elements, refs)
        return self._direct[name]


def _scan(pattern: etree._Element) -> tuple[set[int], list[str]]:
    """Element patterns and ref names inside ``pattern``, not looking into nested elements."""
    elements: set[int] = set()
    refs: list[str] = []
    todo = list(pattern)
    while todo:
        node = todo.pop()
        if node.tag == _ELEMENT:
            elements.add(id(node))
        elif node.tag == _REF:
            refs.append(node.get("name") or "")
        elif isinstance(node.tag, str):
            todo.extend(node)
    return elements, refs


def _mark(root: etree._Element, element: etree._Element, name: str) -> None:
    """Add ``<optional><ref name=…/></optional>`` (= empty) to the element's content,
    after its name class, and ``<define name=…><notAllowed/></define>`` to the grammar."""
    choice = etree.Element(f"{{{RNG_NS}}}choice")
    etree.SubElement(choice, _REF, name=name)
    etree.SubElement(choice, f"{{{RNG_NS}}}empty")
    element.insert(after_name_class(element), choice)
    define = etree.SubElement(root, _DEFINE, name=name)
    etree.SubElement(define, f"{{{RNG_NS}}}notAllowed")


def after_name_class(element: etree._Element) -> int:
    """Where content may start: after the name class child (the first RELAX NG child, past
    comments and annotations), or at the start when the name is an attribute."""
    if element.get("name") is not None:
        return 0
    for index, child in enumerate(element):
        if isinstance(child.tag, str) and child.tag.startswith(f"{{{RNG_NS}}}"):
            return index + 1
    return len(element)


def _store(path: Path, data: bytes) -> None:
    """Write atomically; a cache that cannot be written only costs the rewrite next time."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
        with os.fdopen(fd, "wb") as out:
            out.write(data)
        os.replace(tmp, path)
    except OSError:
        pass
