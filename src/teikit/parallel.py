"""Per-document work on every core, with memory that does not grow with the corpus.

A build runs in three per-document phases (read, annotate, write) with corpus-wide steps
between them (the corpus index, the links). Between phases each document waits on disk
(a pickle in a spill folder), never in the parent process, so ten thousand documents cost
no more memory than a handful. Workers load the registers once. Small runs stay in this
process (starting workers costs more than it saves); the same functions run either way.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
import pickle
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from teikit import executors
from teikit.corpus import CorpusIndex, EditionDocument
from teikit.edition import Edition
from teikit.errors import TeikitError
from teikit.model import Document, Link
from teikit.names.memory import Memory
from teikit.pipeline import Failure, Resources, annotate, check_output, preload_xsd, prepare, teach, write
from teikit.readers.common import page_date_iso
from teikit.references import outgoing_files
from teikit.structure.inline import english

if TYPE_CHECKING:
    from teikit.validate.diagnostics import Diagnostic

T = TypeVar("T")
R = TypeVar("R")
MIN_PARALLEL = 24  # below this many documents one process is faster


@dataclass
class Summary:
    """What the corpus-wide steps need to know of a document waiting on disk."""

    stem: str
    spill: str  # the pickled Document
    entry: EditionDocument
    cites: list[str] = field(default_factory=list)  # edition files it cites (after annotation)
    related: list[tuple[str, str]] = field(default_factory=list)  # (date, title) the archive page lists
    register_ids: list[str] = field(default_factory=list)  # register entries its conversion depends on
    taught: list[str] = field(default_factory=list)  # what it teaches the edition memory (sorted forms)


@dataclass
class Written:
    stem: str
    data: bytes
    diagnostics: list[Diagnostic]
    warnings: list[str]


@dataclass(frozen=True)
class Target:
    """Where a run writes TEI and whose registers it links to (handed to every worker)."""

    edition: Edition
    tei_dir: str
    registers_beside: bool = False  # the registers in tei_dir (when there) rather than the edition's

    def registers(self) -> tuple[Path, Path]:
        edition, folder = self.edition, Path(self.tei_dir)
        if self.registers_beside:
            return (next((p for p in (folder / "register.xml", edition.register_path) if p.exists()), folder),
                    next((p for p in (folder / "bibliography.xml", edition.bibliography_path) if p.exists()), folder))
        return edition.register_path, edition.bibliography_path


def _resources(target: Target) -> Resources:
    """The target's registers, loaded once per process and version of the files."""
    paths = target.registers()
    stamps = tuple((s.st_mtime_ns, s.st_size) if (s := _stat(path)) else None for path in paths)
    key = (str(target.edition.root), repr(target.edition.config), *map(str, paths), stamps)
    cached = _loaded.get(key)
    if cached is None:
        cached = Resources.of(target.edition, *(p if p.is_file() else Path("/nonexistent") for p in paths))
        _loaded.clear()  # one version of the registers per process
        _loaded[key] = cached
    return cached


_loaded: dict[tuple[object, ...], Resources] = {}


def _stat(path: Path) -> os.stat_result | None:
    try:
        return path.stat()
    except OSError:
        return None


@lru_cache(maxsize=2)
def _corpus(path: str) -> CorpusIndex:
    with open(path, "rb") as handle:
        return pickle.load(handle)


_memories: list[tuple[tuple[str, ...], Memory]] = []


def _memory(forms: tuple[str, ...]) -> Memory:
    """The edition memory of these forms, one object while they stay the same (every document of a
    run gets the same): its patterns are compiled once per process, not once per document."""
    if not _memories or _memories[0][0] != forms:
        _memories[:] = [(forms, Memory(forms))]
    return _memories[0][1]


def _load(spill: str) -> Document:
    with open(spill, "rb") as handle:
        return pickle.load(handle)


def _store(doc: Document, spill: str) -> None:
    with open(spill, "wb") as handle:
        pickle.dump(doc, handle, protocol=pickle.HIGHEST_PROTOCOL)


def prepare_one(job: tuple[Path, str, Target]) -> Summary | Failure:
    """Read and structure a source; leave the document in the spill folder; say what it teaches."""
    path, spill_dir, target = job
    try:
        doc = prepare(path)
    except TeikitError as exc:
        return Failure(path, str(exc))
    taught = sorted(teach(doc, _resources(target)).forms)  # keeps its first pass with the document
    spill = str(Path(spill_dir) / f"{doc.stem}.pickle")
    _store(doc, spill)
    return Summary(doc.stem, spill, EditionDocument(doc.stem, page_date_iso(doc.metadata.date), doc.genre,
                                                    doc.metadata.title),
                   taught=taught)


def annotate_one(job: tuple[Summary, Target, str, tuple[str, ...]]) -> Summary:
    """References, names and dates, with the edition memory; returns what the document cites."""
    summary, target, corpus_file, memory = job
    doc = _load(summary.spill)
    annotate(doc, _resources(target), _corpus(corpus_file), _memory(memory))
    _store(doc, summary.spill)
    summary.cites = outgoing_files(doc)
    summary.related = [(r.date, r.title) for r in doc.metadata.related]
    summary.register_ids = doc.register_ids
    return summary


def write_one(job: tuple[Summary, Target, list[Link], list[str]]) -> Written | Failure:
    """The TEI of a document, with its links, and what validating it found."""
    summary, target, links, related_files = job
    tei_dir = target.tei_dir
    doc = _load(summary.spill)
    doc.links = links
    for related, edition_file in zip(doc.metadata.related, related_files):
        related.edition_file = edition_file
    try:
        data = write(doc, Path(tei_dir), target.edition)
    except TeikitError as exc:
        return Failure(Path(doc.stem), str(exc))
    finally:
        Path(summary.spill).unlink(missing_ok=True)
    return Written(doc.stem, data, check_output(data, Path(tei_dir) / f"{doc.stem}.xml"), list(doc.warnings))


class Progress:
    """A progress bar on stderr (callers show it on a terminal only): done/total, rate, time left."""

    WIDTH = 30

    def __init__(self, label: str, total: int):
        self.label, self.total, self.started, self.shown = label, total, time.perf_counter(), 0.0

    def update(self, done: int) -> None:
        now = time.perf_counter()
        if done < self.total and now - self.shown < 0.1:
            return  # redrawing costs more than the eye needs
        self.shown = now
        rate = done / max(now - self.started, 1e-9)
        filled = self.WIDTH * done // self.total
        left = (self.total - done) / rate if rate else 0.0
        print(f"\r{self.label:>9} [{'#' * filled}{'.' * (self.WIDTH - filled)}] {done}/{self.total} "
              f"{rate:.1f}/s, {left:.0f} s left ", end="", file=sys.stderr, flush=True)

    def close(self) -> None:
        print(f"\r{self.label:>9}: {self.total} in {time.perf_counter() - self.started:.1f} s"
              + " " * (self.WIDTH + 30), file=sys.stderr, flush=True)


class Workers:
    """``map`` in a process pool when there is enough work, on a Dask cluster when one is set
    (executors.use_scheduler), else in this process."""

    def __init__(self, jobs: int, count: int):
        self.jobs = max(1, min(jobs, os.cpu_count() or 1))
        self.pool = executors.pool(self.jobs, count >= MIN_PARALLEL)
        self.show_progress = sys.stderr.isatty() and count >= MIN_PARALLEL
        self.spill = tempfile.TemporaryDirectory(prefix="teikit-spill-", dir=executors.spill_parent())
        self.frozen = False  # gc.freeze() before the workers were forked

    def map(self, fn: Callable[[T], R], items: list[T], label: str) -> Iterator[R]:
        """Results in order, as they come (not gathered in a list)."""
        if self.pool is None:
            results: Iterator[R] = map(fn, items)
        else:
            if not self.frozen and self._forks():
                # the workers are forked at the first task: what they inherit stays out of the cyclic
                # collector's passes, in them and here (each full pass walked it all, and touching
                # it copied the shared pages); until close()
                gc.freeze()
                self.frozen = True
            results = self.pool.map(fn, items, chunksize=max(1, min(16, len(items) // (self.jobs * 8))))
        bar = Progress(label, len(items)) if self.show_progress and items else None
        for i, result in enumerate(results, start=1):
            if bar is not None:
                bar.update(i)
            yield result
        if bar is not None:
            bar.close()

    def _forks(self) -> bool:
        return isinstance(self.pool, ProcessPoolExecutor) and multiprocessing.get_start_method() == "fork"

    def warm_up(self, target: Target) -> None:
        """Load the target's registers and gazetteer here when the pool's workers are forked
        from this process: they inherit one load instead of each making its own (~2.5 s of CPU).
        So too the English word list of the structure stage and the project XSD of validation
        (xmlschema and the unpickled schema, ~0.5 s a worker); never Saxon, which a fork breaks."""
        if self._forks():
            _resources(target)
            english()
            preload_xsd()

    def share_corpus(self, corpus: CorpusIndex) -> str:
        """Hand the corpus index to workers through one file, not with every task."""
        fd, name = tempfile.mkstemp(dir=self.spill.name, prefix="corpus-", suffix=".pickle")
        with os.fdopen(fd, "wb") as handle:
            pickle.dump(corpus, handle)
        return name

    def close(self) -> None:
        if self.pool is not None:
            self.pool.shutdown()
        if self.frozen:
            gc.unfreeze()
            self.frozen = False
        self.spill.cleanup()

    def __enter__(self) -> Workers:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
