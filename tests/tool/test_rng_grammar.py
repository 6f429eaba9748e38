"""The rewritten tei_all grammar (validate/rng_grammar.py) gives the same verdict as
lxml's RELAX NG on the original, on real files and on mutated ones."""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree

from conftest import SHARED, TEI_DIR, tei_all_path
from mutants import mutants
from teikit.validate import rng_grammar
from teikit.xmlsafe import parse_xml

EXTERNAL = SHARED / "external-tei"
DATA = Path(__file__).parents[1] / "data" / "validate"
REAL_FILES = sorted([*TEI_DIR.glob("*.xml"), *EXTERNAL.glob("*.xml"), *EXTERNAL.glob("more/*.xml"),
                     *DATA.glob("tei-*.xml")])


@pytest.fixture(scope="module")
def original() -> etree.RelaxNG:
    """libxml2 on tei_all as published (about 8 s to compile)."""
    return etree.RelaxNG(etree.parse(str(tei_all_path())))


@pytest.fixture(scope="module")
def rewritten(tmp_path_factory: pytest.TempPathFactory) -> etree.RelaxNG:
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("TEIKIT_CACHE_DIR", str(tmp_path_factory.mktemp("cache")))
        built = rng_grammar.fast_grammar(tei_all_path())
        cached = rng_grammar.fast_grammar(tei_all_path())  # the second call reads the cache
    assert built is not None and cached is not None
    assert etree.tostring(built) == etree.tostring(cached)
    return etree.RelaxNG(cached)


def test_rewrite_marks_the_large_content_models() -> None:
    tree = parse_xml(tei_all_path())
    assert rng_grammar.rewrite(tree)
    markers = [d for d in tree.getroot() if (d.get("name") or "").startswith("teikit.interpreted.")]
    assert 100 < len(markers) < 592  # tei_all has 592 element patterns; the small ones keep their automata


def test_grammar_of_several_files_is_left_alone(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TEIKIT_CACHE_DIR", str(tmp_path / "cache"))
    main = tmp_path / "main.rng"
    main.write_text('<grammar xmlns="http://relaxng.org/ns/structure/1.0"><include href="other.rng"/>'
                    '<start><element name="a"><empty/></element></start></grammar>')
    assert rng_grammar.fast_grammar(main) is None
    assert not (tmp_path / "cache").exists()


@pytest.mark.parametrize("path", REAL_FILES, ids=lambda p: p.name)
def test_same_verdict_on_real_files(path: Path, original: etree.RelaxNG, rewritten: etree.RelaxNG) -> None:
    tree = parse_xml(path)
    assert rewritten.validate(tree) == original.validate(tree)


def test_same_verdict_on_mutated_files(original: etree.RelaxNG, rewritten: etree.RelaxNG) -> None:
    verdicts = {}
    for path in REAL_FILES:
        for name, mutant in mutants(path):
            expected = original.validate(mutant)
            assert rewritten.validate(mutant) == expected, name
            verdicts[name] = expected
    assert sum(verdicts.values()) > 20 and len(verdicts) - sum(verdicts.values()) > 100  # both kinds, many


def test_marker_goes_after_a_name_class_element(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """<element> with <name> as a child (after a comment and an annotation): still a usable
    grammar, with the same verdicts."""
    monkeypatch.setattr(rng_grammar, "CHOICE_LIMIT", 1)
    grammar = tmp_path / "g.rng"
    grammar.write_text(
        '<grammar xmlns="http://relaxng.org/ns/structure/1.0" xmlns:a="urn:a"><start>'
        '<element><!-- c --><a:doc>x</a:doc><name>r</name><zeroOrMore><choice>'
        '<element name="x"><empty/></element><element name="y"><empty/></element></choice></zeroOrMore>'
        '</element></start></grammar>')
    monkeypatch.setenv("TEIKIT_CACHE_DIR", str(tmp_path / "cache"))
    rewritten = rng_grammar.fast_grammar(grammar)
    assert b"teikit.interpreted." in etree.tostring(rewritten)
    fast = etree.RelaxNG(rewritten)
    original = etree.RelaxNG(etree.parse(str(grammar)))
    for doc in ("<r/>", "<r><x/><y/><x/></r>", "<r><z/></r>", "<r>text</r>"):
        tree = etree.ElementTree(etree.fromstring(doc))
        assert fast.validate(tree) == original.validate(tree), doc
