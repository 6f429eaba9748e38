"""`teikit convert INPUT... --out DIR`: raw documents -> TEI files."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from teikit.edition import Edition
from teikit.pipeline import Failure, Resources, check_output, convert_files
from teikit.sourcenames import refusal as name_refusal
from teikit.validate.diagnostics import format_text
from teikit.tei.stamp import refusal, replace_tei

SOURCE_SUFFIXES = {".txt", ".md", ".text"}


def configure(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = subparsers.add_parser("convert", help="convert raw documents to TEI",
                                   description="Convert raw archive documents (files or folders) to TEI P5.")
    parser.add_argument("inputs", nargs="+", type=Path, metavar="INPUT", help="a raw document or a folder of them")
    parser.add_argument("--out", "-o", type=Path, required=True, metavar="DIR", help="folder for the TEI files")
    parser.add_argument("--force", action="store_true",
                        help="replace TEI files that were edited by hand (each is kept as FILE.bak)")
    parser.set_defaults(func=run)


def collect_inputs(inputs: list[Path]) -> tuple[list[Path], list[str]]:
    """Files named, and the text files inside folders named (sorted, so runs are repeatable)."""
    files: list[Path] = []
    errors: list[str] = []
    for path in inputs:
        if path.is_dir():
            found = sorted(p for p in path.iterdir() if p.is_file() and p.suffix.lower() in SOURCE_SUFFIXES)
            if not found:
                errors.append(f"{path}: error: no .txt documents in this folder")
            candidates = [(p, path) for p in found]
        elif path.is_file():
            candidates = [(path, None)]
        else:
            errors.append(f"{path}: error: no such file or folder")
            continue
        for file, folder in candidates:  # names that cannot be a page, or files from elsewhere
            if (refused := name_refusal(file, folder)) is not None:
                errors.append(refused)
            else:
                files.append(file)
    return files, errors


def run(args: argparse.Namespace) -> int:
    files, errors = collect_inputs(args.inputs)
    for message in errors:
        print(message, file=sys.stderr)
    converted = written_invalid = 0
    edition = Edition.of_args(args) if getattr(args, "edition", None) else Edition.around(args.out)
    for result in convert_files(files, args.out, Resources.beside(args.out, edition)):
        path = result.source
        if isinstance(result, Failure):
            print(f"{path}: error: {result.message}", file=sys.stderr)
            errors.append(str(path))
            continue
        for warning in result.warnings:
            print(f"{path}: warning: {warning}", file=sys.stderr)
        target = args.out / f"{path.stem}.xml"
        if (refused := refusal(target, args.force)) is not None:
            print(refused, file=sys.stderr)
            errors.append(str(path))
            continue
        diagnostics = check_output(result.xml, target)
        if diagnostics:
            print(format_text(diagnostics), file=sys.stderr)
        invalid = any(d.severity == "error" for d in diagnostics)
        if invalid:
            errors.append(str(path))  # written all the same, so the editor can inspect it, but failed
            written_invalid += 1
        if (kept := replace_tei(target, result.xml)) is not None:
            print(f"{target}: note: the hand-edited file it replaced is kept as {kept}", file=sys.stderr)
        converted += not invalid
    inspect = f" ({written_invalid} written invalid, for inspection)" if written_invalid else ""
    print(f"teikit convert: {converted} converted, {len(files) - converted} failed{inspect}", file=sys.stderr)
    return 0 if not errors else 1
