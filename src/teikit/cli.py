"""The `teikit` command: one entry point, one sub-command module per stage.

Each command module exposes ``configure(subparsers)``, which adds its sub-command
and sets ``func`` (``args -> exit code``) on it.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sqlite3
import sys
from pathlib import Path

from teikit import __version__
from teikit.errors import TeikitError

# Sub-command modules, in the order `teikit --help` lists them.
COMMAND_MODULES = [
    "teikit.init",
    "teikit.convert",
    "teikit.build",
    "teikit.validate.command",
    "teikit.render.command",
    "teikit.render.pdfcommand",
    "teikit.names.command",
    "teikit.names.registercmd",
    "teikit.export.command",
]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="teikit",
        description="Raw archival transcriptions to TEI P5: convert, validate, render, export.",
    )
    parser.add_argument("--version", action="version", version=f"teikit {__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(name).configure(subparsers)
    for command in subparsers.choices.values():
        command.add_argument("--edition", type=Path, default=None, metavar="DIR",
                             help="the edition's folder (default: the nearest folder above with edition.toml)")
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help(sys.stderr)
        return 2
    try:
        return int(args.func(args))
    except TeikitError as exc:  # e.g. a register that cannot be read: one line, no traceback
        print(f"teikit: error: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("teikit: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:  # output piped into `head` and the like: stop quietly
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - Python flushes stdout at exit
        return 141
    except OSError as exc:  # a full disk, a read-only folder: writes are atomic, so nothing is half-written
        where = exc.filename or "teikit"
        print(f"{where}: error: {exc.strerror or exc}; nothing was left half-written", file=sys.stderr)
        return 1
    except sqlite3.Error as exc:  # the site's store on a full or read-only disk (its transaction is rolled back)
        print(f"teikit: error: the site's store: {exc}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
