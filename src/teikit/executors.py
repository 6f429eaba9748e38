"""Where a build's per-document tasks run: this process, a local process pool, or a Dask cluster.

``parallel.Workers`` asks :func:`pool` for an executor and maps the per-document stages
(read, annotate, write, the site's views and entry pages) over it; the joins between them
(corpus index, links, registers, indexes, the PDF) stay in the calling process. With a
scheduler set (``teikit build --scheduler ADDRESS``) the tasks go to that Dask cluster. Its
workers read the sources and the registers, and leave documents between stages in the spill
folder, by path: on a real cluster the edition must lie on a filesystem every worker sees
(as on an HPC cluster run with dask-jobqueue, or a shared volume on Kubernetes).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any, Protocol

__all__ = ["Pool", "pool", "use_scheduler", "spill_parent", "close"]


class Pool(Protocol):
    """What parallel.Workers uses of an executor (ProcessPoolExecutor has it too)."""

    def map(self, fn: Callable[..., Any], *items: Iterable[Any], timeout: float | None = None,
            chunksize: int = 1) -> Iterator[Any]: ...

    def shutdown(self, wait: bool = True, *, cancel_futures: bool = False) -> None: ...


_scheduler: str | None = None
_shared: Path | None = None
_client: Any = None  # distributed.Client, made on first use


def use_scheduler(address: str | None, shared_dir: Path | None = None) -> None:
    """Send per-document tasks to the Dask scheduler at ``address`` (None: back to local);
    documents wait between stages under ``shared_dir``, which the workers must see."""
    global _scheduler, _shared
    close()
    _scheduler, _shared = address, shared_dir


def spill_parent() -> Path | None:
    """The folder for spill files: the shared one on a cluster, else the system's temporary one."""
    if _scheduler is not None and _shared is not None:
        _shared.mkdir(parents=True, exist_ok=True)
        return _shared
    return None


def pool(jobs: int, enough_work: bool) -> Pool | None:
    """An executor: the cluster's when a scheduler is set, a process pool of ``jobs`` when
    there is enough work for one, else None (run in this process)."""
    if _scheduler is not None:
        return _DaskPool(_connect())
    if jobs > 1 and enough_work:
        return ProcessPoolExecutor(jobs)
    return None


def close() -> None:
    """Disconnect from the cluster (the cluster itself keeps running)."""
    global _client
    if _client is not None:
        _client.close()
        _client = None


def _connect() -> Any:
    global _client
    if _client is None:
        try:
            from distributed import Client
        except ImportError:
            from teikit.errors import TeikitError

            raise TeikitError("--scheduler needs Dask: pip install 'dask[distributed]'") from None
        _client = Client(_scheduler)  # the workers import teikit themselves: it must be installed there
    return _client


class _DaskPool:
    """``map`` over a Dask client, results in order as they come; few tasks in flight at a
    time, so that neither the client nor the cluster holds the whole corpus."""

    IN_FLIGHT_PER_WORKER = 8

    def __init__(self, client: Any) -> None:
        self.client = client

    def map(self, fn: Callable[..., Any], *items: Iterable[Any], timeout: float | None = None,
            chunksize: int = 1) -> Iterator[Any]:
        window = self.IN_FLIGHT_PER_WORKER * max(1, len(self.client.scheduler_info().get("workers", {})))
        pending: list[Any] = []
        for item in zip(*items):  # one iterable in teikit's use: each item is one task's argument
            item = item[0] if len(item) == 1 else item
            pending.append(self.client.submit(fn, item, pure=False))
            if len(pending) >= window:
                yield pending.pop(0).result()
        while pending:
            yield pending.pop(0).result()

    def shutdown(self, wait: bool = True, *, cancel_futures: bool = False) -> None:
        pass  # the client serves the next stage too; close() ends it
