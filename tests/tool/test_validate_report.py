"""What `teikit validate` says about a file with many errors, or from another project: the first
findings of each kind and a count of the rest, hints that name the element, a first line for
foreign TEI, complete RELAX NG sentences, and names spelled with the document's prefixes."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from lxml import etree

from conftest import SHARED, TEI_DIR, tei_all_path
from teikit.validate import validate
from teikit.validate.api import check_bytes, load_schemas
from teikit.validate.diagnostics import MAX_FINDINGS, PER_KIND, Diagnostic, count, message_kind
from teikit.validate.locate import Locator, decode
from teikit.validate.qnames import prefixed
from teikit.validate.rng_messages import Expectations
from teikit.xmlsafe import parse_xml

TEI = "http://www.tei-c.org/ns/1.0"
MITH = "http://mith.umd.edu/sc/ns1#"
FOREIGN = sorted((SHARED / "external-tei" / "more").glob("*.xml"))
SEEDS = sorted(TEI_DIR.glob("[0-9]*.xml"))


def spoilt(spoil, seed: Path = SEEDS[-1]) -> bytes:
    """The seed with ``spoil(tree)`` applied."""
    tree = parse_xml(seed)
    spoil(tree)
    return etree.tostring(tree, xml_declaration=True, encoding="UTF-8")


def check(data: bytes, schema: str = "teikit", tmp: Path = Path("/nonexistent")) -> list[Diagnostic]:
    target = tmp / "doc.xml"
    return check_bytes(data, str(target), target.as_uri(), load_schemas([schema]))


def _names(tree: etree._ElementTree) -> list[etree._Element]:
    return list(tree.iter(f"{{{TEI}}}persName", f"{{{TEI}}}placeName", f"{{{TEI}}}orgName"))


def test_message_kind_drops_numbers_and_values_only() -> None:
    assert message_kind("Unexpected child 'lg' at position 12.") == "Unexpected child 'lg' at position #."
    assert message_kind("attribute type='scene': value must be one of") == "attribute type=…: value must be one of"
    assert message_kind("Unexpected child with tag 'lg'") != message_kind("Unexpected child with tag 'stage'")


def test_ten_of_a_kind_then_a_count() -> None:
    def spoil(tree: etree._ElementTree) -> None:
        names = _names(tree)
        for el in names[:25]:
            el.set("bogus", "1")
        for el in names[25:28]:
            el.set("other", "1")

    found = [d for d in check(spoilt(spoil)) if d.rule == "xsd"]
    bogus = [d for d in found if "'bogus'" in d.message]
    other = [d for d in found if "'other'" in d.message]
    assert [d.count for d in bogus] == [1] * PER_KIND + [25 - PER_KIND]
    assert bogus[-1].message.startswith(f"… and {25 - PER_KIND} more of this kind, the next here: ")
    assert [d.count for d in other] == [1, 1, 1]
    assert count(found)["error"] == 28


def test_at_most_max_findings_listed_and_every_one_counted() -> None:
    kinds, each = MAX_FINDINGS // PER_KIND + 5, PER_KIND + 2  # 15 kinds of 12, one kind after another

    def spoil(tree: etree._ElementTree) -> None:
        names = _names(tree)
        assert len(names) >= kinds * each
        for i, el in enumerate(names[:kinds * each]):
            k = i // each  # letters: numbers do not make a kind of their own
            el.set(f"bogus{chr(97 + k % 26)}{chr(97 + k // 26)}", "1")

    found = [d for d in check(spoilt(spoil)) if d.rule == "xsd"]
    assert sum(d.count == 1 for d in found) == MAX_FINDINGS
    assert count(found)["error"] == kinds * each
    rest = [(d.count, d.message.split(":")[0]) for d in found if d.count > 1]
    listed_kinds = MAX_FINDINGS // PER_KIND
    assert sorted(rest) == sorted([(2, "… and 2 more of this kind, the next here")] * listed_kinds
                                  + [(each, f"{each} of this kind, the first here")] * (kinds - listed_kinds))


def _element_at(tree: etree._ElementTree, path: str) -> etree._Element | None:
    """The element a hint's path names, read step by step with the document's prefixes."""
    steps = path.removeprefix("at /").split("/")
    node = tree.getroot()
    if prefixed(node.tag, node.nsmap) != steps[0]:
        return None
    for step in steps[1:]:
        name, _, position = step.partition("[")
        same = [c for c in node.iterchildren(etree.Element) if prefixed(c.tag, c.nsmap) == name]
        index = int(position.rstrip("]")) - 1 if position else 0
        if index >= len(same) or (not position and len(same) != 1):
            return None
        node = same[index]
    return node


@pytest.mark.parametrize("path", FOREIGN, ids=lambda p: p.name)
def test_hints_name_the_element_reported(path: Path) -> None:
    data = path.read_bytes()
    tree = parse_xml(data, str(path))
    locator = Locator(decode(data, tree), tree)
    found = [d for d in validate([path]) if d.rule == "xsd"]
    assert found
    for d in found:
        assert d.hint and d.hint.startswith("at /")
        element = _element_at(tree, d.hint)
        assert element is not None, d.hint
        assert locator.element(element) == (d.line, d.col), d


@pytest.mark.parametrize("path", FOREIGN, ids=lambda p: p.name)
def test_foreign_file_says_so_first(path: Path) -> None:
    run = subprocess.run([sys.executable, "-m", "teikit.cli", "validate", str(path)], capture_output=True, text=True)
    first, hint = run.stdout.splitlines()[:2]
    assert run.returncode == 1 and "Traceback" not in run.stderr
    assert first.startswith(f"{path}:0:0: info: not a teikit file") and first.endswith("[not-teikit-profile]")
    assert "--schema tei_all" in hint
    errors = count(validate([path]))["error"]
    assert f"the {errors} errors below" in first


def test_no_profile_note_on_teikit_files_or_against_tei_all() -> None:
    assert not [d for d in validate(sorted(TEI_DIR.glob("*.xml"))) if d.rule == "not-teikit-profile"]
    spoilt_seed = spoilt(lambda tree: _names(tree)[0].set("bogus", "1"))
    assert "not-teikit-profile" not in {d.rule for d in check(spoilt_seed)}  # its xml-model names teikit.xsd
    assert "not-teikit-profile" not in {d.rule for d in validate([FOREIGN[0]], [str(tei_all_path())])}


def _drop_source_desc(tree: etree._ElementTree) -> None:
    source = tree.find(f".//{{{TEI}}}sourceDesc")
    assert source is not None
    source.getparent().remove(source)


def test_missing_source_desc_is_named() -> None:
    found = check(spoilt(_drop_source_desc), str(tei_all_path()))
    messages = [d.message for d in found]
    assert "Element fileDesc is incomplete: sourceDesc is missing (after its last child, publicationStmt)" in messages
    assert not any(m.startswith("Expecting an element ,") for m in messages)


def test_required_children_follow_the_grammar() -> None:
    grammar = etree.ElementTree(etree.fromstring("""
    <grammar xmlns="http://relaxng.org/ns/structure/1.0">
      <start><ref name="doc"/></start>
      <define name="doc"><element name="doc">
        <ref name="a"/><optional><element name="b"><empty/></element></optional>
        <choice><group><ref name="a"/><element name="c"><empty/></element></group><ref name="c"/></choice>
        <oneOrMore><element name="d"><empty/></element></oneOrMore>
      </element></define>
      <define name="a"><element name="a"><ref name="doc"/></element></define>
      <define name="c"><element name="c"><empty/></element></define>
    </grammar>"""))
    assert Expectations(grammar).required_children("doc") == ("a", "c", "d")
    assert Expectations(grammar).required_children("a") == ("doc",)
    assert Expectations(None).required_children("doc") == ()


def _mith_folio(tree: etree._ElementTree) -> None:
    root = tree.getroot()
    paragraph = root.find(f".//{{{TEI}}}body//{{{TEI}}}p")
    assert paragraph is not None
    paragraph.set(f"{{{MITH}}}folio", "3r")
    etree.cleanup_namespaces(root, top_nsmap={"mith": MITH})


@pytest.mark.parametrize("schema", ["teikit", "tei_all"])
def test_namespaced_attribute_keeps_its_prefix(schema: str) -> None:
    data = spoilt(_mith_folio)
    assert b'xmlns:mith="' in data
    found = check(data, schema if schema == "teikit" else str(tei_all_path()))
    about = [d.message for d in found if "folio" in d.message]
    assert about and all("mith:folio" in m for m in about), about
    if schema == "teikit":
        assert about == ["'mith:folio' attribute not allowed for element p"]


@pytest.mark.parametrize("path", FOREIGN, ids=lambda p: p.name)
def test_no_namespace_uri_in_messages(path: Path) -> None:
    found = validate([path]) + validate([path], [str(tei_all_path())])
    assert not [d.message for d in found if "{http" in d.message]
