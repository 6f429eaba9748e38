"""Shared helpers of the render tests: words of TEI and HTML, link checks."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import lxml.html

from teikit.xmlsafe import parse_xml

ROOT = Path(__file__).resolve().parents[1]
DATA = Path(__file__).parent / "data" / "render"
EXTERNAL = ROOT.parent / "shared" / "external-tei"
TEI = "{http://www.tei-c.org/ns/1.0}"
# HTML elements that separate words (the CSS shows them as blocks or breaks).
BLOCKS = {"p", "div", "section", "article", "li", "ul", "ol", "br", "h1", "h2", "h3", "h4", "h5", "h6", "table",
          "tr", "td", "th", "blockquote", "figure", "dl", "dt", "dd", "header", "footer", "main", "nav", "caption"}


def html_words(el: lxml.html.HtmlElement) -> list[str]:
    """Words of an HTML element in reading order, block edges and <br> as spaces."""
    parts: list[str] = []

    def walk(node: lxml.html.HtmlElement) -> None:
        block = isinstance(node.tag, str) and node.tag in BLOCKS
        if block:
            parts.append(" ")
        parts.append(node.text or "")
        for child in node:
            if isinstance(child.tag, str):
                walk(child)
            parts.append(child.tail or "")
        if block:
            parts.append(" ")

    walk(el)
    return "".join(parts).split()


def text_area(html: str) -> lxml.html.HtmlElement:
    doc = lxml.html.document_fromstring(html)
    found = doc.xpath("//article[@id='text']")
    assert len(found) == 1, "one <article id='text'> per page"
    return found[0]


def tei_node_words(path: Path) -> Counter[str]:
    """Words of every text node of <text>, each node tokenised on its own."""
    root = parse_xml(path).getroot()
    text = root.find(f"{TEI}text")
    words: Counter[str] = Counter()
    for node in text.xpath(".//text()"):  # comment content is not a text node; a comment's tail is
        words.update(str(node).split())
    return words


def html_node_words(html: str) -> Counter[str]:
    """Words of every text node and title attribute of the page's <main>."""
    doc = lxml.html.document_fromstring(html)
    main = doc.xpath("//main")[0]
    words: Counter[str] = Counter()
    for node in main.xpath(".//text()"):
        words.update(str(node).split())
    for title in main.xpath(".//@title"):
        words.update(str(title).split())
    return words


def missing_words(tei: Counter[str], html: Counter[str]) -> Counter[str]:
    return tei - html


def broken_fragment_links(html: str) -> list[str]:
    doc = lxml.html.document_fromstring(html)
    ids = set(doc.xpath("//@id"))
    return [h for h in doc.xpath("//a/@href") if h.startswith("#") and h[1:] not in ids]


def duplicate_ids(html: str) -> list[str]:
    ids = lxml.html.document_fromstring(html).xpath("//@id")
    return [i for i, n in Counter(ids).items() if n > 1]
