"""Which layouts and genres the converter recognises over a folder of raw pages, counted.

    python bench/corpus_profile.py ../shared/real-pages sources

Prints a markdown table per folder (the README's table comes from this), plus the pages
that fell back to plain paragraphs and the structures found (turns, closers, headers, lists).
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

from teikit.model import Node
from teikit.pipeline import prepare


def _count(body: Node, tag: str) -> int:
    return sum(1 for node in body.iter() if node.tag == tag)


def profile(folder: Path) -> None:
    layouts: Counter[str] = Counter()
    genres: Counter[str] = Counter()
    structures: Counter[str] = Counter()
    for path in sorted(folder.glob("*.txt")):
        doc = prepare(path)
        assert doc.body is not None
        layouts[doc.shape] += 1
        genres[doc.genre] += 1
        structures["speaker turns (sp)"] += _count(doc.body, "sp")
        structures["pages with turns"] += bool(_count(doc.body, "sp"))
        structures["pages with a closer"] += bool(_count(doc.body, "closer"))
        structures["pages with a header of typed fields"] += any(
            n.tag == "opener" and any(isinstance(c, Node) and c.tag == "seg" for c in n.children)
            for n in doc.body.iter())
        structures["pages with lists"] += bool(_count(doc.body, "list"))
    print(f"\n{folder} ({sum(layouts.values())} pages)\n")
    print("| layout | pages |\n|---|---|")
    for name, n in layouts.most_common():
        print(f"| {name} | {n} |")
    print("\n| genre | pages |\n|---|---|")
    for name, n in sorted(genres.items(), key=lambda kv: (-kv[1], kv[0])):
        print(f"| {name} | {n} |")
    print("\n| structure | count |\n|---|---|")
    for name, n in structures.items():
        print(f"| {name} | {n} |")


if __name__ == "__main__":
    for arg in sys.argv[1:] or ["sources"]:
        profile(Path(arg))
