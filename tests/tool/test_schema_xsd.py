"""schema/teikit.xsd: generated from the ODD, closed, a subset of TEI P5, and valid for the edition."""

from __future__ import annotations

import copy
import re
from collections.abc import Callable
from pathlib import Path

import pytest
import xmlschema
from lxml import etree

from teikit import schema_build

ROOT = Path(__file__).resolve().parents[2]
SCHEMA = ROOT / "schema"
DATA = Path(__file__).parents[1] / "data" / "schema"
SHARED = ROOT.parent / "shared" / "tei"
TEI = "http://www.tei-c.org/ns/1.0"
XS = "http://www.w3.org/2001/XMLSchema"
NS = {"t": TEI, "xs": XS}
EDITION = sorted((ROOT / "tei").glob("*.xml"))


@pytest.fixture(scope="session")
def xsd() -> xmlschema.XMLSchema:
    return xmlschema.XMLSchema(str(SCHEMA / "teikit.xsd"))


@pytest.fixture(scope="session")
def p5() -> etree._ElementTree:
    if not (SHARED / "p5subset.xml").is_file():
        pytest.skip("p5subset.xml not available")
    return etree.parse(str(SHARED / "p5subset.xml"))


def odd() -> schema_build.Compiler:
    return schema_build.Compiler(etree.parse(str(SCHEMA / "teikit.odd")))


# --- the XSD is what the ODD says ---------------------------------------------
def test_committed_xsd_is_generated_from_odd() -> None:
    assert (SCHEMA / "teikit.xsd").read_bytes() == schema_build.build(), \
        "schema/teikit.xsd is stale: run python -m teikit.schema_build"


def test_xml_xsd_is_the_tei_copy_without_its_imports() -> None:
    # The TEI copy imports tei_all.xsd and teix.xsd, which would open all of TEI again.
    if not (SHARED / "xml.xsd").is_file():
        pytest.skip("shared xml.xsd not available")
    shared = re.sub(r"\s*<xs:import [^>]*/>", "", (SHARED / "xml.xsd").read_text(encoding="utf-8"))
    assert (SCHEMA / "xml.xsd").read_text(encoding="utf-8") == shared


def test_xsd_is_closed() -> None:
    tree = etree.parse(str(SCHEMA / "teikit.xsd"))
    for path in (SCHEMA / "teikit.xsd", SCHEMA / "xml.xsd"):
        t = etree.parse(str(path))
        assert not t.xpath("//xs:any | //xs:anyAttribute | //xs:redefine | //xs:include", namespaces=NS), path
    imports = tree.xpath("//xs:import", namespaces=NS)
    assert [(i.get("namespace"), i.get("schemaLocation")) for i in imports] == \
        [("http://www.w3.org/XML/1998/namespace", "xml.xsd")]
    # Only TEI can be a document's root.
    assert tree.xpath("/xs:schema/xs:element/@name", namespaces=NS) == ["TEI"]
    assert tree.getroot().get("targetNamespace") == TEI


def test_xsd_compiles(xsd: xmlschema.XMLSchema) -> None:
    assert "TEI" in xsd.elements


# --- a subset of TEI ------------------------------------------------------------------
def tei_attributes(p5: etree._ElementTree) -> dict[str, set[str]]:
    """Every element of TEI P5 with the attributes it may carry (own + classes)."""
    def own(spec: etree._Element) -> set[str]:
        return {a.get("ident") for a in spec.xpath(".//t:attList//t:attDef[not(@mode='delete')]", namespaces=NS)}

    def deleted(spec: etree._Element) -> set[str]:
        return {a.get("ident") for a in spec.xpath(".//t:attList//t:attDef[@mode='delete']", namespaces=NS)}

    classes = {c.get("ident"): c for c in p5.xpath("//t:classSpec[@type='atts']", namespaces=NS)}

    def closure(keys: list[str], seen: set[str]) -> set[str]:
        out: set[str] = set()
        for key in keys:
            if key in classes and key not in seen:
                seen.add(key)
                spec = classes[key]
                out |= own(spec) | closure(spec.xpath("t:classes/t:memberOf/@key", namespaces=NS), seen)
        return out

    return {e.get("ident"): (own(e) | closure(e.xpath("t:classes/t:memberOf/@key", namespaces=NS), set())) - deleted(e)
            for e in p5.xpath("//t:elementSpec", namespaces=NS)}


def test_elements_and_attributes_exist_in_tei(p5: etree._ElementTree) -> None:
    allowed = tei_attributes(p5)
    compiler = odd()
    for ident in compiler.elements:
        assert ident in allowed, f"{ident} is not a TEI element"
        atts = set(compiler.element_specs[ident].xpath("t:attList/t:attDef/@ident", namespaces=NS))
        assert atts <= allowed[ident], f"{ident}: {atts - allowed[ident]} not allowed by TEI"


def test_module_refs_name_the_right_modules(p5: etree._ElementTree) -> None:
    module = {e.get("ident"): e.get("module") for e in p5.xpath("//t:elementSpec", namespaces=NS)}
    for ref in odd().spec.iterfind("t:moduleRef", NS):
        for ident in ref.get("include", "").split():
            assert module[ident] == ref.get("key"), f"{ident} is in module {module[ident]}"


def test_odd_is_valid_tei_with_an_example_per_element(tei_all_rng: etree.RelaxNG) -> None:
    tree = etree.parse(str(SCHEMA / "teikit.odd"))
    assert tei_all_rng.validate(tree), tei_all_rng.error_log
    eg = "http://www.tei-c.org/ns/Examples"
    for ident, spec in odd().element_specs.items():
        examples = spec.xpath(f".//t:exemplum//*[namespace-uri()='{eg}' and local-name()='{ident}']", namespaces=NS)
        assert examples, f"elementSpec {ident} has no example of {ident}"


# --- the edition --------------------------------------------------------------------
@pytest.mark.parametrize("path", EDITION, ids=[p.name for p in EDITION])
def test_edition_is_valid(xsd: xmlschema.XMLSchema, tei_all_rng: etree.RelaxNG, path: Path) -> None:
    errors = [f"{e.path}: {e.reason}" for e in xsd.iter_errors(str(path))]
    assert errors == []
    assert tei_all_rng.validate(etree.parse(str(path))), tei_all_rng.error_log


@pytest.mark.parametrize("name", ["good.xml", "register.xml", "bibliography.xml"])
def test_crafted_valid_documents(xsd: xmlschema.XMLSchema, tei_all_rng: etree.RelaxNG, name: str) -> None:
    xsd.validate(str(DATA / name))
    assert tei_all_rng.validate(etree.parse(str(DATA / name))), tei_all_rng.error_log


# --- edges: what the XSD must reject ------------------------------------------------------------
def _el(tag: str, text: str | None = None, **attrs: str) -> etree._Element:
    el = etree.Element(f"{{{TEI}}}{tag}", {k.replace("xml_", "{http://www.w3.org/XML/1998/namespace}"): v
                                           for k, v in attrs.items()})
    el.text = text
    return el


def _first(root: etree._Element, path: str) -> etree._Element:
    return root.xpath(path, namespaces=NS)[0]


def _set(path: str, att: str, value: str | None) -> Callable[[etree._Element], None]:
    def mutate(root: etree._Element) -> None:
        el = _first(root, path)
        if value is None:
            del el.attrib[att]
        else:
            el.set(att, value)
    return mutate


def _append(path: str, child: Callable[[], etree._Element]) -> Callable[[etree._Element], None]:
    return lambda root: _first(root, path).append(child())


def _move_closer_up(root: etree._Element) -> None:
    div = _first(root, "//t:body/t:div")
    div.insert(0, _el("closer"))


def _div_after_p(root: etree._Element) -> None:
    _first(root, "//t:body/t:div").append(_el("div", type="document"))


def _root_p(root: etree._Element) -> None:
    root.clear()
    root.tag = f"{{{TEI}}}p"


def _empty_source_desc(root: etree._Element) -> None:
    _first(root, "//t:sourceDesc").clear()


def _text_in_div(root: etree._Element) -> None:
    _first(root, "//t:body/t:div/t:head").tail = "loose text"


def _speaker_removed(root: etree._Element) -> None:
    sp = _first(root, "//t:sp")
    sp.remove(_first(sp, "t:speaker"))


def _list_without_label() -> etree._Element:
    lst = _el("list", rend="numbered")
    lst.append(_el("item", "one"))
    return lst


def _drop_labels(root: etree._Element) -> None:
    for label in root.xpath("//t:list/t:label", namespaces=NS):
        label.getparent().remove(label)


def _foreign_element() -> etree._Element:
    return etree.Element("{urn:x-other}note")


# (mutation, does tei_all accept the result?) True marks what TEI allows and teikit does not.
EDGES: dict[str, tuple[Callable[[etree._Element], None], bool]] = {
    "hi-not-in-teikit": (_append("//t:sp/t:p", lambda: _el("hi", "x", rend="italic")), True),
    "seg-not-in-teikit": (_append("//t:sp/t:p", lambda: _el("seg", "x")), True),
    "closer-before-head": (_move_closer_up, False),
    "root-is-not-TEI": (_root_p, False),
    "empty-sourceDesc": (_empty_source_desc, False),
    "text-directly-in-div": (_text_in_div, False),
    "sp-without-speaker": (_speaker_removed, True),
    "supplied-without-reason": (_set("//t:supplied", "reason", None), True),
    "supplied-reason-not-in-list": (_set("//t:supplied", "reason", "illegible"), True),
    "note-type-not-in-list": (_set("//t:note[@type='translator']", "type", "comment"), True),
    "rend-on-p": (_set("//t:sp/t:p", "rend", "brackets"), True),
    "gap-rend-not-in-list": (_set("//t:gap", "rend", "italic"), True),
    "date-when-not-iso": (_set("//t:p//t:date[@when]", "when", "1964-7-2"), False),
    "date-when-with-timezone": (_set("//t:p//t:date[@when]", "when", "1964-07-02Z"), True),
    "date-cert-not-in-list": (_set("//t:p//t:date[@cert]", "cert", "0.5"), True),
    "persName-cert-high": (_set("//t:persName[@cert]", "cert", "high"), True),
    "persName-cert-number": (_set("//t:persName[@cert]", "cert", "0.5"), True),
    "empty-pointer": (_set("//t:persName[@ref]", "ref", ""), False),
    "list-items-without-labels": (_drop_labels, True),
    "unlabelled-list-in-sp": (_append("//t:sp", _list_without_label), True),
    "list-rend-not-in-list": (_set("//t:list", "rend", "circled"), True),
    "element-of-another-namespace": (_append("//t:sp/t:p", _foreign_element), False),
    "div-without-type": (_set("//t:body/t:div", "type", None), True),
    "unknown-attribute-on-TEI": (_set("/t:TEI", "version", "4.8.0"), True),
}


@pytest.fixture(scope="module")
def good() -> etree._ElementTree:
    return etree.parse(str(DATA / "good.xml"))


def test_paragraphs_then_divs_are_accepted_by_both(xsd: xmlschema.XMLSchema, tei_all_rng: etree.RelaxNG,
                                                  good: etree._ElementTree) -> None:
    """A preface before records (p, then div): the converter writes it, TEI allows it."""
    tree = copy.deepcopy(good)
    _div_after_p(tree.getroot())
    assert xsd.is_valid(tree) and tei_all_rng.validate(tree)


@pytest.mark.parametrize("name", sorted(EDGES))
def test_xsd_rejects_edge(xsd: xmlschema.XMLSchema, tei_all_rng: etree.RelaxNG, good: etree._ElementTree,
                          name: str) -> None:
    mutate, tei_accepts = EDGES[name]
    tree = copy.deepcopy(good)
    mutate(tree.getroot())
    assert not xsd.is_valid(tree), f"{name}: the XSD accepted it"
    assert tei_all_rng.validate(tree) == tei_accepts, f"{name}: tei_all said {not tei_accepts}"


def _drop(path: str) -> Callable[[etree._Element], None]:
    def mutate(root: etree._Element) -> None:
        el = _first(root, path)
        el.getparent().remove(el)
    return mutate


def _birth_after_affiliation(root: etree._Element) -> None:
    person = _first(root, "//t:person")
    person.append(_first(person, "t:birth"))


REGISTER_EDGES: dict[str, tuple[Callable[[etree._Element], None], bool]] = {
    "person-without-persName": (lambda root: [_drop("//t:person/t:persName")(root) for _ in range(2)], True),
    "person-without-id": (_set("//t:person", "{http://www.w3.org/XML/1998/namespace}id", None), True),
    "birth-after-affiliation": (_birth_after_affiliation, True),
    "relation-without-active": (_set("//t:relation", "active", None), True),
    "relation-name-not-in-list": (_set("//t:relation", "name", "memberOf"), True),
    "place-type-with-space": (_set("//t:place", "type", "capital city"), False),
    "birth-with-text": (lambda root: setattr(_first(root, "//t:birth"), "text", "1902"), True),
}


@pytest.fixture(scope="module")
def register() -> etree._ElementTree:
    return etree.parse(str(DATA / "register.xml"))


@pytest.mark.parametrize("name", sorted(REGISTER_EDGES))
def test_xsd_rejects_register_edge(xsd: xmlschema.XMLSchema, tei_all_rng: etree.RelaxNG,
                                   register: etree._ElementTree, name: str) -> None:
    mutate, tei_accepts = REGISTER_EDGES[name]
    tree = copy.deepcopy(register)
    mutate(tree.getroot())
    assert not xsd.is_valid(tree), f"{name}: the XSD accepted it"
    assert tei_all_rng.validate(tree) == tei_accepts, f"{name}: tei_all said {not tei_accepts}"
