"""Line and column of elements and attributes, from the source text.

lxml only keeps a line (that of the *end* of a start tag), and Saxon-HE cannot
report positions at all, so validators name a node (element object, XPath, or
child-index path) and this module finds where its start tag begins.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from lxml import etree

from teikit.lxmltypes import sourceline
from teikit.validate.qnames import prefixed

# Markup that can contain "<" without starting an element; then a start tag.
_TOKENS = re.compile(
    r"<!--.*?-->|<!\[CDATA\[.*?\]\]>|<\?.*?\?>|<!DOCTYPE\b[^\[>]*(?:\[.*?\]\s*)?>|<(?=[^!?/])",
    re.DOTALL,
)


def decode(data: bytes, tree: etree._ElementTree) -> str:
    encoding = tree.docinfo.encoding or "utf-8"
    try:
        return data.decode(encoding)
    except (LookupError, UnicodeDecodeError):
        return data.decode("utf-8", errors="replace")


class Locator:
    """Maps the nodes of one parsed document to (line, col), both 1-based."""

    def __init__(self, text: str, tree: etree._ElementTree) -> None:
        self._text = text
        self._tree = tree
        self._index: dict[etree._Element, int] | None = None
        self._starts: list[int] = []
        self._lines: list[int] = []

    def _build(self) -> dict[etree._Element, int]:
        if self._index is None:
            self._starts = [m.start() for m in _TOKENS.finditer(self._text) if m.group() == "<"]
            self._lines = [0] + [m.end() for m in re.finditer("\n", self._text)]
            elements = self._tree.getroot().iter(etree.Element)
            self._index = {el: i for i, el in enumerate(elements)}
            if len(self._index) != len(self._starts):  # unexpected markup: trust lxml only
                self._starts = []
        return self._index

    def _pos(self, offset: int) -> tuple[int, int]:
        line = bisect.bisect_right(self._lines, offset)
        return line, offset - self._lines[line - 1] + 1

    def element(self, el: etree._Element | None, attribute: str | None = None) -> tuple[int, int]:
        """Where ``el``'s start tag (or its ``attribute``, a Clark name) begins."""
        if el is None:
            return 0, 0
        if not isinstance(el.tag, str):  # comment, PI: lxml's line is all we have
            return sourceline(el) or 0, 0
        i = self._build().get(el)
        if i is None or not self._starts:
            return sourceline(el) or 0, 0
        start = self._starts[i]
        if attribute:
            local = attribute.rsplit("}", 1)[-1]
            end = self._text.find(">", start)
            m = re.compile(rf"\s((?:[\w.-]+:)?{re.escape(local)})\s*=").search(self._text, start, end)
            if m:
                return self._pos(m.start(1))
        return self._pos(start)

    def node(self, path: str | None) -> tuple[etree._Element | None, str | None]:
        """The element an lxml error-log path names (e.g. ``/*/*[1]/*[2]/@n``), and the attribute."""
        if not path:
            return None, None
        attribute = None
        if "/@" in path:
            path, attribute = path.rsplit("/@", 1)
        try:
            found = self._tree.xpath(path)
        except etree.XPathError:
            return None, attribute
        node = found[0] if isinstance(found, list) and found else None
        return (node if isinstance(node, etree._Element) else None), attribute

    def xpath(self, path: str | None) -> tuple[int, int]:
        """Position of the node an lxml error-log path names."""
        return self.element(*self.node(path))

    def child_path(self, steps: Sequence[int], attribute: str | None = None) -> tuple[int, int]:
        """Position from 1-based element-child indexes starting at the root element."""
        el = self._tree.getroot()
        for step in steps[1:]:
            children = el.iterchildren(etree.Element)
            for _ in range(step - 1):
                next(children, None)
            child = next(children, None)
            if child is None:
                break
            el = child
        return self.element(el, attribute)


def element_path(el: etree._Element) -> str:
    """``/TEI/text/body/div[2]/p``: names as the document spells them, a position where siblings
    share the name. Walks up from the element, so it costs its depth and its siblings, not the tree."""
    steps = []
    node: etree._Element | None = el
    while node is not None:
        parent = node.getparent()
        step = prefixed(node.tag, node.nsmap) if isinstance(node.tag, str) else "node()"
        if parent is not None and isinstance(node.tag, str):
            same = list(parent.iterchildren(node.tag))
            if len(same) > 1:
                step += f"[{same.index(node) + 1}]"
        steps.append(step)
        node = parent
    return "/" + "/".join(reversed(steps))
