"""xsd_model's shortcuts give exactly xmlschema's verdicts: same errors, same messages, same places."""

from __future__ import annotations

import copy
import random
from pathlib import Path

import pytest
import xmlschema
from lxml import etree

from teikit.validate.xsd_model import FastXMLSchema, prepare

ROOT = Path(__file__).resolve().parents[2]
XSD = ROOT / "schema" / "teikit.xsd"
SEEDS = sorted((ROOT / "tei").glob("0*.xml"))
TEI = "http://www.tei-c.org/ns/1.0"
XML_ID = "{http://www.w3.org/XML/1998/namespace}id"


@pytest.fixture(scope="module")
def schemas() -> tuple[xmlschema.XMLSchema, FastXMLSchema]:
    fast = FastXMLSchema(str(XSD))
    prepare(fast)
    return xmlschema.XMLSchema(str(XSD)), fast


def errors(schema: xmlschema.XMLSchemaBase, tree: etree._ElementTree) -> list[tuple[object, ...]]:
    return [(e.path, e.elem, e.reason, e.message) for e in schema.iter_errors(tree)]


def mutate(tree: etree._ElementTree, rng: random.Random, names: list[str]) -> None:
    """One random edit of the kinds a converter bug would make."""
    elements = list(tree.getroot().iter(etree.Element))[1:]
    el = rng.choice(elements)
    parent = el.getparent()
    kind = rng.randrange(8)
    if kind == 0:
        parent.remove(el)
    elif kind == 1:
        el.addnext(copy.deepcopy(el))
    elif kind == 2:
        el.tag = f"{{{TEI}}}{rng.choice(names)}"
    elif kind == 3:
        el.insert(rng.randrange(len(el) + 1), etree.Element(f"{{{TEI}}}{rng.choice(names)}"))
    elif kind == 4:
        parent.remove(el)
        rng.choice(elements[: elements.index(el)] or [tree.getroot()]).append(el)
    elif kind == 5:
        el[:] = []  # emptied: required children gone
    elif kind == 6:  # another element's attribute value, or a made-up one: accepted or not by this type
        donor = rng.choice([e for e in elements if e.attrib] or [el])
        name = rng.choice(list(el.attrib) or ["type", "rend", "when", "n"])
        el.set(name, rng.choice([*donor.attrib.values(), "nosuch", "1964-13-01", ""]))
    else:  # an xml:id used twice: a check the attribute shortcut must leave to xmlschema
        other = rng.choice(elements)
        el.set(XML_ID, other.get(XML_ID) or "twice")
        other.set(XML_ID, el.get(XML_ID))


def test_seeds_valid_both_ways(schemas: tuple[xmlschema.XMLSchema, FastXMLSchema]) -> None:
    plain, fast = schemas
    assert sum(g.bag is not None for g in fast.iter_components(type(fast.types["p"].content))) > 10
    for path in SEEDS:
        tree = etree.parse(str(path))
        assert errors(fast, tree) == errors(plain, tree) == []


@pytest.mark.parametrize("seed", range(6))
def test_mutants_same_errors(schemas: tuple[xmlschema.XMLSchema, FastXMLSchema], seed: int) -> None:
    plain, fast = schemas
    rng = random.Random(seed)
    names = sorted({etree.QName(n).localname for n in plain.elements} | {
        etree.QName(e.name).localname for e in plain.iter_components(xmlschema.validators.XsdElement)}) + ["bogus"]
    invalid = 0
    for _ in range(60):
        tree = etree.parse(str(rng.choice(SEEDS)))
        for _ in range(rng.randint(1, 3)):
            mutate(tree, rng, names)
        found = errors(fast, tree)
        assert found == errors(plain, tree)
        invalid += bool(found)
    assert invalid > 20  # the edits do reach the shortcuts' fall-back


def test_attribute_values_checked_once_where_the_value_decides(schemas) -> None:
    _plain, fast = schemas
    attributes = fast.iter_components(xmlschema.validators.XsdAttribute)
    remembered = {a.name: getattr(a, "accepted", None) for a in attributes}
    assert remembered[XML_ID] is None  # xs:ID: a check that counts what it has seen
    assert any(values is not None for values in remembered.values())
    tree = etree.parse(str(SEEDS[-1]))
    ids = [e for e in tree.iter(etree.Element) if e.get(XML_ID)]
    ids[1].set(XML_ID, ids[0].get(XML_ID))
    for _ in range(2):  # the second time the values are remembered: the same errors
        assert any("Duplicate" in (e.reason or "") or "duplicate" in (e.reason or "") for e in fast.iter_errors(tree))


def test_shortcuts_survive_the_disk_cache(schemas) -> None:
    """The built schema is pickled (validate/xsd.py); the marks prepare() sets go with it."""
    import pickle

    from teikit.validate.xsd_model import XsdAttribute, XsdAttributeGroup

    again = pickle.loads(pickle.dumps(schemas[1]))
    attributes = [a for a in again.iter_components(XsdAttribute) if isinstance(a, XsdAttribute)]
    groups = [g for g in again.iter_components(XsdAttributeGroup) if isinstance(g, XsdAttributeGroup)]
    assert attributes and sum(a.accepted is not None for a in attributes) > len(attributes) // 2
    assert groups and all(g.listed is not None for g in groups)
    assert again.is_valid(etree.parse(str(SEEDS[-1])))


def _speech_mutant(tree: etree._ElementTree, rng: random.Random) -> None:
    """One edit of a speaker turn: the cases the headed bag (speaker, then p/stage/list) falls back on."""
    sp = rng.choice(tree.getroot().findall(f".//{{{TEI}}}sp"))
    kind = rng.randrange(6)
    if kind == 0 and len(sp):
        sp.remove(sp[0])  # no speaker, or a p first
    elif kind == 1 and len(sp):
        sp.append(copy.deepcopy(sp[0]))  # a second speaker, after the bag
    elif kind == 2 and len(sp):
        sp.insert(1, copy.deepcopy(sp[0]))  # two speakers in the head
    elif kind == 3:
        sp[:] = [c for c in sp if c.tag == f"{{{TEI}}}speaker"]  # a speaker and nothing after it
    elif kind == 4:
        sp[:] = []  # empty turn
    else:
        tag = rng.choice(['note', 'speaker', 'p', 'bogus'])
        sp.insert(rng.randrange(len(sp) + 1), etree.Element(f"{{{TEI}}}{tag}"))


def test_headed_bag_same_errors(schemas: tuple[xmlschema.XMLSchema, FastXMLSchema]) -> None:
    plain, fast = schemas
    assert fast.types["sp"].content.head  # sp is a headed bag
    with_sp = [p for p in SEEDS if etree.parse(str(p)).getroot().find(f".//{{{TEI}}}sp") is not None]
    rng = random.Random(7)
    invalid = 0
    for _ in range(80):
        tree = etree.parse(str(rng.choice(with_sp)))
        for _ in range(rng.randint(1, 2)):
            _speech_mutant(tree, rng)
        found = errors(fast, tree)
        assert found == errors(plain, tree)
        invalid += bool(found)
    assert invalid > 30
