"""The rewritten tei_all grammar (validate/rng_grammar.py) gives the same verdict as
lxml's RELAX NG on the original, on real files and on mutated ones."""

from __future__ import annotations

import copy
import random
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from conftest import SHARED, TEI_DIR, tei_all_path
from lxml import etree

from teikit.validate import rng_grammar
from teikit.xmlsafe import parse_xml

EXTERNAL = SHARED / "external-tei"
DATA = Path(__file__).parent / "data" / "validate"
REAL_FILES = sorted([*TEI_DIR.glob("*.xml"), *EXTERNAL.glob("*.xml"), *EXTERNAL.glob("more/*.xml"),
                     *DATA.glob("tei-*.xml")])
MUTANTS_PER_FILE = 24
SMALL = 200_000  # bytes: larger files get a few mutants only (each copy of a FRUS volume costs)


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


def _mutants(path: Path) -> Iterator[tuple[str, etree._ElementTree]]:
    tree = parse_xml(path)
    rng = random.Random(path.name)
    count = MUTANTS_PER_FILE if path.stat().st_size < SMALL else 3
    for i in range(count):
        mutation = MUTATIONS[i % len(MUTATIONS)]
        mutant = copy.deepcopy(tree)
        mutation(mutant, rng)
        if rng.random() < 0.3:  # now and then two faults in one document
            rng.choice(MUTATIONS)(mutant, rng)
        yield f"{path.name}#{i}:{mutation.__name__}", mutant


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
        for name, mutant in _mutants(path):
            expected = original.validate(mutant)
            assert rewritten.validate(mutant) == expected, name
            verdicts[name] = expected
    assert sum(verdicts.values()) > 20 and len(verdicts) - sum(verdicts.values()) > 100  # both kinds, many
