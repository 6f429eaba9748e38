"""`teikit convert INPUT... --out DIR`: raw documents -> TEI files."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from teikit.edition import Edition
from teikit.sourcenames import refusal as name_refusal
from teikit.validate.diagnostics import format_text

SOURCE_SUFFIXES = {".txt", ".md", ".text"}


def configure(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser("convert", help="convert raw documents to TEI",
                                   description="Convert raw archive documents (files or folders) to TEI P5.")
    parser.add_argument("inputs", nargs="+", type=Path, metavar="INPUT", help="a raw document or a folder of them")
    parser.add_argument("--out", "-o", type=Path, required=True, metavar="DIR", help="folder for the TEI files")
    parser.add_argument("--force", action="store_true",
                        help="replace TEI files that were edited by hand (each is kept as FILE.bak)")
    parser.add_argument("--jobs", "-j", type=int, default=os.cpu_count() or 1,
                        help="worker processes (default: all cores)")
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
            candidates: list[tuple[Path, Path | None]] = [(p, path) for p in found]
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
    """The build's conversion stage on the files given (one orchestration for both commands),
    without its incremental state: every input is converted."""
    import tempfile

    from teikit.build import convert_sources
    from teikit.tei.stamp import refusal

    edition = Edition.of_args(args) if getattr(args, "edition", None) else Edition.around(args.out)
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="teikit-convert-") as state:
        report = convert_sources(args.inputs, args.out, Path(state) / "state.json", args.force,
                                 getattr(args, "jobs", 1), edition, registers_beside=True)
    for stem in report.hand_edited:  # asked for by name: say why it was not converted
        print(refusal(args.out / f"{stem}.xml", False), file=sys.stderr)
    if report.diagnostics:
        print(format_text(report.diagnostics), file=sys.stderr)
    invalid = len({d.file for d in report.diagnostics if d.severity == "error"})
    failed = report.failures + len(report.hand_edited)
    print(f"teikit convert: {len(report.converted)} converted" + (f" ({invalid} of them invalid: written, so "
          "they can be inspected)" if invalid else "") + f", {failed} failed", file=sys.stderr)
    return 0 if not failed and not invalid else 1
