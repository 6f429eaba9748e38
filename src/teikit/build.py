"""`teikit build`: the whole edition from the bundled sources: convert into tei/,
validate, render the site into build/. Incremental: a document is converted again
only when its source, the registers, teikit itself or its links changed."""

from __future__ import annotations

import argparse
import os
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from teikit.buildstate import BuildState, DocState, code_fingerprint, fingerprint, sha256
from teikit.convert import collect_inputs
from teikit.errors import TeikitError
from teikit.corpus import CorpusIndex, EditionDocument
from teikit.model import Document
from teikit.pipeline import project_schemas
from teikit.render.site import SiteReport, build_site
from teikit.validate.diagnostics import format_text
from teikit.parallel import Failed, Workers, annotate_one, prepare_one, write_one
from teikit.readers.common import page_date_iso
from teikit.references import corpus_links, link_corpus, outgoing_files
from teikit.tei.stamp import may_overwrite
from teikit.textio import remove_stale_temporaries, write_atomic

REGISTERS = ("register.xml", "bibliography.xml")


def configure(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = subparsers.add_parser("build", help="convert, validate and render the whole edition",
                                   description="Build the edition: sources/ -> tei/ -> build/.")
    parser.add_argument("--sources", type=Path, default=Path("sources"), help="raw documents (default: sources)")
    parser.add_argument("--tei", type=Path, default=Path("tei"), help="TEI folder (default: tei)")
    parser.add_argument("--out", type=Path, default=Path("build"), help="site folder (default: build)")
    parser.add_argument("--force", action="store_true", help="overwrite TEI files that were edited by hand")
    parser.add_argument("--no-pdf", action="store_true", help="skip the print edition (build/edition.pdf)")
    parser.add_argument("--jobs", "-j", type=int, default=os.cpu_count() or 1, help="worker processes (default: all cores)")
    parser.set_defaults(func=run)


@dataclass
class ConvertReport:
    tei_files: list[Path] = field(default_factory=list)  # every document's TEI, converted now or before
    converted: list[str] = field(default_factory=list)  # stems converted in this run
    failures: int = 0
    diagnostics: list = field(default_factory=list)  # type: ignore[type-arg]  # from validating what was written


def _entry(doc: Document) -> EditionDocument:
    return EditionDocument(doc.stem, page_date_iso(doc.metadata.date), doc.genre, doc.metadata.title)


def convert_sources(sources: Path, tei_dir: Path, state_path: Path, force: bool = False, jobs: int = 2) -> ConvertReport:
    """Convert the sources that changed (and those whose links changed) into ``tei_dir``."""
    report = ConvertReport()
    files, errors = collect_inputs([sources])
    for message in errors:
        print(message, file=sys.stderr)
    report.failures += len(errors)
    by_stem = {path.stem: path for path in files}
    old = BuildState.load(state_path)
    new = BuildState(code=code_fingerprint(), registers=fingerprint([tei_dir / name for name in REGISTERS]))
    same_base = (old.code, old.registers) == (new.code, new.registers)
    hashes = {path.stem: sha256(path.read_bytes()) for path in files}

    def up_to_date(stem: str) -> bool:
        seen, target = old.docs.get(stem), tei_dir / f"{stem}.xml"
        return (same_base and seen is not None and seen.source_sha == hashes[stem] and target.exists()
                and sha256(target.read_bytes()) == seen.tei_sha)

    kept = {stem: old.docs[stem] for stem in by_stem if up_to_date(stem)}
    state_path.parent.mkdir(parents=True, exist_ok=True)
    remove_stale_temporaries(tei_dir)
    with Workers(jobs, len(files) - len(kept)) as workers:
        docs: dict[str, Document] = {}

        def prepare_and_annotate(stems: list[str], corpus_entries: list[EditionDocument]) -> CorpusIndex:
            for result in workers.map(prepare_one, [by_stem[stem] for stem in stems], "read"):
                if isinstance(result, Failed):
                    print(f"{result.source}: error: {result.message}", file=sys.stderr)
                    report.failures += 1
                else:
                    docs[result.stem] = result
            corpus = CorpusIndex([*corpus_entries, *map(_entry, docs.values())])
            corpus_file = workers.share_corpus(corpus, state_path.parent)
            try:
                jobs_ = [(docs[stem], str(tei_dir), corpus_file) for stem in stems if stem in docs]
                for doc in workers.map(annotate_one, jobs_, "annotate"):
                    docs[doc.stem] = doc
            finally:
                Path(corpus_file).unlink(missing_ok=True)
            return corpus

        kept_entries = lambda: [EditionDocument(stem, s.date, s.genre, s.title) for stem, s in kept.items()]  # noqa: E731
        corpus = prepare_and_annotate([stem for stem in by_stem if stem not in kept], kept_entries())
        cites = {**{stem: s.cites for stem, s in kept.items()}, **{stem: outgoing_files(d) for stem, d in docs.items()}}
        # A document nobody changed still needs rewriting when who cites it changed.
        before = corpus_links({stem: s.cites for stem, s in old.docs.items()}, {s: d.genre for s, d in old.docs.items()})
        after = corpus_links(cites, {entry.stem: entry.genre for entry in corpus.documents})
        relink = [stem for stem in kept if before.get(stem) != after.get(stem)]
        if relink:
            for stem in relink:
                del kept[stem]
            corpus = prepare_and_annotate(relink, kept_entries())
        link_corpus(list(docs.values()), corpus, {stem: s.cites for stem, s in kept.items()})
        order = [stem for stem in by_stem if stem in docs]
        written = workers.map(write_one, [(docs[stem], str(tei_dir)) for stem in order], "write")

    for stem, outcome in zip(order, written):
        path, target, doc = by_stem[stem], tei_dir / f"{stem}.xml", docs[stem]
        if isinstance(outcome, Failed):
            print(f"{path}: error: {outcome.message}", file=sys.stderr)
            report.failures += 1
            continue
        data, diagnostics = outcome
        report.diagnostics.extend(diagnostics)
        for warning in doc.warnings:
            print(f"{path}: warning: {warning}", file=sys.stderr)
        if not (target.exists() and target.read_bytes() == data):
            if not force and not may_overwrite(target):
                print(f"{target}: error: edited since teikit wrote it; not overwritten: use --force to replace it",
                      file=sys.stderr)
                report.failures += 1
                continue
            write_atomic(target, data)
        new.docs[stem] = DocState(hashes[stem], sha256(data), outgoing_files(doc), *_entry_fields(doc))
        report.converted.append(stem)
    new.docs.update(kept)
    report.tei_files = [tei_dir / f"{stem}.xml" for stem in by_stem if stem in new.docs]
    new.save(state_path)
    return report


def _entry_fields(doc: Document) -> tuple[str, str, str]:
    entry = _entry(doc)
    return entry.date, entry.genre, entry.title


def run(args: argparse.Namespace) -> int:
    started = time.perf_counter()
    state_path = args.out / ".teikit" / "state.json"
    report = convert_sources(args.sources, args.tei, state_path, args.force, args.jobs)
    unchanged = len(report.tei_files) - len(report.converted)
    print(f"convert: {len(report.tei_files)} documents ({len(report.converted)} converted, {unchanged} unchanged), "
          f"{report.failures} failed", file=sys.stderr)
    if report.diagnostics:
        print(format_text(report.diagnostics), file=sys.stderr)
    invalid = sum(1 for d in report.diagnostics if d.severity == "error")
    print(f"validate: {len(report.converted)} validated against the {project_schemas()[1]}, {invalid} errors",
          file=sys.stderr)
    site = render_site(report, args.tei, args.out)
    print(f"render: {len(site.documents)} documents, {len(site.pages)} pages rendered into {args.out}, "
          f"{len(site.failures)} failed", file=sys.stderr)
    printed = True if args.no_pdf else print_edition(report, args.tei, args.out)
    print(f"teikit build: done in {time.perf_counter() - started:.2f} s", file=sys.stderr)
    return 0 if report.failures == 0 and invalid == 0 and site.ok and printed else 1


def print_edition(report: ConvertReport, tei_dir: Path, out: Path) -> bool:
    """build/edition.pdf, made again only when a document changed (or it is missing)."""
    pdf = out / "edition.pdf"
    if pdf.exists() and not report.converted:
        print(f"print: {pdf} unchanged", file=sys.stderr)
        return True
    from teikit.render.pdf import build_pdf  # WeasyPrint loads slowly: only when printing

    register = tei_dir / "register.xml"
    try:
        made = build_pdf(report.tei_files, register if register.exists() else None, pdf)
    except TeikitError as exc:
        print(f"{pdf}: error: {exc}", file=sys.stderr)
        return False
    print(f"print: {pdf}: {made.pages} pages, {made.documents} documents ({made.seconds:.1f} s)", file=sys.stderr)
    return True


def render_site(report: ConvertReport, tei_dir: Path, out: Path) -> SiteReport:
    """The HTML edition; pages of documents that were not converted again are kept when
    the stylesheets did not change either (the code fingerprint covers them)."""
    register = tei_dir / "register.xml"
    everything = not report.converted or len(report.converted) == len(report.tei_files)
    changed = None if everything and report.converted else set(report.converted)
    return build_site(report.tei_files, register if register.exists() else None, out, changed)
