"""`teikit pdf`: TEI files or folders -> one print PDF (the edition, or one document).

Hooked into the CLI by adding "teikit.render.pdfcommand" to cli.COMMAND_MODULES.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from teikit.errors import TeikitError

__all__ = ["configure", "run"]


def configure(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "pdf", help="print edition as PDF (WeasyPrint)",
        description="TEI documents -> a PDF for print: title page, contents with page numbers, documents by "
                    "date with footnotes, indexes of persons, organisations and places.")
    parser.add_argument("inputs", nargs="+", type=Path, metavar="FILE|DIR",
                        help="TEI files or folders of TEI files (register.xml and bibliography.xml are skipped)")
    parser.add_argument("--out", type=Path, required=True, metavar="FILE.pdf", help="the PDF to write")
    parser.add_argument("--paper", choices=("A4", "Letter"), default=None,
                        help="page size (default: the edition's, else A4)")
    parser.add_argument("--diplomatic", action="store_true",
                        help="print the text as transcribed, brackets restored (default: reading text)")
    parser.add_argument("--register", type=Path, default=None,
                        help="register TEI for the indexes (default: register.xml beside the first input)")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from teikit.edition import Edition
    from teikit.render.pdf import build_pdf, tei_inputs
    from teikit.render.printhtml import EditionMeta
    from teikit.render.stylesheets import use_overrides

    files = tei_inputs(args.inputs)
    missing = [p for p in files if not p.is_file()]
    for path in missing:
        print(f"{path}: error: no such file", file=sys.stderr)
    if missing or not files:
        if not files:
            print("teikit pdf: error: no TEI documents in the inputs", file=sys.stderr)
        return 1
    first = args.inputs[0]
    try:
        edition = (Edition.of_args(args) if getattr(args, "edition", None)
                   else Edition.around(first if first.is_dir() else first.parent))
        use_overrides(edition.override_dir)
        register = args.register or (first if first.is_dir() else first.parent) / "register.xml"
        if not register.exists() and args.register is None:
            register = edition.register_path
        report = build_pdf(files, register if register.exists() else None, args.out,
                           paper=args.paper or edition.config.paper, diplomatic=args.diplomatic,
                           meta=EditionMeta.of(edition))
    except ImportError as exc:
        print(f"teikit pdf: error: {exc}; install WeasyPrint: pip install weasyprint", file=sys.stderr)
        return 1
    except TeikitError as exc:  # a document the stylesheet stopped on: name the inputs
        print(f"{' '.join(map(str, args.inputs))}: error: {exc}", file=sys.stderr)
        return 1
    except (OSError, ValueError) as exc:
        print(f"teikit pdf: error: {exc}", file=sys.stderr)
        return 1
    for warning in sorted(set(report.warnings)) + report.unknown:
        print(f"teikit pdf: warning: {warning}", file=sys.stderr)
    print(f"teikit pdf: {report.out_pdf}: {report.documents} documents, {report.pages} pages ({report.paper}), "
          f"{report.seconds:.2f} s", file=sys.stderr)
    return 0
