"""The published edition's framing, as files: search index, cards without duplicate tooltips,
one date style, cite box and downloads, foreign headers, the validate note on foreign TEI."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import lxml.html
import pytest
from lxml import etree

from render_helpers import ROOT
from teikit.render.html import render
from teikit.render.printhtml import assemble, print_html
from teikit.render.site import build_site

TEI_FILES = sorted((ROOT / "tei").glob("[0-9]*.xml"))
EXTERNAL = ROOT.parent / "shared" / "external-tei"
TEIKIT = str(Path(sys.executable).parent / "teikit")
TWO_TITLES = ("""<TEI xmlns="http://www.tei-c.org/ns/1.0" xml:lang="en"><teiHeader><fileDesc><titleStmt>
<title type="main" xml:lang="sl">Seja 1</title><title type="main" xml:lang="en">Sitting 1</title>
<respStmt><persName>A. B.</persName><resp xml:lang="sl">Prevod</resp><resp xml:lang="en">Translation</resp></respStmt>
</titleStmt><publicationStmt><publisher>P</publisher></publicationStmt>
<sourceDesc><msDesc><msIdentifier><repository xml:lang="sl">Arhiv</repository>"""
              """<repository xml:lang="en">Archive</repository>
</msIdentifier></msDesc></sourceDesc></fileDesc></teiHeader><text><body><p>Hello parliament.</p></body></text></TEI>""")
DISPLAY_DATE = re.compile(r"^(\d{1,2} )?(January|February|March|April|May|June|July|August|September|October|November"
                          r"|December) \d{4}$|^\d{4}$")


def _site(out: Path) -> Path:
    assert build_site(TEI_FILES, ROOT / "tei" / "register.xml", out).ok
    return out


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _site(tmp_path_factory.mktemp("published"))


def _index(site: Path) -> dict:  # type: ignore[type-arg]
    script = (site / "search-index.js").read_text(encoding="utf-8")
    return json.loads(script.removeprefix("window.TEIKIT_SEARCH = ").removesuffix(";\n"))


def test_search_index_links_every_passage_to_its_anchor(site: Path) -> None:
    index = _index(site)
    assert len(index["docs"]) == len(TEI_FILES)
    pages = {doc["href"]: lxml.html.parse(str(site / doc["href"])).getroot() for doc in index["docs"]}
    for number, n, text in index["passages"]:
        anchor = pages[index["docs"][number]["href"]].xpath(f"//*[@id='tk-s{n}']")
        assert anchor and anchor[0].get("class") == "passage-anchor"
        # the passage is the block right after its anchor; a paragraph that is only a note shows its call
        after = anchor[0].getnext()
        assert after is not None and (text.split()[0] in after.text_content() or after.xpath(".//*[@class='call']")), n
    hits = [p for p in index["passages"] if "kontroliruetsya" in p[2]]
    assert hits and index["docs"][hits[0][0]]["href"] == "004_199396b955c38b4b.html"


def test_search_index_finds_entries_by_every_form(site: Path) -> None:
    entries = {e["id"]: e for e in _index(site)["entries"]}
    khrushchev = entries["khrushchev-nikita"]
    assert "N. S. Khrushchev" in khrushchev["forms"] and khrushchev["href"] == "persons/khrushchev-nikita.html"
    assert (site / khrushchev["href"]).exists()


def test_search_index_is_the_same_bytes_on_a_fresh_build(site: Path, tmp_path: Path) -> None:
    again = _site(tmp_path / "again")
    for name in ("search-index.js", "search.html", "chronology.html", "about.html", "index.html"):
        assert (again / name).read_bytes() == (site / name).read_bytes(), name


def test_cards_are_the_only_tooltip(site: Path) -> None:
    for page in [site / f"{tei.stem}{suffix}" for tei in TEI_FILES for suffix in (".html", ".sidebyside.html")]:
        doc = lxml.html.parse(str(page)).getroot()
        assert doc.xpath("//*[@data-card]") and not doc.xpath("//*[@data-card][@title]"), page.name
    nested = lxml.html.parse(str(site / "000_c4597c774dfb8533.html")).getroot().xpath("//a//*[@data-card]")
    assert nested  # a name inside a linked name (or a reference) keeps its card


def test_dates_shown_in_one_style(site: Path) -> None:
    shown = []
    for page in ["index.html", "chronology.html", "persons/khrushchev-nikita.html",
                 *(f"{t.stem}.html" for t in TEI_FILES)]:
        doc = lxml.html.parse(str(site / page)).getroot()
        shown += [" ".join(t.text_content().split()) for t in doc.xpath(
            # the Source field quotes the archive's citation as written, so its date is left out
            "//td[@class='date']/time | //dl[@class='meta']/dd[preceding-sibling::dt[1] = 'Date']/time"
            " | //section[@class='doc-mentions']/h2/time"
            " | //ol[@class='timeline']/li/time")]
    assert len(shown) > 20 and [d for d in shown if not DISPLAY_DATE.match(d)] == []


def test_cite_box_and_downloads(site: Path) -> None:
    doc = lxml.html.parse(str(site / "002_eba8ff610aa90a90.diplomatic.html")).getroot()
    box = doc.xpath("//aside[@class='cite-box']")[0]
    assert "6 July 1964" in box.text_content() and "Untitled edition" in box.text_content()
    tei = box.xpath(".//a[@type='application/tei+xml']/@href")[0]
    assert (site / tei).read_bytes() == (ROOT / "tei" / "002_eba8ff610aa90a90.xml").read_bytes()
    assert not box.xpath(".//a[@type='application/pdf']")  # no PDF link unless the build makes the PDFs


def test_about_page_explains_each_mark_from_the_odd(site: Path) -> None:
    about = lxml.html.parse(str(site / "about.html")).getroot()
    rows = {r.xpath("string(th)"): r for r in about.xpath("//table[@class='marks']/tbody/tr")}
    assert {"supplied", "choice", "sic", "metamark", "gap", "foreign"} <= set(rows)
    supplied = rows["supplied"]
    assert "&lt;" not in supplied.xpath("string(td[2])") and "<supplied" in supplied.xpath("string(td[2])")
    assert supplied.xpath("td[3]//span[@class='supplied']") and "[UNCTAD]" in supplied.xpath("string(td[4])")
    assert "editorial brackets typed in the source" in about.text_content().lower()


def test_a_header_with_two_titles_and_two_resps_renders(tmp_path: Path) -> None:
    """ParlaMint-style headers: every title, resp and repository in two languages."""
    tei = tmp_path / "sitting.xml"
    tei.write_text(TWO_TITLES, encoding="utf-8")
    for view in ("reading", "diplomatic", "sidebyside"):
        page = lxml.html.fromstring(render(tei, view))
        assert page.xpath("string(//h1)") == "Seja 1 / Sitting 1" and "Hello parliament." in page.text_content()
    printed = lxml.html.fromstring(print_html(assemble([tei])))
    assert "Hello parliament." in printed.text_content() and "Arhiv" in printed.text_content()


@pytest.mark.skipif(not (EXTERNAL / "suriano-03-003.xml").exists(), reason="../shared/external-tei is not here")
def test_validate_says_first_that_foreign_tei_is_not_in_the_profile() -> None:
    run = subprocess.run([TEIKIT, "validate", str(EXTERNAL / "suriano-03-003.xml")],
                         capture_output=True, text=True, cwd=ROOT)
    first = run.stdout.splitlines()[0]
    assert "not in the teikit profile" in first and run.stdout.splitlines()[1].strip().endswith("--schema tei_all")
    own = subprocess.run([TEIKIT, "validate", str(TEI_FILES[0])], capture_output=True,
                         text=True, cwd=ROOT)
    assert "not in the teikit profile" not in own.stdout and own.returncode == 0


def test_passage_numbers_match_between_the_index_and_the_reading_view() -> None:
    from teikit.render.extract import passages

    for tei in TEI_FILES:
        page = lxml.html.fromstring(render(tei, "reading"))
        anchors = page.xpath("//span[@class='passage-anchor']/@id")
        assert anchors == [f"tk-s{n}" for n in range(1, len(passages(etree.parse(str(tei)).getroot())) + 1)]
