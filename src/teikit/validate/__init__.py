"""Validation engine: XSD (xmlschema), RELAX NG (lxml), Schematron (compiled to XSLT, run by Saxon).

Names are imported on first use, so that a RELAX NG check does not load xmlschema or Saxon.
"""

from __future__ import annotations

import importlib
from typing import Any

_HOMES = {
    "DEFAULT_SCHEMAS": "api", "SchemaError": "api", "collect_files": "api", "schema_dir": "api", "validate": "api",
    "Diagnostic": "diagnostics", "format_json": "diagnostics", "format_summary": "diagnostics",
    "format_text": "diagnostics", "SchematronError": "sch_expand", "compile_schematron": "schematron",
    "load_schematron": "schematron",
}
__all__ = sorted(_HOMES)


def __getattr__(name: str) -> Any:
    if name not in _HOMES:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{_HOMES[name]}"), name)
