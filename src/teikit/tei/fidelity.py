"""The no-word-lost check: the TEI text read back in diplomatic order must give the
source's word sequence. Diplomatic order is defined in docs/encoding.md."""

from __future__ import annotations

from lxml import etree

from teikit.errors import FidelityError
from teikit.tei.xmltree import TEI_NS

# Elements inside running text: no word boundary at their edges.
INLINE = set("""persName orgName placeName date roleName name rs supplied sic corr choice abbr expan metamark gap
foreign anchor hi title bibl term q quote emph unclear del add seg num measure time ref ptr
w pc c g m s phr cl orig reg am ex""".split())
# Parents in which a note or a stage direction is part of the running text.
MIXED = set("""p ab head item label speaker stage salute signed dateline addrLine note supplied hi foreign
l quote q expan title bibl""".split())


# What a view shows of a choice (as xslt/common/transcription.xsl): the reading text's alternative
# paired with its source form; the source's form, or everything when the expansion was typed.
READING_PAIRS = (("expan", "abbr"), ("corr", "sic"), ("reg", "orig"))
SOURCE_FORMS = ("abbr", "sic", "orig")


def _children(el: etree._Element, name: str) -> list[etree._Element]:
    return [c for c in el if isinstance(c.tag, str) and etree.QName(c).localname == name]


def shown_alternatives(choice: etree._Element, view: str) -> list[etree._Element]:
    """The children of a choice that ``view`` ("reading" or "diplomatic") shows."""
    kids = [c for c in choice if isinstance(c.tag, str)]
    if view == "reading":
        paired = [_children(choice, shown)[0] for shown, source in READING_PAIRS
                  if _children(choice, shown) and _children(choice, source)]
        return (paired or kids)[:1]
    forms = [c for name in SOURCE_FORMS for c in _children(choice, name)]
    typed = any(c.get("rend") == "brackets" for c in _children(choice, "expan"))
    return kids if typed or not forms else forms[:1]


class DiplomaticWalker:
    """Walks ``<text>`` in diplomatic order, handing each piece of text to ``put``.

    Subclasses change what a block edge and a line break look like, and may watch
    elements go by (``enter``/``leave``); the export's plain text uses it for offsets.
    A choice gives the alternative of ``view`` only (teikit's own encoding types both
    alternatives, so for it the diplomatic walk is every word)."""

    block_mark = " "
    line_mark = " "
    view = "diplomatic"
    restore_brackets = True  # the diplomatic text prints the brackets the source typed

    def __init__(self) -> None:
        self.parts: list[str] = []

    def put(self, text: str) -> None:
        self.parts.append(text)

    def enter(self, el: etree._Element) -> None:
        """Called before an element's content."""

    def leave(self, el: etree._Element) -> None:
        """Called after an element's content."""

    def walk(self, el: etree._Element) -> None:
        local = etree.QName(el).localname
        parent = el.getparent()
        inline = local in INLINE or (local in ("note", "stage") and parent is not None
                                     and etree.QName(parent).localname in MIXED)
        brackets = self.restore_brackets and el.get("rend") in ("brackets", "brackets-ellipsis")
        self.enter(el)
        if not inline:
            self.put(self.block_mark)
        if local == "lb":
            self.put(self.line_mark)
        elif local == "gap":
            self.put("[…]" if el.get("rend") == "brackets-ellipsis" or not self.restore_brackets
                     else "[...]" if brackets else "")
        elif local == "anchor":
            self.put(el.get("n", ""))
        else:
            if brackets:
                self.put("[")
            if local == "note" and el.get("type") == "footnote":
                self.put(el.get("n", ""))
            self.put(el.text or "")
            shown = shown_alternatives(el, self.view) if local == "choice" else None
            for child in el:
                if isinstance(child.tag, str) and (shown is None or child in shown):
                    self.walk(child)
                self.put(child.tail or "")  # comments and PIs: their tail is still text
            if brackets:
                self.put("]")
        if not inline:
            self.put(self.block_mark)
        self.leave(el)


def diplomatic_text(root: etree._Element) -> str:
    """The text of ``<text>`` as the source typed it, brackets and asterisks restored."""
    text_el = root.find(f"{{{TEI_NS}}}text")
    walker = DiplomaticWalker()
    walker.walk(text_el if text_el is not None else root)
    return "".join(walker.parts)


def check(source_lines: list[str], root: etree._Element, name: str = "") -> None:
    """Raise FidelityError at the first word where the TEI differs from the source."""
    expected = " ".join(source_lines).split()
    actual = diplomatic_text(root).split()
    if expected == actual:
        return
    index = next((i for i, (a, b) in enumerate(zip(expected, actual)) if a != b), min(len(expected), len(actual)))
    context = " ".join(expected[max(0, index - 5):index + 5])
    got = " ".join(actual[max(0, index - 5):index + 5])
    raise FidelityError(f"{name}: TEI text differs from the source at word {index + 1}: "
                        f"source has '{' '.join(expected[index:index + 1])}' in «{context}», TEI has «{got}»")
