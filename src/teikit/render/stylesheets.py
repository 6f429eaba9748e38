"""The XSLT stylesheets of xslt/, compiled once per process with SaxonC and reused.

Compiling a stylesheet costs far more than running it on one document, so each
top-level stylesheet is compiled on first use and kept; a lock serialises use
of an executable because its parameters are state shared between calls.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Mapping
from pathlib import Path

from lxml import etree
from saxonche import PySaxonProcessor, PyXdmNode, PyXdmValue, PyXsltExecutable

from teikit import paths
from teikit.saxonsafe import new_processor, without_doctype
from teikit.xmlsafe import parse_xml

__all__ = ["XSLT_DIR", "STYLESHEETS", "compile_count", "executable", "file_node", "register_index", "transform", "to_xdm",
           "xdm_document"]

# src/teikit/render/stylesheets.py -> repository root; TEIKIT_XSLT overrides (installed elsewhere).
XSLT_DIR = Path(os.environ.get("TEIKIT_XSLT") or paths.XSLT_DIR)
STYLESHEETS = ("reading", "diplomatic", "sidebyside", "register", "index", "bibliography")

ParamValue = str | bool | int | PyXdmValue

_lock = threading.RLock()
_processor: PySaxonProcessor | None = None
_compiled: dict[str, PyXsltExecutable] = {}
_compilations = 0


def processor() -> PySaxonProcessor:
    global _processor
    with _lock:
        if _processor is None:
            _processor = new_processor()
        return _processor


def compile_count() -> int:
    """How many stylesheet compilations this process has done (tests check it stays at one each)."""
    return _compilations


def executable(name: str) -> PyXsltExecutable:
    """The compiled stylesheet ``xslt/<name>.xsl``, compiled on first use only."""
    global _compilations
    if name not in STYLESHEETS:
        raise ValueError(f"unknown stylesheet {name!r}; expected one of {', '.join(STYLESHEETS)}")
    with _lock:
        if name not in _compiled:
            path = XSLT_DIR / f"{name}.xsl"
            _compiled[name] = processor().new_xslt30_processor().compile_stylesheet(stylesheet_file=str(path))
            _compilations += 1
        return _compiled[name]


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


def transform(name: str, source: Path | PyXdmNode, params: Mapping[str, ParamValue] | None = None) -> str:
    """Run stylesheet ``name`` on a file (parsed safely) or an XDM node; return the serialised result.
    A ``register`` node in ``params`` brings its cached ``register-index`` along."""
    if isinstance(source, Path):
        node = xdm_document(parse_xml(source), source.resolve().as_uri())
    else:
        node = source
    params = dict(params or {})
    if isinstance(params.get("register"), PyXdmNode) and "register-index" not in params:
        params["register-index"] = register_index(params["register"])
    exe = executable(name)
    with _lock:
        exe.clear_parameters()
        for key, value in params.items():
            exe.set_parameter(key, to_xdm(value))
        exe.set_global_context_item(xdm_item=node)
        result = exe.transform_to_string(xdm_node=node)
    if result is None:
        raise RuntimeError(f"{name}.xsl produced no output")
    return result


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
