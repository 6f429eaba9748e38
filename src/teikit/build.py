"""`teikit build`: the whole edition from the bundled sources: convert into tei/,
validate, render the site into build/. Incremental: a document is converted again
only when its source, the registers, teikit itself or its links changed."""

from __future__ import annotations

import argparse
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from teikit.buildstate import BuildState, DocState, code_fingerprint, fingerprint, sha256
from teikit.convert import collect_inputs
from teikit.corpus import CorpusIndex, EditionDocument
from teikit.errors import TeikitError
from teikit.model import Document
from teikit.pipeline import Resources, annotate, prepare, write
from teikit.readers.common import page_date_iso
from teikit.references import corpus_links, link_corpus, outgoing_files
from teikit.tei.stamp import may_overwrite
from teikit.textio import write_atomic

REGISTERS = ("register.xml", "bibliography.xml")


def configure(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = subparsers.add_parser("build", help="convert, validate and render the whole edition",
                                   description="Build the edition: sources/ -> tei/ -> build/.")
    parser.add_argument("--sources", type=Path, default=Path("sources"), help="raw documents (default: sources)")
    parser.add_argument("--tei", type=Path, default=Path("tei"), help="TEI folder (default: tei)")
    parser.add_argument("--out", type=Path, default=Path("build"), help="site folder (default: build)")
    parser.add_argument("--force", action="store_true", help="overwrite TEI files that were edited by hand")
    parser.set_defaults(func=run)


@dataclass
class ConvertReport:
    tei_files: list[Path] = field(default_factory=list)  # every document's TEI, converted now or before
    converted: list[str] = field(default_factory=list)  # stems converted in this run
    failures: int = 0


def _entry(doc: Document) -> EditionDocument:
    return EditionDocument(doc.stem, page_date_iso(doc.metadata.date), doc.genre, doc.metadata.title)


def convert_sources(sources: Path, tei_dir: Path, state_path: Path, force: bool = False) -> ConvertReport:
    """Convert the sources that changed (and those whose links changed) into ``tei_dir``."""
    report = ConvertReport()
    files, errors = collect_inputs([sources])
    for message in errors:
        print(message, file=sys.stderr)
    report.failures += len(errors)
    old = BuildState.load(state_path)
    new = BuildState(code=code_fingerprint(), registers=fingerprint([tei_dir / name for name in REGISTERS]))
    same_base = (old.code, old.registers) == (new.code, new.registers)
    hashes = {path.stem: sha256(path.read_bytes()) for path in files}

    def up_to_date(stem: str) -> bool:
        seen, target = old.docs.get(stem), tei_dir / f"{stem}.xml"
        return (same_base and seen is not None and seen.source_sha == hashes[stem] and target.exists()
                and sha256(target.read_bytes()) == seen.tei_sha)

    docs: dict[str, Document] = {}
    for path in files:
        if not up_to_date(path.stem):
            try:
                docs[path.stem] = prepare(path)
            except TeikitError as exc:
                print(f"{path}: error: {exc}", file=sys.stderr)
                report.failures += 1
    kept = {path.stem: old.docs[path.stem] for path in files if path.stem not in docs and path.stem in old.docs
            and up_to_date(path.stem)}
    corpus = CorpusIndex([*map(_entry, docs.values()),
                          *(EditionDocument(stem, s.date, s.genre, s.title) for stem, s in kept.items())])
    resources = Resources.beside(tei_dir)
    for doc in docs.values():
        annotate(doc, resources, corpus)
    cites = {**{stem: s.cites for stem, s in kept.items()}, **{stem: outgoing_files(d) for stem, d in docs.items()}}
    genres = {entry.stem: entry.genre for entry in corpus.documents}
    # A document nobody changed still needs rewriting when who cites it changed.
    before = corpus_links({stem: s.cites for stem, s in old.docs.items()}, {s: d.genre for s, d in old.docs.items()})
    after = corpus_links(cites, genres)
    for stem in [stem for stem in kept if before.get(stem) != after.get(stem)]:
        docs[stem] = prepare(next(p for p in files if p.stem == stem))
        annotate(docs[stem], resources, corpus)
        del kept[stem]
    link_corpus(list(docs.values()), corpus, {stem: s.cites for stem, s in kept.items()})

    for path in files:
        stem, target = path.stem, tei_dir / f"{path.stem}.xml"
        if stem in kept:
            new.docs[stem] = kept[stem]
            report.tei_files.append(target)
            continue
        if stem not in docs:
            continue  # failed to read: reported above
        doc = docs[stem]
        try:
            data = write(doc, tei_dir)
        except TeikitError as exc:
            print(f"{path}: error: {exc}", file=sys.stderr)
            report.failures += 1
            continue
        for warning in doc.warnings:
            print(f"{path}: warning: {warning}", file=sys.stderr)
        if not (target.exists() and target.read_bytes() == data):
            if not force and not may_overwrite(target):
                print(f"{target}: error: edited since teikit wrote it; not overwritten: use --force to replace it",
                      file=sys.stderr)
                report.failures += 1
                continue
            write_atomic(target, data)
        new.docs[stem] = DocState(hashes[stem], sha256(data), cites[stem], *_entry_fields(doc))
        report.tei_files.append(target)
        report.converted.append(stem)
    new.save(state_path)
    return report


def _entry_fields(doc: Document) -> tuple[str, str, str]:
    entry = _entry(doc)
    return entry.date, entry.genre, entry.title


def validate_outputs(files: list[Path]) -> tuple[int, str]:
    """The project schema (XSD + Schematron) on what was written: (error count, summary)."""
    from teikit.validate.api import SchemaError, load_schemas, validate_files
    from teikit.validate.diagnostics import format_text

    if not files:
        return 0, "nothing new to validate"
    try:
        schemas, used = load_schemas(["teikit"]), "project schema"
    except SchemaError as exc:
        print(f"validate: warning: {exc}; validating against tei_all instead", file=sys.stderr)
        schemas, used = load_schemas(["tei_all"]), "tei_all"
    diagnostics = validate_files(files, schemas)
    if diagnostics:
        print(format_text(diagnostics), file=sys.stderr)
    errors = sum(1 for d in diagnostics if d.severity == "error")
    return errors, f"{len(files)} validated against the {used}, {errors} errors"


def run(args: argparse.Namespace) -> int:
    started = time.perf_counter()
    state_path = args.out / ".teikit" / "state.json"
    report = convert_sources(args.sources, args.tei, state_path, args.force)
    unchanged = len(report.tei_files) - len(report.converted)
    print(f"convert: {len(report.tei_files)} documents ({len(report.converted)} converted, {unchanged} unchanged), "
          f"{report.failures} failed", file=sys.stderr)
    written = [args.tei / f"{stem}.xml" for stem in report.converted]
    invalid, summary = validate_outputs(written)
    print(f"validate: {summary}", file=sys.stderr)
    print(f"teikit build: done in {time.perf_counter() - started:.2f} s", file=sys.stderr)
    return 0 if report.failures == 0 and invalid == 0 else 1
