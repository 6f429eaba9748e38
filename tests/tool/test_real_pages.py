"""Regression over ../shared/real-pages: layout, genre and structure as a careful encoder would
mark them (tests/real_pages_expected.py, written by reading the pages), validity, no chrome."""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree

from conftest import SHARED, TEI_DIR, text_of, xp
from real_pages_expected import CHROME, EXPECTED
from teikit.pipeline import Resources, Result, check_output, convert_files

PAGES = SHARED / "real-pages"
pytestmark = pytest.mark.skipif(not PAGES.is_dir(), reason="../shared/real-pages is not here")
STEMS = sorted(EXPECTED)


@pytest.fixture(scope="module")
def converted(tmp_path_factory) -> dict[str, tuple[Result, etree._Element, Path]]:
    out = tmp_path_factory.mktemp("real-pages")
    paths = [PAGES / f"{stem}.txt" for stem in STEMS]
    results = convert_files(paths, out, Resources.beside(TEI_DIR))
    failed = [r for r in results if not isinstance(r, Result)]
    assert not failed, failed
    return {r.source.stem: (r, etree.fromstring(r.xml), out / f"{r.source.stem}.xml") for r in results}


def test_every_page_has_an_expectation():
    on_disk = {p.stem for p in PAGES.glob("*.txt")}
    assert on_disk == set(EXPECTED), on_disk ^ set(EXPECTED)


@pytest.mark.parametrize("stem", STEMS)
def test_layout_recognised(stem, converted):
    result = converted[stem][0]
    assert result.document.shape == EXPECTED[stem]["layout"]
    assert not [w for w in result.warnings if "not recognised" in w], result.warnings


@pytest.mark.parametrize("stem", STEMS)
def test_genre(stem, converted):
    tree = converted[stem][1]
    assert xp(tree, "string(//t:textClass/t:keywords/t:term[@type='genre'])") == EXPECTED[stem]["genre"]


@pytest.mark.parametrize("stem", STEMS)
def test_title_is_the_pages_title(stem, converted):
    titles = {line.split("\t")[0][:-4]: line.split("\t")[2]
              for line in (PAGES / "MANIFEST.tsv").read_text(encoding="utf-8").splitlines()[1:]}
    assert xp(converted[stem][1], "string(//t:titleStmt/t:title[1])") == titles[stem]


@pytest.mark.parametrize("stem", STEMS)
def test_valid_against_project_schema(stem, converted):
    result, _, target = converted[stem]
    errors = [d for d in check_output(result.xml, target) if d.severity == "error"]
    assert not errors, [d.message for d in errors]


@pytest.mark.parametrize("stem", STEMS)
def test_valid_against_tei_all(stem, converted, tei_all_rng):
    assert tei_all_rng.validate(converted[stem][1]), tei_all_rng.error_log


@pytest.mark.parametrize("stem", STEMS)
def test_no_chrome_in_text(stem, converted):
    text = text_of(xp(converted[stem][1], "//t:text")[0])
    assert [c for c in CHROME if c in text] == []


def _depth(lst: etree._Element) -> int:
    inner = xp(lst, "t:item/t:list")
    return 1 + max((_depth(i) for i in inner), default=0)


def _check_structures(tree: etree._Element, want: dict) -> list[str]:
    """What the page should have and the TEI lacks (an empty list when it has everything)."""
    missing = []
    turns = len(xp(tree, "//t:body//t:sp"))
    if turns < want.get("turns", 0):
        missing.append(f"{turns} speaker turns, want at least {want['turns']}")
    # the label as printed, without the colon or full stop that ends it
    speakers = {text_of(s).rstrip(":.") for s in xp(tree, "//t:body//t:speaker")}
    missing += [f"no speaker {name!r} (have {sorted(speakers)})"
                for name in want.get("speakers", []) if name not in speakers]
    if len(xp(tree, "//t:body//t:stage")) < want.get("stages", 0):
        missing.append("no stage direction")
    if want.get("closer") and not xp(tree, "//t:body//t:closer"):
        missing.append("no closer")
    if want.get("header"):
        structured = xp(tree, "//t:body/t:div/t:opener[count(.//t:seg[@type] | .//t:dateline) >= 2]")
        if not structured or len(xp(tree, "//t:body/t:div/t:head")) > 2:
            missing.append("header is not one structured opener")
    depth = max((_depth(lst) for lst in xp(tree, "//t:body//t:list[not(ancestor::t:list)]")), default=0)
    if depth < want.get("list_depth", 0):
        missing.append(f"list depth {depth}, want {want['list_depth']}")
    if want.get("no_text") and text_of(xp(tree, "//t:body")[0]):
        missing.append("text found on a page that has none")
    return missing


@pytest.mark.parametrize("stem", [s for s in STEMS if set(EXPECTED[s]) - {"layout", "genre"}])
def test_structures(stem, converted):
    assert _check_structures(converted[stem][1], EXPECTED[stem]) == []
