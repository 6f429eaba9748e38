"""Each layout, genre and structure rule on its own, on inputs built to exercise (and break) it."""

from __future__ import annotations

import pytest
from lxml import etree

from conftest import text_of, xp
from teikit.cli import main
from teikit.pipeline import check_output, convert_document
from teikit.readers import best_reader, read_text
from teikit.structure.closer import split_closer
from teikit.structure.conversation import label_match, speaker_key, speaker_labels
from teikit.structure.genres import detect_genre, genre_of
from teikit.structure.inline import InlineContext, lines_to_children, parse
from teikit.structure.telegram import field_kind, header_kind


def convert(text: str, stem: str = "t") -> etree._Element:
    return etree.fromstring(convert_document(read_text(text, stem)))


def errors(tree: etree._Element, tmp_path) -> list[str]:
    """What the project schema says against the tree (nothing when it is valid)."""
    return [d.message for d in check_output(etree.tostring(tree), tmp_path / "t.xml") if d.severity == "error"]


def decree_list(body: str) -> tuple[etree._Element, etree._Element]:
    """A decree page with ``body`` as its text, converted, and its outermost list."""
    tree = convert(site_page("July 6, 1945", "Decree of the Politburo", body))
    return tree, xp(tree, "//t:body//t:list[not(ancestor::t:list)]")[0]


def site_page(date: str, title: str, body: str) -> str:
    return (f"Skip to content\n\n{date}\n\n{title}\n\n{body}\n\nSummary text of the archive.\n\n"
            "Document Information\n\nSource\n\nAn archive.\n")


# --- layouts ---------------------------------------------------------------------------------

@pytest.mark.parametrize("date", ["July 2, 1964", "September 1972", "1971", "2 July 1964"])
def test_site_page_date_line_in_every_form(date):
    doc = read_text(site_page(date, "Note on Something", "The text of the note."), "s")
    assert doc.shape == "site" and doc.metadata.date == date and doc.metadata.title == "Note on Something"


def test_older_search_in_layout_takes_title_from_citation_and_drops_chrome():
    page = ("Search in\n\nDigital Archive International History Declassified\n\nMay 04, 1962\n\n"
            "  • Citation\n\n    get citation\n\n    A summary.\n"
            '    "Telegram from A to B," May 04, 1962, History and Public Policy Program Digital Archive, X.\n'
            "  • share document\n\n\nEnglish HTML\n\nThe text begins here.\n")
    doc = read_text(page, "o")
    assert doc.shape == "search-in" and doc.metadata.title == "Telegram from A to B"
    assert (doc.metadata.summary == "A summary."
            and [line for line in doc.lines if line.strip()] == ["The text begins here."])


def test_citation_block_layout_without_citation_takes_the_title_line():
    page = "August 01, 1961\n\n\n    The summary.\n    August 01, 1961\nNotes on a Talk\n\nA: Hello.\n"
    doc = read_text(page, "c")
    assert doc.shape == "citation-block" and doc.metadata.title == "Notes on a Talk"
    assert doc.metadata.summary == "The summary." and "August 01, 1961" not in " ".join(doc.lines)


def test_docslib_run_on_labels_are_split_and_contents_items_dropped():
    page = ("Title cut, V\nTotal Page:16\nFile Type:pdf, Size:1020Kb\n"
            "Digital Archive digitalarchive.wilsoncenter.org International History Declassified June 28, 1967 "
            "The Visit of X Citation: “The Visit of X,” June 28, 1967, Archive. http://example.org/document/1 "
            "Summary: What it says. Original Language: Czech Contents: English Translation The text of it.\n")
    doc = read_text(page, "d")
    meta = doc.metadata
    assert doc.shape == "docslib" and (meta.date, meta.title) == ("June 28, 1967", "The Visit of X")
    assert meta.url == "http://example.org/document/1" and meta.summary == "What it says."
    assert meta.original_languages == ["Czech"] and meta.translation_language == "English"
    assert doc.lines == ["The text of it."]


def test_page_fitting_no_layout_warns_what_each_layout_missed():
    doc = read_text("just some words\nand more words\n", "p")
    assert doc.shape == "plain"
    warning = doc.warnings[-1]
    assert "not recognised" in warning and "site: no 'Skip to content'" in warning and "docslib:" in warning


def test_best_fit_wins_over_a_weaker_fit():
    # a docslib page with its labels on their own lines also looks like a card: docslib fits better
    page = ("Digital Archive International History Declassified\n\nMay 1, 1960 A Letter\n\nCitation:\n\n"
            "“A Letter,” May 1, 1960, X.\n\nContents:\n\nEnglish Translation\n\nDear friend.\n")
    reader, _ = best_reader(page.split("\n"))
    assert reader is not None and reader.NAME == "docslib"


# --- genres ----------------------------------------------------------------------------------

@pytest.mark.parametrize("title, genre", [
    ("Minutes of Conversation between A and B", "minutes"),
    ("Memorandum of Conversation, A with B", "record"),
    ("Telegram from A to B Concerning the Conversation with C", "telegram"),
    ("Ciphered Telegram No. 8600, A to B", "ciphergram"),
    ("Cryptogram No 1144 from the Embassy", "ciphergram"),
    ("Notes of Meeting between A and B", "minutes"),
    ("Transcript of the Plenum Session of the CC", "transcript"),
    ("Transcript of Conversation between A and B", "record"),
    ("Protocol No. 129, Meeting of the Politburo", "protocol"),
    ("Decree of the CC Politburo to A", "decree"),
    ("Journal of Soviet Ambassador A for 7 March 1960", "diary"),
    ("Information about the Visit of the Delegation", "report"),
    ("Undated, unsigned handwritten note", "note"),
    ("Soviet-Indian Talks (Conclusion)", "record"),
])
def test_genre_rules(title, genre):
    assert genre_of(title) == genre


def test_genre_from_the_opening_headings_when_the_title_names_none():
    assert detect_genre("", "Politburo on Afghanistan", ["Politburo Session, 13 November, 1986"]) == "minutes"
    assert detect_genre("", "A. B., 'Concerning the Participation'", ["A long first sentence " * 5]) == "document"


# --- speaker turns ---------------------------------------------------------------------------

@pytest.mark.parametrize("line, label", [
    ("I. Gh. Maurer: We met yesterday.", "I. Gh. Maurer:"),
    ("Comrade Wieslaw [Gomulka]: I proposed it.", "Comrade Wieslaw [Gomulka]:"),
    ("North (KIM): Is he well?", "North (KIM):"),
    ("[Hysni Kapo]: As a result of this.", "[Hysni Kapo]:"),
    ("Prime Minister Nakasone: I express my gratitude.", "Prime Minister Nakasone:"),
    ("O. DORTICOS. We have analyzed it.", "O. DORTICOS."),
    ("GROMYKO. It is incompatible?", "GROMYKO."),
    ("Stalin:", "Stalin:"),
])
def test_speaker_label_forms(line, label):
    hit = label_match(line)
    assert hit is not None and hit[1].group("label") == label


@pytest.mark.parametrize("line", ["Regarding the Central Committee of the Party:", "Subject: Special Export",
                                  "After hearing Mikoyan, Fidel says:", "Participants:", "SECRET. The only copy",
                                  "To: The Foreign Minister From: Ambassador Katori"])
def test_not_speaker_labels(line):
    assert label_match(line) is None


def test_maurer_label_keeps_every_initial():
    tree = convert("July 1, 1965\nRecord of a Conversation\n\nI. Gh. Maurer: We met the comrades.\n\n"
                   "L. Brezhnev: Good.\n")
    assert [text_of(s) for s in xp(tree, "//t:speaker")] == ["I. Gh. Maurer:", "L. Brezhnev:"]


def test_narrative_between_turns_stays_outside_any_turn():
    tree = convert("July 1, 1965\nRecord of a Conversation\n\nGorbachev: We are losing time.\n\n"
                   "Najib has the right thing in mind.\n\nGromyko admits that nothing was analysed.\n")
    assert len(xp(tree, "//t:sp/t:p")) == 2
    assert xp(tree, "string(//t:div/t:p)").startswith("Gromyko admits")


def test_label_alone_on_its_line_opens_a_turn_and_a_label_with_no_speech_stays_text(tmp_path):
    tree = convert("July 1, 1965\nRecord of a Conversation\n\nStalin:\n\nBeautiful people.\n\nTito:\n")
    assert [text_of(s) for s in xp(tree, "//t:sp/t:speaker")] == ["Stalin:"]
    assert xp(tree, "string(//t:sp/t:p)") == "Beautiful people."
    assert xp(tree, "string(//t:div/t:p)") == "Tito:"
    assert errors(tree, tmp_path) == []


def test_two_colon_speakers_in_a_cable_are_a_dialogue():
    blocks = [["Premier Zhao: My visit was memorable."], ["Prime Minister Nakasone: I thank you."]]
    assert speaker_labels(blocks, conversational=False) == {"Premier Zhao", "Prime Minister Nakasone"}
    assert speaker_labels(blocks[:1], conversational=False) == set()


def test_turns_inside_a_run_on_line_are_cut_apart():
    line = ("In the Kremlin, 23:00 hours. Present: Stalin, Molotov, Tito. "
            "Stalin: \"Beautiful people.\" Molotov: agreed. "
            "Stalin: Asks how was our trip. Tito said it went well and that the people were glad to see them again "
            "after so many years of war and hardship in the mountains. Stalin (similarly): \"And how is Grol?\" " * 2)
    tree = convert(f"May 27, 1946\nRecord of Conversation of A and B\n{line}\n")
    assert [text_of(s) for s in xp(tree, "//t:speaker")][:4] == ["Stalin:", "Molotov:", "Stalin:",
                                                                 "Stalin (similarly):"]


def test_speaker_key_drops_brackets_and_parentheses():
    assert speaker_key("colon", "MAO ZEDONG (translation):") == "MAO ZEDONG"
    assert speaker_key("colon", "[Hysni Kapo]:") == "Hysni Kapo"


# --- telegram headers ------------------------------------------------------------------------

@pytest.mark.parametrize("line, kind", [
    ("From: Foreign Minister", "from"), ("To Whom: SovAmbassador", "to"), ("Title: The Visit", "subject"),
    ("Cable No. 3026", "number"), ("Received at 12:46:44, November 10, 1986", "received"),
    ("Drafted on November 8, 1986", "sent"), ("No. 56 349 23 August 1969, Beijing", "dateline"),
    ("Bucharest 2010 hrs", "dateline"), ("Flash Telegram [Fulger]", "priority"), ("Primary: Asia", "distribution"),
    ("The text of the telegram begins.", None),
])
def test_header_field_rules(line, kind):
    assert field_kind(line) == kind


def test_heading_among_header_fields_joins_the_opener_only_when_a_field_follows():
    blocks = [["Issuing No. 8600"], ["CIPHERED TELEGRAM"], ["Destination: PEKING"], ["The text."]]
    assert [header_kind(blocks, i, True) for i in range(4)] == ["number", "line", "destination", None]


def test_telegram_header_is_one_opener_of_typed_fields():
    tree = convert(site_page("November 10, 1986", "Cable No. 3026, A to B",
                             "From: Foreign Minister\n\nTo: Ambassador\n\nCable No. 3026\n\nSecret, Urgent\n\n"
                             "The Prime Minister asked the Chairman a question about it."))
    assert xp(tree, "//t:opener/t:seg/@type") == ["from", "to", "number", "classification"]
    assert not xp(tree, "//t:body//t:head")


def test_two_fields_on_one_line_become_two_segs():
    tree = convert(site_page("March 24, 1984", "Cable from A",
                             "Sent: China 03:58\n\nTo: The Foreign Minister From: Ambassador Katori\n\n"
                             "The text said this."))
    assert [text_of(s) for s in xp(tree, "//t:opener/t:seg")] == ["Sent: China 03:58", "To: The Foreign Minister",
                                                                  "From: Ambassador Katori"]


# --- closers ---------------------------------------------------------------------------------

def test_signed_record_gets_a_closer_and_distribution_follows_it():
    ctx = InlineContext()
    blocks = [["We discussed the matter at length and agreed."], ["USSR AMBASSADOR"], ["[signature]"],
              ["(A. PUZANOV)"], ["Five copies printed"], ["1 - Cde. A. A. Gromyko"]]
    closer, start, after = split_closer(blocks, ctx, letter=False, record=True)
    assert closer is not None and start == 1
    assert [c.tag for c in closer.children] == ["signed"]
    assert [n.attrs["type"] for n in after] == ["distribution"]


def test_unsigned_record_gets_no_closer():
    blocks = [["We discussed the matter at length and agreed."], ["Moscow"], ["2 July 1964"]]
    assert split_closer(blocks, InlineContext(), letter=False, record=True)[0] is None


def test_date_under_the_signature_in_any_form():
    blocks = [["We would consider it necessary."], ["Secretary of the CC"], ["of Azerbaijan M. D. Bagirov"],
              ["[day of month left blank in quotes] February 1946"]]
    closer, _, _ = split_closer(blocks, InlineContext(), letter=False)
    assert closer is not None and [c.tag for c in closer.children] == ["signed", "dateline"]


# --- lists -----------------------------------------------------------------------------------

def test_lists_by_label_kind_and_roman_labels_are_valid(tmp_path):
    tree, top = decree_list("I. The first part.\n\n1) Consider it advisable.\n\na) Allotment of land.\n\n"
                            "b) Elimination of unemployment.\n\n2) Establish a party.\n\nii. A small point.")
    assert top.get("rend") == "roman"
    numbered = xp(top, "t:item/t:list")[0]
    assert xp(numbered, "t:label/text()") == ["1)", "2)"]
    assert xp(numbered, "t:item[1]/t:list/t:label/text()") == ["a)", "b)"]
    assert errors(tree, tmp_path) == []


def test_points_typed_on_consecutive_lines_are_items():
    tree = convert(site_page("September 9, 1973", "Cryptogram No 1",
                             "Intro sentence here.\n\n2. Romanians boycott:\n- a second secretary came\n- nobody came"))
    assert xp(tree, "//t:list/t:item/t:list/t:label/text()") == ["-", "-"]


# --- brackets --------------------------------------------------------------------------------

def _tags(text: str) -> list[tuple[str, str]]:
    return [(c.tag, c.attrs.get("reason") or c.attrs.get("type", "")) for c in parse(text, InlineContext())
            if not isinstance(c, str)]


@pytest.mark.parametrize("text, expected", [
    ("Comrade K[ovalev] said", [("supplied", "incomplete")]),
    ("L[eonid] I[lyich] Brezhnev", [("supplied", "incomplete"), ("supplied", "incomplete")]),
    ("the word [emphasis in the original] here", [("note", "editorial")]),
    ("a name [illegible] here", [("note", "editorial")]),
    ("[handwritten: to Cde. X]", [("note", "editorial")]),
    ("[…] [Country]", [("gap", "editorial"), ("note", "summary")]),
    ("we [will] go", [("supplied", "omitted")]),
])
def test_brackets_by_what_they_do(text, expected):
    assert _tags(text) == expected


def test_bracket_over_several_lines_is_one_element():
    children = lines_to_children(["USSR EMBASSY [stamp:", "Nº 135 SECRET", "9 August 1960]"], InlineContext())
    notes = [c for c in children if not isinstance(c, str)]
    assert ([n.tag for n in notes] == ["note"]
            and [c.tag for c in notes[0].children if not isinstance(c, str)] == ["lb", "lb"])


def test_bracket_spanning_blocks_stays_one_element():
    tree = convert("March 7, 1960\nJournal of Ambassador A\nTop Secret\n[handwritten:\n\"to Cdes. X\n"
                   "9 April 1960\"]\nI visited Kim Il Sung and told him the news.\n")
    note = xp(tree, "//t:note[@type='editorial']")
    assert len(note) == 1 and text_of(note[0]).startswith("handwritten:")


# --- the command's summary agrees with its exit status ---------------------------------------

def test_convert_summary_counts_what_the_exit_status_counts(tmp_path, capsys):
    good = tmp_path / "good.txt"
    good.write_text(site_page("July 2, 1964", "Note on Something", "The text of the note."), encoding="utf-8")
    code = main(["convert", str(good), "--out", str(tmp_path / "out")])
    summary = capsys.readouterr().err.strip().splitlines()[-1]
    assert code == 0 and summary == "teikit convert: 1 converted, 0 failed"


# --- front matter of letters -----------------------------------------------------------------

def test_letterhead_over_lines_address_in_capitals_and_salute():
    tree = convert(site_page("June 16, 1993", "Letter from A to B",
                             "Ministry of\n\nForeign Affairs\n\nof the Russian Federation\n\n16.06.93 695/1uatr-ns\n\n"
                             "TO THE DEPUTY CHAIRMAN OF THE COMMITTEE S.A. MIKHAILOV\n\nEsteemed Sergei Andreevich,\n\n"
                             "Responding to your questions we would like to relate the following."))
    assert [text_of(h) for h in xp(tree, "//t:body/t:div/t:head")] == [
        "Ministry of Foreign Affairs of the Russian Federation"]
    opener = xp(tree, "//t:body/t:div/t:opener")[0]
    assert [etree.QName(c).localname for c in opener] == ["dateline", "address", "salute"]


def test_lower_case_inside_address_after_a_place_and_date():
    tree = convert(site_page("July 3, 1946", "Letter, A to B",
                             "Moscow, 3 July 1946\n\nto his Excellency\n\nGeneralissimo I. V. Stalin\n\n"
                             "Having arrived in Moscow I have the honor to ask your Excellency a question."))
    assert xp(tree, "string(//t:opener/t:dateline)") == "Moscow, 3 July 1946"
    assert [text_of(a) for a in xp(tree, "//t:opener/t:address/t:addrLine")] == ["to his Excellency",
                                                                                "Generalissimo I. V. Stalin"]


def test_bracketed_remark_above_the_text_is_a_note_of_the_front():
    tree = convert(site_page("July 6, 1945", "Decree of the Politburo",
                             "[Handwritten across the corner: “One copy for Yemel'yanov.”]\n\nTo Cde. Bagirov\n\n"
                             "1. Consider it advisable to begin preparatory work."))
    assert xp(tree, "string(//t:body/t:div/t:note[1]/@type)") == "editorial"
    assert text_of(xp(tree, "//t:opener/t:address")[0]) == "To Cde. Bagirov"


def test_lists_nested_by_indentation_where_the_source_kept_it():
    _, top = decree_list("- the first point\n\n    - its first part\n\n    - its second part\n\n- the second point")
    assert len(xp(top, "t:item")) == 2 and len(xp(top, "t:item[1]/t:list/t:item")) == 2


def test_title_under_header_fields_is_a_head_and_one_record_with_header_lines_is_no_file_of_records(tmp_path):
    tree = convert(site_page("September 21, 1982", "Soviet-Indian Talks (Conclusion)",
                             "Distributed to CC members\n\nNº P1603\n\nSecret\n\nSOVIET-INDIAN TALKS\n\n"
                             "(conclusion)\n\n"
                             "21 September 1982\n\nI. GANDHI. I will begin our conversation with a survey."))
    div = xp(tree, "//t:body/t:div")[0]
    assert div.get("type") == "record"
    assert [etree.QName(c).localname for c in div][:5] == ["opener", "head", "head", "opener", "sp"]
    assert errors(tree, tmp_path) == []
