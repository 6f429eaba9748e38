"""A document's plain text, and where each name and date lies in it (character offsets).

The plain text is the diplomatic text of docs/encoding.md (the text as the source
typed it: brackets restored from ``@rend="brackets"``, asterisk calls and notes
where they stood), with white space folded: one block (paragraph, head, list item,
speaker turn …) per line, ``lb`` as a line break, runs of spaces as one space.
Its word sequence is exactly :func:`teikit.tei.fidelity.diplomatic_text`'s.

Offsets count Unicode code points (Python ``str`` indices, JavaScript needs
``Array.from``): ``text[start:end]`` is the mention.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from lxml import etree

from teikit.lxmltypes import attrib
from teikit.tei.fidelity import DiplomaticWalker
from teikit.tei.xmltree import TEI_NS

MENTION_TAGS = {"persName", "orgName", "placeName", "date"}
BLOCK = "\x00"  # block edge; XML 1.0 forbids U+0000 and U+0001, so markers cannot clash with text
LB = "\x01"  # an lb
LINE = "\n"


@dataclass
class Mention:
    element: etree._Element
    start: int  # offsets into the raw text while walking, into the plain text after folding
    end: int
    text: str = ""
    attrs: dict[str, str] = field(default_factory=dict)

    @property
    def tag(self) -> str:
        return etree.QName(self.element).localname


class _Walker(DiplomaticWalker):
    """The diplomatic walk, with block and line marks kept apart from spaces, and
    the raw offsets of every name and date."""

    block_mark = BLOCK
    line_mark = LB

    def __init__(self) -> None:
        super().__init__()
        self.length = 0
        self.mentions: list[Mention] = []
        self.open: list[Mention | None] = []

    def put(self, text: str) -> None:
        if text:
            self.parts.append(text)
            self.length += len(text)

    def enter(self, el: etree._Element) -> None:
        self.open.append(Mention(el, self.length, 0) if etree.QName(el).localname in MENTION_TAGS else None)

    def leave(self, el: etree._Element) -> None:
        mention = self.open.pop()
        if mention is not None:
            mention.end = self.length
            self.mentions.append(mention)


def _fold(raw: str) -> tuple[str, list[int]]:
    """Fold white space; return the text and, for each raw index, its index in the text (-1 for space)."""
    out: list[str] = []
    where = [-1] * len(raw)
    pending = ""
    for i, ch in enumerate(raw):
        if ch.isspace() or ch in (BLOCK, LB):
            if ch in (BLOCK, LB) or pending == LINE:
                pending = LINE
            elif not pending:
                pending = " "
            continue
        if pending and out:
            out.append(pending)
        pending = ""
        where[i] = len(out)
        out.append(ch)
    return "".join(out), where


class _ReadingWalker(_Walker):
    """The reading text's walk: a choice's reading alternative (the expansion, not "Nov.November"),
    no brackets restored."""

    view = "reading"
    restore_brackets = False


def _text_part(root: etree._Element) -> etree._Element:
    """``<text>``, else the documentary transcription (``<sourceDoc>``), else the whole document."""
    found = (root.find(f"{{{TEI_NS}}}{name}") for name in ("text", "sourceDoc", "facsimile"))
    return next((el for el in found if el is not None), root)


def reading_text(root: etree._Element) -> str:
    """The reading text of a document, folded as :func:`plain_text`."""
    walker = _ReadingWalker()
    walker.walk(_text_part(root))
    return _fold("".join(walker.parts))[0]


def plain_text(root: etree._Element) -> tuple[str, list[Mention]]:
    """The plain text of ``<text>`` and every persName, orgName, placeName, date in it, in document order."""
    walker = _Walker()
    walker.walk(_text_part(root))
    raw = "".join(walker.parts)
    text, where = _fold(raw)
    mentions = []
    for m in sorted(walker.mentions, key=lambda m: (m.start, -m.end)):
        inside = [where[i] for i in range(m.start, m.end) if where[i] >= 0]
        if not inside:  # an empty element: a point, at the next character
            after = next((where[i] for i in range(m.end, len(raw)) if where[i] >= 0), len(text))
            m.start = m.end = after
        else:
            m.start, m.end = inside[0], inside[-1] + 1
        m.text = text[m.start:m.end]
        m.attrs = attrib(m.element)
        mentions.append(m)
    return text, mentions
