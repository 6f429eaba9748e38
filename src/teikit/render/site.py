"""The static HTML edition: index, three views per document, register and works pages, assets.

Every link is relative, so the site works from file:// as well as from a server.
Three steps, each reading the TEI or the store, never the whole corpus in memory:
1. record each document whose TEI changed (catalogue data, mentions, links) in the store;
2. render the views of new and changed documents, on every core for large editions, each
   given the titles of just the documents it links to (the whole list would make a view's
   cost grow with the edition);
3. the shared pages (register, works, index) from the store's queries.
"""

from __future__ import annotations

import re
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

from lxml import etree

from teikit.buildstate import code_fingerprint, sha256
from teikit.edition import Edition
from teikit.errors import TeikitError
from teikit.parallel import Workers
from teikit.render.extract import DocRecord, extract
from teikit.render.framing import FRAMING_PAGES, framing_pages
from teikit.render.html import VIEWS, copy_assets, page_name, write_page
from teikit.render.introduction import read_introduction
from teikit.render.registerpages import (
    LIST_PAGES,
    PageContext,
    Register,
    entry_inputs,
    entry_pages,
    remove_stale_pages,
    render_entry,
    render_page,
    to_render,
    write_list_pages,
)
from teikit.render.sitedb import SiteStore, digest
from teikit.render.stylesheets import ParamValue, file_node, transform, use_overrides, xdm_document, xdm_text
from teikit.textio import remove_stale_temporaries, write_atomic
from teikit.xmlsafe import parse_xml

__all__ = ["SiteReport", "build_site", "copy_assets"]

STATE = ".teikit"  # the site's store, beside the pages
INDEX_PAGE_SIZE = 1000  # documents on one index page


@dataclass
class SiteReport:
    out_dir: Path
    pages: list[Path] = field(default_factory=list)
    documents: list[str] = field(default_factory=list)  # stems rendered
    failures: list[str] = field(default_factory=list)  # "path: error: message"
    seconds: dict[str, float] = field(default_factory=dict)  # per stem, all three views

    @property
    def ok(self) -> bool:
        return not self.failures


@dataclass(frozen=True)
class Shared:
    """The files every view takes as parameters (workers parse each once)."""

    register: Path | None
    bibliography: Path | None
    edition: tuple[tuple[str, ParamValue], ...] = ()  # the edition's strings (Edition.stylesheet_params), pdf-links
    overrides: Path | None = None  # the edition's own stylesheets

    def fingerprint(self) -> str:
        """The shared files' contents: every view shows register cards and work titles."""
        return digest(*(_sha(path) if path is not None else "" for path in (self.register, self.bibliography)))

    def params(self) -> dict[str, ParamValue]:
        use_overrides(self.overrides)  # in a worker too, however it was started
        params: dict[str, ParamValue] = {
            "register-uri": self.register.resolve().as_uri() if self.register is not None else "",
            "css-href": "assets/teikit.css", "index-href": "index.html", "register-pages": "", **dict(self.edition)}
        if self.register is not None:
            params["register"] = file_node(self.register)
        if self.bibliography is not None:
            params["bibliography"] = file_node(self.bibliography)
            params["works-page"] = True
        return params


def record_one(tei: Path) -> tuple[DocRecord, str] | str:
    """The document's record and the TEI's hash, or the error."""
    try:
        data = tei.read_bytes()
        return extract(parse_xml(data, name=str(tei)).getroot(), tei.stem), sha256(data)
    except (TeikitError, OSError) as exc:
        return f"{tei}: error: {exc}"


def render_one(job: tuple[Path, Shared, Path, str]) -> tuple[str, float, list[Path]] | str:
    """The three views of one document: (stem, seconds, pages), or the error."""
    tei, shared, out_dir, documents = job
    started = time.perf_counter()
    try:
        node = xdm_document(parse_xml(tei), tei.resolve().as_uri())  # parsed once, rendered three times
        params = {**shared.params(), "doc-base": tei.stem, "documents": xdm_text(documents)}
        pages = [write_page(transform(view, node, params), out_dir / page_name(tei.stem, view)) for view in VIEWS]
    except Exception as exc:  # noqa: BLE001 - saxonche raises its own types; one bad document must not stop the site
        return f"{tei}: error: {exc}"
    return tei.stem, time.perf_counter() - started, pages


def _documents_xml(store: SiteStore, stem: str) -> str:
    """Title and date of the documents one document links to: its links' labels."""
    return "<documents>" + "".join(f"<doc file={quoteattr(f)} title={quoteattr(t)} date={quoteattr(d)}/>"
                                   for f, t, d in store.labels(stem)) + "</documents>"


def index_page(page: int) -> str:
    """index.html, then index~2.html, … (as in xslt/index.xsl)."""
    return "index.html" if page == 1 else f"index~{page}.html"


def _index_pages_count(store: SiteStore) -> int:
    return max(1, -(-store.count_docs() // INDEX_PAGE_SIZE))


def _catalogues(store: SiteStore, register: Register) -> Iterator[str]:
    """The index's catalogue, a page of INDEX_PAGE_SIZE documents at a time (so memory stays
    that of one page), each with the filter options its documents need."""
    labels = {ref: register.labels.get(ref, name) for ref, _kind, name in store.refs()}
    pages, total = _index_pages_count(store), store.count_docs()
    docs = store.docs_by_date()
    for page in range(1, pages + 1):
        parts = [f"<catalogue page='{page}' pages='{pages}' total='{total}'"
                 f" first='{(page - 1) * INDEX_PAGE_SIZE + 1}'>"]
        options: dict[tuple[str, str], tuple[str, str]] = {}
        for doc in islice(docs, INDEX_PAGE_SIZE):
            ids: dict[str, list[str]] = {"person": [], "place": []}
            for ref, kind, _name in store.refs(doc.stem):
                if (found := ids.get(register.kind(ref, kind))) is not None:
                    found.append(ref)
                    options[(register.kind(ref, kind), ref)] = (labels[ref], register.sort_key(ref, labels[ref]))
            year = doc.date[:4] if re.match(r"\d{4}", doc.date) else ""
            attrs = {"stem": doc.stem, "href": page_name(doc.stem, "reading"), "date": doc.date, "year": year,
                     "title": doc.title, "genre": doc.genre, "persons": " ".join(ids["person"]),
                     "places": " ".join(ids["place"])}
            parts.append("<doc " + " ".join(f"{k}={quoteattr(v)}" for k, v in attrs.items()) + ">"
                         f"<summary>{escape(doc.summary)}</summary></doc>")
        for kind in ("person", "place"):
            parts.append(f'<facet kind="{kind}">')
            parts.extend(f"<option id={quoteattr(ref)} label={quoteattr(label)} sort={quoteattr(key)}/>"
                         for (k, ref), (label, key) in sorted(options.items()) if k == kind)
            parts.append("</facet>")
        parts.append("</catalogue>")
        yield "".join(parts)


def _citations_xml(store: SiteStore) -> str:
    """<c> entries for the works page: one per work a document cites."""
    return "<citations>" + "".join(
        f"<c ref={quoteattr(w)} doc={quoteattr(d.stem)} title={quoteattr(d.title)} date={quoteattr(d.date)} "
        f"href={quoteattr(page_name(d.stem, 'reading'))}/>" for d in store.docs() for w in d.works) + "</citations>"


def _record(store: SiteStore, tei_files: list[Path], workers: Workers, report: SiteReport,
            out_dir: Path) -> tuple[set[str], set[str]]:
    """Step 1; returns the stems that could not be read (the store forgets them too, but their
    pages stay) and those recorded anew. The views of documents that left the edition are removed."""
    known = store.shas()
    stale = [tei for tei in tei_files if known.get(tei.stem) != _sha(tei)]
    failed = set()
    for result, tei in zip(workers.map(record_one, stale, "index"), stale):  # the map first: it ends its bar
        if isinstance(result, str):
            report.failures.append(result)
            failed.add(tei.stem)
        else:
            store.put(result[0], tei.name, result[1])
    for stem in store.keep_only({tei.stem for tei in tei_files} - failed) - failed:
        for view in VIEWS:
            (out_dir / page_name(stem, view)).unlink(missing_ok=True)
    return failed, {tei.stem for tei in stale} - failed


def _stale_views(store: SiteStore, tei_files: list[Path], changed: set[str] | None, salt: str,
                 out_dir: Path) -> list[tuple[Path, str, str]]:
    """(TEI, its links' labels, the views' inputs) of every document whose views must be rendered:
    asked for (``changed``; None: all), or made from other inputs (TEI, the titles it links to,
    register, bibliography, code) than the store recorded, or missing."""
    shas = store.shas()
    stale = []
    for tei in tei_files:
        documents = _documents_xml(store, tei.stem)
        inputs = digest(salt, shas.get(tei.stem, ""), documents)
        fresh = (changed is not None and tei.stem not in changed and store.views_unchanged(tei.stem, inputs)
                 and all((out_dir / page_name(tei.stem, v)).exists() for v in VIEWS))
        if not fresh:
            stale.append((tei, documents, inputs))
    return stale


def _sha(path: Path) -> str:
    try:
        return sha256(path.read_bytes())
    except OSError:
        return ""  # record_one reports it


def copy_tei(files: list[Path], out_dir: Path) -> None:
    """The TEI of the documents and registers, downloadable from the site as tei/NAME.xml;
    files that left the edition go."""
    target = out_dir / "tei"
    target.mkdir(parents=True, exist_ok=True)
    for path in files:
        data = path.read_bytes()
        if not ((target / path.name).exists() and (target / path.name).read_bytes() == data):
            write_atomic(target / path.name, data, durable=False)
    for stale in set(target.glob("*.xml")) - {target / p.name for p in files}:
        stale.unlink()


def build_site(tei_files: list[Path], register: Path | None, out_dir: Path, changed: set[str] | None = None,
               jobs: int = 1, edition: Edition | None = None, pdf_links: bool = False) -> SiteReport:
    """Write the whole static site into ``out_dir``; a failing document is reported, the rest built.

    With ``changed`` (stems), only those documents' views are rendered again, and those whose
    TEI differs from what the store recorded (the others' pages must exist); shared pages are
    rendered again only when what they show changed. The edition gives the site's strings,
    overrides, the bibliography (default: the one beside the register) and the introduction
    (introduction.md or .xml in its folder); ``pdf_links``: the documents link to pdf/STEM.pdf."""
    report = SiteReport(out_dir)
    edition = edition or Edition(out_dir.resolve())
    tei_files = sorted(tei_files)
    out_dir.mkdir(parents=True, exist_ok=True)
    remove_stale_temporaries(out_dir, recursive=True)  # a killed build's, in any of the site's folders
    copy_assets(out_dir, edition.asset_dirs())
    works = (edition.bibliography_path if edition.config_file is not None else
             (register.parent if register is not None else out_dir) / "bibliography.xml")
    bibliography = works if works.exists() else None
    shared = Shared(register, bibliography, (*edition.stylesheet_params().items(), ("pdf-links", pdf_links)),
                    edition.override_dir)
    copy_tei([*tei_files, *(p for p in (register, bibliography) if p is not None)], out_dir)
    store = SiteStore(out_dir / STATE / "site.sqlite")
    if not store.same_setting("edition", repr(shared.edition)):
        changed = None  # every view shows the edition's strings
    try:
        with Workers(jobs, len(tei_files)) as workers:  # before this process starts Saxon: workers are forked
            failed, _recorded = _record(store, tei_files, workers, report, out_dir)  # _stale_views sees them
            store.commit()  # the workers read the records
            salt = digest(code_fingerprint(), edition.fingerprint(), shared.fingerprint(), repr(shared.edition))
            todo = _stale_views(store, [tei for tei in tei_files if tei.stem not in failed], changed, salt, out_dir)
            jobs_ = [(tei, shared, out_dir, documents) for tei, documents, _inputs in todo]
            inputs_of = {tei.stem: inputs for tei, _documents, inputs in todo}
            for result in workers.map(render_one, jobs_, "render"):
                if isinstance(result, str):
                    report.failures.append(result)
                    continue
                stem, seconds, pages = result
                store.views_written(stem, inputs_of[stem])  # after the pages: a killed run renders them again
                report.documents.append(stem)
                report.seconds[stem] = seconds
                report.pages.extend(pages)
            register_ = Register.read(parse_xml(register) if register is not None else None)
            context = PageContext(store.path, register, out_dir, salt, shared.bibliography is not None)
            entries = entry_pages(store, register_)
            stale = to_render(store, entries, context)
            for written, entry in zip(workers.map(render_entry, [(e, context) for e in stale], "register"), stale):
                for path, inputs in written:
                    if inputs is not None:
                        store.page_written(path, inputs)
                        report.pages.append(out_dir / path)
                store.entry_written(entry.ref, entry_inputs(entry, context))
        params = shared.params()
        report.pages.extend(write_list_pages(store, register_, entries, context, params))
        report.pages.extend(_index_pages(store, register_, shared, context, params, read_introduction(edition.root)))
        report.pages.extend(framing_pages(store, register_, context, params, tei_files[0] if tei_files else None))
        indexes = {index_page(page) for page in range(1, _index_pages_count(store) + 1)}
        remove_stale_pages(store, set(LIST_PAGES.values()) | indexes | {"bibliography.html", *FRAMING_PAGES}, entries,
                           out_dir)
        store.commit()
    finally:
        store.close()
    for failure in report.failures:
        print(failure, file=sys.stderr)
    return report


def _index_pages(store: SiteStore, register: Register, shared: Shared, context: PageContext,
                 params: dict[str, ParamValue], introduction: etree._Element | None) -> list[Path]:
    """The works page and the index (the front page), each only if what it shows changed."""
    made = []
    intro = etree.tostring(introduction, encoding="unicode") if introduction is not None else ""
    index_params = {**params, **({"introduction": xdm_document(introduction)} if introduction is not None else {})}
    if shared.bibliography is not None:
        citations = _citations_xml(store)
        made.append(render_page(store, context, "bibliography.html",
                                digest(sha256(shared.bibliography.read_bytes()), citations), lambda: transform(
            "bibliography", params["bibliography"],
            {**{k: v for k, v in params.items() if k not in ("register", "bibliography", "documents")},
             "citations": xdm_text(citations)})))
    for page, catalogue in enumerate(_catalogues(store, register), start=1):
        made.append(render_page(store, context, index_page(page), digest(catalogue, intro),
                                lambda: transform("index", xdm_text(catalogue), index_params)))  # noqa: B023 - runs at once
    return [page for page in made if page is not None]
