"""The one way teikit parses XML: no entities, no DTD loading, no network.

Every stage that reads XML (converter output, validation input, schemas) goes
through :func:`parse_xml`, so an untrusted file can neither read local files
(XXE), exhaust memory (billion laughs, deep nesting) nor make a network request.
"""

from __future__ import annotations

import re
from pathlib import Path

from lxml import etree

from teikit.errors import TeikitError
from teikit.lxmltypes import sourceline

__all__ = ["MAX_ATTRIBUTES", "MAX_DEPTH", "MAX_NAME", "XMLInputError", "parse_xml", "safe_parser"]


class XMLInputError(TeikitError):
    """The input is not well-formed XML, or uses a feature teikit refuses."""

    def __init__(self, path: str, line: int, col: int, message: str) -> None:
        super().__init__(f"{path}:{line}:{col}: {message}")
        self.path = path
        self.line = line
        self.col = col
        self.message = message

    def report(self) -> str:
        """The error as teikit prints it: ``path:line:col: error: message`` (no position when unknown)."""
        where = f"{self.path}:{self.line}:{self.col}" if self.line else self.path
        return f"{where}: error: {self.message}"


def safe_parser() -> etree.XMLParser:
    """A fresh hardened parser (parsers keep state, so one per call)."""
    return etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        dtd_validation=False,
        huge_tree=False,  # keeps libxml2's depth (256) and text-size limits
        remove_blank_text=False,
    )


# The DOCTYPE, with its internal subset if any; only the prolog is searched.
_DOCTYPE = re.compile(rb"<!DOCTYPE\b[^\[>]*(\[.*?\]\s*)?>", re.DOTALL)
_ENTITY = re.compile(rb"<!ENTITY\b")


def _as_utf8(data: bytes) -> bytes:
    """Bytes to scan for declarations: UTF-16 input is transcoded, others kept."""
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        return data.decode("utf-16", errors="replace").encode("utf-8")
    return data


def _line_col(data: bytes, offset: int) -> tuple[int, int]:
    line = data.count(b"\n", 0, offset) + 1
    return line, offset - (data.rfind(b"\n", 0, offset) + 1) + 1


def _refuse_entity_declarations(data: bytes, name: str) -> None:
    scan = _as_utf8(data)
    root_start = re.search(rb"<[^!?]", scan)  # the root element ends the prolog
    prolog = scan[: root_start.start()] if root_start else scan
    doctype = _DOCTYPE.search(prolog)
    if doctype is None:
        return
    entity = _ENTITY.search(prolog, doctype.start(), doctype.end())
    if entity:
        line, col = _line_col(scan, entity.start())
        raise XMLInputError(
            name, line, col,
            "the DOCTYPE declares entities; teikit refuses entity declarations "
            "(they can read local files or expand without bound)",
        )


def parse_xml(source: str | Path | bytes, name: str | None = None) -> etree._ElementTree:
    """Parse a file path or bytes safely; ``name`` labels errors (defaults to the path).

    Raises :class:`XMLInputError` with line and column for input that is not
    well-formed, declares entities, or uses an entity no one declared.
    """
    if isinstance(source, (str, Path)):
        label = name or str(source)
        try:
            data = Path(source).read_bytes()
        except OSError as exc:
            raise XMLInputError(label, 0, 0, f"cannot read file: {exc.strerror or exc}") from None
    else:
        label = name or "<bytes>"
        data = source
    _refuse_entity_declarations(data, label)
    try:
        root = etree.fromstring(data, safe_parser(), base_url=_base_url(source))  # type: ignore[arg-type]  # lxml-stubs: base_url may be None
    except etree.XMLSyntaxError as exc:
        line, col = exc.position
        raise XMLInputError(label, line or 0, col or 0, _clean(exc.msg)) from None
    tree = root.getroottree()
    dtd = tree.docinfo.internalDTD
    if dtd is not None and any(True for _ in dtd.iterentities()):  # type: ignore[union-attr]  # lxml-stubs lack DTD.iterentities
        raise XMLInputError(label, 1, 1, "the DOCTYPE declares entities; teikit refuses entity declarations")
    _refuse_external_dtd(tree.docinfo, label)
    _refuse_beyond_limits(root, label)
    # An undeclared entity survives as a node when the DOCTYPE names an external
    # DTD (which is never loaded): refuse it rather than drop text silently.
    for ref in root.iter(etree.Entity):
        raise XMLInputError(
            label, sourceline(ref) or 0, 0,
            f"entity reference {ref.text} is not defined (external DTDs are never loaded)",
        )
    return tree


# What Saxon's parser (the JDK's: jdk.xml.maxElementDepth, elementAttributeLimit,
# maxXMLNameLimit) reads at most; libxml2 stops at a depth of 256. Checked here, once, so a
# file past one of them gets one clear error before any stage reads it, and no reader fails
# half-way.
MAX_DEPTH = 100
MAX_ATTRIBUTES = 200
MAX_NAME = 1000


def _over_limit(element: etree._Element, depth: int) -> str | None:
    if depth > MAX_DEPTH:
        return f"elements nested more than {MAX_DEPTH} deep; teikit reads at most {MAX_DEPTH} levels"
    if len(element.attrib) > MAX_ATTRIBUTES:
        return f"an element with {len(element.attrib)} attributes; teikit reads at most {MAX_ATTRIBUTES}"
    if any(len(name.rpartition("}")[2]) > MAX_NAME for name in (element.tag, *element.attrib)):
        return f"a name longer than {MAX_NAME} characters"
    return None


# Too deep, asked of libxml2 in one pass (its element at depth MAX_DEPTH + 1).
_TOO_DEEP = etree.XPath(f"boolean({'/'.join(['*'] * MAX_DEPTH)})")


def _any_beyond_limits(root: etree._Element) -> bool:
    """Whether anything is past a limit, in the cheapest pass: the walk in _refuse_beyond_limits,
    which names the first offender, then runs only for the rare document that has one."""
    if _TOO_DEEP(root):
        return True
    for element in root.iter(etree.Element):
        names = element.keys()  # a tag or name no longer than MAX_NAME in full has a short local part
        if (len(names) > MAX_ATTRIBUTES or len(element.tag) > MAX_NAME
                or (names and len(max(names, key=len)) > MAX_NAME)):
            return True
    return False


def _refuse_beyond_limits(root: etree._Element, label: str) -> None:
    if not _any_beyond_limits(root):
        return
    depth = 0
    for event, element in etree.iterwalk(root, events=("start", "end")):
        if event == "end":
            depth -= 1
            continue
        depth += 1
        if (problem := _over_limit(element, depth)) is not None:
            raise XMLInputError(label, element.sourceline or 0, 0, problem)


def _refuse_external_dtd(docinfo: etree.DocInfo, label: str) -> None:
    """An external DTD is never loaded here, but another XML reader might load it and expand
    its parameter entities (which can send a local file to a server): refuse the document."""
    external = docinfo.system_url or docinfo.public_id  # type: ignore[attr-defined]  # lxml-stubs lack DocInfo.system_url
    if external:
        raise XMLInputError(
            label, 1, 1,
            f"the DOCTYPE names an external DTD ({external}); teikit refuses external DTDs "
            "(remove the DOCTYPE line: TEI needs none)",
        )


def _base_url(source: str | Path | bytes) -> str | None:
    if isinstance(source, (str, Path)):
        return Path(source).resolve().as_uri()
    return None


def _clean(msg: str) -> str:
    # lxml appends ", line N, column M" to the message; the position is reported apart.
    return re.sub(r", line \d+, column \d+$", "", msg or "not well-formed")
