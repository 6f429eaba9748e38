"""Outlines and numbered points: runs of labelled blocks -> nested ``list``/``label``/``item``.

Labels: 1. 1) a. a) ii. iv) I. - – • *. Where the source kept the items' indentation and it
varies, a deeper indent is a deeper level. Otherwise nesting follows the order in which
label kinds (with their closing mark: '1.' and '1)' are two levels) first appear in a run
(1. > a) > -), which is how typed outlines are indented when indentation has been lost.
"""

from __future__ import annotations

import re

from teikit.model import Node
from teikit.structure.inline import InlineContext, lines_to_children

# A roman label followed by another initial is a name ('I. G. Maurer'), not an item.
ITEM = re.compile(r"^(?P<label>\d{1,2}[.)]|[ivx]{2,4}[.)]|[a-z][.)]|[IVX]{1,4}\.(?!\s?[A-Z][a-z]?\.)|[-–•*])"
                  r"\s+(?P<text>\S.*)$")
KINDS = (("numbered", re.compile(r"^\d")), ("roman", re.compile(r"^(?:[IVX]|[ivx]{2})")),
         ("lettered", re.compile(r"^[a-z]")), ("dash", re.compile(r"^[-–]")), ("bullet", re.compile(r"^[•*]")))


def label_kind(label: str) -> str:
    return next(kind for kind, pattern in KINDS if pattern.match(label))


def item_match(block: list[str]) -> re.Match[str] | None:
    return ITEM.match(block[0])


def depths_by_label(labels: list[str]) -> list[int]:
    levels: list[str] = []  # label kinds from the outermost level inwards
    depths = []
    for label in labels:
        kind = label_kind(label)
        level = kind + label[-1] if label[-1] in ".)" else kind
        if level not in levels:
            levels.append(level)
        depth = levels.index(level)
        del levels[depth + 1:]
        depths.append(depth)
    return depths


def depths_by_indent(indents: list[int]) -> list[int]:
    stack = [indents[0]]  # indents of the open levels, outermost first
    depths = []
    for indent in indents:
        while len(stack) > 1 and indent < stack[-1]:
            stack.pop()
        if indent > stack[-1]:
            stack.append(indent)
        depths.append(len(stack) - 1)
    return depths


def build_list(blocks: list[list[str]], ctx: InlineContext) -> Node:
    """Consecutive item blocks -> one (possibly nested) list."""
    matches = [item_match(block) for block in blocks]
    labels = [m.group("label") for m in matches if m is not None]
    indents = [ctx.indents.get(block[0], 0) for block in blocks]
    depths = depths_by_indent(indents) if len(set(indents)) > 1 else depths_by_label(labels)
    stack: list[Node] = []
    for block, match, depth in zip(blocks, matches, depths):
        assert match is not None
        kind = label_kind(match.group("label"))
        while len(stack) > depth + 1:
            stack.pop()
        if len(stack) < depth + 1:
            new = Node("list", {"rend": kind})
            if stack:
                _last_item(stack[-1]).append(new)
            stack.append(new)
        current = stack[-1]
        current.append(Node("label", {}, [match.group("label")]))
        current.append(Node("item", {}, lines_to_children([match.group("text"), *block[1:]], ctx)))
    return stack[0]


def _last_item(node: Node) -> Node:
    return next(c for c in reversed(node.children) if isinstance(c, Node) and c.tag == "item")
