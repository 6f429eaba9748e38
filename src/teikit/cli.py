"""The `teikit` command: one entry point, one sub-command module per stage.

Each command module exposes ``configure(subparsers)``, which adds its sub-command
and sets ``func`` (``args -> exit code``) on it. Only the chosen command's module is
imported (a one-file ``render`` need not load xmlschema); ``--help`` imports them all.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from pathlib import Path

from teikit import __version__
from teikit.errors import TeikitError

# Sub-command name -> its module, in the order `teikit --help` lists them.
COMMANDS = {
    "init": "teikit.init",
    "convert": "teikit.convert",
    "build": "teikit.build",
    "validate": "teikit.validate.command",
    "render": "teikit.render.command",
    "pdf": "teikit.render.pdfcommand",
    "names": "teikit.names.command",
    "register": "teikit.names.registercmd",
    "export": "teikit.export.command",
}
COMMAND_MODULES = list(COMMANDS.values())


def build_parser(argv: list[str] | None = None) -> argparse.ArgumentParser:
    """The parser for ``argv``: with the chosen sub-command only, or all of them when
    ``argv`` names none (None: all)."""
    parser = argparse.ArgumentParser(
        prog="teikit",
        description="Raw archival transcriptions to TEI P5: convert, validate, render, export.",
    )
    _add_global_options(parser)
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    chosen = _chosen_command(argv)
    for name in [chosen] if chosen else COMMANDS:
        importlib.import_module(COMMANDS[name]).configure(subparsers)
    for command in subparsers.choices.values():
        command.add_argument("--edition", type=Path, default=None, metavar="DIR",
                             help="the edition's folder (default: the nearest folder above with edition.toml)")
    return parser


def _add_global_options(parser: argparse.ArgumentParser) -> None:
    """Options before the sub-command (also read by _chosen_command)."""
    parser.add_argument("--version", action="version", version=f"teikit {__version__}")


def _chosen_command(argv: list[str] | None) -> str | None:
    """The sub-command ``argv`` names, read with the global options only (no imports)."""
    if argv is None:
        return None
    peek = argparse.ArgumentParser(add_help=False)
    _add_global_options(peek)
    peek.add_argument("command", nargs="?")
    known, _ = peek.parse_known_args([a for a in argv if a not in ("-h", "--help")])
    return known.command if known.command in COMMANDS else None


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    parser = build_parser(argv)
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
    except Exception as exc:  # re-raised unless it is sqlite3's
        # the site's store on a full or read-only disk (its transaction is rolled back); sqlite3 is
        # not imported here (a one-shot render or validate never loads it): no sqlite3 error without it
        sqlite3 = sys.modules.get("sqlite3")
        if sqlite3 is None or not isinstance(exc, sqlite3.Error):
            raise
        print(f"teikit: error: the site's store: {exc}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
