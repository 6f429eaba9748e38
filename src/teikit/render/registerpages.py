"""The register pages: a list page per kind (persons.html, organisations.html, places.html)
and a page per entry (persons/ID.html, then ID~2.html, … past PAGE_SIZE mentions).

Each page is built from the store's queries, so memory stays that of one page however
large the corpus. A page is rendered again only when its inputs (the entry, its share of
the mentions, teikit's code and stylesheets) changed; pages of entries that are gone are
removed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

from lxml import etree
from saxonche import PyXdmNode

from teikit.render.html import page_name, write_page
from teikit.render.sitedb import SiteStore, digest
from teikit.render.stylesheets import ParamValue, transform, xdm_document

__all__ = ["Register", "PAGE_SIZE", "LIST_PAGES", "write_register_pages"]

PAGE_SIZE = 500  # mentions on one entry page
ENTRY_KIND = {"person": "person", "personGrp": "person", "org": "org", "place": "place"}
LIST_PAGES = {"person": "persons.html", "org": "organisations.html", "place": "places.html"}
XML_ID = "{http://www.w3.org/XML/1998/namespace}id"
T = "{http://www.tei-c.org/ns/1.0}"


@dataclass
class Register:
    """The register's entries as the pages need them: kind, label and source of each."""

    node: PyXdmNode | None = None
    kinds: dict[str, str] = field(default_factory=dict)
    labels: dict[str, str] = field(default_factory=dict)  # canonical name: the filters' labels
    sources: dict[str, str] = field(default_factory=dict)  # the entry's XML, for the pages' input hashes

    @classmethod
    def read(cls, tree: etree._ElementTree | None, node: PyXdmNode | None) -> "Register":
        register = cls(node)
        for el in tree.iter() if tree is not None else ():
            if not isinstance(el.tag, str) or etree.QName(el).localname not in ENTRY_KIND or not el.get(XML_ID):
                continue
            ident = el.get(XML_ID)
            register.kinds[ident] = ENTRY_KIND[etree.QName(el).localname]
            register.sources[ident] = etree.tostring(el, encoding="unicode")
            label = next((c for c in (el.find(f"{T}persName"), el.find(f"{T}orgName"), el.find(f"{T}placeName"))
                          if c is not None), None)
            if label is not None:
                register.labels[ident] = " ".join("".join(label.itertext()).split())
        return register

    def kind(self, ref: str, element_kind: str) -> str:
        return self.kinds.get(ref, element_kind)


def _folder(kind: str) -> str:
    return LIST_PAGES[kind].removesuffix(".html")


def entry_file(ref: str, page: int) -> str:
    """As tk:entry-file in xslt/common/names.xsl."""
    return f"{ref}{f'~{page}' if page > 1 else ''}.html"


def _mentions_xml(store: SiteStore, ref: str, name: str, page: int, pages: int, total: int) -> str:
    parts = [f"<mentions page='{page}' pages='{pages}' total='{total}' name={quoteattr(name)}>"]
    for doc, m in store.mentions_of(ref, (page - 1) * PAGE_SIZE, PAGE_SIZE):
        href = f"../{page_name(doc.stem, 'reading')}#tk-m{m.number}"
        parts.append(f"<m doc={quoteattr(doc.stem)} title={quoteattr(doc.title)} date={quoteattr(doc.date)} "
                     f"href={quoteattr(href)}><before>{escape(m.before)}</before><name>{escape(m.name)}</name>"
                     f"<after>{escape(m.after)}</after></m>")
    parts.append("</mentions>")
    return "".join(parts)


def write_register_pages(store: SiteStore, register: Register, out_dir: Path, params: dict[str, ParamValue],
                         salt: str) -> list[Path]:
    """Every list and entry page; returns the pages rendered in this run. ``salt`` stands for
    what else shapes the pages (teikit's code and stylesheets)."""
    source = register.node if register.node is not None else xdm_document(etree.fromstring("<empty/>"))
    base = {k: v for k, v in params.items() if k not in ("register", "documents", "bibliography")}
    rendered: list[Path] = []
    wanted: set[str] = set()

    def render(path: str, inputs: str, extra: dict[str, ParamValue]) -> None:
        wanted.add(path)
        target = out_dir / path
        if target.exists() and store.page_unchanged(path, inputs):
            return
        target.parent.mkdir(parents=True, exist_ok=True)
        rendered.append(write_page(transform("register", source, {**base, **extra}), target))
        store.page_written(path, inputs)

    mentioned = {ref: (register.kind(ref, kind), name) for ref, kind, name in store.refs()}
    counts = {ref: store.count(ref) for ref in mentioned}
    nested = {"css-href": "../assets/teikit.css", "index-href": "../index.html", "register-pages": "../"}
    # a page for every entry the views link to: the names, and speakers (sp/@who)
    entries = {ref: (register.kind(ref, "person"), "") for ref in store.speakers()} | mentioned
    for ref, (kind, name) in sorted(entries.items()):
        if not _safe_id(ref):
            continue  # the views do not link such ids either
        total = counts.get(ref, 0)
        pages = max(1, -(-total // PAGE_SIZE))
        for page in range(1, pages + 1):
            xml = _mentions_xml(store, ref, name, page, pages, total)
            render(f"{_folder(kind)}/{entry_file(ref, page)}",
                   digest(salt, kind, register.sources.get(ref, ""), xml),
                   {**nested, "kind": kind, "entry": ref, "mentions": xdm_document(etree.fromstring(xml))})
    for kind, page in LIST_PAGES.items():
        rows = [(ref, counts[ref], name) for ref, (k, name) in sorted(mentioned.items()) if k == kind]
        xml = "<counts>" + "".join(f"<c ref={quoteattr(r)} n='{n}' name={quoteattr(name)}/>" for r, n, name in rows) + "</counts>"
        entries = "".join(src for ref, src in sorted(register.sources.items()) if register.kinds[ref] == kind)
        render(page, digest(salt, kind, entries, xml), {"kind": kind, "counts": xdm_document(etree.fromstring(xml))})
    for gone in store.pages_except(wanted):
        (out_dir / gone).unlink(missing_ok=True)
    return rendered


def _safe_id(ref: str) -> bool:
    return bool(ref) and all(c.isalnum() or c in "_.-" for c in ref)
