"""The print edition as PDF: print HTML (xslt/print.xsl) laid out by WeasyPrint.

Page numbers in the contents and indexes come from the layout engine
(target-counter()), never from guesses. An index links to one mention per page:
the book is laid out once, the pages each mention fell on are read back, and
the index is generated again with one link per (entry, page) — only the index,
which comes last, changes, so no page before it moves.

WeasyPrint fetches nothing from the network: its URL fetcher refuses any URL
that is not a local file (the stylesheet and, through fontconfig, the fonts).
"""

from __future__ import annotations

import logging
import subprocess
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from lxml import etree
from lxml import html as lxml_html

from teikit.lxmltypes import elements, strings
from teikit.render.printhtml import EditionMeta, assemble, print_html
from teikit.render.unknown import unknown_summary
from teikit.textio import write_atomic

__all__ = ["PAPERS", "PdfReport", "build_pdf", "render_pdf", "pdf_bytes"]

PAPERS = ("A4", "Letter")
PDF_VARIANT = "pdf/ua-1"
INTENDED_FONTS = {"Noto Serif": "fonts-noto-core"}  # print.css's body face
TEI_NS = "http://www.tei-c.org/ns/1.0"
XML_ID = "{http://www.w3.org/XML/1998/namespace}id"


@dataclass
class PdfReport:
    out_pdf: Path
    pages: int
    documents: int
    paper: str
    diplomatic: bool
    seconds: float  # wall time of the whole build (XSLT + layout(s) + write)
    layouts: int  # 2 with index entries (a first layout finds the mentions' pages), else 1; 3 if pagination moved
    starts: dict[str, int] = field(default_factory=dict)  # document id -> page it starts on (1-based)
    warnings: list[str] = field(default_factory=list)  # what WeasyPrint logged (unsupported CSS, refused URLs)
    unknown: list[str] = field(default_factory=list)  # the summary of elements no view knows, if any


def _fetcher():
    from weasyprint.urls import URLFetcher

    class LocalOnly(URLFetcher):
        """Local files only: a document can never make the build touch the network."""

        def fetch(self, url: str, headers=None):
            if not url.lower().startswith("file:"):
                raise ValueError(f"teikit pdf: refused non-local URL {url[:200]}")
            return super().fetch(url, headers)

    return LocalOnly(allowed_protocols={"file"}, allow_redirects=False, timeout=5)


class _Collect(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


_KEPT_LINKS = ("#", "http://", "https://", "mailto:")


def without_local_links(page_html: str) -> str:
    """The print HTML with every link that is not a fragment, http(s) or mailto made plain text.

    The print stylesheets share templates with the site, whose relative links (a works page, a
    register page) mean nothing in a PDF: resolved against the stylesheets' folder they become
    file:/// links that disclose a local path and make two checkouts give different bytes."""
    tree = lxml_html.document_fromstring(page_html)
    changed = False
    for link in tree.iter("a"):
        href = (link.get("href") or "").strip()
        if href and not href.lower().startswith(_KEPT_LINKS):
            del link.attrib["href"]
            changed = True
    return lxml_html.tostring(tree, encoding="unicode", doctype="<!DOCTYPE html>") if changed else page_html


def _layout(page_html: str, log: _Collect) -> Any:  # a weasyprint Document (weasyprint is untyped)
    from weasyprint import HTML

    from teikit.render import linebreak
    from teikit.render.printhtml import print_css

    linebreak.install()  # loose justified lines: a WeasyPrint defect, see linebreak.py

    logger = logging.getLogger("weasyprint")
    logger.addHandler(log)
    try:
        return HTML(string=without_local_links(page_html), base_url=print_css().parent.resolve().as_uri() + "/",
                    url_fetcher=_fetcher()).render()
    finally:
        logger.removeHandler(log)


def missing_fonts() -> list[str]:
    """A warning per intended face fontconfig cannot find (the PDF would silently use another)."""
    try:
        found = subprocess.run(["fc-list", ":", "family"], capture_output=True, text=True, timeout=30).stdout
    except (OSError, subprocess.SubprocessError):
        return ["cannot list the installed fonts (fc-list): the intended faces may be missing"]
    families = {name.strip() for line in found.splitlines() for name in line.split(",")}
    return [f"font {face!r} is not installed (Debian: apt-get install {package}); the PDF uses a fallback face"
            for face, package in INTENDED_FONTS.items() if face not in families]


def _anchor_pages(document: Any) -> dict[str, int]:  # a weasyprint Document
    """Every anchor (HTML id) laid out -> the 1-based page it is on (first occurrence)."""
    pages: dict[str, int] = {}
    for number, page in enumerate(document.pages, start=1):
        for anchor in page.anchors:
            pages.setdefault(anchor, number)
    return pages


def _index_links(page_html: str) -> list[list[str]]:
    """Per index entry, the mention ids it links to (none: the book has nothing to index)."""
    tree = lxml_html.fromstring(page_html.encode("utf-8"))
    return [[href.lstrip("#") for href in strings(entry, './/a[@class="pg"]/@href')]
            for entry in elements(tree, '//li[contains(concat(" ", @class, " "), " index-entry ")]')]


def _one_per_page(links: list[list[str]], anchors: dict[str, int]) -> dict[str, int]:
    """Mentions to keep in the indexes, with their pages: the first of each entry on each page
    (laid-out ones only)."""
    keep: dict[str, int] = {}
    for mentions in links:
        seen: set[int] = set()
        for mention in mentions:
            page = anchors.get(mention)
            if page is None or page in seen:  # not laid out, or a page already listed for this entry
                continue
            seen.add(page)
            keep[mention] = page
    return keep


TEXT_PARTS = tuple(f"{{{TEI_NS}}}{name}" for name in ("text", "sourceDoc", "facsimile"))  # as tk:text-parts


def _document_ids(corpus: etree._ElementTree) -> list[str]:
    """Ids of the documents the print edition shows: every TEI with a text, a sourceDoc or a facsimile."""
    tei = corpus.getroot().iter(f"{{{TEI_NS}}}TEI")
    return [el.get(XML_ID) or "" for el in tei if any(child.tag in TEXT_PARTS for child in el)]


def pdf_bytes(corpus: etree._ElementTree, *, paper: str = "A4", diplomatic: bool = False,
              meta: EditionMeta | None = None, front_matter: bool = True,
              indexes: bool = True) -> tuple[bytes, PdfReport]:
    """Lay out an assembled corpus; the PDF's bytes and a report (out_pdf left empty)."""
    started = time.perf_counter()
    log = _Collect()
    options = {"paper": paper, "diplomatic": diplomatic, "meta": meta, "front_matter": front_matter, "indexes": indexes}
    page_html = print_html(corpus, **options)  # type: ignore[arg-type]
    ids = _document_ids(corpus)
    first: dict[str, int] = {}
    kept: dict[str, int] = {}
    layouts = 1
    links = _index_links(page_html) if indexes else []
    if links:  # a book without register mentions has only empty index headings: one layout does
        layouts += 1
        # First layout with index headings only: the documents and contents paginate exactly as in the
        # final book (the indexes come last), and it is cheaper (no column balancing).
        anchors = _anchor_pages(_layout(print_html(corpus, extra={"index-stub": True}, **options), log))  # type: ignore[arg-type]
        first = {i: anchors[i] for i in ids if i in anchors}
        kept = _one_per_page(links, anchors)
        # The pages go in as text: target-counter() in the index would make WeasyPrint lay its
        # (costly, balanced two-column) pages out again on every pass over the contents' counters.
        page_html = print_html(corpus, index_targets=[f"{m}={p}" for m, p in kept.items()], **options)  # type: ignore[arg-type]
    document = _layout(page_html, log)
    if kept and any(_anchor_pages(document).get(m) != p for m, p in kept.items()):
        # cannot happen unless print.css lets the indexes move earlier pages: let the engine count
        log.messages.append("pagination changed between layouts; the index pages were counted again")
        layouts += 1
        document = _layout(print_html(corpus, index_targets=list(kept), **options), log)  # type: ignore[arg-type]
    data = document.write_pdf(pdf_variant=PDF_VARIANT)  # tagged: structure, reading order, alt texts
    anchors = _anchor_pages(document)
    starts = {i: anchors[i] for i in ids if i in anchors}
    if first and first != starts:  # cannot happen unless print.css lets the indexes move earlier pages
        log.messages.append(f"pagination changed between layouts: {first} != {starts}; index pages may be wrong")
    report = PdfReport(Path(), len(document.pages), len(ids), paper, diplomatic, time.perf_counter() - started,
                       layouts, starts, log.messages + missing_fonts(),
                       [w for w in [unknown_summary(page_html)] if w])
    return data, report


def build_pdf(tei_files: Sequence[Path], register: Path | None, out_pdf: Path, paper: str = "A4",
              diplomatic: bool = False, meta: EditionMeta | None = None) -> PdfReport:
    """The whole edition (title page, contents, documents by date, indexes) as one PDF, written atomically."""
    started = time.perf_counter()
    if paper not in PAPERS:
        raise ValueError(f"unknown paper {paper!r}; expected one of {', '.join(PAPERS)}")
    corpus = assemble(tei_files, register)
    data, report = pdf_bytes(corpus, paper=paper, diplomatic=diplomatic, meta=meta)
    write_atomic(Path(out_pdf), data)
    report.out_pdf = Path(out_pdf)
    report.seconds = time.perf_counter() - started
    return report


def render_pdf(tei_file: Path, out_pdf: Path, paper: str = "A4", diplomatic: bool = False,
               register: Path | None = None, indexes: bool = False) -> PdfReport:
    """One document as a PDF (heading block, text, footnotes; indexes only when asked and a register is given)."""
    started = time.perf_counter()
    if paper not in PAPERS:
        raise ValueError(f"unknown paper {paper!r}; expected one of {', '.join(PAPERS)}")
    corpus = assemble([Path(tei_file)], register if indexes else None)
    data, report = pdf_bytes(corpus, paper=paper, diplomatic=diplomatic, front_matter=False,
                             indexes=indexes and register is not None)
    write_atomic(Path(out_pdf), data)
    report.out_pdf = Path(out_pdf)
    report.seconds = time.perf_counter() - started
    return report


def tei_inputs(paths: Iterable[Path]) -> list[Path]:
    """Document TEI files among files and folders (the register and bibliography are not documents)."""
    found: list[Path] = []
    for path in map(Path, paths):
        candidates = sorted(path.glob("*.xml")) if path.is_dir() else [path]
        found.extend(p for p in candidates if p.name not in ("register.xml", "bibliography.xml"))
    return found
