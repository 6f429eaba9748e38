"""Every document the teikit XSD accepts is valid against tei_all.

Hypothesis drives a generator that walks the ODD's content models (the same
specs the XSD is compiled from) and builds random documents: random choices in
every alternate, random repetitions, optional attributes on or off, every value
of each closed list. Each document must be valid against the XSD (checks the
generator) and against tei_all (checks the claim).
"""

from __future__ import annotations

import math
import random
from pathlib import Path

import pytest
import xmlschema
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree

from teikit.schema_build import TEI, Compiler

ROOT = Path(__file__).resolve().parents[2]
NS = {"t": TEI}
XML = "{http://www.w3.org/XML/1998/namespace}"
MAX_DEPTH = 9
SAMPLE = {  # a valid value per datatype key
    "teidata.pointer": ["#g1", "register.xml#x"], "teidata.word": ["5", "v"], "teidata.enumerated": ["city"],
    "teidata.text": ["*", "2 a"], "teidata.version": ["0.1.0"], "teidata.language": ["ro", "ru-Latn"],
    "teikit.temporal": ["1964", "1964-07", "1964-07-02"], "teidata.count": ["3"],
}


def _local(el: etree._Element) -> str:
    return etree.QName(el).localname


class Generator:
    def __init__(self, compiler: Compiler) -> None:
        self.c = compiler
        self.height = self._heights()

    def _heights(self) -> dict[str, float]:
        """Smallest subtree height each element needs (fixed point), to stop recursion."""
        h = dict.fromkeys(self.c.elements, math.inf)
        for _ in range(len(h)):
            h = {e: 1 + self._need(self.c.element_specs[e].find("t:content", NS), h) for e in h}
        return h

    def _need(self, node: etree._Element, h: dict[str, float]) -> float:
        tag = _local(node)
        if node.get("minOccurs") == "0" or tag in ("textNode", "empty"):
            return 0
        if tag == "elementRef":
            return h[node.get("key")]
        if tag == "macroRef":
            return self._need(self.c._macro_content(node.get("key")), h)
        kids = [self._need(k, h) for k in node.iterchildren(etree.Element)]
        if tag == "alternate":
            return min(kids)
        return max(kids, default=0)

    def element(self, name: str, rnd: random.Random, depth: int, ids: list[int]) -> etree._Element:
        spec = self.c.element_specs[name]
        el = etree.Element(f"{{{TEI}}}{name}")
        for att in spec.xpath("t:attList/t:attDef", namespaces=NS):
            if att.get("usage") == "req" or rnd.random() < 0.5:
                el.set(*self._attribute(att, rnd, ids))
        content = spec.find("t:content", NS)
        mixed = self.c._mixed(content)
        for child in self._items(content, rnd, depth):
            el.append(self.element(child, rnd, depth + 1, ids))
        if mixed:  # text anywhere in mixed content
            for node in [el, *el]:
                if rnd.random() < 0.5:
                    if node is el:
                        el.text = "t"
                    else:
                        node.tail = "t"
        return el

    def _attribute(self, att: etree._Element, rnd: random.Random, ids: list[int]) -> tuple[str, str]:
        name = att.get("ident")
        if name == "xml:id":
            ids.append(len(ids) + 1)
            return f"{XML}id", f"g{len(ids)}"
        if name == "xml:lang":
            return f"{XML}lang", rnd.choice(["en", "ru-Latn"])
        values = att.xpath("t:valList/t:valItem/@ident", namespaces=NS)
        if values:
            return name, rnd.choice(values)
        key = att.xpath("string(t:datatype/t:dataRef/@key)", namespaces=NS)
        return name, rnd.choice(SAMPLE.get(key, ["x"]))

    def _items(self, node: etree._Element, rnd: random.Random, depth: int) -> list[str]:
        """Element names, in order, for one instance of a content particle."""
        tag = _local(node)
        if tag == "content":
            return [n for k in node.iterchildren(etree.Element) for n in self._items(k, rnd, depth)]
        if tag in ("textNode", "empty"):
            return []
        lo = int(node.get("minOccurs", "1"))
        hi_attr = node.get("maxOccurs", "1")
        deep = depth >= MAX_DEPTH
        hi = lo if deep else (lo + 2 if hi_attr == "unbounded" else int(hi_attr))
        out: list[str] = []
        for _ in range(rnd.randint(lo, max(lo, hi))):
            out += self._once(node, rnd, depth, deep)
        return out

    def _once(self, node: etree._Element, rnd: random.Random, depth: int, deep: bool) -> list[str]:
        tag = _local(node)
        if tag == "elementRef":
            return [node.get("key")]
        if tag == "macroRef":
            return self._once(self._top(self.c._macro_content(node.get("key"))), rnd, depth, deep)
        kids = list(node.iterchildren(etree.Element))
        if tag == "sequence":
            return [n for k in kids for n in self._items(k, rnd, depth)]
        if deep:  # the branch that ends soonest
            kids = [min(kids, key=lambda k: self._need(k, self.height))]
        return self._items(rnd.choice(kids), rnd, depth)

    @staticmethod
    def _top(content: etree._Element) -> etree._Element:
        return next(k for k in content.iterchildren(etree.Element) if _local(k) != "textNode")


@pytest.fixture(scope="module")
def generator() -> Generator:
    return Generator(Compiler(etree.parse(str(ROOT / "schema" / "teikit.odd"))))


@pytest.fixture(scope="module")
def xsd() -> xmlschema.XMLSchema:
    return xmlschema.XMLSchema(str(ROOT / "schema" / "teikit.xsd"))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(rnd=st.randoms(use_true_random=False))
def test_xsd_valid_implies_tei_all_valid(generator: Generator, xsd: xmlschema.XMLSchema,
                                         tei_all_rng: etree.RelaxNG, rnd: random.Random) -> None:
    ids: list[int] = []
    doc = etree.ElementTree(generator.element("TEI", rnd, 0, ids))
    errors = [f"{e.path}: {e.reason}" for e in xsd.iter_errors(doc)][:3]
    assert not errors, errors
    assert tei_all_rng.validate(doc), (str(tei_all_rng.error_log.last_error),
                                        etree.tostring(doc, encoding="unicode")[:3000])


def test_generator_reaches_every_element_and_listed_value(generator: Generator) -> None:
    """The property above is only as good as its documents: they must use the whole grammar."""
    seen: set[tuple[str, str, str]] = set()
    for seed in range(150):
        for el in generator.element("TEI", random.Random(seed), 0, []).iter():
            seen.add((etree.QName(el).localname, "", ""))
            seen |= {(etree.QName(el).localname, k, v) for k, v in el.attrib.items()}
    wanted = {(e, "", "") for e in generator.c.elements}
    for ident, spec in generator.c.element_specs.items():
        for att in spec.xpath("t:attList/t:attDef[t:valList]", namespaces=NS):
            wanted |= {(ident, att.get("ident"), v) for v in att.xpath("t:valList/t:valItem/@ident", namespaces=NS)}
    assert wanted - seen == set()
