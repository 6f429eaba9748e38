"""The editor's introduction for the front page: ``introduction.xml`` (TEI: a ``div``, or a TEI
document whose ``text/body`` holds it) or ``introduction.md`` (a deliberately small Markdown:
paragraphs separated by blank lines, ``#`` headings, ``*emphasis*`` and ``[links](URL)``).
Either becomes a TEI ``div`` the front page renders with the views' own templates."""

from __future__ import annotations

import re
from pathlib import Path

from lxml import etree

from teikit.errors import TeikitError
from teikit.xmlsafe import parse_xml

__all__ = ["INTRODUCTION_FILES", "read_introduction"]

TEI = "http://www.tei-c.org/ns/1.0"
INTRODUCTION_FILES = ("introduction.xml", "introduction.md")
INLINE = re.compile(r"\[([^\]]+)\]\(([^)\s]+)\)|\*([^*]+)\*")


def read_introduction(folder: Path) -> etree._Element | None:
    """The introduction in ``folder`` as a TEI div, or None when the editor wrote none."""
    for name in INTRODUCTION_FILES:
        path = folder / name
        if path.is_file():
            return _from_xml(path) if name.endswith(".xml") else _from_markdown(path.read_text(encoding="utf-8"))
    return None


def _from_xml(path: Path) -> etree._Element:
    root = parse_xml(path).getroot()
    found = root if etree.QName(root).localname == "div" else root.find(f".//{{{TEI}}}body")
    if found is None or etree.QName(found).namespace != TEI:
        raise TeikitError(f"{path}: expected a TEI <div> or a TEI document with a <body>")
    div = etree.Element(f"{{{TEI}}}div", type="introduction")
    div.extend(found if found.tag == f"{{{TEI}}}body" else [found])
    return div


def _from_markdown(text: str) -> etree._Element:
    div = etree.Element(f"{{{TEI}}}div", type="introduction")
    for block in re.split(r"\n\s*\n", text.strip()):
        lines = " ".join(block.split())
        heading = re.match(r"#+\s*(.*)", lines)
        el = etree.SubElement(div, f"{{{TEI}}}{'head' if heading else 'p'}")
        _inline(el, heading.group(1) if heading else lines)
    return div


def _inline(el: etree._Element, text: str) -> None:
    """Text with links and emphasis as TEI ref and hi; everything else stays text."""
    last: etree._Element | None = None
    position = 0
    for match in INLINE.finditer(text):
        before = text[position:match.start()]
        if last is None:
            el.text = (el.text or "") + before
        else:
            last.tail = (last.tail or "") + before
        if match.group(1) is not None:
            last = etree.SubElement(el, f"{{{TEI}}}ref", target=match.group(2))
            last.text = match.group(1)
        else:
            last = etree.SubElement(el, f"{{{TEI}}}hi", rend="italic")
            last.text = match.group(3)
        position = match.end()
    if last is None:
        el.text = (el.text or "") + text[position:]
    else:
        last.tail = (last.tail or "") + text[position:]
