"""XML Schema validation: libxml2 gives the verdict, xmlschema the diagnostics.

libxml2 (lxml) compiles the project XSD in 4 ms and checks tei/004 in under 1 ms;
xmlschema takes 0.15 s to import and ~40 ms for the same document. A valid
document, the common case, never reaches xmlschema. An invalid one is checked again
with xmlschema, so that what the user reads (messages, positions, "expected" lists)
is what it always was. The test (tests/test_xsd_verdict.py) holds the two engines to
the same verdict on real and mutated documents.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path

from lxml import etree

from teikit.validate.diagnostics import Diagnostic
from teikit.validate.locate import Locator

__all__ = ["VerdictXsd", "load_verdict_xsd", "validate_verdict_xsd"]

_lock = threading.Lock()  # an XMLSchema keeps its error log: one validation at a time
_cache: dict[tuple[Path, float], VerdictXsd] = {}


@dataclass
class VerdictXsd:
    path: Path
    libxml: etree.XMLSchema | None  # None: libxml2 cannot compile it, xmlschema alone decides


def load_verdict_xsd(path: str | Path) -> VerdictXsd:
    path = Path(path).resolve()
    key = (path, path.stat().st_mtime)
    with _lock:
        if key not in _cache:
            try:
                # the tool's or the user's own schema file; its imports are local (no network)
                compiled = etree.XMLSchema(etree.parse(str(path), etree.XMLParser(no_network=True)))
            except (etree.XMLSchemaParseError, etree.XMLSyntaxError, OSError):
                from teikit.validate.xsd import load_xsd

                load_xsd(path)  # xmlschema alone then: built now, so that an unusable schema fails here
                compiled = None
            _cache[key] = VerdictXsd(path, compiled)
        return _cache[key]


def validate_verdict_xsd(schema: VerdictXsd, tree: etree._ElementTree, locator: Locator,
                         name: str) -> list[Diagnostic]:
    if schema.libxml is not None:
        with _lock:
            if schema.libxml.validate(tree):
                return []
    from teikit.validate.xsd import load_xsd, validate_xsd  # xmlschema: only for an invalid document

    return validate_xsd(load_xsd(schema.path), tree, locator, name)
