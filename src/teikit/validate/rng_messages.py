"""libxml2's RELAX NG messages as complete sentences, with names as the document spells them.

libxml2 leaves out what it expected when an element ends too early ("Expecting an element ,
got nothing") and drops attribute and element prefixes ("Invalid attribute folio" for
``mith:folio``). The missing names come from the grammar: the child elements every way of
matching the element's content requires (a group needs all its parts, a choice only what all
its branches need, optional parts nothing) that the element does not have.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from lxml import etree

from teikit.lxmltypes import attrib_items
from teikit.validate.qnames import prefixed
from teikit.validate.rng_grammar import RNG_NS, after_name_class

__all__ = ["Expectations", "complete"]

R = f"{{{RNG_NS}}}"
Names = tuple[str, ...] | None  # None: the pattern cannot match (notAllowed)
_NOTHING: Names = ()
_NEEDS_NOTHING = {f"{R}{t}" for t in ("optional", "zeroOrMore", "attribute", "text", "empty", "data", "value",
                                      "list", "mixed", "anyName", "nsName", "name", "param", "except")}


def _local(name: str) -> str:
    return name.rsplit("}", 1)[-1].rsplit(":", 1)[-1]


def _all(parts: list[Names]) -> Names:
    """What a group needs: what any of its parts needs."""
    if any(p is None for p in parts):
        return None
    return tuple(dict.fromkeys(n for p in parts if p for n in p))


def _common(parts: list[Names]) -> Names:
    """What a choice needs: what every branch that can match needs."""
    branches = [p for p in parts if p is not None]
    if not branches:
        return None
    return tuple(n for n in branches[0] if all(n in b for b in branches[1:]))


class Expectations:
    """The required child elements of each element the grammar names."""

    def __init__(self, grammar: etree._ElementTree | None) -> None:
        root = grammar.getroot() if grammar is not None else None
        self._defines: dict[str, list[etree._Element]] = {}
        self._elements: dict[str, list[etree._Element]] = {}
        for define in root.iter(f"{R}define") if root is not None else ():
            self._defines.setdefault(define.get("name", ""), []).append(define)
        for element in root.iter(f"{R}element") if root is not None else ():
            if element.get("name"):
                self._elements.setdefault(_local(element.get("name", "")), []).append(element)
        self._memo: dict[str, Names] = {}

    def required_children(self, local_name: str) -> tuple[str, ...]:
        patterns = self._elements.get(local_name, [])
        needs = _common([_all([self._needs(c) for c in list(p)[after_name_class(p):]]) for p in patterns])
        return needs or ()

    def _needs(self, node: etree._Element) -> Names:
        tag = node.tag
        if not isinstance(tag, str) or not tag.startswith(R) or tag in _NEEDS_NOTHING:
            return _NOTHING
        if tag == f"{R}element":
            return (_local(node.get("name", "")),) if node.get("name") else _NOTHING
        if tag == f"{R}notAllowed":
            return None
        if tag == f"{R}ref":
            return self._ref(node.get("name", ""))
        if tag == f"{R}choice":
            return _common([self._needs(c) for c in node if isinstance(c.tag, str)])
        return _all([self._needs(c) for c in node])  # group, interleave, oneOrMore, div

    def _ref(self, name: str) -> Names:
        if name not in self._memo:
            self._memo[name] = _NOTHING  # a recursive reference needs nothing more
            defines = self._defines.get(name, [])
            interleaved = any(d.get("combine") == "interleave" for d in defines)
            parts = [_all([self._needs(c) for c in d]) for d in defines]
            self._memo[name] = _all(parts) if interleaved else _common(parts)
        return self._memo[name]


def _missing_children(node: etree._Element, expected: Expectations) -> str:
    tag = prefixed(node.tag, node.nsmap)
    present = {etree.QName(c).localname for c in node.iterchildren(etree.Element)}
    missing = [n for n in expected.required_children(etree.QName(node).localname) if n not in present]
    last = next(node.iterchildren(etree.Element, reversed=True), None)
    where = f"after its last child, {prefixed(last.tag, last.nsmap)}" if last is not None else "it has no child element"
    if not missing:
        return f"Element {tag} is incomplete: a required child element is missing ({where})"
    names = ", ".join(missing)
    return f"Element {tag} is incomplete: {names} {'is' if len(missing) == 1 else 'are'} missing ({where})"


def _attribute_names(message: str, node: etree._Element) -> str:
    def spelled(m: re.Match[str]) -> str:
        names = [a for a, _value in attrib_items(node) if etree.QName(a).localname == m.group(2)]
        named = next((a for a in names if a.startswith("{")), None)
        return f"{m.group(1)}{prefixed(named, node.nsmap)}" if named else m.group(0)

    return re.sub(r"(\battribute )([\w.\-]+)", spelled, message)


def _element_names(message: str, node: etree._Element) -> str:
    local = etree.QName(node).localname
    return re.sub(rf"(\b[Ee]lement ){re.escape(local)}\b", lambda m: m.group(1) + prefixed(node.tag, node.nsmap),
                  message)


Rule = Callable[[str, etree._Element, Expectations], str]
# (what the message looks like, how to complete it): the first that matches applies.
RULES: list[tuple[re.Pattern[str], Rule]] = [
    (re.compile(r"^Expecting an element , got nothing$"), lambda m, node, ex: _missing_children(node, ex)),
    (re.compile(r"\battribute "), lambda m, node, ex: _element_names(_attribute_names(m, node), node)),
    (re.compile(r"\b[Ee]lement "), lambda m, node, ex: _element_names(m, node)),
]


def complete(message: str, node: etree._Element | None, expected: Expectations) -> str:
    """``message`` about ``node`` (the element the error log names) as a complete sentence."""
    if node is None or not isinstance(node.tag, str):
        return message
    for pattern, rule in RULES:
        if pattern.search(message):
            return rule(message, node, expected)
    return message
