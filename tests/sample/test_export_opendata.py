"""JSON and CSV exports: JSON Schema, offsets that round-trip, register rows and counts."""

from __future__ import annotations

import csv
import io
import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree

from conftest import TEI_DIR
from export_fixtures import write_edition
from teikit.export import opendata
from teikit.export.edition import load_edition
from teikit.export.plaintext import plain_text
from teikit.tei.fidelity import diplomatic_text

jsonschema = pytest.importorskip("jsonschema")  # add `jsonschema` to the test extra


def schema_validator():
    schema = json.loads(opendata.SCHEMA_PATH.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())


def folded(s: str) -> str:
    return " ".join(s.split())


def assert_round_trip(root: etree._Element, record: dict) -> int:
    """Every mention's offsets give exactly its text, and that text is the element's own (diplomatic) text."""
    text = record["text"]
    elements = root.xpath("//*[local-name()='text']//*[local-name()='persName' or local-name()='orgName' or "
                          "local-name()='placeName' or local-name()='date']")
    assert len(elements) == len(record["mentions"])
    for el, mention in zip(elements, record["mentions"]):  # both in document order
        assert mention["type"] == etree.QName(el).localname
        assert text[mention["start"]:mention["end"]] == mention["text"]
        assert mention["text"] == mention["text"].strip()
        assert folded(mention["text"]) == folded(diplomatic_text(el))
    return len(elements)


@pytest.fixture(scope="module")
def seeds_json() -> dict:
    return json.loads(opendata.documents_json(load_edition(TEI_DIR)))


def test_seeds_json_valid_against_schema(seeds_json):
    errors = sorted(schema_validator().iter_errors(seeds_json), key=str)
    assert errors == []
    assert [d["id"][:4] for d in seeds_json["documents"]] == ["d000", "d001", "d002", "d003", "d004"]
    first = seeds_json["documents"][0]
    assert first["genre"] == "letter" and first["date"]["when"] == "1964-07-02"
    assert first["source_url"] == "https://digitalarchive.wilsoncenter.org/document/117990"


def test_seeds_plain_text_has_the_diplomatic_words(seeds_json):
    for record in seeds_json["documents"]:
        root = etree.parse(str(TEI_DIR / record["file"])).getroot()
        assert record["text"].split() == diplomatic_text(root).split()
        assert "\x00" not in record["text"] and "\x01" not in record["text"]


def test_seeds_every_mention_round_trips(seeds_json):
    """Holds for every name and date the seeds carry (none until the names stage marks them)."""
    for record in seeds_json["documents"]:
        root = etree.parse(str(TEI_DIR / record["file"])).getroot()
        assert_round_trip(root, record)


def test_json_is_deterministic():
    assert opendata.documents_json(load_edition(TEI_DIR)) == opendata.documents_json(load_edition(TEI_DIR))


def test_crafted_mentions(tmp_path):
    edition = load_edition(write_edition(tmp_path))
    data = json.loads(opendata.documents_json(edition))
    assert list(schema_validator().iter_errors(data)) == []
    a = data["documents"][0]
    root = edition.documents[0].root
    assert assert_round_trip(root, a) == 12
    assert a["text"].startswith("Bucharest\n26 June 1964\nDear Comrade,\n"
                                "Comrades Ion Gheorghe Maurer, E. Bodnaras [and]")
    by = {(m["type"], m["text"]): m for m in a["mentions"]}
    maurer = by[("persName", "Ion Gheorghe Maurer")]
    assert maurer["ref"] == "maurer" and maurer["target"] == "register.xml#maurer"
    assert maurer["label"] == "Ion Gheorghe Maurer" and maurer["authority"] == []
    khrushchev = by[("persName", "[N.] Khrushchev")]  # the supplied initial keeps its brackets
    assert khrushchev["authority"] == ["http://www.wikidata.org/entity/Q1", "https://d-nb.info/gnd/2"]
    assert by[("persName", "E. Bodnaras")]["ref"] is None and by[("persName", "E. Bodnaras")]["cert"] == "low"
    assert by[("date", "5-10 June")]["from"] == "1964-06-05" and by[("date", "5-10 June")]["to"] == "1964-06-10"
    assert by[("placeName", "Romania")]["target"] is None  # inside an inline translator's note
    org = by[("orgName", "Central Committee of the Romanian Workers Party")]
    romanian = by[("placeName", "Romanian")]
    assert org["start"] < romanian["start"] < romanian["end"] < org["end"]  # nested
    dej = [m for m in a["mentions"] if m["text"] == "Dej"][0]
    assert a["text"][dej["start"] - 20:dej["start"]].endswith("*Not reviewed by ")  # the footnote, as typed


# --- property: offsets round-trip on generated inline markup ---------------------------------------------

WORDS = st.sampled_from(["Moscow", "the", "C.C.", "Cde.", "Brezhnev", "1964", "[x]", "é", "—", "a"])
SPACE = st.sampled_from([" ", "  ", "\n   ", "\t", ""])


@st.composite
def inline(draw, depth=0):
    parts = []
    for _ in range(draw(st.integers(0, 4))):
        kind = draw(st.sampled_from(["text", "text", "name", "lb", "supplied"] if depth < 3 else ["text"]))
        if kind == "text":
            parts.append(draw(SPACE) + draw(WORDS) + draw(SPACE))
        elif kind == "lb":
            parts.append("<lb/>")
        elif kind == "supplied":
            parts.append(f'<supplied rend="brackets">{draw(inline(depth + 1))}</supplied>')
        else:
            tag = draw(st.sampled_from(["persName", "orgName", "placeName", "date"]))
            parts.append(f"<{tag}>{draw(inline(depth + 1))}</{tag}>")
    return "".join(parts)


@settings(max_examples=150, deadline=None)
@given(st.lists(inline(), min_size=1, max_size=4))
def test_offsets_round_trip_on_generated_markup(paragraphs):
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    root = etree.fromstring(f'<TEI xmlns="http://www.tei-c.org/ns/1.0"><text><body><div>{body}</div></body></text></TEI>')
    text, mentions = plain_text(root)
    assert text.split() == diplomatic_text(root).split()
    assert text == text.strip() and "  " not in text
    for m in mentions:
        assert text[m.start:m.end] == m.text
        assert folded(m.text) == folded(diplomatic_text(m.element))


# --- CSV ----------------------------------------------------------------------------------------------------

def read_csv(data: bytes) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(data.decode("utf-8"), newline="")))


def test_register_csv_columns_and_counts(tmp_path):
    edition = load_edition(write_edition(tmp_path))
    data = opendata.register_csv(edition)
    assert data.split(b"\r\n")[0].decode() == ",".join(opendata.CSV_COLUMNS)
    rows = {r["id"]: r for r in read_csv(data)}
    assert list(rows) == ["dej", "khrushchev", "translator", "maurer", "cc-rwp", "bucharest", "moscow"]
    # mentions = elements in the texts whose @ref points at the entry (sp/@who is not a mention)
    assert (rows["dej"]["mentions"], rows["dej"]["documents"]) == ("5", "3")
    assert (rows["khrushchev"]["mentions"], rows["khrushchev"]["documents"]) == ("3", "3")
    assert (rows["moscow"]["mentions"], rows["moscow"]["documents"]) == ("3", "3")
    assert (rows["bucharest"]["mentions"], rows["bucharest"]["documents"]) == ("2", "1")
    assert (rows["translator"]["mentions"], rows["translator"]["documents"]) == ("0", "0")
    assert rows["dej"]["label"] == "Gheorghe Gheorghiu-Dej"  # type="main" comes first
    assert rows["dej"]["forms"] == "Gheorghe Gheorghiu-Dej | Dej"
    assert rows["khrushchev"]["authority_ids"] == "wikidata:Q1 | GND:2"
    assert rows["bucharest"]["authority_uris"] == "http://www.wikidata.org/entity/Q3 | https://www.geonames.org/4"
    assert rows["maurer"]["authority_uris"] == ""  # a local id is not an authority URI


def test_register_csv_on_the_edition_register():
    if not (TEI_DIR / "register.xml").exists():
        pytest.skip("tei/register.xml not written yet")
    edition = load_edition(TEI_DIR)
    rows = read_csv(opendata.register_csv(edition))
    assert len(rows) == len(edition.register.entries) > 0
    assert len({r["id"] for r in rows}) == len(rows)
    assert all(r["kind"] in {"person", "org", "place", "personGrp", "bibl", "event"} for r in rows)
    counts, docs = opendata.mention_counts(edition)
    refs = sum(1 for d in edition.documents for v in d.root.xpath("//*[local-name()='text']//@ref")
               if edition.register.id_of(str(v)))
    assert sum(int(r["mentions"]) for r in rows) == refs


# --- the seeds as the converter marked them ------------------------------------------------------------


@pytest.mark.parametrize("name", sorted(p.name for p in TEI_DIR.glob("0*.xml")))
def test_round_trip_on_seeds_with_marked_names(name):
    """Every name and date the converter marked in the seeds (hundreds per document)."""
    root = etree.parse(str(TEI_DIR / name)).getroot()
    text, mentions = plain_text(root)
    assert len(mentions) >= 40
    assert text.split() == diplomatic_text(root).split()
    record = {"text": text, "mentions": [opendata.mention_record(m, None) for m in mentions]}
    assert_round_trip(root, record)
