"""`teikit validate FILE|DIR... [--schema NAME]... [--format text|json]`.

Exit status: 0 all valid (warnings allowed), 1 some document is invalid,
2 usage error, unusable schema, or a file that cannot be read.
"""

from __future__ import annotations

import argparse
import sys

from teikit.errors import TeikitError
from teikit.validate.api import DEFAULT_SCHEMAS, collect_files, load_schemas, validate_files
from teikit.validate.diagnostics import format_json, format_summary, format_text


def configure(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "validate",
        help="check TEI files against the teikit schemas, tei_all, or any RNG/XSD/Schematron",
        description="Validate TEI files. Default schemas: the project XSD and Schematron (teikit).",
    )
    p.add_argument("paths", nargs="*", metavar="FILE|DIR",
                   help="XML files, or directories (every *.xml inside); default: the edition's TEI folder")
    p.add_argument("--schema", action="append", dest="schemas", metavar="teikit|tei_all|PATH",
                   help="schema to use (repeatable): teikit, tei_all, or a .rng/.xsd/.sch file")
    p.add_argument("--phase", help="Schematron phase to run (default: the schema's defaultPhase, else all)")
    p.add_argument("--format", choices=("text", "json"), default="text", help="report format (json for CI)")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    try:
        if not args.paths:
            from teikit.edition import Edition

            args.paths = [Edition.of_args(args).tei_dir]
        files = collect_files(args.paths)
        schemas = load_schemas(args.schemas or DEFAULT_SCHEMAS, args.phase)
    except TeikitError as exc:
        print(f"teikit validate: error: {exc}", file=sys.stderr)
        return 2
    diagnostics = validate_files(files, schemas)
    if args.format == "json":
        print(format_json(len(files), diagnostics))
    else:
        if diagnostics:
            print(format_text(diagnostics))
        print(format_summary(len(files), diagnostics))
    if any(d.rule == "io-error" for d in diagnostics):
        return 2
    return 1 if any(d.severity == "error" for d in diagnostics) else 0
