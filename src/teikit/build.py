"""`teikit build`: the whole edition from the bundled sources: convert into tei/,
validate, render the site into build/. Incremental: a document is converted again
only when its source, teikit itself, the bibliography, its links or a register entry it
consulted (or whose forms it contains) changed."""

from __future__ import annotations

import argparse
import os
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from teikit.buildstate import BuildState, DocState, code_fingerprint, fingerprint, sha256
from teikit.names.matcher import Matcher
from teikit.names.register import Register, entry_fingerprints, load_register
from teikit.names.text import fold
from teikit.convert import collect_inputs
from teikit.errors import TeikitError
from teikit.corpus import CorpusIndex, EditionDocument
from teikit.pipeline import project_schemas
from teikit.render.site import SiteReport, build_site
from teikit.validate.diagnostics import format_text
from teikit.parallel import Failure, Summary, Workers, Written, annotate_one, prepare_one, write_one
from teikit.references import corpus_links
from teikit.tei.stamp import refusal
from teikit.textio import decode, remove_stale_temporaries, write_atomic

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


def convert_sources(sources: Path, tei_dir: Path, state_path: Path, force: bool = False, jobs: int = 2) -> ConvertReport:
    """Convert the sources that changed (and those whose links changed) into ``tei_dir``."""
    report = ConvertReport()
    files, errors = collect_inputs([sources])
    for message in errors:
        print(message, file=sys.stderr)
    report.failures += len(errors)
    by_stem = {path.stem: path for path in files}
    old = BuildState.load(state_path)
    new = BuildState(code=code_fingerprint(), bibliography=fingerprint([tei_dir / "bibliography.xml"]),
                     entries=entry_fingerprints(tei_dir / "register.xml"))
    same_base = old.same_base(new)
    hashes = {path.stem: sha256(path.read_bytes()) for path in files}
    edited = old.edited_entries(new)
    names_edited = _forms_of(tei_dir / "register.xml", edited)

    def up_to_date(stem: str) -> bool:
        seen, target = old.docs.get(stem), tei_dir / f"{stem}.xml"
        return (same_base and seen is not None and seen.source_sha == hashes[stem] and target.exists()
                and sha256(target.read_bytes()) == seen.tei_sha
                and not edited & set(seen.register_ids) and not names_edited(by_stem[stem]))

    kept = {stem: old.docs[stem] for stem in by_stem if up_to_date(stem)}
    state_path.parent.mkdir(parents=True, exist_ok=True)
    remove_stale_temporaries(tei_dir)
    with Workers(jobs, len(files) - len(kept)) as workers:
        pending: dict[str, Summary] = {}

        def read_and_annotate(stems: list[str]) -> CorpusIndex:
            for result in workers.map(prepare_one, [(by_stem[s], workers.spill.name) for s in stems], "read"):
                if isinstance(result, Failure):
                    print(f"{result.source}: error: {result.message}", file=sys.stderr)
                    report.failures += 1
                else:
                    pending[result.stem] = result
            corpus = CorpusIndex([*(EditionDocument(s, d.date, d.genre, d.title) for s, d in kept.items()),
                                  *(summary.entry for summary in pending.values())])
            corpus_file = workers.share_corpus(corpus)
            jobs_ = [(pending[s], str(tei_dir), corpus_file) for s in stems if s in pending]
            for summary in workers.map(annotate_one, jobs_, "annotate"):
                pending[summary.stem] = summary
            return corpus

        corpus = read_and_annotate([stem for stem in by_stem if stem not in kept])
        cites = {**{stem: s.cites for stem, s in kept.items()}, **{stem: p.cites for stem, p in pending.items()}}
        # A document nobody changed still needs rewriting when who cites it changed.
        before = corpus_links({stem: s.cites for stem, s in old.docs.items()}, {s: d.genre for s, d in old.docs.items()})
        links = corpus_links(cites, {entry.stem: entry.genre for entry in corpus.documents})
        relink = [stem for stem in kept if before.get(stem) != links.get(stem)]
        for stem in relink:
            del kept[stem]
        if relink:
            corpus = read_and_annotate(relink)
        order = [stem for stem in by_stem if stem in pending]
        jobs_w = [(pending[stem], str(tei_dir), links.get(stem, []), [_edition_file(corpus, d, t) for d, t in
                                                                      pending[stem].related]) for stem in order]
        for outcome in workers.map(write_one, jobs_w, "write"):
            if isinstance(outcome, Failure):
                print(f"{by_stem.get(outcome.source.name, outcome.source)}: error: {outcome.message}", file=sys.stderr)
                report.failures += 1
                continue
            _store_output(outcome, pending[outcome.stem], by_stem, hashes, tei_dir, force, report, new)
    new.docs.update(kept)
    report.tei_files = [tei_dir / f"{stem}.xml" for stem in by_stem if stem in new.docs]
    new.save(state_path)
    return report


def _forms_of(register: Path, ids: set[str]) -> Callable[[Path], bool]:
    """Whether a source holds a form of one of the register entries ``ids`` (as they are now):
    an added or renamed entry may name something in a document that consulted none of them."""
    entries = [e for i, e in load_register(register).entries.items() if i in ids] if ids and register.exists() else []
    if not entries:
        return lambda source: False
    matcher = Matcher(Register(entries))

    def holds_one(source: Path) -> bool:
        try:
            return bool(matcher.all_hits(fold(decode(source.read_bytes(), str(source))[0])[0]))
        except (TeikitError, OSError):
            return True  # converting it again reports the problem
    return holds_one


def _edition_file(corpus: CorpusIndex, date: str, title: str) -> str:
    match = corpus.matching(date, title)
    return match.file if match is not None else ""


def _store_output(outcome: Written, summary: Summary, by_stem: dict[str, Path], hashes: dict[str, str],
                  tei_dir: Path, force: bool, report: ConvertReport, state: BuildState) -> None:
    """Write one converted document (unless an editor changed the file) and record it."""
    path, target = by_stem[outcome.stem], tei_dir / f"{outcome.stem}.xml"
    report.diagnostics.extend(outcome.diagnostics)
    for warning in outcome.warnings:
        print(f"{path}: warning: {warning}", file=sys.stderr)
    if not (target.exists() and target.read_bytes() == outcome.data):
        if (refused := refusal(target, force)) is not None:
            print(refused, file=sys.stderr)
            report.failures += 1
            return
        write_atomic(target, outcome.data)
    entry = summary.entry
    state.docs[outcome.stem] = DocState(hashes[outcome.stem], sha256(outcome.data), summary.cites,
                                        entry.date, entry.genre, entry.title, summary.register_ids)
    report.converted.append(outcome.stem)


def run(args: argparse.Namespace) -> int:
    started = time.perf_counter()
    state_path = args.out / ".teikit" / "state.json"
    report = convert_sources(args.sources, args.tei, state_path, args.force, args.jobs)
    unchanged = len(report.tei_files) - len(report.converted)
    converted_at = time.perf_counter()
    print(f"convert: {len(report.tei_files)} documents ({len(report.converted)} converted, {unchanged} unchanged), "
          f"{report.failures} failed ({converted_at - started:.1f} s, validation included)", file=sys.stderr)
    if report.diagnostics:
        print(format_text(report.diagnostics), file=sys.stderr)
    invalid = sum(1 for d in report.diagnostics if d.severity == "error")
    print(f"validate: {len(report.converted)} validated against the {project_schemas()[1]}, {invalid} errors",
          file=sys.stderr)
    site = render_site(report, args.tei, args.out, args.jobs)
    print(f"render: {len(site.documents)} documents, {len(site.pages)} pages rendered into {args.out}, "
          f"{len(site.failures)} failed ({time.perf_counter() - converted_at:.1f} s)", file=sys.stderr)
    printed = True if args.no_pdf else print_edition(report, args.tei, args.out)
    print(f"teikit build: done in {time.perf_counter() - started:.2f} s", file=sys.stderr)
    return 0 if report.failures == 0 and invalid == 0 and site.ok and printed else 1


def print_edition(report: ConvertReport, tei_dir: Path, out: Path) -> bool:
    """build/edition.pdf, made again whenever what it is made from changed (or it is missing)."""
    pdf = out / "edition.pdf"
    from teikit.render.pdf import build_pdf_if_stale  # WeasyPrint loads slowly: only when printing

    register = tei_dir / "register.xml"
    try:
        made = build_pdf_if_stale(report.tei_files, register if register.exists() else None, pdf)
    except TeikitError as exc:
        print(f"{pdf}: error: {exc}", file=sys.stderr)
        return False
    if made is None:
        print(f"print: {pdf} unchanged", file=sys.stderr)
        return True
    print(f"print: {pdf}: {made.pages} pages, {made.documents} documents ({made.seconds:.1f} s)", file=sys.stderr)
    return True


def render_site(report: ConvertReport, tei_dir: Path, out: Path, jobs: int = 1) -> SiteReport:
    """The HTML edition; pages of documents that were not converted again are kept when
    the stylesheets did not change either (the code fingerprint covers them)."""
    register = tei_dir / "register.xml"
    everything = not report.converted or len(report.converted) == len(report.tei_files)
    changed = None if everything and report.converted else set(report.converted)
    return build_site(report.tei_files, register if register.exists() else None, out, changed, jobs)
