"""Schematron preprocessing: include, abstract patterns (is-a/param), abstract rules (extends).

The result is one schema element with only concrete patterns and rules, which
:mod:`teikit.validate.schematron` turns into XSLT.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Callable
from pathlib import Path
from urllib.parse import unquote, urldefrag, urlparse

from lxml import etree

from teikit.errors import TeikitError
from teikit.lxmltypes import elements
from teikit.xmlsafe import parse_xml

SCH = "http://purl.oclc.org/dsdl/schematron"
S = f"{{{SCH}}}"

# Attributes holding XPath in which abstract-pattern parameters are substituted.
_EXPR_ATTRS = ("context", "test", "select", "value", "path", "subject", "role", "flag")


class SchematronError(TeikitError):
    """The Schematron schema cannot be compiled."""


def load_schema(path: Path) -> etree._Element:
    root = parse_xml(path).getroot()
    if root.tag != f"{S}schema":
        raise SchematronError(f"{path}: not an ISO Schematron schema (root is {root.tag})")
    _resolve_includes(root, [path.resolve()])
    _instantiate_abstract_patterns(root)
    _expand_abstract_rules(root)
    return root


def _local_file(href: str, base: str | None, where: Path) -> tuple[Path, str]:
    """The local file and fragment ``href`` names; remote schemas are refused."""
    uri, fragment = urldefrag(href)
    parsed = urlparse(uri)
    if parsed.scheme and parsed.scheme != "file" and len(parsed.scheme) > 1:
        raise SchematronError(f"{where}: refusing to load {href!r}: only local files can be included")
    if parsed.scheme == "file":
        target = Path(unquote(parsed.path))
    else:
        base_dir = Path(unquote(urlparse(base).path)).parent if base else where.parent
        target = (base_dir / unquote(uri)) if uri else where
    return target.resolve(), fragment


def _fetch(href: str, el: etree._Element, stack: list[Path]) -> etree._Element:
    target, fragment = _local_file(href, el.base, stack[-1])
    if target in stack and not fragment:
        raise SchematronError(f"{stack[-1]}: include cycle through {target}")
    if not target.is_file():
        raise SchematronError(f"{stack[-1]}:{el.sourceline}: included file not found: {href}")
    root = parse_xml(target).getroot()
    _resolve_includes(root, [*stack, target])
    if not fragment:
        return root
    found = elements(root, "//*[@id=$id or @xml:id=$id]", id=fragment)
    if not found:
        raise SchematronError(f"{stack[-1]}:{el.sourceline}: no element with id {fragment!r} in {target}")
    return found[0]


def _parent(el: etree._Element) -> etree._Element:
    parent = el.getparent()
    if parent is None:
        raise SchematronError(f"line {el.sourceline}: {etree.QName(el).localname} cannot be the root element")
    return parent


def _literal(value: str) -> Callable[[re.Match[str]], str]:
    """A replacement for :func:`re.sub` that inserts ``value`` as it is (no backslash escapes)."""
    return lambda _m: value


def _resolve_includes(root: etree._Element, stack: list[Path]) -> None:
    for inc in list(root.iter(f"{S}include")):
        target = copy.deepcopy(_fetch(inc.get("href", ""), inc, stack))
        target.tail = inc.tail
        _parent(inc).replace(inc, target)
    for ext in list(root.iter(f"{S}extends")):
        if ext.get("href"):  # ISO 2016: the children of an external abstract rule
            rule = _fetch(ext.get("href", ""), ext, stack)
            parent = _parent(ext)
            at = parent.index(ext)
            parent.remove(ext)
            for i, child in enumerate(rule):
                parent.insert(at + i, copy.deepcopy(child))


def _substitute(text: str, params: dict[str, str]) -> str:
    # Longest names first, and a name must end where an XPath name ends.
    for name in sorted(params, key=len, reverse=True):
        text = re.sub(rf"\${re.escape(name)}(?![\w.\-])", _literal(params[name]), text)
    return text


def _instantiate_abstract_patterns(root: etree._Element) -> None:
    abstract = {p.get("id"): p for p in root.iter(f"{S}pattern") if p.get("abstract") == "true"}
    for inst in list(root.iter(f"{S}pattern")):
        base_id = inst.get("is-a")
        if not base_id:
            continue
        base = abstract.get(base_id)
        if base is None:
            raise SchematronError(f"line {inst.sourceline}: pattern is-a={base_id!r}: no abstract pattern with that id")
        params = {p.get("name", ""): p.get("value", "") for p in inst.iter(f"{S}param")}
        new = etree.Element(f"{S}pattern", nsmap=base.nsmap)  # type: ignore[arg-type]  # lxml-stubs: None keys are valid
        for key, value in base.attrib.items():
            if key not in ("abstract", "id"):
                new.set(key, value)
        for key, value in inst.attrib.items():
            if key != "is-a":
                new.set(key, value)
        for child in base:
            if child.tag == f"{S}param":
                continue
            clone = copy.deepcopy(child)
            for el in clone.iter():
                for attr in _EXPR_ATTRS:
                    if (expr := el.get(attr)) is not None:
                        el.set(attr, _substitute(expr, params))
            new.append(clone)
        new.tail = inst.tail
        _parent(inst).replace(inst, new)
    for pattern in abstract.values():
        _parent(pattern).remove(pattern)


def _expand_abstract_rules(root: etree._Element) -> None:
    abstract = {r.get("id"): r for r in root.iter(f"{S}rule") if r.get("abstract") == "true"}

    def expand(rule: etree._Element, seen: tuple[str, ...]) -> None:
        for ext in list(rule.iterchildren(f"{S}extends")):
            rid = ext.get("rule", "")
            base = abstract.get(rid)
            if base is None:
                raise SchematronError(f"line {ext.sourceline}: extends rule={rid!r}: no abstract rule with that id")
            if rid in seen:
                raise SchematronError(f"abstract rule {rid!r} extends itself")
            body = copy.deepcopy(base)
            expand(body, (*seen, rid))
            at = rule.index(ext)
            rule.remove(ext)
            for i, child in enumerate([c for c in body if isinstance(c.tag, str)]):
                rule.insert(at + i, child)

    for rule in list(root.iter(f"{S}rule")):
        if rule.get("abstract") != "true":
            expand(rule, ())
    for rule in abstract.values():
        parent = rule.getparent()
        if parent is not None:
            parent.remove(rule)
