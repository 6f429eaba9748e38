"""Register pages show what the edition names: only mentioned entries, mentions grouped by
document, contexts spaced as in the text, authority links and coordinates."""

from __future__ import annotations

import re
from pathlib import Path

import lxml.html
import pytest
from lxml import etree

from render_helpers import DATA, ROOT
from teikit.render.extract import CONTEXT_BLOCKS, mentions
from teikit.render.site import build_site

TEI_FILES = sorted((ROOT / "tei").glob("[0-9]*.xml"))
T = "http://www.tei-c.org/ns/1.0"


@pytest.fixture(scope="module")
def edition_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("registers")
    assert build_site(TEI_FILES, ROOT / "tei" / "register.xml", out).ok
    return out


@pytest.fixture(scope="module")
def crafted_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("crafted-registers")
    assert build_site([DATA / "crafted.xml"], DATA / "register.xml", out).ok
    return out


def _mentioned(kind: str) -> set[str]:
    element = {"persons": "persName", "organisations": "orgName", "places": "placeName"}[kind]
    return {ref.split("#")[1] for tei in TEI_FILES
            for ref in etree.parse(str(tei)).xpath(f"//t:text//t:{element}/@ref", namespaces={"t": T})
            if ref.startswith("register.xml#")}


@pytest.mark.parametrize("kind", ["persons", "organisations", "places"])
def test_list_pages_hold_only_mentioned_entries(edition_site: Path, kind: str) -> None:
    page = lxml.html.parse(str(edition_site / f"{kind}.html")).getroot()
    listed = set(page.xpath("//main/section[@class='entry']/@id"))
    register = etree.parse(str(ROOT / "tei" / "register.xml"))
    assert len(register.xpath("//*[@xml:id]")) > len(listed) > 0  # the register holds more than the pages
    assert "Not mentioned" not in page.text_content()
    # every listed entry is named somewhere, by its own element or as another kind (a place named as an org)
    named = _mentioned("persons") | _mentioned("organisations") | _mentioned("places")
    assert listed <= named and _mentioned(kind) & set(register.xpath("//@xml:id")) <= listed | _other_kinds(kind)


def _other_kinds(kind: str) -> set[str]:
    """Ids the register files under another kind than the element naming them."""
    register = etree.parse(str(ROOT / "tei" / "register.xml"))
    own = {"persons": ("person", "personGrp"), "organisations": ("org",), "places": ("place",)}[kind]
    return {el.get("{http://www.w3.org/XML/1998/namespace}id") for el in register.iter()
            if isinstance(el.tag, str) and etree.QName(el).localname not in own}


def test_entry_page_groups_mentions_by_document(edition_site: Path) -> None:
    page = lxml.html.parse(str(edition_site / "persons" / "khrushchev-nikita.html")).getroot()
    groups = page.xpath("//section[@class='doc-mentions']")
    titles = [g.xpath("string(h2/a)") for g in groups]
    assert len(groups) > 1 and len(titles) == len(set(titles))  # each document's title once
    assert any(len(g.xpath(".//ul[@class='mentions']/li")) > 1 for g in groups)  # then its passages
    assert not page.xpath("//ul[@class='mentions']/li//a[contains(., ' (19')]")  # no title repeated per passage


def test_contexts_are_the_text_as_written() -> None:
    """before + name + after is the block's own text: no space made before punctuation."""
    for tei in TEI_FILES:
        root = etree.parse(str(tei)).getroot()
        blocks = " ".join(" ".join("".join(b.itertext()).split())
                          for b in root.iter(*(f"{{{T}}}{b}" for b in CONTEXT_BLOCKS)))
        for m in mentions(root):
            passage = (m.before + m.name + m.after).strip("…")
            assert passage in blocks or m.before == m.after == "", (tei.name, passage)


def test_context_spacing_around_punctuation() -> None:
    root = etree.fromstring(
        f'<TEI xmlns="{T}"><text><body><p>It was a concern to <persName ref="register.xml#k">Khrushchev</persName>. '
        f'<persName ref="register.xml#k">Khrushchev</persName>\'s view, said '
        f'<persName ref="register.xml#k">he</persName>'
        f' (<placeName ref="register.xml#m">Moscow</placeName>)</p></body></text></TEI>')
    shown = [m.before + "[" + m.name + "]" + m.after for m in mentions(root)]
    assert shown == ["It was a concern to [Khrushchev]. Khrushchev's view, said he (Moscow)",
                     "It was a concern to Khrushchev. [Khrushchev]'s view, said he (Moscow)",
                     "It was a concern to Khrushchev. Khrushchev's view, said [he] (Moscow)",
                     "It was a concern to Khrushchev. Khrushchev's view, said he ([Moscow])"]


def test_authority_links_and_coordinates(crafted_site: Path) -> None:
    places = lxml.html.parse(str(crafted_site / "places.html")).getroot()
    bucharest = places.xpath("//section[@id='bucharest']")[0]
    assert bucharest.xpath(".//ul[@class='facts authorities']//a/@href") == ["https://www.geonames.org/683506"]
    assert "44.43° N, 26.11° E" in bucharest.text_content()  # the javascript: idno is not linked
    persons = lxml.html.parse(str(crafted_site / "persons" / "khrushchev-n.html")).getroot()
    links = {a.text: a.get("href") for a in persons.xpath("//ul[@class='facts authorities']//a")}
    assert links == {"Wikidata": "https://www.wikidata.org/wiki/Q35452", "VIAF": "https://viaf.org/viaf/76321727"}


def test_places_page_has_an_offline_map_of_the_coordinates(crafted_site: Path, edition_site: Path) -> None:
    page = lxml.html.parse(str(crafted_site / "places.html")).getroot()
    svg = page.xpath("//figure[@class='map']/*[local-name()='svg']")[0]
    points = {a.get("href"): (float(a[0].get("cx")), float(a[0].get("cy"))) for a in svg.xpath("*[local-name()='a']")}
    assert set(points) == {"#bucharest", "#gagra"}
    assert points["#gagra"][0] > points["#bucharest"][0]  # Gagra (40.27° E) lies east of Bucharest (26.11° E)
    assert points["#gagra"][1] > points["#bucharest"][1]  # and south of it (43.28° N against 44.43° N)
    assert not svg.xpath(".//*[local-name()='image' or @href[starts-with(., 'http')]]")  # nothing fetched
    # the sample register's places carry GeoNames coordinates: its map has a point for every mentioned place with them
    edition_map = lxml.html.parse(str(edition_site / "places.html")).getroot().xpath("//figure[@class='map']//*[@href]")
    assert edition_map


def test_no_empty_map_without_coordinates(tmp_path: Path) -> None:
    register = tmp_path / "register.xml"
    register.write_text(re.sub(r"<geo>[^<]*</geo>", "", (DATA / "register.xml").read_text(encoding="utf-8")),
                        encoding="utf-8")
    assert build_site([DATA / "crafted.xml"], register, tmp_path / "site").ok
    assert not lxml.html.parse(str(tmp_path / "site" / "places.html")).getroot().xpath("//figure[@class='map']")


def test_chronology_puts_documents_and_register_events_in_date_order(edition_site: Path) -> None:
    page = lxml.html.parse(str(edition_site / "chronology.html")).getroot()
    items = page.xpath("//ol[@class='timeline']/li")
    dates = [li.xpath("string(time/@datetime)") for li in items]
    assert dates == sorted(dates)
    documents = [li for li in items if li.get("class") == "document"]
    assert len(documents) == len(TEI_FILES)
    assert {d.xpath("string(a/@href)") for d in documents} == {f"{t.stem}.html" for t in TEI_FILES}
    # an office the register dates inside the documents' years: Khrushchev's fall
    assert any("Khrushchev leaves office" in li.text_content() and li.xpath("string(time/@datetime)") == "1964-10-14"
               for li in items)
    years = {int(d[:4]) for d in dates}
    assert years == set(range(min(years), max(years) + 1)) & years and min(years) == 1963 and max(years) == 1965
