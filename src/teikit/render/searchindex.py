"""The site's full-text search: an index written as a script (search-index.js) that the
search page (search.html, assets/search.js) loads with a plain <script> tag, so search works
from file:// as well as from a server, with nothing to install or run.

The index holds every document's catalogue data (title, display date, year, genre, the
register entries it names) and the text of its passages (one per outermost block, linked to
the reading view's tk-s<n> anchors), and every register entry the documents name, with all
its forms: a reader finds a document by any word of it and an entry by any of its names.
Written from the store in stem order with sorted keys, so the same edition gives the same bytes.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from xml.sax.saxutils import quoteattr

from teikit.render.html import page_name, write_page
from teikit.render.registerpages import LIST_PAGES, Register
from teikit.render.sitedb import SiteStore

__all__ = ["INDEX_SCRIPT", "display_date", "facets_xml", "write_search_index"]

INDEX_SCRIPT = "search-index.js"
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")


def display_date(iso: str) -> str:
    """The edition's date style, as tk:display-date in xslt/common/util.xsl: 2 July 1964, July 1964, 1964."""
    full = re.fullmatch(r"(\d{4})-(\d{2})(?:-(\d{2}))?", iso)
    if not full or not 1 <= int(full.group(2)) <= 12:
        return iso
    month = MONTHS[int(full.group(2)) - 1]
    return f"{int(full.group(3))} {month} {full.group(1)}" if full.group(3) else f"{month} {full.group(1)}"


def _entry_href(kind: str, ref: str) -> str:
    return f"{LIST_PAGES[kind].removesuffix('.html')}/{ref}.html"


def _index(store: SiteStore, register: Register) -> dict[str, object]:
    entries = sorted((ref, register.kind(ref, kind), name) for ref, kind, name in store.refs())
    position = {ref: i for i, (ref, _kind, _name) in enumerate(entries)}
    docs: list[dict[str, object]] = []
    passages: list[list[int | str]] = []
    for number, doc in enumerate(store.docs()):
        named = [position[ref] for ref, _kind, _name in store.refs(doc.stem)]
        docs.append({"href": page_name(doc.stem, "reading"), "title": doc.title, "date": display_date(doc.date),
                     "year": doc.date[:4] if re.match(r"\d{4}", doc.date) else "", "genre": doc.genre,
                     "entries": named})
        passages.extend([number, n, text] for n, text in store.passages(doc.stem))
    return {"docs": docs, "passages": passages,
            "entries": [{"id": ref, "kind": kind, "label": register.labels.get(ref, name),
                         "forms": register.forms.get(ref, [name]), "href": _entry_href(kind, ref)}
                        for ref, kind, name in entries]}


def write_search_index(store: SiteStore, register: Register, out_dir: Path) -> Path | None:
    """search-index.js, if its bytes changed: the path written, else None."""
    data = json.dumps(_index(store, register), ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    script, target = f"window.TEIKIT_SEARCH = {data};\n", out_dir / INDEX_SCRIPT
    if target.exists() and target.read_text(encoding="utf-8") == script:
        return None
    return write_page(script, target)


def facets_xml(store: SiteStore, register: Register) -> str:
    """The search page's filter options: <facets><genre/>…<year/>…<entry id kind label/>…</facets>."""
    docs = list(store.docs())
    genres = sorted({d.genre for d in docs if d.genre})
    years = sorted({d.date[:4] for d in docs if re.match(r"\d{4}", d.date)})
    entries = sorted(((register.kind(ref, kind), register.labels.get(ref, name), ref)
                      for ref, kind, name in store.refs()),
                     key=lambda e: (e[0], register.sort_key(e[2], e[1]), e[2]))
    return ("<facets>" + "".join(f"<genre value={quoteattr(g)}/>" for g in genres)
            + "".join(f"<year value={quoteattr(y)}/>" for y in years)
            + "".join(f"<entry kind={quoteattr(k)} label={quoteattr(label)} id={quoteattr(ref)}/>"
                      for k, label, ref in entries) + "</facets>")
