"""The site alone, step by step: time and the parent's peak memory after each step.

    .venv/bin/python bench/site.py TEI_DIR [--out DIR] [--jobs N] [--limit N]

TEI_DIR holds converted documents and register.xml (a generated corpus after
`teikit build`, say). The out folder starts empty, so this is a cold site build.
"""

from __future__ import annotations

import argparse
import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path
from collections.abc import Iterator
from typing import Any, Callable

import teikit.render.site as site

STEPS = ("write_list_pages", "_index_pages")  # the parent's own steps; the workers' steps are maps


def peak_mb() -> int:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024


def traced(name: str, fn: Callable[..., Any]) -> Callable[..., Any]:
    def run(*args: Any, **kwargs: Any) -> Any:
        started = time.perf_counter()
        result = fn(*args, **kwargs)
        print(f"{name:>18}: {time.perf_counter() - started:7.1f} s, parent peak {peak_mb()} MB", file=sys.stderr)
        return result
    return run


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("tei", type=Path)
    parser.add_argument("--out", type=Path, default=None)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--limit", type=int, default=None, help="only the first N documents")
    args = parser.parse_args()
    files = sorted(args.tei.glob("[0-9]*.xml"))[:args.limit]
    for name in STEPS:
        setattr(site, name, traced(name, getattr(site, name)))
    mapped = site.Workers.map

    def traced_map(self: site.Workers, fn: Callable[[Any], Any], items: list[Any], label: str) -> Iterator[Any]:
        started = time.perf_counter()
        yield from mapped(self, fn, items, label)  # streamed, as the build consumes it
        print(f"{label:>18}: {time.perf_counter() - started:7.1f} s, parent peak {peak_mb()} MB", file=sys.stderr)
    site.Workers.map = traced_map  # type: ignore[method-assign]
    out = args.out or Path(tempfile.mkdtemp(prefix="teikit-site-"))
    shutil.rmtree(out, ignore_errors=True)
    started = time.perf_counter()
    report = site.build_site(files, args.tei / "register.xml", out, jobs=args.jobs)
    wall = time.perf_counter() - started
    workers = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss // 1024
    print(f"{len(files)} documents: {wall:.1f} s, {len(report.pages)} pages, {len(report.failures)} failed; "
          f"peak MB: parent {peak_mb()}, largest worker {workers}; views {sum(report.seconds.values()):.1f} s of work")
    if args.out is None:
        shutil.rmtree(out)
    return 0 if report.ok else 1


if __name__ == "__main__":
    sys.exit(main())
