"""`teikit init DIR`: start an edition of one's own.

Writes ``edition.toml``, an empty register and bibliography, ``sources/``, a copy of the
schema and a short README for the editor. Never overwrites: a folder that already holds
an edition is refused, and every file is written whole or not at all.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from string import Template
from xml.sax.saxutils import escape

from teikit import resources
from teikit.edition import CONFIG_NAME, Edition, parse_config
from teikit.textio import write_atomic

# The customization an edition keeps a copy of (tei_all stays in the tool: it is large and never edited).
SCHEMA_FILES = ("teikit.odd", "teikit.xsd", "teikit.sch", "xml.xsd")


def configure(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser("init", help="start a new edition in a folder",
                                   description="Create an edition: edition.toml, sources/, tei/ with an empty "
                                               "register and bibliography, schema/, xslt/ for overrides.")
    parser.add_argument("folder", type=Path, nargs="?", default=Path("."), metavar="DIR",
                        help="the edition's folder (created if missing; default: here)")
    parser.add_argument("--title", default="", help="the edition's title (default: the folder's name)")
    parser.add_argument("--subtitle", default="")
    parser.add_argument("--editor", action="append", default=[], dest="editors", help="an editor (repeatable)")
    parser.add_argument("--publisher", default="")
    parser.set_defaults(func=run)


def _toml(value: str | list[str]) -> str:
    """A TOML string or array (JSON's escapes are a subset of TOML's basic strings)."""
    return json.dumps(value, ensure_ascii=False)


def config_text(title: str, subtitle: str = "", editors: list[str] | None = None, publisher: str = "") -> str:
    template = Template((resources.template_dir() / CONFIG_NAME).read_text(encoding="utf-8"))
    return template.substitute(title=_toml(title), subtitle=_toml(subtitle), editors=_toml(editors or []),
                               publisher=_toml(publisher))


def _filled(template: Path, **values: str) -> bytes:
    return Template(template.read_text(encoding="utf-8")).safe_substitute(values).encode("utf-8")


def init_edition(folder: Path, title: str, subtitle: str = "", editors: list[str] | None = None,
                 publisher: str = "") -> Edition:
    """Create the edition's files in ``folder``; returns the edition as loaded back."""
    if (folder / CONFIG_NAME).exists():
        raise FileExistsError(f"{folder / CONFIG_NAME}: an edition is already here; nothing was changed")
    templates = resources.template_dir()
    text = config_text(title, subtitle, editors, publisher)
    config = parse_config(text)  # a template that does not parse must fail before any file is written
    publisher = escape(config.publisher_or_title)
    files: dict[Path, bytes] = {
        folder / config.register: _filled(templates / "register.xml", publisher=publisher),
        folder / config.bibliography: _filled(templates / "bibliography.xml", publisher=publisher),
        folder / "README.md": _filled(templates / "README.md", title_plain=title),
        folder / config.xslt / "README.md": (templates / "xslt" / "README.md").read_bytes(),
        **{folder / config.schema / name: (resources.schema_dir() / name).read_bytes() for name in SCHEMA_FILES},
    }
    for path, data in files.items():
        if not path.exists():  # an editor's own file (a README, a register) is never replaced
            write_atomic(path, data)
    (folder / config.sources).mkdir(parents=True, exist_ok=True)
    write_atomic(folder / CONFIG_NAME, text.encode())  # last: a half-made edition is not an edition
    return Edition.load(folder)


def run(args: argparse.Namespace) -> int:
    folder: Path = args.folder
    title = args.title or folder.resolve().name.replace("-", " ").replace("_", " ").strip() or "Untitled edition"
    try:
        edition = init_edition(folder, title, args.subtitle, args.editors, args.publisher)
    except FileExistsError as exc:
        print(f"teikit init: error: {exc}", file=sys.stderr)
        return 1
    print(f"teikit init: edition {edition.config.title!r} in {folder}: put raw pages in "
          f"{edition.config.sources}/ and run 'teikit build'", file=sys.stderr)
    return 0
