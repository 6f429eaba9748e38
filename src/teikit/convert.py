"""`teikit convert INPUT... --out DIR`: raw documents -> TEI files."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from teikit.edition import Edition
from teikit.pipeline import Failure, Resources, check_output, convert_files
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
            files.extend(found)
        elif path.is_file():
            files.append(path)
        else:
            errors.append(f"{path}: error: no such file or folder")
    return files, errors


def run(args: argparse.Namespace) -> int:
    files, errors = collect_inputs(args.inputs)
    for message in errors:
        print(message, file=sys.stderr)
    converted = 0
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
        if any(d.severity == "error" for d in diagnostics):
            errors.append(str(path))  # written all the same, so the editor can inspect it, but reported
        if (kept := replace_tei(target, result.xml)) is not None:
            print(f"{target}: note: the hand-edited file it replaced is kept as {kept}", file=sys.stderr)
        converted += 1
    print(f"teikit convert: {converted} converted, {len(files) - converted} failed", file=sys.stderr)
    return 0 if not errors else 1
