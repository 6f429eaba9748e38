"""Validation engine: XSD (xmlschema), RELAX NG (lxml), Schematron (compiled to XSLT, run by Saxon)."""

from teikit.validate.api import DEFAULT_SCHEMAS, SchemaError, collect_files, schema_dir, validate
from teikit.validate.diagnostics import Diagnostic, format_json, format_summary, format_text
from teikit.validate.sch_expand import SchematronError
from teikit.validate.schematron import compile_schematron, load_schematron

__all__ = [
    "DEFAULT_SCHEMAS", "Diagnostic", "SchemaError", "SchematronError", "collect_files", "compile_schematron",
    "format_json", "format_summary", "format_text", "load_schematron", "schema_dir", "validate",
]
