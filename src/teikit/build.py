"""`teikit build`: the whole edition: convert sources/ into tei/, validate, render the site
and the print edition into build/. Incremental: a document is converted again only when
its source, teikit itself, the edition's config or overrides, the bibliography, its links or
a register entry it consulted (or whose forms it contains) changed.

After conversion the TEI belongs to the editor: a file edited by hand is never converted
over. It is validated, rendered and printed as edited; ``teikit reconvert`` replaces it on
request and keeps the replaced file as ``FILE.bak``."""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from teikit import __version__, executors
from teikit.buildstate import BuildState, DocState, code_fingerprint, fingerprint, sha256
from teikit.convert import collect_inputs
from teikit.corpus import CorpusIndex, EditionDocument, entry_from_tei
from teikit.edition import Edition
from teikit.errors import TeikitError
from teikit.names.matcher import Matcher
from teikit.names.register import Register, entry_fingerprints, load_register
from teikit.names.text import fold
from teikit.parallel import Failure, Summary, Target, Workers, Written, annotate_one, prepare_one, write_one
from teikit.pipeline import check_output, project_schemas
from teikit.references import corpus_links
from teikit.render.site import SiteReport, build_site
from teikit.tei.stamp import may_overwrite, replace_tei
from teikit.textio import decode, remove_stale_temporaries, write_atomic
from teikit.validate.diagnostics import Diagnostic, format_text
from teikit.xmlsafe import XMLInputError


def configure(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser("build", help="convert, validate and render the whole edition",
                                   description="Build the edition: sources/ -> tei/ -> build/.")
    parser.add_argument("--sources", type=Path, default=None, help="raw documents (default: the edition's sources/)")
    parser.add_argument("--tei", type=Path, default=None, help="TEI folder (default: the edition's tei/)")
    parser.add_argument("--out", type=Path, default=None, help="site folder (default: the edition's build/)")
    parser.add_argument("--force", action="store_true",
                        help="convert over TEI files edited by hand too (each kept as FILE.bak)")
    parser.add_argument("--no-pdf", action="store_true", help="skip the print edition (build/edition.pdf)")
    parser.add_argument("--jobs", "-j", type=int, default=os.cpu_count() or 1,
                        help="worker processes (default: all cores)")
    parser.add_argument("--scheduler", metavar="ADDRESS", default=None,
                        help="run the per-document stages on this Dask scheduler (tcp://host:8786); "
                             "the edition must be on a filesystem its workers see")
    parser.set_defaults(func=run, reconvert=[])
    again = subparsers.add_parser("reconvert", help="convert a hand-edited document again (keeping FILE.bak)",
                                  description="Replace TEI files edited by hand with a fresh conversion of their "
                                              "sources (each replaced file is kept as FILE.bak), then build.")
    again.add_argument("reconvert", nargs="+", type=Path, metavar="FILE",
                       help="a TEI file, its source, or its name without suffix")
    for option in ("--sources", "--tei", "--out"):
        again.add_argument(option, type=Path, default=None, help=argparse.SUPPRESS)
    again.add_argument("--no-pdf", action="store_true", help="skip the print edition")
    again.add_argument("--jobs", "-j", type=int, default=os.cpu_count() or 1, help="worker processes")
    again.set_defaults(func=run, force=False, scheduler=None)


@dataclass
class ConvertReport:
    tei_files: list[Path] = field(default_factory=list)  # every document's TEI, converted now or before
    converted: list[str] = field(default_factory=list)  # stems converted in this run
    hand_edited: list[str] = field(default_factory=list)  # stems whose TEI the editor changed: kept as they are
    base_changed: bool = True  # the code, config or overrides changed: every page is made again
    failures: int = 0
    diagnostics: list[Diagnostic] = field(default_factory=list)  # from validating what was written


def convert_sources(sources: Path | list[Path], tei_dir: Path, state_path: Path, force: bool | set[str] = False,
                    jobs: int = 2, edition: Edition | None = None, registers_beside: bool = False) -> ConvertReport:
    """Convert the sources (a folder, or files and folders) that changed, and those whose links
    changed, into ``tei_dir``; the edition (default: the one ``tei_dir`` lies in) gives the
    registers and the header's strings, unless ``registers_beside`` takes those in ``tei_dir``."""
    edition = edition or Edition.around(tei_dir)
    report = ConvertReport()
    files, errors = collect_inputs(sources if isinstance(sources, list) else [sources])
    for message in errors:
        print(message, file=sys.stderr)
    report.failures += len(errors)
    by_stem = {path.stem: path for path in files}
    old = BuildState.load(state_path)
    new = BuildState(code=code_fingerprint() + edition.fingerprint(),
                     bibliography=fingerprint([edition.bibliography_path]),
                     entries=entry_fingerprints(edition.register_path))
    same_base = old.same_base(new)
    report.base_changed = not same_base
    hashes = {path.stem: sha256(path.read_bytes()) for path in files}
    edited = old.edited_entries(new)
    names_edited = _forms_of(edition.register_path, edited)

    def up_to_date(stem: str) -> bool:
        seen, target = old.docs.get(stem), tei_dir / f"{stem}.xml"
        return (same_base and seen is not None and seen.source_sha == hashes[stem] and target.exists()
                and sha256(target.read_bytes()) == seen.tei_sha
                and not edited & set(seen.register_ids) and not names_edited(by_stem[stem]))

    forced = {stem for stem in (by_stem if force is True else force or ())  # hand-edited files to convert over
              if not may_overwrite(tei_dir / f"{stem}.xml")}
    kept = {stem: old.docs[stem] for stem in by_stem if stem not in forced and up_to_date(stem)}
    hand = _hand_edited(tei_dir, [stem for stem in by_stem if stem not in kept and stem not in forced], old, hashes,
                        report)
    kept.update(hand)
    report.hand_edited = sorted(hand)
    state_path.parent.mkdir(parents=True, exist_ok=True)
    remove_stale_temporaries(tei_dir)
    target = Target(edition, str(tei_dir), registers_beside)
    with Workers(jobs, len(files) - len(kept)) as workers:
        workers.warm_up(target)
        pending: dict[str, Summary] = {}

        def read(stems: list[str]) -> None:
            for result in workers.map(prepare_one, [(by_stem[s], workers.spill.name, target) for s in stems], "read"):
                if isinstance(result, Failure):
                    print(f"{result.source}: error: {result.message}", file=sys.stderr)
                    report.failures += 1
                else:
                    pending[result.stem] = result

        def annotate(stems: list[str], memory: tuple[str, ...]) -> CorpusIndex:
            corpus = CorpusIndex([*(EditionDocument(s, d.date, d.genre, d.title) for s, d in kept.items()),
                                  *(summary.entry for summary in pending.values())])
            corpus_file = workers.share_corpus(corpus)
            jobs_ = [(pending[s], target, corpus_file, memory) for s in stems if s in pending]
            for summary in workers.map(annotate_one, jobs_, "annotate"):
                pending[summary.stem] = summary
            return corpus

        stems = [stem for stem in by_stem if stem not in kept]
        read(stems)
        memory = _edition_memory(kept, pending)
        if _memory_hash(memory) != old.memory:  # what every document is annotated with changed: all again
            again = [stem for stem in kept if stem not in report.hand_edited]
            for stem in again:
                del kept[stem]
            read(again)
            stems = [stem for stem in by_stem if stem in set(stems) | set(again)]
            memory = _edition_memory(kept, pending)
        new.memory = _memory_hash(memory)
        corpus = annotate(stems, memory)
        cites = {**{stem: s.cites for stem, s in kept.items()}, **{stem: p.cites for stem, p in pending.items()}}
        # A document nobody changed still needs rewriting when who cites it changed.
        before = corpus_links({stem: s.cites for stem, s in old.docs.items()},
                              {s: d.genre for s, d in old.docs.items()})
        links = corpus_links(cites, {entry.stem: entry.genre for entry in corpus.documents})
        relink = [stem for stem in kept if before.get(stem) != links.get(stem) and stem not in report.hand_edited]
        for stem in relink:
            del kept[stem]
        if relink:
            read(relink)
            corpus = annotate(relink, memory)
        order = [stem for stem in by_stem if stem in pending]
        jobs_w = [(pending[stem], target, links.get(stem, []), [_edition_file(corpus, d, t) for d, t in
                                                                      pending[stem].related]) for stem in order]
        for outcome in workers.map(write_one, jobs_w, "write"):
            if isinstance(outcome, Failure):
                print(f"{by_stem.get(outcome.source.name, outcome.source)}: error: {outcome.message}", file=sys.stderr)
                report.failures += 1
                continue
            _store_output(outcome, pending[outcome.stem], by_stem, hashes, tei_dir, report, new)
    new.docs.update(kept)
    _keep_failed(tei_dir, by_stem, old, new)
    report.tei_files = [tei_dir / f"{stem}.xml" for stem in by_stem if stem in new.docs]
    new.save(state_path)
    return report


def _edition_memory(kept: dict[str, DocState], pending: dict[str, Summary]) -> tuple[str, ...]:
    """What the edition's documents teach, together: a sorted union, the same whatever order
    the workers read them in."""
    forms: set[str] = set()
    for taught in [*(d.taught for d in kept.values()), *(p.taught for p in pending.values())]:
        forms.update(taught)
    return tuple(sorted(forms))


def _memory_hash(memory: tuple[str, ...]) -> str:
    return sha256("\n".join(memory).encode())


def _hand_edited(tei_dir: Path, stems: list[str], old: BuildState, hashes: dict[str, str],
                 report: ConvertReport) -> dict[str, DocState]:
    """The documents whose TEI an editor changed: not converted again, validated when they
    changed since the last build, and entered in the corpus index as they now read."""
    kept: dict[str, DocState] = {}
    for stem in stems:
        target = tei_dir / f"{stem}.xml"
        if may_overwrite(target):
            continue
        data = target.read_bytes()
        seen = old.docs.get(stem)
        if seen is not None and seen.tei_sha == sha256(data):
            kept[stem] = seen
            continue
        report.diagnostics.extend(check_output(data, target))
        try:
            entry, cites = entry_from_tei(target)
        except (XMLInputError, TeikitError) as exc:
            print(f"{target}: error: {exc}", file=sys.stderr)
            report.failures += 1
            entry, cites = EditionDocument(stem, "", "", stem), []
        kept[stem] = DocState(hashes[stem], sha256(data), cites, entry.date, entry.genre, entry.title,
                              seen.register_ids if seen is not None else [])
    return kept


def _keep_failed(tei_dir: Path, by_stem: dict[str, Path], old: BuildState, new: BuildState) -> None:
    """A document whose conversion failed keeps its TEI (and so its pages): the last good one."""
    for stem in by_stem:
        target = tei_dir / f"{stem}.xml"
        if stem not in new.docs and target.exists():
            seen = old.docs.get(stem)
            if seen is None:
                try:
                    entry, cites = entry_from_tei(target)
                except (XMLInputError, TeikitError):
                    continue
                seen = DocState("", sha256(target.read_bytes()), cites, entry.date, entry.genre, entry.title)
            new.docs[stem] = DocState("", *(getattr(seen, f) for f in
                                            ("tei_sha", "cites", "date", "genre", "title", "register_ids")))


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
                  tei_dir: Path, report: ConvertReport, state: BuildState) -> None:
    """Write one converted document (a hand-edited file it replaces is kept as FILE.bak) and record it."""
    target = tei_dir / f"{outcome.stem}.xml"
    report.diagnostics.extend(outcome.diagnostics)
    for warning in outcome.warnings:
        print(f"{by_stem[outcome.stem]}: warning: {warning}", file=sys.stderr)
    if not (target.exists() and target.read_bytes() == outcome.data):
        replace_tei(target, outcome.data)
    entry = summary.entry
    state.docs[outcome.stem] = DocState(hashes[outcome.stem], sha256(outcome.data), summary.cites,
                                        entry.date, entry.genre, entry.title, summary.register_ids, summary.taught)
    report.converted.append(outcome.stem)


def run(args: argparse.Namespace) -> int:
    if args.scheduler is None:
        return _build(args)
    try:  # the workers may have another working directory: every path absolute
        for name in ("sources", "tei", "out", "edition"):
            if getattr(args, name, None) is not None:
                setattr(args, name, getattr(args, name).resolve())
        edition = Edition.of_args(args)
        executors.use_scheduler(args.scheduler, (args.out or edition.build_dir).resolve() / ".teikit" / "spill")
        return _build(args)
    finally:
        executors.use_scheduler(None)


def _build(args: argparse.Namespace) -> int:
    started = time.perf_counter()
    edition = Edition.of_args(args)
    sources = args.sources or edition.sources_dir
    tei_dir, out = args.tei or edition.tei_dir, args.out or edition.build_dir
    refresh_schema_copy(edition)
    force: bool | set[str] = args.force or {Path(name).name.split(".")[0] for name in args.reconvert}
    report = convert_sources(sources, tei_dir, out / ".teikit" / "state.json", force, args.jobs, edition)
    unchanged = len(report.tei_files) - len(report.converted)
    converted_at = time.perf_counter()
    print(f"convert: {len(report.tei_files)} documents ({len(report.converted)} converted, {unchanged} unchanged), "
          f"{report.failures} failed ({converted_at - started:.1f} s, validation included)", file=sys.stderr)
    if report.hand_edited:
        print(f"convert: kept {len(report.hand_edited)} TEI file(s) edited by hand as they are (their sources were "
              f"not converted again; 'teikit reconvert FILE' replaces one, keeping it as FILE.bak): "
              + ", ".join(str(tei_dir / f"{stem}.xml") for stem in report.hand_edited), file=sys.stderr)
    if report.diagnostics:
        print(format_text(report.diagnostics), file=sys.stderr)
    invalid = sum(d.count for d in report.diagnostics if d.severity == "error")  # a line may stand for many
    print(f"validate: {len(report.converted)} validated against the {project_schemas()[1]}, {invalid} errors",
          file=sys.stderr)
    site = render_site(report, tei_dir, out, args.jobs, edition, pdf_links=not args.no_pdf)
    print(f"render: {len(site.documents)} documents, {len(site.pages)} pages rendered into {out}, "
          f"{len(site.failures)} failed ({time.perf_counter() - converted_at:.1f} s)", file=sys.stderr)
    printed = True if args.no_pdf else print_edition(edition, report.tei_files, out)
    print(f"teikit build: done in {time.perf_counter() - started:.2f} s", file=sys.stderr)
    return 0 if report.failures == 0 and invalid == 0 and site.ok and printed else 1


def refresh_schema_copy(edition: Edition) -> None:
    """The edition's copy of the schema (which its TEI's xml-model points at) brought up to date
    with the tool's; the tool's own folder (the repository as sample edition) is left alone."""
    from teikit.init import SCHEMA_FILES
    from teikit.resources import schema_dir

    copy = edition.schema_dir
    if edition.config_file is None or not copy.is_dir() or copy.resolve() == schema_dir().resolve():
        return
    for name in SCHEMA_FILES:
        data = (schema_dir() / name).read_bytes()
        if not (copy / name).is_file() or (copy / name).read_bytes() != data:
            write_atomic(copy / name, data)
            print(f"schema: {copy / name} brought up to date with teikit {__version__}", file=sys.stderr)


def print_edition(edition: Edition, tei_files: list[Path], out: Path) -> bool:
    """build/edition.pdf, made again whenever what it is made from (every TEI file as it is on
    disk, the register, the tool, the edition's config and overrides) differs from what made
    the PDF there: a hand edit or a killed build never leaves a stale PDF behind."""
    pdf, stamp = out / "edition.pdf", out / ".teikit" / "edition.pdf.sha256"
    inputs = fingerprint([*tei_files, edition.register_path]) + code_fingerprint() + edition.fingerprint()
    if pdf.exists() and stamp.exists() and stamp.read_text(encoding="utf-8") == inputs:
        print(f"print: {pdf} unchanged", file=sys.stderr)
        return document_pdfs(tei_files, out / "pdf", again=False)
    from teikit.render.pdf import build_pdf  # WeasyPrint loads slowly: only when printing
    from teikit.render.printhtml import EditionMeta
    from teikit.render.stylesheets import use_overrides

    use_overrides(edition.override_dir)
    register = edition.register_path
    try:
        made = build_pdf(tei_files, register if register.exists() else None, pdf, paper=edition.config.paper,
                         meta=EditionMeta.of(edition))
    except TeikitError as exc:
        print(f"{pdf}: error: {exc}", file=sys.stderr)
        return False
    print(f"print: {pdf}: {made.pages} pages, {made.documents} documents ({made.seconds:.1f} s)", file=sys.stderr)
    if not document_pdfs(tei_files, out / "pdf", again=True):
        return False
    # after every PDF, the documents' too: a build killed before this prints them all again (a stamp
    # written after edition.pdf alone left a document's PDF of the edit before when killed in between)
    write_atomic(stamp, inputs.encode())
    return True


def document_pdfs(tei_files: list[Path], folder: Path, again: bool) -> bool:
    """pdf/STEM.pdf for each document: all of them ``again``, else those missing (the site links to them)."""
    from teikit.render.pdf import render_pdf

    ok = True
    folder.mkdir(parents=True, exist_ok=True)
    for tei in tei_files:
        target = folder / f"{tei.stem}.pdf"
        if target.exists() and not again:
            continue
        try:
            render_pdf(tei, target)
        except TeikitError as exc:
            print(f"{target}: error: {exc}", file=sys.stderr)
            ok = False
    return ok


def render_site(report: ConvertReport, tei_dir: Path, out: Path, jobs: int = 1,
                edition: Edition | None = None, pdf_links: bool = False) -> SiteReport:
    """The HTML edition: every page again when the tool, config or overrides changed; else the
    views of documents whose TEI changed (converted, or edited by hand), and the shared pages
    whose inputs changed. ``pdf_links``: the document pages link to pdf/STEM.pdf (print_edition writes them)."""
    edition = edition or Edition.around(tei_dir)
    register = edition.register_path
    changed = None if report.base_changed else set(report.converted)
    return build_site(report.tei_files, register if register.exists() else None, out, changed, jobs, edition,
                      pdf_links)
