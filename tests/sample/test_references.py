"""References to documents and works: detection, the bibliography register, links across the edition."""

from __future__ import annotations

import subprocess
import sys

import pytest

from conftest import ROOT, TEI_DIR, xp
from teikit.references import reference_date
from teikit.references.catalogue import Catalogue
from teikit.references.detect import find_references

CATALOGUE = Catalogue.load(TEI_DIR / "bibliography.xml")


@pytest.mark.parametrize("text,kind,found", [
    ("we received your letter of 3 March 1968 with thanks", "letter", "your letter of 3 March 1968"),
    ("as stated in the Bucharest Declaration of July 1966, the", "declaration",
     "the Bucharest Declaration of July 1966"),
    ("under Article 5 of the Warsaw Treaty the parties", "treaty", "Article 5 of the Warsaw Treaty"),
    ("Cde. Gomułka’s speech at the 5th PUWP Congress was", "report", "Cde. Gomułka’s speech at the 5th PUWP Congress"),
    ("published in the newspaper “Trybuna Ludu” yesterday", "periodical", "Trybuna Ludu"),
    ("an article in “Rudé právo” on", "article", "an article in “Rudé právo”"),
    ("a report in Neues Deutschland said", "periodical", "Neues Deutschland"),
    ("the Rapacki Plan was discussed", "article", "the Rapacki Plan"),
])
def test_detects_references_in_unseen_wording(text, kind, found):
    refs = find_references(text)
    assert [(r.kind, r.text) for r in refs] == [(kind, found)]


@pytest.mark.parametrize("text", [
    "the Soviet proposals were rejected", "the 9th RCP Congress opened", "a statement was made",
    "we agree with the letter and the spirit", "MIG-21 squadrons", "Article 5 alone",
])
def test_no_reference_in_ordinary_phrases(text):
    assert find_references(text) == []


def test_reference_dates():
    assert reference_date("31.XII.1963", "") == "1963-12-31"
    assert reference_date("2 January of this year", "1964") == "1964-01-02"
    assert reference_date("26 June 1964", "1965") == "1964-06-26"
    assert reference_date("14 January", "") == ""


def test_catalogue_lookup():
    assert CATALOGUE.by_title("the 1960 Declaration").id == "moscow-statement-1960"
    assert CATALOGUE.by_exact_title("New Pravda") is None
    assert CATALOGUE.by_exact_title("Pravda").id == "pravda"
    assert CATALOGUE.by_date("letter", "1963-12-31").id == "khrushchev-message-1963-12-31"


def test_bibliography_register_is_valid_tei(tei_all_rng):
    from lxml import etree
    assert tei_all_rng.validate(etree.parse(str(TEI_DIR / "bibliography.xml"))), tei_all_rng.error_log


def test_reply_links_both_ways_in_the_seeds(seed_trees):
    t000, t001 = seed_trees["000"], seed_trees["001"]
    assert xp(t000, "//t:body//t:bibl[@type='letter']/@corresp") == ["001_5e72ef8bd04fa2fa.xml"]
    assert xp(t000, "//t:correspContext/t:ref[@type='replyTo']/@target") == ["001_5e72ef8bd04fa2fa.xml"]
    assert xp(t001, "//t:correspContext/t:ref[@type='repliedBy']/@target") == ["000_c4597c774dfb8533.xml"]
    # the archive page's 'Related Documents' entry resolves to the edition's document
    assert xp(t001, "//t:listBibl[@type='related']/t:bibl/@corresp") == ["000_c4597c774dfb8533.xml"]


def test_names_inside_references_are_nested(seed_trees):
    article = xp(seed_trees["002"], "//t:text//t:bibl[t:citedRange]")[0]
    assert xp(article, "string(t:citedRange/@from)") == "20" and xp(article, "string(t:title)") == "Danube Convention"


def test_every_reference_pointer_resolves(seed_trees):
    ids = set(xp(__import__("lxml.etree").etree.parse(str(TEI_DIR / "bibliography.xml")), "//t:bibl/@xml:id"))
    for tree in seed_trees.values():
        for pointer in xp(tree, "//t:text//t:bibl/@corresp | //t:text//t:title/@ref"):
            if pointer.startswith("bibliography.xml#"):
                assert pointer.split("#")[1] in ids
            else:
                assert (TEI_DIR / pointer).exists()


def test_scorer_reports_precision_and_recall():
    out = subprocess.run([sys.executable, "-m", "teikit.references.score", str(TEI_DIR),
                          "--gold", str(ROOT / "tests" / "gold" / "references")],
                         capture_output=True, text=True, check=True).stdout
    lines = {line.split()[0] + line.split()[1]: line.split() for line in out.splitlines()[1:]}
    found = lines["bibl(found)"]
    assert float(found[2]) >= 0.9 and float(found[3]) >= 0.9  # precision, recall on the seeds


# -- general citation forms (issue 17): wordings not in the blind set -------------------------

@pytest.mark.parametrize("text,kind,found", [
    ("as the Yugoslav memorandum of 4 March 1962 says", "letter", "the Yugoslav memorandum of 4 March 1962"),
    ("in the confidential telegram of the Polish Embassy of 9 May the", "letter",
     "the confidential telegram of the Polish Embassy of 9 May"),
    ("Comrade Tito’s message to Comrade Nasser of 2 June was read", "letter",
     "Comrade Tito’s message to Comrade Nasser of 2 June"),
    ("the ADN communiqué of 14 August 1961 said", "declaration", "the ADN communiqué of 14 August 1961"),
    ("contrary to the Helsinki Final Act and", "treaty", "the Helsinki Final Act"),
    ("under the Treaty of Peace with Japan of 1951 the", "treaty", "the Treaty of Peace with Japan of 1951"),
    ("they quoted the \"Theses on the Agrarian Question\" at length", "article",
     "the \"Theses on the Agrarian Question\""),
    ("the weekly Polityka printed it", "periodical", "Polityka"),
    ("in their last reply the comrades", "letter", "their last reply"),
    ("as his cable No. 118 dated March 3rd, 1970 said", "letter", "his cable No. 118 dated March 3rd, 1970"),
])
def test_general_citation_forms(text, kind, found):
    assert [(r.kind, r.text) for r in find_references(text)] == [(kind, found)]


@pytest.mark.parametrize("text", [
    "your response was friendly", "the Warsaw Pact forces", "the Translator’s note says", "the letter and the spirit",
    "we read the \"famous\" words",
])
def test_general_forms_stay_out_of_ordinary_phrases(text):
    assert [r.text for r in find_references(text)] == []
