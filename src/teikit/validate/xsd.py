"""XML Schema validation with xmlschema.

Building a large schema is slow (tei_all.xsd: about 16 s), so the built schema
is kept per process and pickled in the user's cache directory, keyed by the
hash of every schema file it reads, the xmlschema version and the Python version.
"""

from __future__ import annotations

import hashlib
import re
import sys
import threading
from pathlib import Path
from xml.etree import ElementTree

import xmlschema
from lxml import etree
from xmlschema.validators.exceptions import XMLSchemaChildrenValidationError, XMLSchemaValidationError

from teikit.errors import TeikitError
from teikit.usercache import cache_dir, load_pickled, store_pickled
from teikit.validate.diagnostics import Diagnostic, capped, message_kind
from teikit.validate.locate import Locator, element_path
from teikit.validate.qnames import prefixed, qualify
from teikit.validate.xsd_model import FastXMLSchema, prepare

__all__ = ["load_xsd", "validate_xsd", "cache_dir"]

_lock = threading.Lock()
_cache: dict[str, xmlschema.XMLSchemaBase] = {}
_FORMAT = 5  # of the pickled schema
_LOCATION = re.compile(rb"""schemaLocation\s*=\s*["']([^"']+)["']""")


def _fingerprint(path: Path) -> str:
    """Hash of the schema and every local file it includes or imports."""
    # FastXMLSchema's classes are pickled too: a change to them needs a new FORMAT.
    digest = hashlib.sha256(f"{xmlschema.__version__}|{sys.version_info[:2]}|{_FORMAT}".encode())
    seen: set[Path] = set()
    todo = [path]
    while todo:
        current = todo.pop()
        if current in seen or not current.is_file():
            continue
        seen.add(current)
        data = current.read_bytes()
        digest.update(str(current).encode() + b"\0" + hashlib.sha256(data).digest())
        for loc in _LOCATION.findall(data):
            if b"://" not in loc:
                todo.append((current.parent / loc.decode()).resolve())
    return digest.hexdigest()


def load_xsd(path: str | Path) -> xmlschema.XMLSchemaBase:
    path = Path(path).resolve()
    key = _fingerprint(path)
    with _lock:
        if key in _cache:
            return _cache[key]
        pickled = cache_dir() / f"xsd-{key}.pickle"
        schema = load_pickled(pickled)
        if schema is None:
            try:
                schema = FastXMLSchema(str(path), allow="local", defuse="always")
                prepare(schema)
            except (xmlschema.XMLSchemaException, OSError) as exc:
                raise TeikitError(f"{path}: not a usable XML Schema: {exc}") from None
            store_pickled(pickled, schema)
        _cache[key] = schema
        return schema


def validate_xsd(schema: xmlschema.XMLSchemaBase, tree: etree._ElementTree, locator: Locator,
                 name: str) -> list[Diagnostic]:
    """Every error counted, the first of each kind located and reported (see diagnostics.capped)."""
    plain = _plain_tree(tree)
    lxml_of: dict[int, etree._Element] = {}  # filled on the first error only: a valid document needs none
    prefixes = {p: uri for p, uri in schema.namespaces.items() if p}  # as the "expected" lists spell names

    def report(err: XMLSchemaValidationError) -> Diagnostic:
        if not lxml_of:
            lxml_of.update(_lxml_elements(plain, tree))
        subject = _subject(err, lxml_of)
        line, col = locator.element(subject) if subject is not None else (err.sourceline or 0, 0)
        nsmap = subject.nsmap if subject is not None else tree.getroot().nsmap
        message = _message(err)
        if message.endswith(" for element") and subject is not None:  # xmlschema leaves the name out
            message += f" {prefixed(subject.tag, nsmap)}"
        return Diagnostic(name, line, col, "error", qualify(message, nsmap, prefixes), "xsd",
                          f"at {element_path(subject)}" if subject is not None else None)

    return capped(schema.iter_errors(plain), lambda err: message_kind(_message(err)), report)


def _message(err: XMLSchemaValidationError) -> str:
    return " ".join((err.reason or err.message).split())


def _subject(err: XMLSchemaValidationError, lxml_of: dict[int, etree._Element]) -> etree._Element | None:
    """The element an error is about: the unexpected child itself, else the element that failed."""
    child = err.invalid_child if isinstance(err, XMLSchemaChildrenValidationError) else None
    elem = child if child is not None else err.elem
    return lxml_of.get(id(elem)) if elem is not None else None


def _plain_tree(tree: etree._ElementTree) -> ElementTree.Element:
    """The document as an xml.etree tree for xmlschema.

    xmlschema builds an error for an unexpected child with ``len(parent)`` and ``parent[i]``,
    which lxml answers by walking the children: a paragraph with 40 000 bad children took
    minutes. xml.etree answers both at once. The text is teikit's own serialisation of a tree
    parsed by xmlsafe (no DOCTYPE, no entity), so the standard parser reads nothing else."""
    return ElementTree.fromstring(etree.tostring(tree.getroot()))


def _lxml_elements(plain: ElementTree.Element, tree: etree._ElementTree) -> dict[int, etree._Element]:
    """Each element of the plain tree (by id) with its lxml element, to locate and name an error."""
    return {id(p): e for p, e in zip(plain.iter(), tree.getroot().iter(etree.Element))}
