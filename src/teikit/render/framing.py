"""The pages that frame the edition: the search page with its index, and the about page
(editorial principles from a document's encodingDesc and the ODD, imprint, licence)."""

from __future__ import annotations

from pathlib import Path
from xml.sax.saxutils import quoteattr

from lxml import etree

from teikit.buildstate import sha256
from teikit.render.html import page_name
from teikit.render.registerpages import PageContext, Register, render_page
from teikit.render.searchindex import facets_xml, write_search_index
from teikit.render.sitedb import SiteStore, digest
from teikit.render.stylesheets import ParamValue, file_node, transform, xdm_document
from teikit.validate.api import schema_dir

__all__ = ["FRAMING_PAGES", "framing_pages"]

FRAMING_PAGES = ("search.html", "about.html", "chronology.html")


def framing_pages(store: SiteStore, register: Register, context: PageContext, params: dict[str, ParamValue],
                  document: Path | None) -> list[Path]:
    """search-index.js, search.html and about.html, each only if it changed. ``document``: one
    of the edition's TEI files, whose encodingDesc the about page quotes."""
    facets = facets_xml(store, register)
    base = {k: v for k, v in params.items() if k not in ("register", "bibliography", "documents")}
    made = [write_search_index(store, register, context.out_dir), render_page(
        store, context, "search.html", digest(facets),
        lambda: transform("search", xdm_document(etree.fromstring(facets)), base))]
    odd = schema_dir() / "teikit.odd"
    source = file_node(odd) if odd.is_file() else xdm_document(etree.fromstring("<empty/>"))
    about = {**base, **({"encoding": file_node(document)} if document is not None else {})}
    inputs = digest(*(sha256(p.read_bytes()) for p in (odd, document) if p is not None and p.is_file()))
    made.append(render_page(store, context, "about.html", inputs, lambda: transform("about", source, about)))
    made.append(_chronology(store, context, base))
    return [page for page in made if page is not None]


def _chronology(store: SiteStore, context: PageContext, params: dict[str, ParamValue]) -> Path | None:
    """chronology.html: the documents by date with the register's dated events."""
    docs = ("<docs>" + "".join(f"<doc href={quoteattr(page_name(d.stem, 'reading'))} title={quoteattr(d.title)} "
                               f"date={quoteattr(d.date)} genre={quoteattr(d.genre)}/>" for d in store.docs_by_date())
            + "".join(f"<entry id={quoteattr(ref)}/>" for ref, _kind, _name in store.refs()) + "</docs>")
    register = context.register
    source = file_node(register) if register is not None else xdm_document(etree.fromstring("<empty/>"))
    inputs = digest(docs, sha256(register.read_bytes()) if register is not None else "")
    return render_page(store, context, "chronology.html", inputs, lambda: transform(
        "chronology", source, {**params, "docs": xdm_document(etree.fromstring(docs))}))
