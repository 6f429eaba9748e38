"""What the print PDF costs per page, phase by phase, and whether it grows faster than the page count.

    python bench/pdf_pages.py [--repeat 3] [--fractions 0.25,0.5,1] FILE.xml|DIR ...

CPU seconds of this process, medians of --repeat with min-max: the print HTML (one XSLT run; a build
runs it three times) and the whole build (teikit.render.pdf.pdf_bytes: XSLT, the first layout that
finds the mentions' pages, the final layout, the PDF writing). The anchor, measured in the same loop,
is one layout of the same text with the paged-media features off: no contents, no indexes (so no
target-counter), notes inline instead of footnotes. With --fractions the input is cut to its first
fraction of top-level divisions, so seconds per page can be compared as the book grows (linear if it
stays flat).
"""

from __future__ import annotations

import argparse
import copy
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from timing import median_spread

from teikit.render import pdf
from teikit.render.printhtml import assemble, print_html

TEI = "{http://www.tei-c.org/ns/1.0}"
PLAIN_CSS = "<style>.footnote { float: none; display: inline; } .footnote::before { content: ' ['; }</style>"


def cut(corpus, fraction: float):  # type: ignore[no-untyped-def]  # lxml trees
    """The corpus with each document's body cut to its first fraction of top-level divs."""
    if fraction >= 1:
        return corpus
    tree = copy.deepcopy(corpus)
    for body in tree.iter(f"{TEI}body"):
        divs = body.findall(f"{TEI}div")
        for div in divs[max(1, round(len(divs) * fraction)):]:
            body.remove(div)
    return tree


def timed(fn: Callable[[], object]) -> tuple[float, object]:
    start = time.process_time()
    result = fn()
    return time.process_time() - start, result


def phases(corpus) -> dict[str, float | int]:  # type: ignore[no-untyped-def]
    log = pdf._Collect()
    html_s, _ = timed(lambda: print_html(corpus))
    build_s, (_, report) = timed(lambda: pdf.pdf_bytes(corpus))  # type: ignore[misc]
    plain = print_html(corpus, front_matter=False, indexes=False).replace("</head>", PLAIN_CSS + "</head>", 1)
    plain_s, plain_doc = timed(lambda: pdf._layout(plain, log))
    return {"pages": report.pages, "print HTML": html_s, "whole build": build_s,  # type: ignore[attr-defined]
            "plain layout": plain_s, "plain pages": len(plain_doc.pages)}  # type: ignore[attr-defined]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("inputs", nargs="+", type=Path)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--fractions", default="1")
    args = parser.parse_args()
    files = pdf.tei_inputs(args.inputs)
    register = next((p / "register.xml" for p in args.inputs if (p / "register.xml").exists()), None)
    corpus = assemble(files, register)
    for fraction in (float(f) for f in args.fractions.split(",")):
        runs = [phases(cut(corpus, fraction)) for _ in range(args.repeat)]
        pages = runs[0]["pages"]
        print(f"{', '.join(p.name for p in args.inputs)} at {fraction:.0%}: {pages} pages "
              f"(plain {runs[0]['plain pages']}), CPU s, median [min-max] of {args.repeat}")
        per_page = {}
        for key, count in (("print HTML", 1), ("whole build", pages), ("plain layout", runs[0]["plain pages"])):
            median, low, high = median_spread([float(r[key]) for r in runs])
            per_page[key] = median / float(count)
            print(f"  {key:13} {median:8.2f} [{low:.2f}-{high:.2f}] s")
        print(f"  whole build {per_page['whole build']:.3f} s/page; plain layout (anchor) "
              f"{per_page['plain layout']:.3f} s/page; ratio {per_page['whole build'] / per_page['plain layout']:.2f}x")

if __name__ == "__main__":
    main()
