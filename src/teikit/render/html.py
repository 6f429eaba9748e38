"""One TEI document to one HTML page: ``render(tei_path, view)`` and atomic writes."""

from __future__ import annotations

import shutil
from collections.abc import Mapping
from pathlib import Path

from teikit.render.stylesheets import ParamValue, file_node, transform
from teikit.textio import write_atomic

__all__ = ["VIEWS", "copy_assets", "page_name", "render", "write_page"]

VIEWS = ("reading", "diplomatic", "sidebyside")
_SUFFIX = {"reading": ".html", "diplomatic": ".diplomatic.html", "sidebyside": ".sidebyside.html"}


def page_name(stem: str, view: str) -> str:
    """File name of a view's page; the stylesheets' view links use the same names."""
    return stem + _SUFFIX[view]


def render(tei_path: Path, view: str, params: Mapping[str, ParamValue] | None = None) -> str:
    """The HTML5 page of ``view`` for the TEI file (a str starting with <!DOCTYPE html>)."""
    if view not in VIEWS:
        raise ValueError(f"unknown view {view!r}; expected one of {', '.join(VIEWS)}")
    merged: dict[str, ParamValue] = {"doc-base": Path(tei_path).stem}
    beside = Path(tei_path).parent / "register.xml"
    if beside.is_file() and not {"register", "register-uri"} & set(params or {}):
        # the default register, parsed by teikit's safe parser rather than the stylesheet's doc()
        merged["register"] = file_node(beside)
    merged.update(params or {})
    return transform(view, Path(tei_path), merged)


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
