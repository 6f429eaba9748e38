"""The site alone, step by step: time and the parent's peak memory after each step.

    .venv/bin/python bench/site.py TEI_DIR [--out DIR] [--jobs N] [--limit N] [--again]

TEI_DIR holds converted documents and register.xml (a generated corpus after
`teikit build`, say). The out folder starts empty, so this is a cold site build.
With --again it then builds twice more: with nothing changed, and after one
document's text changed (on a copy of TEI_DIR: the folder itself is never touched).
"""

from __future__ import annotations

import argparse
import resource
import shutil
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

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
    parser.add_argument("--again", action="store_true", help="then a warm build, and one after a one-word edit")
    args = parser.parse_args()
    tei = args.tei
    if args.again:
        tei = Path(tempfile.mkdtemp(prefix="teikit-tei-")) / "tei"
        shutil.copytree(args.tei, tei)
    files = sorted(tei.glob("[0-9]*.xml"))[:args.limit]
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
    report = site.build_site(files, tei / "register.xml", out, jobs=args.jobs)
    wall = time.perf_counter() - started
    workers = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss // 1024
    print(f"{len(files)} documents: {wall:.1f} s, {len(report.pages)} pages, {len(report.failures)} failed; "
          f"peak MB: parent {peak_mb()}, largest worker {workers}; views {sum(report.seconds.values()):.1f} s of work")
    if args.again:
        for label, edit in (("nothing changed", None), ("one document edited", files[len(files) // 2])):
            if edit is not None:  # a word added to the document's first paragraph of text
                text = edit.read_text(encoding="utf-8")
                body = text.index("<body")
                edit.write_text(text[:body] + text[body:].replace("</p>", " (edited)</p>", 1), encoding="utf-8")
            started = time.perf_counter()
            again = site.build_site(files, tei / "register.xml", out, changed={edit.stem} if edit else set(),
                                    jobs=args.jobs)
            print(f"again, {label}: {time.perf_counter() - started:.1f} s, {len(again.documents)} documents and "
                  f"{len(again.pages)} pages rendered")
        shutil.rmtree(tei.parent)
    if args.out is None:
        shutil.rmtree(out)
    return 0 if report.ok else 1


if __name__ == "__main__":
    sys.exit(main())
