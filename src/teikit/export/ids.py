"""Unique ids when several TEI files are put into one (the corpus).

Every document header has ``xml:id="translator"`` and ``"teikit"``; in one file
these collide. An id found in more than one file is renamed deterministically to
``{document id}-{id}`` (``{file stem}-{id}`` in standOff files, where the first
file keeps it), and every pointer to it in the same file (``#id``) or from other
files (``register.xml#id``) follows; pointers into files of the corpus become
local (``#id``).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from lxml import etree

from teikit.lxmltypes import attrib_items, strings

XML_ID = "{http://www.w3.org/XML/1998/namespace}id"


@dataclass
class Part:
    """One file's contribution: its name (``register.xml``), a label for new ids, its copied elements."""

    name: str
    label: str
    elements: list[etree._Element]
    keeps_ids: bool = False  # standOff files: the first to use an id keeps it

    def ids(self) -> list[str]:
        return [i for el in self.elements for i in strings(el, ".//@xml:id | ./@xml:id")]


def _unique(candidate: str, used: set[str]) -> str:
    n, new = 1, candidate
    while new in used:
        n += 1
        new = f"{candidate}-{n}"
    return new


def plan(parts: list[Part]) -> dict[tuple[str, str], str]:
    """(file name, old id) -> new id, for every id in every part."""
    counts = Counter(i for part in parts for i in set(part.ids()))
    used: set[str] = set()
    mapping: dict[tuple[str, str], str] = {}
    for part in parts:
        for old in part.ids():
            if (part.name, old) in mapping:
                continue
            shared = counts[old] > 1
            keep = not shared or (part.keeps_ids and old not in used)
            new = old if keep and old not in used else _unique(f"{part.label}-{old}", used | set(counts))
            mapping[(part.name, old)] = new
            used.add(new)
    return mapping


def _rewrite(token: str, part: Part, mapping: dict[tuple[str, str], str], names: set[str]) -> str:
    target, hash_, frag = token.rpartition("#")
    if not hash_:
        return token
    file = part.name if target == "" else target.removeprefix("./")
    if file in names and (file, frag) in mapping:
        return "#" + mapping[(file, frag)]
    return token


def apply(parts: list[Part]) -> None:
    """Rename ids and rewrite pointers in place."""
    mapping = plan(parts)
    names = {p.name for p in parts}
    for part in parts:
        for top in part.elements:
            for el in top.iter(etree.Element):
                for key, value in attrib_items(el):
                    if key == XML_ID:
                        el.set(key, mapping.get((part.name, value), value))
                    elif "#" in value:
                        el.set(key, " ".join(_rewrite(t, part, mapping, names) for t in value.split()))
