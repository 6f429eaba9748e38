"""What the edition's shared pages need from one TEI document: its catalogue record
(title, date, genre, summary, the persons and places it names, the works it cites)
and its mentions of register entries, each with its context.

Mentions are numbered in the order the reading view numbers its name anchors
(tk-m1, tk-m2, … over persName/orgName/placeName with @ref in <text>, document
order), so a register page links to the very name in the reading view.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from lxml import etree

from teikit.lxmltypes import elements, itertext, strings

__all__ = ["DocRecord", "Mention", "extract", "ref_id", "NAME_KIND"]

T = "{http://www.tei-c.org/ns/1.0}"
NS = {"t": T[1:-1]}
NAME_KIND = {"persName": "person", "orgName": "org", "placeName": "place"}
# Blocks whose text is a mention's context on the register pages.
CONTEXT_BLOCKS = {"p", "ab", "head", "item", "label", "salute", "signed", "dateline", "addrLine", "speaker",
                  "note", "l", "cell", "stage", "trailer", "byline", "docDate", "bibl"}
CONTEXT_CHARS = 90
# Blocks whose text is one search passage: the outermost of these in <text>, numbered in document
# order as the reading view numbers its passage anchors (tk-s1, tk-s2, …; xslt/common/passages.xsl).
PASSAGE_BLOCKS = ("p", "ab", "head", "list", "table", "lg", "l", "opener", "closer", "postscript", "stage", "speaker",
                  "trailer", "byline")


@dataclass(frozen=True)
class Mention:
    number: int  # n of the reading view's tk-m<n> anchor
    ref: str  # register entry id
    kind: str  # by the element: person, org or place (the register's own kind wins where it has the entry)
    name: str
    before: str
    after: str


@dataclass
class DocRecord:
    stem: str
    title: str  # main title, for the catalogue and the register pages
    date: str  # ISO date of the document, '' if none
    genre: str
    summary: str
    label_title: str  # first title and creation date as written: labels of links between documents
    label_date: str
    works: list[str] = field(default_factory=list)  # bibliography ids cited, in order of first citation
    speakers: list[str] = field(default_factory=list)  # register ids of sp/@who (the views link speakers too)
    links: list[str] = field(default_factory=list)  # other TEI files it points to (their titles label the links)
    mentions: list[Mention] = field(default_factory=list)
    passages: list[str] = field(default_factory=list)  # text of passage n+1 (the search index)


def _norm(text: str) -> str:
    return " ".join(text.split())


def _text(el: etree._Element) -> str:
    return _norm("".join(itertext(el)))


def ref_id(ref: str) -> str:
    """The entry id of a pointer such as ``register.xml#khrushchev-n``."""
    first = (ref.split() or [""])[0]
    return first.split("#", 1)[1] if "#" in first else first


def _spans(block: etree._Element, targets: set[etree._Element]) -> tuple[str, dict[etree._Element, tuple[int, int]]]:
    """The block's text (comments' and PIs' text excluded) and where each target's own text lies in it."""
    pieces: list[str] = []
    spans: dict[etree._Element, tuple[int, int]] = {}
    length = 0

    def add(text: str | None) -> None:
        nonlocal length
        if text:
            pieces.append(text)
            length += len(text)

    def walk(el: etree._Element) -> None:
        start = length
        if isinstance(el.tag, str):
            add(el.text)
            for child in el:
                walk(child)
                add(child.tail)
        if el in targets:
            spans[el] = (start, length)

    walk(block)
    return "".join(pieces), spans


def _context(text: str, start: int, end: int) -> tuple[str, str]:
    """The text before and after a name, at most CONTEXT_CHARS each, cut at a word; a space
    between them and the name only where the text has one ("Khrushchev's", "Khrushchev.")."""
    raw_pre, raw_post = text[:start], text[end:]
    pre, post = _norm(raw_pre), _norm(raw_post)
    if len(pre) > CONTEXT_CHARS:
        pre = "…" + pre[-CONTEXT_CHARS:].split(" ", 1)[-1]
    if len(post) > CONTEXT_CHARS:
        post = post[:CONTEXT_CHARS].rsplit(" ", 1)[0] + "…"
    return (pre + (" " if raw_pre[-1:].isspace() else "") if pre else "",
            (" " if raw_post[:1].isspace() else "") + post if post else "")


def mentions(root: etree._Element) -> list[Mention]:
    """Every name with a register @ref in <text>, with its context (each block's text walked once)."""
    names = elements(root, "t:text//*[self::t:persName or self::t:orgName or self::t:placeName][@ref]", NS)
    wanted = [(number, el) for number, el in enumerate(names, start=1) if not el.get("ref", "").strip().startswith("#")]
    blocks: dict[etree._Element, set[etree._Element]] = {}
    for _, el in wanted:
        block = next((a for a in el.iterancestors() if etree.QName(a).localname in CONTEXT_BLOCKS), el.getparent())
        blocks.setdefault(block if block is not None else el, set()).add(el)
    contexts: dict[etree._Element, tuple[str, str]] = {}
    for block, targets in blocks.items():
        text, spans = _spans(block, targets)
        contexts.update({el: _context(text, *spans[el]) if block is not el else ("", "") for el in targets})
    return [Mention(number, ref_id(el.get("ref", "")), NAME_KIND[etree.QName(el).localname], _text(el), *contexts[el])
            for number, el in wanted]


def passages(root: etree._Element) -> list[str]:
    """The text of every outermost passage block in <text>, in document order."""
    return [_norm(_passage_text(block)) for block in _outermost_blocks(root)]


_PASSAGE_TAGS = frozenset(T + b for b in PASSAGE_BLOCKS)


def _outermost_blocks(root: etree._Element) -> list[etree._Element]:
    """``t:text//*[block][not(ancestor::*[block])]`` (a block: a TEI element of PASSAGE_BLOCKS) in one
    walk that skips what lies inside a block; the XPath tested every element's ancestors."""
    found: list[etree._Element] = []
    if root.tag in _PASSAGE_TAGS:
        return found
    stack = [iter(root.iterchildren(T + "text"))]  # no recursion: a tree may nest deeper than Python's stack
    while stack:
        child = next(stack[-1], None)
        if child is None:
            stack.pop()
        elif child.tag in _PASSAGE_TAGS:
            found.append(child)
        elif isinstance(child.tag, str):
            stack.append(iter(child))
    return found


def _passage_text(el: etree._Element) -> str:
    """The element's text, a line or page break counting as a space (comments' and PIs' text excluded)."""
    if not isinstance(el.tag, str):
        return ""
    gap = " " if etree.QName(el).localname in ("lb", "pb", "cb") else ""
    return gap + (el.text or "") + "".join(_passage_text(child) + (child.tail or "") for child in el)


def extract(root: etree._Element, stem: str) -> DocRecord:
    """The document's record for the index, register and works pages."""
    def first(path: str) -> str:
        """The first hit's text (an element's full text, an attribute's value, a string() result)."""
        hits = root.xpath(path, namespaces=NS)
        if isinstance(hits, str):
            return _norm(hits)
        if not isinstance(hits, list) or not hits:
            return ""
        return _text(hits[0]) if isinstance(hits[0], etree._Element) else _norm(str(hits[0]))

    titles = elements(root, "t:teiHeader/t:fileDesc/t:titleStmt/t:title", NS)
    main = ([t for t in titles if t.get("type") in ("main", "complete")]
            + [t for t in titles if t.get("type") != "short"])
    title = _text((main or titles)[0]) if titles else stem
    date = (first("t:teiHeader/t:profileDesc/t:creation/t:date/@when")
            or first("t:teiHeader/t:profileDesc/t:correspDesc/t:correspAction[@type='sent']/t:date/@when")
            or first("t:teiHeader/t:fileDesc/t:publicationStmt/t:date[@type='created']/@when")
            or first("t:teiHeader/t:fileDesc/t:sourceDesc/t:bibl/t:date/@when"))
    genre = first("t:teiHeader/t:profileDesc/t:textClass//t:term[@type='genre']") or first("t:text/t:body/t:div/@type")
    summary = (first("string(t:teiHeader/t:profileDesc/t:abstract)")
               or first("string(t:teiHeader/t:profileDesc/t:correspDesc/t:note)"))
    pointers = strings(root, "t:text//t:bibl/@corresp | t:text//t:title/@ref", NS)
    works = list(dict.fromkeys(p.split("#", 1)[1] for p in pointers if p.startswith("bibliography.xml#")))
    speakers = sorted({ref_id(who) for who in strings(root, "t:text//t:sp/@who", NS)
                       if who.strip() and not who.strip().startswith("#")})
    targets = {token.split("#", 1)[0]
               for value in strings(root, "//@*[contains(., '.xml')]") for token in value.split()}
    links = sorted(t for t in targets if t.endswith(".xml") and t not in ("register.xml", "bibliography.xml"))
    return DocRecord(stem, title or stem, date, genre, summary,
                     label_title=first("string(t:teiHeader/t:fileDesc/t:titleStmt/t:title[1])"),
                     label_date=first("string(t:teiHeader/t:profileDesc/t:creation/t:date)"),
                     works=works, speakers=speakers, links=links, mentions=mentions(root),
                     passages=passages(root))
