"""Where the project's own folders are: teikit runs from its checkout (src layout), and
the schemas, stylesheets and edition live beside the package."""

from __future__ import annotations

from pathlib import Path

PACKAGE = Path(__file__).resolve().parent
PROJECT = PACKAGE.parents[1]
SCHEMA_DIR = PROJECT / "schema"
XSLT_DIR = PROJECT / "xslt"
TEI_DIR = PROJECT / "tei"
