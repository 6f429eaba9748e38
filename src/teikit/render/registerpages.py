"""The register pages: a list page per kind (persons.html, organisations.html, places.html)
and a page per entry (persons/ID.html, then ID~2.html, … past PAGE_SIZE mentions).

Each page is built from the store's queries, so memory stays that of one page however
large the corpus. A page is rendered again only when its inputs (the entry, its share of
the mentions, teikit's code and stylesheets) changed; pages of entries that are gone are
removed.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

from lxml import etree
from saxonche import PyXdmNode

from teikit.lxmltypes import itertext
from teikit.names.register import register_entries
from teikit.render.extract import DocRecord, Mention
from teikit.render.html import page_name, write_page
from teikit.render.sitedb import SiteStore, digest
from teikit.render.stylesheets import ParamValue, file_node, transform, xdm_text

__all__ = ["EntryPages", "PageContext", "Register", "PAGE_SIZE", "LIST_PAGES", "entry_pages", "render_entry",
           "write_list_pages", "remove_stale_pages", "render_page", "to_render", "entry_inputs"]

PAGE_SIZE = 500  # mentions on one entry page
ENTRY_KIND = {"person": "person", "personGrp": "person", "org": "org", "place": "place"}
LIST_PAGES = {"person": "persons.html", "org": "organisations.html", "place": "places.html"}
XML_ID = "{http://www.w3.org/XML/1998/namespace}id"
T = "{http://www.tei-c.org/ns/1.0}"


@dataclass
class Register:
    """The register's entries as the pages need them: kind, label and source of each."""

    kinds: dict[str, str] = field(default_factory=dict)
    labels: dict[str, str] = field(default_factory=dict)  # canonical name: the filters' labels
    sources: dict[str, str] = field(default_factory=dict)  # the entry's XML, for the pages' input hashes
    forms: dict[str, list[str]] = field(default_factory=dict)  # every name of the entry (search finds it by any)
    sort_keys: dict[str, str] = field(default_factory=dict)  # persons by surname, then forename

    def sort_key(self, ref: str, label: str) -> str:
        return self.sort_keys.get(ref, label).lower()

    @classmethod
    def read(cls, tree: etree._ElementTree | None) -> Register:
        register = cls()
        for entry in register_entries(tree.getroot()) if tree is not None else ():
            if entry.kind not in ENTRY_KIND:
                continue
            register.kinds[entry.id] = ENTRY_KIND[entry.kind]
            register.sources[entry.id] = etree.tostring(entry.element, encoding="unicode")
            if entry.label:
                register.labels[entry.id] = entry.label
                register.sort_keys[entry.id] = _sort_key(entry.element, entry.label)
            register.forms[entry.id] = list(dict.fromkeys(text for _tag, text, _type in entry.names))
        return register

    def kind(self, ref: str, element_kind: str) -> str:
        return self.kinds.get(ref, element_kind)


def _sort_key(entry: etree._Element, label: str) -> str:
    """A person's surname first ("Khrushchev, Nikita"); other names as they are."""
    surname = entry.find(f"{T}persName[@type='main']/{T}surname")
    surname = surname if surname is not None else entry.find(f"{T}persName/{T}surname")
    if surname is None:
        return label
    text = " ".join("".join(itertext(surname)).split())
    return f"{text}, {label.replace(text, '').strip()}"


def _folder(kind: str) -> str:
    return LIST_PAGES[kind].removesuffix(".html")


def entry_file(ref: str, page: int) -> str:
    """As tk:entry-file in xslt/common/names.xsl."""
    return f"{ref}{f'~{page}' if page > 1 else ''}.html"


@dataclass(frozen=True)
class EntryPages:
    """An entry's page, and its continuations when its mentions run over PAGE_SIZE."""

    ref: str
    kind: str
    name: str  # the first mention's text: the heading when the register lacks the entry
    total: int  # the entry's mentions in all
    source: str  # the entry's XML in the register ('' if none)

    @property
    def count(self) -> int:
        return max(1, -(-self.total // PAGE_SIZE))

    def path(self, page: int) -> str:
        return f"{_folder(self.kind)}/{entry_file(self.ref, page)}"

    def paths(self) -> list[str]:
        return [self.path(page) for page in range(1, self.count + 1)]


@dataclass(frozen=True)
class PageContext:
    """What rendering any entry page needs, handed to the workers with each entry."""

    store: Path
    register: Path | None
    out_dir: Path
    salt: str  # what else shapes the pages: teikit's code and stylesheets
    works_page: bool  # whether the navigation links to bibliography.html


NESTED = {"css-href": "../assets/teikit.css", "index-href": "../index.html", "register-pages": "../",
          "register-uri": ""}


def _mentions_xml(entry: EntryPages, page: int, rows: list[tuple[DocRecord, Mention]]) -> str:
    parts = [f"<mentions page='{page}' pages='{entry.count}' total='{entry.total}' name={quoteattr(entry.name)}>"]
    for doc, m in rows:
        href = f"../{page_name(doc.stem, 'reading')}#tk-m{m.number}"
        parts.append(f"<m doc={quoteattr(doc.stem)} title={quoteattr(doc.title)} date={quoteattr(doc.date)} "
                     f"href={quoteattr(href)}><before>{escape(m.before)}</before><name>{escape(m.name)}</name>"
                     f"<after>{escape(m.after)}</after></m>")
    parts.append("</mentions>")
    return "".join(parts)


def _source(register: Path | None) -> PyXdmNode:
    return file_node(register) if register is not None else xdm_text("<empty/>")


def render_entry(job: tuple[EntryPages, PageContext]) -> list[tuple[str, str | None]]:
    """An entry's pages, each unless its inputs are those of the page on disk: (path, inputs if
    rendered) per page. Runs in a worker: reads the store, one query per entry whose rows are
    consumed a page at a time; writes the pages, leaves recording them to the caller."""
    entry, context = job
    store = SiteStore.reader(context.store)
    rows = store.mentions_of(entry.ref)
    done: list[tuple[str, str | None]] = []
    for page in range(1, entry.count + 1):
        xml = _mentions_xml(entry, page, list(islice(rows, PAGE_SIZE)))
        params = {**NESTED, "kind": entry.kind, "entry": entry.ref, "works-page": context.works_page}
        done.append((entry.path(page), write_if_changed(
            store, context, entry.path(page), digest(entry.kind, entry.source, xml),
            lambda: transform("register", _source(context.register),
                              {**params, "mentions": xdm_text(xml)}))))  # noqa: B023 - runs at once
    return done


def entry_inputs(entry: EntryPages, context: PageContext) -> str:
    """What an entry's pages show besides its mentions (those are tracked by the store)."""
    return digest(context.salt, str(context.works_page), entry.kind, entry.name, str(entry.total), entry.source)


def to_render(store: SiteStore, entries: list[EntryPages], context: PageContext) -> list[EntryPages]:
    """The entries whose pages may have changed: a document naming them changed, or the entry,
    or the code; or a page is missing. The rest are not even read."""
    return [e for e in entries if not (store.entry_unchanged(e.ref, entry_inputs(e, context))
                                       and all((context.out_dir / path).exists() for path in e.paths()))]


def entry_pages(store: SiteStore, register: Register) -> list[EntryPages]:
    """Every entry the views link to (names and speakers), the most mentioned first (so the
    workers' shares even out)."""
    mentioned = {ref: (register.kind(ref, kind), name) for ref, kind, name in store.refs()}
    entries = {ref: (register.kind(ref, "person"), "") for ref in store.speakers()} | mentioned
    found = [EntryPages(ref, kind, name, store.count(ref) if ref in mentioned else 0, register.sources.get(ref, ""))
             for ref, (kind, name) in entries.items() if _safe_id(ref)]  # the views link no other ids
    return sorted(found, key=lambda e: (-e.total, e.ref))


def write_list_pages(store: SiteStore, register: Register, entries: list[EntryPages], context: PageContext,
                     params: dict[str, ParamValue]) -> list[Path]:
    """persons.html, organisations.html, places.html, each only if what it shows changed."""
    base = {k: v for k, v in params.items() if k not in ("register", "documents", "bibliography")}
    written = []
    for kind, page in LIST_PAGES.items():
        rows = sorted((e for e in entries if e.kind == kind and e.total), key=lambda e: e.ref)
        xml = "<counts>" + "".join(f"<c ref={quoteattr(e.ref)} n='{e.total}' name={quoteattr(e.name)}/>"
                                   for e in rows) + "</counts>"
        sources = "".join(src for ref, src in sorted(register.sources.items()) if register.kinds[ref] == kind)
        made = render_page(store, context, page, digest(kind, sources, xml), lambda: transform(
            "register", _source(context.register),
            {**base, "register-uri": "", "kind": kind, "counts": xdm_text(xml)}))  # noqa: B023 - runs at once
        written.extend([made] if made is not None else [])
    return written


def write_if_changed(store: SiteStore, context: PageContext, path: str, inputs: str,
                     make: Callable[[], str]) -> str | None:
    """Write ``make()`` to the page ``path`` unless the page on disk was made from the same
    inputs (with the same code and stylesheets). Returns the inputs to record if it wrote;
    recording is the caller's, as workers only read the store."""
    inputs = digest(context.salt, str(context.works_page), inputs)
    target = context.out_dir / path
    if target.exists() and store.page_unchanged(path, inputs):
        return None
    write_page(make(), target)
    return inputs


def render_page(store: SiteStore, context: PageContext, path: str, inputs: str, make: Callable[[], str]) -> Path | None:
    """write_if_changed() in the process that owns the store: the page written, or None."""
    recorded = write_if_changed(store, context, path, inputs, make)
    if recorded is None:
        return None
    store.page_written(path, recorded)
    return context.out_dir / path


def remove_stale_pages(store: SiteStore, keep: set[str], entries: list[EntryPages], out_dir: Path) -> None:
    """Shared pages this store recorded that the site no longer has (entries no document names)."""
    for gone in store.pages_except(keep | {path for e in entries for path in e.paths()}, {e.ref for e in entries}):
        (out_dir / gone).unlink(missing_ok=True)


def _safe_id(ref: str) -> bool:
    return bool(ref) and all(c.isalnum() or c in "_.-" for c in ref)
