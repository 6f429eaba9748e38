"""Typed views of lxml results that lxml-stubs can only type as unions.

lxml-stubs types every ``xpath()`` result as any XPath object (bool, float, str, list of nodes or
strings), ``itertext()`` and attribute items as ``str | bytes``. teikit's trees are parsed from text, so
text is always ``str``; an expression's result type is known from the expression. These helpers say which
one a caller expects, so the checker can follow it, and change nothing at run time.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, cast

from lxml import etree

_Node = etree._Element | etree._ElementTree


def _nodeset(node: _Node, path: str, namespaces: Mapping[str, str] | None, variables: dict[str, Any]) -> list[Any]:
    result = node.xpath(path, namespaces=namespaces, **variables)
    if not isinstance(result, list):
        raise TypeError(f"XPath {path!r} is not a node-set expression")
    return result


def elements(node: _Node, path: str, namespaces: Mapping[str, str] | None = None,
             **variables: Any) -> list[etree._Element]:
    """The elements an XPath node-set expression selects."""
    return cast("list[etree._Element]", _nodeset(node, path, namespaces, variables))


def strings(node: _Node, path: str, namespaces: Mapping[str, str] | None = None, **variables: Any) -> list[str]:
    """The values of an XPath expression that selects attributes or text nodes (smart strings: ``str``)."""
    return cast("list[str]", _nodeset(node, path, namespaces, variables))


def string(node: _Node, path: str, namespaces: Mapping[str, str] | None = None, **variables: Any) -> str:
    """The value of an XPath ``string(...)`` expression."""
    result = node.xpath(path, namespaces=namespaces, **variables)
    if not isinstance(result, str):
        raise TypeError(f"XPath {path!r} is not a string expression")
    return result


def itertext(el: etree._Element, *tags: Any, with_tail: bool = True) -> Iterator[str]:
    """``el.itertext()``: text of a parsed tree is ``str``, never ``bytes``."""
    return cast("Iterator[str]", el.itertext(*tags, with_tail=with_tail))


def attrib(el: etree._Element) -> dict[str, str]:
    """A copy of ``el.attrib`` as the ``dict[str, str]`` it is for a parsed tree."""
    return cast("dict[str, str]", dict(el.attrib))


def attrib_items(el: etree._Element) -> list[tuple[str, str]]:
    """``el.attrib.items()`` as the ``(str, str)`` pairs they are for a parsed tree."""
    return cast("list[tuple[str, str]]", el.attrib.items())


def sourceline(el: etree._Element) -> int | None:
    """``el.sourceline`` (lxml-stubs declares it as ``...``; it is the line, or None for a built element)."""
    return cast("int | None", el.sourceline)
