"""`teikit export cmif|corpus|package|json|csv`: the edition in other shapes.

Exit 0 when the export was written, 1 when it could not be made (bad input, or a
CMIF file that breaks CMIF's rules), 2 on a usage error. Problems are reported
as ``path: error: message``; output is written atomically.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from lxml import etree

from teikit import resources
from teikit.edition import Edition
from teikit.errors import TeikitError
from teikit.export import cmif, cmif_check, corpus, opendata, package
from teikit.export.edition import EditionInfo, ExportError, load_edition
from teikit.textio import write_atomic
from teikit.xmlsafe import XMLInputError

KINDS = {
    "cmif": "cmif.xml",
    "corpus": "corpus.xml",
    "package": "teikit-edition.zip",
    "json": "documents.json",
    "csv": "register.csv",
}


def configure(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "export", help="export the edition: CMIF, teiCorpus, zip package, JSON, CSV",
        description="Export the edition: cmif (CMIF v2 letter index), corpus (one teiCorpus file), "
                    "package (reproducible zip), json (documents with name/date offsets), csv (register).")
    parser.add_argument("kind", choices=sorted(KINDS), help="what to export")
    parser.add_argument("--tei", type=Path, default=None, metavar="DIR",
                        help="TEI folder (default: the edition's tei/)")
    parser.add_argument("--register", type=Path, default=None, metavar="FILE",
                        help="register file (default: the edition's)")
    parser.add_argument("--out", "-o", type=Path, default=None, metavar="PATH",
                        help="output file (default: the edition's build/export/cmif.xml, corpus.xml, "
                             "teikit-edition.zip, documents.json, register.csv)")
    parser.add_argument("--base-url", default=None, metavar="URL",
                        help="where the edition is published (CMIF and corpus URLs; default: edition.toml's base_url)")
    parser.add_argument("--schema", type=Path, default=None, metavar="DIR",
                        help="schema folder (default: the edition's schema/)")
    parser.add_argument("--site", type=Path, default=None, metavar="DIR",
                        help="rendered site for the package (default: the edition's build/)")
    parser.add_argument("--force", action="store_true",
                        help="write --out even inside the TEI or sources folder (the editor's files)")
    parser.set_defaults(func=run)


def _cmif(args: argparse.Namespace, out: Path) -> bytes:
    edition = load_edition(args.tei, args.register, args.info)
    if not edition.letters:
        raise ExportError(args.tei, "no letters in the edition (div type=\"letter\" or a correspDesc)")
    data = cmif.serialize(cmif.build_cmif(edition))
    problems = cmif_check.check_cmif(etree.fromstring(data))
    for problem in problems:
        level = "error" if problem.is_error else "warning"
        print(f"{out}:{problem.line}: {level}: [{problem.code}] {problem.message}", file=sys.stderr)
    if any(p.is_error for p in problems):
        raise ExportError(out, "the CMIF file breaks CMIF's rules; not written")
    return data


def _corpus(args: argparse.Namespace, out: Path) -> bytes:
    edition = load_edition(args.tei, args.register, args.info)
    return corpus.serialize(corpus.build_corpus(edition, args.schema, out.parent.resolve()))


def _package(args: argparse.Namespace, out: Path) -> bytes:
    edition = load_edition(args.tei, args.register, args.info)
    encoding = args.tei.resolve().parent / "docs" / "encoding.md"
    sources = package.Sources(args.tei, args.schema, args.site, encoding if encoding.is_file() else None)
    return package.build_package(edition, sources, out)


def _json(args: argparse.Namespace, out: Path) -> bytes:
    return opendata.documents_json(load_edition(args.tei, args.register, args.info))


def _csv(args: argparse.Namespace, out: Path) -> bytes:
    return opendata.register_csv(load_edition(args.tei, args.register, args.info, need_register=True))




BUILDERS = {"cmif": _cmif, "corpus": _corpus, "package": _package, "json": _json, "csv": _csv}


def _with_edition(args: argparse.Namespace) -> None:
    """Fill the paths not given from the edition, and what the exports say about it."""
    edition = Edition.of_args(args)
    args.tei = args.tei or edition.tei_dir
    args.register = args.register or (edition.register_path if edition.register_path.exists() else None)
    args.schema = args.schema or (edition.schema_dir if edition.schema_dir.is_dir() else resources.schema_dir())
    args.site = args.site or edition.build_dir
    args.out = args.out or edition.build_dir / "export" / KINDS[args.kind]
    args.sources = edition.sources_dir
    args.info = EditionInfo.of(edition, args.base_url)


def _editors_file(args: argparse.Namespace) -> Path | None:
    """The folder of the edition's own files (TEI, sources) that ``--out`` would write into, if any."""
    out = args.out.resolve()
    for folder in (args.tei, args.sources):
        if folder is not None and out.is_relative_to(folder.resolve()):
            return folder
    return None


def run(args: argparse.Namespace) -> int:
    try:
        _with_edition(args)
    except TeikitError as exc:
        print(f"teikit export: error: {exc}", file=sys.stderr)
        return 1
    out: Path = args.out
    if (refused := _editors_file(args)) is not None and not args.force:
        print(f"{out}: error: is in {refused}, where the editor's files are; not overwritten "
              "(choose another --out, or give --force)", file=sys.stderr)
        return 1
    try:
        data = BUILDERS[args.kind](args, out)
        write_atomic(out, data)
    except XMLInputError as exc:
        print(f"{exc.path}:{exc.line}:{exc.col}: error: {exc.message}", file=sys.stderr)
        return 1
    except ExportError as exc:
        print(f"{exc.path}: error: {exc.message}", file=sys.stderr)
        return 1
    except TeikitError as exc:
        print(f"{args.tei}: error: {exc}", file=sys.stderr)
        return 1
    except OSError as exc:
        print(f"{getattr(exc, 'filename', None) or out}: error: {exc.strerror or exc}", file=sys.stderr)
        return 1
    print(f"teikit export {args.kind}: wrote {out} ({len(data)} bytes)", file=sys.stderr)
    return 0
