"""The static HTML edition: index, three views per document, register pages, assets.

Every link is relative, so the site works from file:// as well as from a server.
Mentions for the register pages are collected here with lxml, numbered in the
same order as the reading view numbers its name ids (tk-m1, tk-m2, … over
persName/orgName/placeName with @ref in <text>, document order).
"""

from __future__ import annotations

import re
import shutil
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import quoteattr

from lxml import etree

from teikit.errors import TeikitError
from teikit.render.html import VIEWS, page_name, write_page
from teikit.render.stylesheets import XSLT_DIR, transform, xdm_document
from teikit.xmlsafe import parse_xml

__all__ = ["SiteReport", "build_site", "copy_assets", "collect_mentions"]

T = "{http://www.tei-c.org/ns/1.0}"
NS = {"t": T[1:-1]}
NAME_KIND = {"persName": "person", "orgName": "org", "placeName": "place"}
ENTRY_KIND = {"person": "person", "personGrp": "person", "org": "org", "place": "place"}
REGISTER_PAGES = {"person": "persons.html", "org": "organisations.html", "place": "places.html"}
# Blocks whose text is a mention's context on the register pages.
CONTEXT_BLOCKS = {"p", "ab", "head", "item", "label", "salute", "signed", "dateline", "addrLine", "speaker",
                  "note", "l", "cell", "stage", "trailer", "byline", "docDate", "bibl"}
CONTEXT_CHARS = 90


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


@dataclass
class DocInfo:
    stem: str
    title: str
    date: str
    genre: str
    summary: str
    mentions: list[dict[str, str]]


def copy_assets(out_dir: Path) -> None:
    """Copy the CSS and the index script into ``out_dir/assets``."""
    target = out_dir / "assets"
    target.mkdir(parents=True, exist_ok=True)
    for path in (XSLT_DIR / "assets").iterdir():
        if path.is_file():
            shutil.copyfile(path, target / path.name)


def _norm(text: str) -> str:
    return " ".join(text.split())


def _text(el: etree._Element) -> str:
    return _norm("".join(el.itertext()))


def _split_around(block: etree._Element, target: etree._Element) -> tuple[str, str]:
    """The block's text before and after ``target`` (comments' and PIs' text excluded)."""
    before: list[str] = []
    after: list[str] = []
    seen = False

    def walk(el: etree._Element) -> None:
        nonlocal seen
        if el is target:
            seen = True
            return
        if isinstance(el.tag, str):
            (after if seen else before).append(el.text or "")
            for child in el:
                walk(child)
                (after if seen else before).append(child.tail or "")

    walk(block)
    pre, post = _norm("".join(before)), _norm("".join(after))
    if len(pre) > CONTEXT_CHARS:
        pre = "…" + pre[-CONTEXT_CHARS:].split(" ", 1)[-1]
    if len(post) > CONTEXT_CHARS:
        post = post[:CONTEXT_CHARS].rsplit(" ", 1)[0] + "…"
    return (pre + " " if pre else ""), (" " + post if post else "")


def _ref_id(ref: str) -> str:
    first = (ref.split() or [""])[0]
    return first.split("#", 1)[1] if "#" in first else first


def collect_mentions(root: etree._Element, stem: str, title: str, date: str,
                     register_kinds: dict[str, str]) -> list[dict[str, str]]:
    """Every name with a register @ref in <text>, with its link target and context."""
    names = root.xpath("t:text//*[self::t:persName or self::t:orgName or self::t:placeName][@ref]", namespaces=NS)
    found = []
    for number, el in enumerate(names, start=1):
        ref = el.get("ref", "")
        if ref.strip().startswith("#"):
            continue  # a pointer inside the document, not a register entry
        ref_id = _ref_id(ref)
        local = etree.QName(el).localname
        block = next((a for a in el.iterancestors() if etree.QName(a).localname in CONTEXT_BLOCKS), el.getparent())
        before, after = _split_around(block, el) if block is not None else ("", "")
        found.append({"ref": ref_id, "kind": register_kinds.get(ref_id, NAME_KIND[local]), "doc": stem,
                      "title": title, "date": date, "href": f"{page_name(stem, 'reading')}#tk-m{number}",
                      "name": _text(el), "before": before, "after": after})
    return found


def _doc_info(root: etree._Element, stem: str, register_kinds: dict[str, str]) -> DocInfo:
    def first(path: str) -> str:
        hits = root.xpath(path, namespaces=NS)
        return _norm(str(hits[0])) if hits else ""

    titles = root.xpath("t:teiHeader/t:fileDesc/t:titleStmt/t:title", namespaces=NS)
    main = [t for t in titles if t.get("type") in ("main", "complete")] + [t for t in titles if t.get("type") != "short"]
    title = _text((main or titles)[0]) if titles else stem
    date = (first("t:teiHeader/t:profileDesc/t:creation/t:date/@when")
            or first("t:teiHeader/t:profileDesc/t:correspDesc/t:correspAction[@type='sent']/t:date/@when")
            or first("t:teiHeader/t:fileDesc/t:publicationStmt/t:date[@type='created']/@when")
            or first("t:teiHeader/t:fileDesc/t:sourceDesc/t:bibl/t:date/@when"))
    genre = first("t:teiHeader/t:profileDesc/t:textClass//t:term[@type='genre']") or first("t:text/t:body/t:div/@type")
    summary = first("string(t:teiHeader/t:profileDesc/t:abstract)") or first("string(t:teiHeader/t:profileDesc/t:correspDesc/t:note)")
    return DocInfo(stem, title or stem, date, genre, summary, collect_mentions(root, stem, title, date, register_kinds))


def _documents_xml(tei_files: list[Path]) -> str:
    """Title and date of every document, for the labels of links between documents."""
    entries = []
    for tei in sorted(tei_files):
        try:
            root = parse_xml(tei).getroot()
        except TeikitError:
            continue  # reported when the document itself is rendered
        title = _norm(" ".join(root.xpath("string(t:teiHeader/t:fileDesc/t:titleStmt/t:title[1])", namespaces=NS).split()))
        date = _norm(str(root.xpath("string(t:teiHeader/t:profileDesc/t:creation/t:date)", namespaces=NS)))
        entries.append(f"<doc file={quoteattr(tei.name)} title={quoteattr(title)} date={quoteattr(date)}/>")
    return "<documents>" + "".join(entries) + "</documents>"


def _citations(root: etree._Element, doc: DocInfo) -> list[str]:
    """<c> entries for the works page: one per work a document cites (in order of first citation)."""
    pointers = root.xpath("t:text//t:bibl/@corresp | t:text//t:title/@ref", namespaces=NS)
    works = dict.fromkeys(p.split("#", 1)[1] for p in pointers if p.startswith("bibliography.xml#"))
    return [f"<c ref={quoteattr(w)} doc={quoteattr(doc.stem)} title={quoteattr(doc.title)} date={quoteattr(doc.date)} "
            f"href={quoteattr(page_name(doc.stem, 'reading'))}/>" for w in works]


def _register_kinds(register: Path | None) -> tuple[etree._ElementTree | None, dict[str, str]]:
    if register is None or not register.exists():
        return None, {}
    tree = parse_xml(register)
    kinds = {}
    for el in tree.iter():
        if isinstance(el.tag, str) and etree.QName(el).localname in ENTRY_KIND:
            ident = el.get("{http://www.w3.org/XML/1998/namespace}id")
            if ident:
                kinds[ident] = ENTRY_KIND[etree.QName(el).localname]
    return tree, kinds


def _mentions_xml(docs: list[DocInfo]) -> str:
    parts = ["<mentions>"]
    for doc in docs:
        for m in doc.mentions:
            attrs = " ".join(f"{k}={quoteattr(m[k])}" for k in ("ref", "kind", "doc", "title", "date", "href"))
            parts.append(f"<m {attrs}><before>{_esc(m['before'])}</before><name>{_esc(m['name'])}</name>"
                         f"<after>{_esc(m['after'])}</after></m>")
    parts.append("</mentions>")
    return "".join(parts)


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _catalogue_xml(docs: list[DocInfo]) -> str:
    labels: dict[tuple[str, str], str] = {}
    parts = ["<catalogue>"]
    for doc in docs:
        ids = {kind: sorted({m["ref"] for m in doc.mentions if m["kind"] == kind}) for kind in ("person", "place")}
        for m in doc.mentions:
            labels.setdefault((m["kind"], m["ref"]), m.get("label", m["name"]))
        year = doc.date[:4] if re.match(r"\d{4}", doc.date) else ""
        attrs = {"stem": doc.stem, "href": page_name(doc.stem, "reading"), "date": doc.date, "year": year,
                 "title": doc.title, "genre": doc.genre, "persons": " ".join(ids["person"]),
                 "places": " ".join(ids["place"])}
        parts.append("<doc " + " ".join(f"{k}={quoteattr(v)}" for k, v in attrs.items()) + ">"
                     f"<summary>{_esc(doc.summary)}</summary></doc>")
    for kind in ("person", "place"):
        parts.append(f'<facet kind="{kind}">')
        parts.extend(f"<option id={quoteattr(ref)} label={quoteattr(label)}/>"
                     for (k, ref), label in sorted(labels.items()) if k == kind)
        parts.append("</facet>")
    parts.append("</catalogue>")
    return "".join(parts)


def _register_labels(reg_tree: etree._ElementTree | None, docs: list[DocInfo]) -> None:
    """Use the register's canonical names as filter labels (the first mention's text otherwise)."""
    if reg_tree is None:
        return
    names: dict[str, str] = {}
    for el in reg_tree.iter():
        if isinstance(el.tag, str) and etree.QName(el).localname in ENTRY_KIND:
            ident = el.get("{http://www.w3.org/XML/1998/namespace}id")
            label = el.find(f"{T}persName") if el.find(f"{T}persName") is not None else el.find(f"{T}orgName")
            label = label if label is not None else el.find(f"{T}placeName")
            if ident and label is not None:
                names[ident] = _text(label)
    for doc in docs:
        for m in doc.mentions:
            m["label"] = names.get(m["ref"], m["name"])


def build_site(tei_files: list[Path], register: Path | None, out_dir: Path,
               changed: set[str] | None = None) -> SiteReport:
    """Write the whole static site into ``out_dir``; a failing document is reported, the rest built.

    With ``changed`` (stems), only those documents' pages are rendered again (the others'
    pages must exist); index and register pages are rendered and rewritten only if they differ."""
    report = SiteReport(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    copy_assets(out_dir)
    reg_tree, kinds = _register_kinds(register)
    reg_node = xdm_document(reg_tree, register.resolve().as_uri()) if reg_tree is not None and register else None
    params = {"register-uri": register.resolve().as_uri() if register is not None else "",
              "css-href": "assets/teikit.css", "index-href": "index.html", "register-pages": "",
              **({"register": reg_node} if reg_node is not None else {})}
    bibliography = (register.parent if register is not None else
                    (sorted(tei_files)[0].parent if tei_files else out_dir)) / "bibliography.xml"
    bib_tree = parse_xml(bibliography) if bibliography.exists() else None
    if bib_tree is not None:
        params["bibliography"] = xdm_document(bib_tree, bibliography.resolve().as_uri())
        params["works-page"] = True
    params["documents"] = xdm_document(etree.fromstring(_documents_xml(tei_files)))
    citations: list[str] = []
    docs: list[DocInfo] = []
    for tei in sorted(tei_files):
        started = time.perf_counter()
        try:
            tree = parse_xml(tei)
            pages = [out_dir / page_name(tei.stem, view) for view in VIEWS]
            if changed is None or tei.stem in changed or not all(page.exists() for page in pages):
                node = xdm_document(tree, tei.resolve().as_uri())  # parsed once, rendered three times
                for view, page in zip(VIEWS, pages):
                    report.pages.append(write_page(transform(view, node, {**params, "doc-base": tei.stem}), page))
            docs.append(_doc_info(tree.getroot(), tei.stem, kinds))
            citations.extend(_citations(tree.getroot(), docs[-1]))
        except (TeikitError, OSError, RuntimeError, Exception) as exc:  # noqa: BLE001 - saxonche raises its own types
            report.failures.append(f"{tei}: error: {exc}")
            continue
        report.documents.append(tei.stem)
        report.seconds[tei.stem] = time.perf_counter() - started
    _register_labels(reg_tree, docs)
    mentions = xdm_document(etree.fromstring(_mentions_xml(docs)))
    reg_node = reg_node if reg_node is not None else xdm_document(etree.fromstring("<empty/>"))
    for kind, page in REGISTER_PAGES.items():
        html = transform("register", reg_node, {**{k: v for k, v in params.items() if k != "register"},
                                                "register-uri": "", "kind": kind, "mentions": mentions})
        report.pages.append(write_page(html, out_dir / page))
    if bib_tree is not None:
        cited = xdm_document(etree.fromstring("<citations>" + "".join(citations) + "</citations>"))
        html = transform("bibliography", params["bibliography"],
                         {**{k: v for k, v in params.items() if k not in ("register", "bibliography", "documents")},
                          "citations": cited})
        report.pages.append(write_page(html, out_dir / "bibliography.html"))
    catalogue = xdm_document(etree.fromstring(_catalogue_xml(docs)))
    report.pages.append(write_page(transform("index", catalogue, params), out_dir / "index.html"))
    for failure in report.failures:
        print(failure, file=sys.stderr)
    return report
