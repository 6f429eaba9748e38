"""Per-document work on every core: a process pool whose workers load the registers once.

Small runs stay in this process (starting workers costs more than it saves); the
same functions run either way, so results are identical.
"""

from __future__ import annotations

import os
import pickle
import sys
import tempfile
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Callable, Iterable, TypeVar

from teikit.corpus import CorpusIndex
from teikit.errors import TeikitError
from teikit.model import Document
from teikit.pipeline import Resources, annotate, check_output, prepare, write

T = TypeVar("T")
R = TypeVar("R")
MIN_PARALLEL = 24  # below this many documents one process is faster


@dataclass
class Failed:
    source: Path
    message: str


@lru_cache(maxsize=4)
def _resources(tei_dir: str) -> Resources:
    return Resources.beside(Path(tei_dir))


@lru_cache(maxsize=2)
def _corpus(path: str) -> CorpusIndex:
    with open(path, "rb") as handle:
        return pickle.load(handle)


def prepare_one(path: Path) -> Document | Failed:
    try:
        return prepare(path)
    except TeikitError as exc:
        return Failed(path, str(exc))


def annotate_one(job: tuple[Document, str, str]) -> Document:
    doc, tei_dir, corpus_file = job
    annotate(doc, _resources(tei_dir), _corpus(corpus_file))
    return doc


def write_one(job: tuple[Document, str]) -> tuple[bytes, list] | Failed:  # type: ignore[type-arg]
    """The TEI of a document and what validating it found."""
    doc, tei_dir = job
    try:
        data = write(doc, Path(tei_dir))
    except TeikitError as exc:
        return Failed(Path(doc.stem), str(exc))
    return data, check_output(data, Path(tei_dir) / f"{doc.stem}.xml")


class Workers:
    """``map`` in a process pool when there is enough work, else in this process."""

    def __init__(self, jobs: int, count: int):
        self.jobs = max(1, min(jobs, os.cpu_count() or 1))
        self.pool = ProcessPoolExecutor(self.jobs) if self.jobs > 1 and count >= MIN_PARALLEL else None
        self.show_progress = sys.stderr.isatty() and count >= MIN_PARALLEL

    def map(self, fn: Callable[[T], R], items: list[T], label: str) -> list[R]:
        if self.pool is None:
            results = [self._tick(label, i, len(items), fn(item)) for i, item in enumerate(items)]
        else:
            chunk = max(1, len(items) // (self.jobs * 8))
            results = [self._tick(label, i, len(items), r) for i, r in enumerate(self.pool.map(fn, items, chunksize=chunk))]
        if self.show_progress:
            print(file=sys.stderr)
        return results

    def _tick(self, label: str, i: int, total: int, result: R) -> R:
        if self.show_progress and (i % 10 == 0 or i + 1 == total):
            print(f"\r{label}: {i + 1}/{total}", end="", file=sys.stderr, flush=True)
        return result

    def share_corpus(self, corpus: CorpusIndex, folder: Path) -> str:
        """Hand the corpus index to workers through one file, not with every task."""
        fd, name = tempfile.mkstemp(dir=folder, prefix=".corpus-", suffix=".pickle")
        with os.fdopen(fd, "wb") as handle:
            pickle.dump(corpus, handle)
        return name

    def close(self) -> None:
        if self.pool is not None:
            self.pool.shutdown()

    def __enter__(self) -> "Workers":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def iter_ok(results: Iterable[T | Failed]) -> Iterable[T]:
    return (r for r in results if not isinstance(r, Failed))
