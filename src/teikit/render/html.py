"""One TEI document to one HTML page: ``render(tei_path, view)`` and atomic writes."""

from __future__ import annotations

import shutil
from collections.abc import Mapping
from pathlib import Path

from teikit.render.reach import preparse_register, reachable_register
from teikit.render.stylesheets import ParamValue, file_node, transform, xdm_document
from teikit.textio import write_atomic
from teikit.xmlsafe import parse_xml

__all__ = ["VIEWS", "copy_assets", "page_name", "render", "write_page"]

VIEWS = ("reading", "diplomatic", "sidebyside")
_SUFFIX = {"reading": ".html", "diplomatic": ".diplomatic.html", "sidebyside": ".sidebyside.html"}


def page_name(stem: str, view: str) -> str:
    """File name of a view's page; the stylesheets' view links use the same names."""
    return stem + _SUFFIX[view]


def render(tei_path: Path, view: str, params: Mapping[str, ParamValue] | None = None, *,
           register_file: Path | None = None, one_shot: bool = False) -> str:
    """The HTML5 page of ``view`` for the TEI file (a str starting with <!DOCTYPE html>).
    The register is ``register_file``, else register.xml beside the file unless ``params`` name one.
    ``one_shot``: the process renders this page only, so the register is handed over cut to the
    entries the document reaches (same page, see :mod:`teikit.render.reach`), not parsed whole."""
    if view not in VIEWS:
        raise ValueError(f"unknown view {view!r}; expected one of {', '.join(VIEWS)}")
    merged: dict[str, ParamValue] = {"doc-base": Path(tei_path).stem}
    beside = Path(tei_path).parent / "register.xml"
    if register_file is None and beside.is_file() and not {"register", "register-uri"} & set(params or {}):
        register_file = beside  # parsed by teikit's safe parser rather than the stylesheet's doc()
    if not (one_shot and register_file is not None):
        if register_file is not None:
            merged["register"] = file_node(register_file)
        merged.update(params or {})
        return transform(view, Path(tei_path), merged)
    preparse_register(register_file)  # the register first, as file_node: its error is the one reported
    document = parse_xml(tei_path)
    merged["register"] = reachable_register(register_file, document)
    merged.update({k: v for k, v in (params or {}).items() if k != "register"})
    return transform(view, xdm_document(document, Path(tei_path).resolve().as_uri()), merged)


def write_page(html: str, path: Path) -> Path:
    """Write a page atomically (temp file + rename), so a reader never sees half a page;
    a page whose bytes did not change is left alone (its time stamp says when it last changed)."""
    data = html.encode("utf-8")
    if not (path.exists() and path.read_bytes() == data):
        write_atomic(path, data, durable=False)
    return path


def copy_assets(out_dir: Path, sources: list[Path]) -> None:
    """Copy the CSS and scripts into ``out_dir/assets``: the tool's, then the edition's own
    (which replace the tool's of the same name)."""
    target = out_dir / "assets"
    target.mkdir(parents=True, exist_ok=True)
    for folder in sources:
        for path in sorted(folder.iterdir()):
            if path.is_file():
                shutil.copyfile(path, target / path.name)
