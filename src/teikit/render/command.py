"""`teikit render FILE... --view reading|diplomatic|sidebyside --out DIR`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from teikit.edition import Edition
from teikit.errors import TeikitError
from teikit.render.html import VIEWS, copy_assets, page_name, render, write_page
from teikit.render.reach import preparse_register
from teikit.render.stylesheets import file_node, use_overrides
from teikit.render.unknown import unknown_summary
from teikit.xmlsafe import XMLInputError

__all__ = ["configure", "run"]


def configure(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser("render", help="render TEI files as HTML pages",
                                   description="Render TEI documents as HTML5 pages (assets copied into DIR/assets).")
    parser.add_argument("files", nargs="+", type=Path, metavar="FILE", help="TEI files")
    parser.add_argument("--view", choices=[*VIEWS, "print"], default="reading",
                        help="which view (default: reading); print writes a PDF per document")
    parser.add_argument("--paper", choices=["A4", "Letter"], default="A4", help="print view: paper size")
    parser.add_argument("--diplomatic", action="store_true", help="print view: the text as transcribed")
    parser.add_argument("--out", type=Path, default=Path("build"), metavar="DIR", help="output folder (default: build)")
    parser.add_argument("--register", type=Path, default=None,
                        help="register TEI for name cards (default: register.xml beside each file, if any)")
    parser.add_argument("--highlight-names", action="store_true", help="diplomatic view: colour names and dates")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Exit 0 when every file rendered, 1 when some failed, 2 on a usage error."""
    missing = [f for f in args.files if not f.is_file()]
    if missing and len(missing) == len(args.files):
        for f in missing:
            print(f"{f}: error: no such file", file=sys.stderr)
        return 2
    edition = Edition.of_args(args)
    use_overrides(edition.override_dir)  # the edition's own stylesheets first
    params: dict[str, str | bool] = {**edition.stylesheet_params(), "highlight-names": bool(args.highlight_names)}
    # one page: the register cut to what it reaches (teikit.render.reach)
    one_shot = len(args.files) == 1 and args.view != "print"
    if args.register is not None:
        if not args.register.is_file():
            print(f"{args.register}: error: no such register file", file=sys.stderr)
            return 2
        params["register-uri"] = args.register.resolve().as_uri()
        # parsed (and refused, if it must be) once, before any page
        if one_shot:
            preparse_register(args.register)
        else:
            file_node(args.register)
    try:
        copy_assets(args.out, edition.asset_dirs())
    except OSError as exc:
        print(f"{args.out}: error: {exc}", file=sys.stderr)
        return 2
    failures = len(missing)
    for f in missing:
        print(f"{f}: error: no such file", file=sys.stderr)
    for path in args.files:
        if path in missing:
            continue
        try:
            if args.view == "print":
                from teikit.render.pdf import render_pdf  # WeasyPrint loads slowly: only when printing

                register = args.register or (path.parent / "register.xml")
                report = render_pdf(path, args.out / f"{path.stem}.pdf", paper=args.paper, diplomatic=args.diplomatic,
                                    register=register if register.is_file() else None)
                written, warnings = report.out_pdf, report.unknown
            else:
                page = render(path, args.view, params, register_file=args.register, one_shot=one_shot)
                written = write_page(page, args.out / page_name(path.stem, args.view))
                warnings = [w for w in [unknown_summary(page, 2 if args.view == "sidebyside" else 1)] if w]
        except XMLInputError as exc:
            print(exc.report(), file=sys.stderr)
            failures += 1
        except TeikitError as exc:
            print(f"{path}: error: {exc}", file=sys.stderr)
            failures += 1
        except Exception as exc:  # noqa: BLE001 - saxonche reports errors as its own exception types
            print(f"{path}: error: {exc}", file=sys.stderr)
            failures += 1
        else:
            for warning in warnings:
                print(f"{path}: warning: {warning}", file=sys.stderr)
            print(written)
    return 1 if failures else 0
