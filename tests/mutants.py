"""Mutated TEI documents for the tests that hold two validators to the same verdict: each
mutation (rename, delete, duplicate, move, stray text, bad attributes …) applied to a copy,
now and then two at once, seeded by the file name so that every run sees the same ones."""

from __future__ import annotations

import copy
import random
from collections.abc import Callable, Iterator
from pathlib import Path

from lxml import etree

from teikit.xmlsafe import parse_xml

SMALL = 200_000  # bytes: larger files get a few mutants only (each copy of a FRUS volume costs)


def _elements(tree: etree._ElementTree) -> list[etree._Element]:
    return [e for e in tree.iter() if isinstance(e.tag, str)]


def _rename(tree, rng: random.Random) -> None:
    rng.choice(_elements(tree)[1:]).tag = "{http://www.tei-c.org/ns/1.0}bogus"


def _foreign_namespace(tree, rng: random.Random) -> None:
    e = rng.choice(_elements(tree)[1:])
    e.tag = "{urn:elsewhere}" + etree.QName(e).localname


def _delete(tree, rng: random.Random) -> None:
    e = rng.choice(_elements(tree)[1:])
    e.getparent().remove(e)


def _duplicate(tree, rng: random.Random) -> None:
    e = rng.choice(_elements(tree)[1:])
    e.addnext(copy.deepcopy(e))


def _swap_with_next(tree, rng: random.Random) -> None:
    e = rng.choice([e for e in _elements(tree)[1:] if e.getnext() is not None] or _elements(tree)[1:])
    if e.getnext() is not None:
        e.getnext().addnext(e)


def _move_inside(tree, rng: random.Random) -> None:
    elements = _elements(tree)[1:]
    e, target = rng.choice(elements), rng.choice(elements)
    if e is not target and e not in target.iterancestors():
        target.append(e)


def _stray_text(tree, rng: random.Random) -> None:
    rng.choice(_elements(tree)).insert(0, etree.Comment("c"))
    rng.choice(_elements(tree)).text = "stray text "


def _unknown_attribute(tree, rng: random.Random) -> None:
    rng.choice(_elements(tree)).set("colour", "red")


def _bad_attribute_value(tree, rng: random.Random) -> None:
    with_attributes = [e for e in _elements(tree) if e.attrib] or _elements(tree)
    e = rng.choice(with_attributes)
    name = rng.choice(list(e.attrib) or ["when"])
    e.set(name, rng.choice(["", "two words", "1964-13-45", "#", "-1", "not:a:name"]))


MUTATIONS: list[Callable[[etree._ElementTree, random.Random], None]] = [
    _rename, _foreign_namespace, _delete, _duplicate, _swap_with_next, _move_inside, _stray_text,
    _unknown_attribute, _bad_attribute_value,
]


def mutants(path: Path, per_file: int = 24) -> Iterator[tuple[str, etree._ElementTree]]:
    tree = parse_xml(path)
    rng = random.Random(path.name)
    count = per_file if path.stat().st_size < SMALL else 3
    for i in range(count):
        mutation = MUTATIONS[i % len(MUTATIONS)]
        mutant = copy.deepcopy(tree)
        mutation(mutant, rng)
        if rng.random() < 0.3:  # now and then two faults in one document
            rng.choice(MUTATIONS)(mutant, rng)
        yield f"{path.name}#{i}:{mutation.__name__}", mutant
