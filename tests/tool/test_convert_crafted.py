"""Documents the team wrote in each page shape, with other people, places, dates and brackets."""

from __future__ import annotations

import pytest
from lxml import etree

from conftest import RAW, text_of, xp
from teikit.pipeline import convert_file


def convert(name: str) -> etree._Element:
    return etree.fromstring(convert_file(RAW / name).xml)


@pytest.mark.parametrize("name", sorted(p.name for p in RAW.glob("*.txt")))
def test_crafted_valid(name, tei_all_rng):
    tree = convert(name)
    assert tei_all_rng.validate(tree), tei_all_rng.error_log


def test_card_letter_other_people():
    t = convert("card_letter_gomulka.txt")
    assert xp(t, "string(//t:titleStmt/t:respStmt/t:persName)") == "Jane Q. Reader"
    assert xp(t, "string(//t:creation/t:date/@when)") == "1968-03-14"
    assert xp(t, "//t:langUsage/t:language/@ident") == ["pl", "en"]
    assert xp(t, "string(//t:opener/t:salute)") == "Dear Comrade Ulbricht,"
    assert xp(t, "string(//t:closer/t:salute)") == "With fraternal greetings,"
    assert text_of(xp(t, "//t:closer/t:signed")[0]) == "W. Gomułka First Secretary of the C.C. of the P.U.W.P."
    assert xp(t, "//t:sic/text()") == ["Ostrava"]
    assert xp(t, "//t:foreign/text()") == ["kontrol'"]
    assert xp(t, "//t:gap")
    assert "Warsaw" in xp(t, "string(//t:correspAction[@type='sent']/t:placeName)")


def test_site_telegram_with_chrome():
    result = convert_file(RAW / "site_telegram_hanoi.txt")
    t = etree.fromstring(result.xml)
    assert result.document.shape == "site"
    assert b"Featured People" not in result.xml and b"Castro" not in result.xml
    assert b"About Digital Archive" not in result.xml and b"Something about resources" not in result.xml
    assert xp(t, "string(//t:body/t:div/@type)") == "telegram"
    assert xp(t, "string(//t:publicationStmt/t:idno[@type='WCDA'])") == "999002"
    assert xp(t, "string(//t:msIdentifier/t:repository)") == "Hungarian National Archives (MOL)"
    assert xp(t, "normalize-space(//t:abstract)").startswith("Hungarian report")
    assert xp(t, "string(//t:choice/t:abbr)") == "DRV"
    assert not xp(t, "//t:text//*[.='Translation' or .='English']")


def test_bare_record_colonless_speakers():
    t = convert("bare_record_sofia.txt")
    assert [text_of(s) for s in xp(t, "//t:speaker")] == ["T. Zhivkov", "E. Honecker.", "T. Zhivkov", "E. Honecker"]
    assert xp(t, "//t:stage/text()") == ["(smiling)"]
    assert xp(t, "string(//t:head[@type='classification'])") == "Top Secret"
    assert xp(t, "string(//t:opener/t:dateline)") == "Sofia"
    assert xp(t, "normalize-space(//t:abstract)") == "A Bulgarian record of talks on trade and Berlin."
    assert xp(t, "//t:sp/t:p/t:note[@type='translator']")


def test_unknown_shape_falls_back_to_paragraphs_with_warning():
    result = convert_file(RAW / "plain_note.txt")
    assert result.document.shape == "plain"
    assert any("not recognised" in w for w in result.warnings)
    assert b"keeps every word." in result.xml


def test_unclaimed_metadata_is_kept_in_the_header():
    from teikit.pipeline import convert_document
    from teikit.readers import read_bytes

    page = ("July 2, 1964\nA Note\nText of the note.\nA summary.\nDocument Information\n"
            "ANIC, dosar 1/1964.\nSomething the reader has no label for\nOriginal Uploaded Date\n2013-09-27\n"
            "Original Classification\nTop Secret\nType\nNote\n")
    t = etree.fromstring(convert_document(read_bytes(page.encode(), "x")))
    assert xp(t, "//t:notesStmt/t:note[@type='archive-page']/text()") == ["Something the reader has no label for"]
    assert xp(t, "string(//t:publicationStmt/t:date[@type='uploaded']/@when)") == "2013-09-27"
    assert xp(t, "//t:keywords/t:term[@type='classification']/text()") == ["Top Secret"]
    assert xp(t, "//t:keywords/t:term[@type='archive-type']/text()") == ["Note"]
