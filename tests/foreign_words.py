"""Helpers for the foreign-TEI harness (tests/tool/test_foreign_tei.py) and bench/tokenised.py:
the words a view must show, the words a page shows, HTML nesting errors, and a tokeniser that
turns an untokenised TEI text into a word-tokenised one (w, pc in s), as ELTeC level 2 does.

Words are counted with a boundary at every element edge on both sides (a note call glued to
its word, a span inside a word), so the comparison does not depend on how a view spaces
elements; lb, pb, cb and HTML br stand for white space."""

from __future__ import annotations

import copy
import re
from collections import Counter
from collections.abc import Iterator

from lxml import etree
from lxml import html as lxml_html

from teikit.tei.fidelity import shown_alternatives

TEI = "http://www.tei-c.org/ns/1.0"
WORD = re.compile(r"\w+")
BREAKS = {"lb", "pb", "cb", "br"}
TOKENS = {"w", "pc", "c", "g", "m", "s", "phr", "cl"}

def _local(el: etree._Element) -> str:
    return etree.QName(el).localname if isinstance(el.tag, str) else ""


def _text_parts(root: etree._Element) -> list[etree._Element]:
    parts = []
    for tei in root.iter(f"{{{TEI}}}TEI"):
        text_or_doc = [c for c in tei if _local(c) in ("text", "sourceDoc")]
        parts += text_or_doc or [c for c in tei if _local(c) == "facsimile"]
    return parts


def _words(el: etree._Element, out: list[str]) -> None:
    """Words of a tree with a boundary at every element edge but a token's (the views print tokens
    as bare text, tokens.xsl); breaks as spaces."""
    edge = "" if _local(el) in TOKENS else " "
    out.append(edge)
    out.append(el.text or "")
    for child in el:
        if isinstance(child.tag, str):
            if _local(child) in BREAKS:
                out.append(" ")
            else:
                _words(child, out)  # which ends with the child's edge
        out.append(child.tail or "")
    out.append(edge)


def tei_words(root: etree._Element, view: str) -> Counter[str]:
    """The words a view must show: text, sourceDoc (or a bare facsimile), one alternative per choice,
    the lemma of an apparatus."""
    counts: Counter[str] = Counter()
    for part in _text_parts(root):
        part = copy.deepcopy(part)
        for choice in list(part.iter(f"{{{TEI}}}choice")):
            keep = shown_alternatives(choice, view)
            for child in [c for c in choice if isinstance(c.tag, str) and c not in keep]:
                _drop(child)
        if view == "reading":
            _join_broken_words(part)
        for rdg in list(part.iter(f"{{{TEI}}}rdg", f"{{{TEI}}}rdgGrp")):
            if rdg.getparent() is not None and any(_local(s) == "lem" for s in rdg.getparent()):
                _drop(rdg)
        pieces: list[str] = []
        _words(part, pieces)
        counts.update(WORD.findall("".join(pieces)))
    return counts


HYPHEN_AT_END = re.compile(r"[-‐¬⸗\u00ad]?\s*$")


def _join_broken_words(part: etree._Element) -> None:
    """The reading view's rule for lb break="no": one word, without the break's space or hyphen
    (a hyphen typed as text or as a pc before the break)."""
    for lb in list(part.iter(f"{{{TEI}}}lb")):
        if lb.get("break") != "no" or lb.getparent() is None:
            continue
        prev = lb.getprevious()
        if prev is not None and _local(prev) == "pc" and HYPHEN_AT_END.fullmatch(prev.text or ""):
            prev.text = ""
        if prev is not None:
            prev.tail = HYPHEN_AT_END.sub("", prev.tail or "") if (prev.tail or "").strip() else ""
        else:
            parent = lb.getparent()
            assert parent is not None
            parent.text = HYPHEN_AT_END.sub("", parent.text or "")
        lb.tail = (lb.tail or "").lstrip()
        _drop(lb)


def _drop(el: etree._Element) -> None:
    """Remove an element, keeping its tail (the text after it belongs to the parent)."""
    parent = el.getparent()
    if parent is None:
        return
    prev = el.getprevious()
    if el.tail:
        if prev is not None:
            prev.tail = (prev.tail or "") + el.tail
        else:
            parent.text = (parent.text or "") + el.tail
    parent.remove(el)


def page_words(page: str) -> Counter[str]:
    """The words of an HTML page's body (note calls, which the view adds, left out)."""
    body = lxml_html.document_fromstring(page.encode("utf-8")).find("body")
    assert body is not None
    for call in body.xpath('.//sup[@class="call"]'):
        call.drop_tree()
    pieces: list[str] = []
    _words(body, pieces)
    return Counter(WORD.findall("".join(pieces)))


def coverage(expected: Counter[str], shown: Counter[str]) -> float:
    """Share of the expected words (as a multiset) that the page holds."""
    total = sum(expected.values())
    return 1.0 if not total else sum(min(n, shown[w]) for w, n in expected.items()) / total


# HTML elements that take phrasing content only, and the flow (block) elements they cannot hold.
PHRASING_ONLY = {"span", "p", "h1", "h2", "h3", "h4", "h5", "h6", "i", "b", "em", "strong", "sup", "sub", "cite",
                 "time", "small", "u", "abbr", "code", "label", "q", "dfn", "mark", "s", "var", "bdi", "bdo"}
TRANSPARENT = {"a", "ins", "del"}  # take their parent's content model
BLOCKS = {"div", "p", "section", "article", "aside", "nav", "header", "footer", "ul", "ol", "li", "dl", "table",
          "blockquote", "figure", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "pre", "main", "form"}


def nesting_errors(page: str) -> Iterator[str]:
    """Block elements inside elements that hold phrasing content only (a div in a span, a p in a p)."""
    body = lxml_html.document_fromstring(page.encode("utf-8"))
    for el in body.iter(*BLOCKS):
        for up in el.iterancestors():
            if up.tag in TRANSPARENT:
                continue
            if up.tag in PHRASING_ONLY:
                yield f"<{el.tag} class={el.get('class')!r}> inside <{up.tag} class={up.get('class')!r}>"
            break


# ---- a tokeniser: untokenised TEI -> w/pc in s, one token a line (ELTeC level-2 style) ----

TOKEN = re.compile(r"\w+(?:['’-]\w+)*|[^\w\s]")
TOKENISED_PARENTS = {"p", "head", "l", "emph", "hi", "q", "quote", "foreign", "title", "item", "note"}


def tokenise(tree: etree._ElementTree) -> etree._ElementTree:
    """A copy of the tree whose running text (in TOKENISED_PARENTS inside <text>) is w/pc tokens in one
    <s> per text node, one token a line; @join="right" where the source had no space and the
    spacing rules (tokens.xsl) would otherwise put one."""
    tree = copy.deepcopy(tree)
    for text in tree.getroot().iter(f"{{{TEI}}}text"):
        for el in list(text.iter()):
            if _local(el) in TOKENISED_PARENTS:
                _tokenise_children(el)
    return tree


def _sentence(chunk: str) -> etree._Element | None:
    tokens = list(TOKEN.finditer(chunk))
    if not tokens:
        return None
    s = etree.Element(f"{{{TEI}}}s")
    s.text = "\n"
    for i, match in enumerate(tokens):
        is_word = bool(WORD.match(match.group()))
        token = etree.SubElement(s, f"{{{TEI}}}{'w' if is_word else 'pc'}")
        token.text = match.group()
        token.tail = "\n"
        following = tokens[i + 1] if i + 1 < len(tokens) else None
        if following is not None and following.start() == match.end() and WORD.match(following.group()):
            token.set("join", "right")  # "don't" split, "(word": no space before the word
    return s


def _tokenise_children(el: etree._Element) -> None:
    """Replace el's own text and its children's tails by sentences of tokens (white space kept around)."""
    slots: list[tuple[etree._Element | None, str]] = [(None, el.text or "")] + [(c, c.tail or "") for c in el]
    for anchor, chunk in slots:
        s = _sentence(chunk)
        if s is None:
            continue
        lead = " " if chunk[:1].isspace() else ""
        trail = " " if chunk[-1:].isspace() else ""
        s.tail = trail
        if anchor is None:
            el.text = lead
            el.insert(0, s)
        else:
            anchor.tail = lead
            anchor.addnext(s)
