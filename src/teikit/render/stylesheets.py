"""The XSLT stylesheets, compiled once per process with SaxonC and reused.

Compiling a stylesheet costs far more than running it on one document, so each
top-level stylesheet is compiled on first use and kept; a lock serialises use
of an executable because its parameters are state shared between calls.

Stylesheets are looked up on a search path, as docutils' ``stylesheet_dirs`` or the
TEI Stylesheets' profiles: the edition's own ``xslt/`` first (see :func:`use_overrides`),
then the tool's, shipped in the package. An override imports the shipped stylesheet
as ``teikit:reading.xsl`` and redefines only the templates it changes.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Mapping
from pathlib import Path
from typing import TypeAlias

from lxml import etree
from saxonche import PySaxonApiError, PySaxonProcessor, PyXdmNode, PyXdmValue, PyXsltExecutable

from teikit import resources
from teikit.errors import TeikitError
from teikit.saxonsafe import new_processor, without_doctype
from teikit.xmlsafe import parse_xml

__all__ = ["XSLT_DIR", "STYLESHEETS", "TransformError", "compile_count", "executable", "file_node", "register_index",
           "run", "transform",
           "to_xdm", "xdm_document", "xdm_text", "use_overrides", "stylesheet_path", "asset_path"]

XSLT_DIR = resources.xslt_dir()
# The top-level stylesheets, each resolved on the search path (stylesheet_path).
STYLESHEETS = ("reading", "diplomatic", "sidebyside", "register", "index", "bibliography", "print", "search", "about",
               "chronology")
TOOL_PREFIX = "teikit:"  # how an override names the shipped stylesheet it imports
_IMPORT_HREF = re.compile(r"""(<xsl:(?:import|include)\s[^>]*href\s*=\s*["'])teikit:([^"']+)(["'])""")

ParamValue: TypeAlias = str | bool | int | PyXdmValue

class StylesheetError(TeikitError):
    """A stylesheet (the edition's override, usually) that cannot be compiled."""


class TransformError(TeikitError):
    """A stylesheet that stopped on a document (a dynamic XPath error, xsl:message terminate)."""


_lock = threading.RLock()
_processor: PySaxonProcessor | None = None
_compiled: dict[str, tuple[str, PyXsltExecutable]] = {}  # name -> (file and version, executable)
_compilations = 0


def lock() -> threading.RLock:
    """Held while an executable's parameters are set and it runs."""
    return _lock


def processor() -> PySaxonProcessor:
    global _processor
    with _lock:
        if _processor is None:
            _processor = new_processor()
        return _processor


def compile_count() -> int:
    """How many stylesheet compilations this process has done (tests check it stays at one each)."""
    return _compilations


_overrides: Path | None = None


def use_overrides(folder: Path | None) -> None:
    """Put an edition's own stylesheet folder before the tool's on the search path."""
    global _overrides, _index
    with _lock:
        if folder != _overrides:
            _overrides = folder
            _compiled.clear()
            _index = None


def stylesheet_path(name: str) -> Path:
    """``<name>.xsl`` from the search path: the edition's overrides, then the tool's."""
    if name not in STYLESHEETS:
        raise ValueError(f"unknown stylesheet {name!r}; expected one of {', '.join(STYLESHEETS)}")
    if _overrides is not None and (_overrides / f"{name}.xsl").is_file():
        return _overrides / f"{name}.xsl"
    return XSLT_DIR / f"{name}.xsl"


def asset_path(name: str) -> Path:
    """A site or print asset (``print.css``, …) from the search path."""
    if _overrides is not None and (_overrides / "assets" / name).is_file():
        return _overrides / "assets" / name
    return XSLT_DIR / "assets" / name


def _compile(path: Path) -> PyXsltExecutable:
    """Compile a stylesheet; in an override, ``teikit:NAME`` imports become the shipped files."""
    compiler = processor().new_xslt30_processor()
    if path.parent == XSLT_DIR:
        return compiler.compile_stylesheet(stylesheet_file=str(path))
    text = path.read_text(encoding="utf-8")
    parse_xml(text.encode("utf-8"), str(path))  # refuse DTDs and entities before Saxon sees it
    text = _IMPORT_HREF.sub(lambda m: m.group(1) + (XSLT_DIR / m.group(2)).as_uri() + m.group(3), text)
    builder = processor().new_document_builder()
    builder.set_base_uri(path.resolve().as_uri())  # the override's own relative imports still resolve
    return compiler.compile_stylesheet(stylesheet_node=builder.parse_xml(xml_text=text))


def executable(name: str) -> PyXsltExecutable:
    """The compiled stylesheet ``<name>.xsl`` from the search path, compiled on first use only."""
    global _compilations
    path = stylesheet_path(name)
    key = f"{path}:{path.stat().st_mtime_ns}"  # an override added or edited during a run is compiled anew
    with _lock:
        if _compiled.get(name, (None,))[0] != key:
            try:
                _compiled[name] = (key, _compile(path))
            except Exception as exc:  # noqa: BLE001 - saxonche raises its own types
                raise StylesheetError(f"{path}: stylesheet does not compile: {exc}") from None
            _compilations += 1
        return _compiled[name][1]


def to_xdm(value: ParamValue) -> PyXdmValue:
    proc = processor()
    if isinstance(value, bool):
        return proc.make_boolean_value(value)
    if isinstance(value, int):
        return proc.make_integer_value(value)
    if isinstance(value, str):
        return proc.make_string_value(value)
    return value


def xdm_document(tree: etree._ElementTree | etree._Element, base_uri: str | None = None) -> PyXdmNode:
    """Hand an lxml tree (parsed by :mod:`teikit.xmlsafe`) to Saxon, without its DOCTYPE."""
    builder = processor().new_document_builder()
    if base_uri:
        builder.set_base_uri(base_uri)
    return builder.parse_xml(xml_text=without_doctype(tree))


def xdm_text(text: str) -> PyXdmNode:
    """Hand Saxon XML that teikit wrote itself (mention lists, document labels: values escaped),
    without a round trip through lxml. It can hold no DOCTYPE, entity or comment: refused if it did."""
    if "<!" in text or "<?" in text:
        raise ValueError("xdm_text takes teikit's own markup only: no declarations")
    return processor().new_document_builder().parse_xml(xml_text=text)


_index: tuple[PyXdmNode, PyXdmValue] | None = None


def register_index(register: PyXdmNode) -> PyXdmValue:
    """tk:register-index of names.xsl for this register node: every entry by id with its name
    card, built once per register instead of once per transform (cards were most of a view's time)."""
    global _index
    with _lock:
        if _index is None or _index[0] is not register:
            exe = executable("reading")
            exe.clear_parameters()
            _index = (register, exe.call_function_returning_value("{urn:teikit:render}register-index", [register]))
        return _index[1]


_first_use: PyXdmNode | None = None


def _index_if_reused(register: PyXdmNode) -> PyXdmValue | None:
    """The register's index from its second transform on. One transform looks its few names up
    (key() in names.xsl, the same cards) faster than it indexes the whole register: a one-file
    ``teikit render`` saves 70 ms."""
    global _first_use
    with _lock:
        reused = _first_use is register or (_index is not None and _index[0] is register)
        _first_use = register
    return register_index(register) if reused else None


def transform(name: str, source: Path | PyXdmNode, params: Mapping[str, ParamValue] | None = None) -> str:
    """Run stylesheet ``name`` on a file (parsed safely) or an XDM node; return the serialised result.
    A ``register`` node in ``params`` brings its cached ``register-index`` along once reused."""
    if isinstance(source, Path):
        node = xdm_document(parse_xml(source), source.resolve().as_uri())
    else:
        node = source
    params = dict(params or {})
    if isinstance(params.get("register"), PyXdmNode) and "register-index" not in params:
        index = _index_if_reused(params["register"])
        if index is not None:
            params["register-index"] = index
    result = run(name, node, params)
    if result is None:
        raise RuntimeError(f"{name}.xsl produced no output")
    return result


def run(name: str, node: PyXdmNode, params: Mapping[str, ParamValue]) -> str | None:
    """Stylesheet ``name`` on ``node``; a Saxon error becomes a one-line TransformError."""
    exe = executable(name)
    with _lock:  # an executable's parameters are shared state
        exe.clear_parameters()
        for key, value in params.items():
            exe.set_parameter(key, to_xdm(value))
        exe.set_global_context_item(xdm_item=node)
        try:
            return exe.transform_to_string(xdm_node=node)
        except PySaxonApiError as exc:
            raise TransformError(f"{name}.xsl failed: {one_line(str(exc))}") from None


def one_line(message: str, limit: int = 300) -> str:
    """The first non-blank line of a Saxon message, cut to ``limit`` characters."""
    first = next((line.strip() for line in message.splitlines() if line.strip()), "unknown error")
    return first if len(first) <= limit else first[:limit] + "…"


_files: dict[str, tuple[tuple[int, int], PyXdmNode]] = {}


def file_node(path: Path) -> PyXdmNode:
    """An XML file (register, bibliography, the site's document list) parsed safely once per
    process and version, for every transform that takes it as a parameter."""
    stat = path.stat()
    key, stamp = str(path.resolve()), (stat.st_mtime_ns, stat.st_size)
    with _lock:
        if key not in _files or _files[key][0] != stamp:
            _files[key] = (stamp, xdm_document(parse_xml(path), path.resolve().as_uri()))
        return _files[key][1]
