"""`teikit build`: the whole edition from the bundled sources: convert into tei/,
validate, render the site into build/."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from teikit.convert import collect_inputs
from teikit.pipeline import Failure, convert_files
from teikit.tei.stamp import may_overwrite
from teikit.textio import write_atomic


def configure(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = subparsers.add_parser("build", help="convert, validate and render the whole edition",
                                   description="Build the edition: sources/ -> tei/ -> build/.")
    parser.add_argument("--sources", type=Path, default=Path("sources"), help="raw documents (default: sources)")
    parser.add_argument("--tei", type=Path, default=Path("tei"), help="TEI folder (default: tei)")
    parser.add_argument("--out", type=Path, default=Path("build"), help="site folder (default: build)")
    parser.add_argument("--force", action="store_true", help="overwrite TEI files that were edited by hand")
    parser.set_defaults(func=run)


def convert_sources(sources: Path, tei_dir: Path, force: bool = False) -> tuple[list[Path], int]:
    """Convert every source; rewrite a TEI file only when its bytes change."""
    files, errors = collect_inputs([sources])
    for message in errors:
        print(message, file=sys.stderr)
    written: list[Path] = []
    failures = len(errors)
    for result in convert_files(files, tei_dir):
        path = result.source
        if isinstance(result, Failure):
            print(f"{path}: error: {result.message}", file=sys.stderr)
            failures += 1
            continue
        for warning in result.warnings:
            print(f"{path}: warning: {warning}", file=sys.stderr)
        target = tei_dir / f"{path.stem}.xml"
        if target.exists() and target.read_bytes() == result.xml:
            written.append(target)
            continue
        if not force and not may_overwrite(target):
            print(f"{target}: error: edited since teikit wrote it; not overwritten: use --force to replace it",
                  file=sys.stderr)
            failures += 1
            continue
        write_atomic(target, result.xml)
        written.append(target)
    return written, failures


def run(args: argparse.Namespace) -> int:
    started = time.perf_counter()
    tei_files, failures = convert_sources(args.sources, args.tei, args.force)
    print(f"teikit build: {len(tei_files)} documents converted, {failures} failed "
          f"({time.perf_counter() - started:.2f} s)", file=sys.stderr)
    return 0 if failures == 0 else 1
