"""Recognition that generalises past the register (issue 17): well-known persons, whole speaker
labels, surnames and acronyms a document teaches, names inside longer names, date classes."""

from __future__ import annotations

import pytest

from teikit.names.annotate import Annotator, Context
from teikit.names.calendars import solar_hijri_to_gregorian
from teikit.names.dates import CONJECTURE as CONJ
from teikit.names.dates import Before, find_dates
from teikit.names.known_persons import known_persons
from teikit.names.memory import Memory
from teikit.names.recognise import east_asian


@pytest.fixture(scope="module")
def cold() -> Annotator:
    return Annotator(None)  # a new edition's first run: no register, the shipped gazetteer


def found(ann: Annotator, text: str, doc_date: str | None = "1972-04-06") -> list[tuple[str, str]]:
    return [(m.tag, text[m.start:m.end]) for m in ann.annotate(text, Context(doc_date)) if m.tag != "date"]


def dates_in(text: str, doc_date: str | None) -> list[tuple[str, dict]]:
    """The dates of ``text``: each one's words and attributes."""
    return [(text[d.start:d.end], d.attrs) for d in find_dates(text, doc_date)]


def found_many(ann: Annotator, paras: list[str]) -> list[tuple[str, str]]:
    return [(m.tag, p[m.start:m.end]) for p, ms in zip(paras, ann.annotate_many(paras, Context("1972-04-06")))
            for m in ms if m.tag != "date"]


def test_well_known_persons_are_typed_without_any_cue_and_never_linked(cold: Annotator) -> None:
    text = "Nixon will go to Beijing; Arafat and Indira Gandhi were not told."
    assert found(cold, text) == [("persName", "Nixon"), ("placeName", "Beijing"), ("persName", "Arafat"),
                                 ("persName", "Indira Gandhi")]
    assert all("ref" not in m.attrs for m in cold.annotate(text, Context(None)))  # no id the edition lacks


def test_a_surname_too_common_to_stand_alone_needs_its_forename(cold: Annotator) -> None:
    assert ("persName", "Johnson") not in found(cold, "Johnson went home.")
    assert found(cold, "as Lyndon Johnson said") == [("persName", "Lyndon Johnson")]
    # a verb of speech is a cue of its own (heldout28): a person, linked to no one
    assert found(cold, "Johnson said so.") == [("persName", "Johnson")]
    assert all("ref" not in m.attrs for m in cold.annotate("Johnson said so.", Context(None)))


def test_the_table_gives_name_order_initials_and_capitals(cold: Annotator) -> None:
    assert found(cold, "Kádár János met N. S. KHRUSHCHEV") == [("persName", "Kádár János"),
                                                               ("persName", "N. S. KHRUSHCHEV")]


def test_a_bad_table_line_is_named() -> None:
    with pytest.raises(ValueError, match="line 2"):
        known_persons("# header\nNixon\tRichard\t\tx\ty\n")


def test_speaker_labels_keep_the_whole_name(cold: Annotator) -> None:
    assert found(cold, "Nicolae Ceausescu: We agree.")[0] == ("persName", "Nicolae Ceausescu")
    assert found(cold, "Subject: the talks.") == []


def test_a_surname_taught_once_is_found_with_or_without_a_forename(cold: Annotator) -> None:
    paras = ["Comrade Stoyanov opened the session.", "Dimitar Stoyanov spoke; Stoyanov agreed."]
    assert found_many(cold, paras) == [("persName", "Stoyanov"), ("persName", "Dimitar Stoyanov"),
                                       ("persName", "Stoyanov")]
    # a hyphenated title before the taught surname is no forename
    assert found_many(cold, ["Comrade Stoyanov opened it.", "hero, Prime-Minister Stoyanov said"])[-1] == (
        "persName", "Stoyanov")


def test_a_bare_day_refers_to_the_month_the_paragraphs_before_named(cold: Annotator) -> None:
    from teikit.names import Context

    paras = ["This past 28 July a delegation arrived in Amman.", "On the 29th, the delegation paid a visit.",
             "The report is dated 4 August. On the 5th it was sent."]
    found = cold.annotate_many(paras, Context("1948-08-04"))
    assert [m.attrs["when"] for p in found for m in p if m.tag == "date"] == [
        "1948-07-28", "1948-07-29", "1948-08-04", "1948-08-05"]
    assert [m.attrs["when"] for m in cold.annotate(paras[1], Context("1948-08-04")) if m.tag == "date"] == [
        "1948-08-29"]  # alone, the document's month


def test_an_acronym_the_document_defines_is_an_organisation_elsewhere(cold: Annotator) -> None:
    paras = ["the Political Bureau of the C.C. of the R.W.P. decided", "the R.W.P. will send a delegation"]
    assert ("orgName", "R.W.P.") in found_many(cold, paras)[-1:]
    assert ("orgName", "CC") not in found_many(cold, ["the CPSU CC wrote", "the CC answered"])


def test_a_memory_is_the_same_whatever_order_documents_teach_it() -> None:
    a, b = Memory(["persName\tBalev"]), Memory(["orgName\tR.W.P."])
    assert (a | b).forms == (b | a).forms == {"persName\tBalev", "orgName\tR.W.P."}
    assert [g.tag for g in (a | b).guesses("Balev of the R.W.P.")] == ["persName", "orgName"]


@pytest.mark.parametrize("text,expected", [
    ("Comrade Paul Niculescu-Mizil arrived", [("persName", "Paul Niculescu-Mizil")]),  # no town inside a name
    ("Niculescu-Mizil arrived", []),
    ("the Moscow-Beijing line", [("placeName", "Moscow"), ("placeName", "Beijing")]),
    ("supplies along the Ho Chi Minh Trail", [("placeName", "Ho Chi Minh Trail")]),
    ("PAK Seong-cheol Deputy Co-chairman", [("persName", "PAK Seong-cheol")]),
    ("Comrade He Yunhong said. He Also said", [("persName", "He Yunhong")]),  # 'He' a family name, not a word's
    ("P. V. Narasimha Rao and", [("persName", "P. V. Narasimha Rao")]),
    ("L. I. Brezhnev Deng Xiaoping", [("persName", "L. I. Brezhnev"), ("persName", "Deng Xiaoping")]),
])
def test_names_inside_and_beside_longer_names(cold: Annotator, text: str, expected: list) -> None:
    assert found(cold, text) == expected


def test_dotted_acronyms_nest_in_the_body_they_belong_to(cold: Annotator) -> None:
    text = "the Political Bureau of the C.C. of the R.W.P. Comrades Ion Gheorghe Maurer"
    assert found(cold, text) == [("orgName", "Political Bureau of the C.C. of the R.W.P."),
                                 ("orgName", "C.C. of the R.W.P."), ("orgName", "R.W.P."),
                                 ("persName", "Ion Gheorghe Maurer")]


@pytest.mark.parametrize("text,doc_date,dates", [
    ("on 4 March 1946 at 1800", "1946-03-04", ["4 March 1946"]),  # a clock time, no year
    ("the 26 July Movement", "1960-01-01", []),  # a date that names a body
    ("a rally on 1 May Square", "1960-01-01", []),
    ("we meet by the 28th", "1970-05-02", ["28th"]),  # the document's month
    # the Iranian calendar's day and its Gregorian equivalent, two dates (heldout20's reading), not the year 1324
    ("12 Esfand 1324 [3 March 1946]", None, ["12 Esfand 1324", "3 March 1946"]),
])
def test_date_classes_of_issue_17(text: str, doc_date: str | None, dates: list[str]) -> None:
    assert [text[d.start:d.end] for d in find_dates(text, doc_date)] == dates


@pytest.mark.parametrize("text,doc_date,when", [
    ("Sofia, 1968 April 3.", None, ["1968-04-03"]),  # year first, month name
    ("sent on 10.21.58 at 0900", "1958-10-21", ["1958-10-21"]),  # month first: 21 is no month
    ("sent on 21.10.58 at 0900", "1958-10-21", ["1958-10-21"]),  # day first
    ("handed over on 04.09. at 12:30 hours", "1966-04-09", ["1966-04-09"]),  # month first, the document's month
    ("handed over on 04.09. at 12:30 hours", "1966-09-04", ["1966-09-04"]),  # day first, the document's month
    ("points 02.14. and 03.17. of the plan", "1966-02-14", []),  # no cue, no clock: list numbers
    ("on 7.3.1966 and 3.17.1966", None, ["1966-03-07", "1966-03-17"]),  # four-digit years, either order
    ("By the 9th of this month the", "1966-02-14", ["1966-02-09"]),  # the document's month
    ("by the 30th of the current month", "1966-02-14", []),  # no 30 February
])
def test_date_forms_of_telegrams(text: str, doc_date: str | None, when: list[str]) -> None:
    assert [d.attrs["when"] for d in find_dates(text, doc_date)] == when


def test_the_gazetteer_is_read_back_from_the_user_cache_and_rebuilt_when_broken(tmp_path, monkeypatch) -> None:
    from teikit.names import gazetteer

    monkeypatch.setenv("TEIKIT_CACHE_DIR", str(tmp_path))
    load = gazetteer.load_gazetteer.__wrapped__  # past the per-process cache
    built = load()
    [cached_file] = tmp_path.glob("gazetteer-*.pickle")
    again = load()
    assert again is not built and again.lookup("Peking") == built.lookup("Peking")
    assert again.authority == built.authority
    cached_file.write_bytes(b"not a pickle")
    assert load().lookup("Arafat") == built.lookup("Arafat") != []  # rebuilt, and stored again
    assert cached_file.read_bytes() != b"not a pickle"


@pytest.mark.parametrize("text,expected", [
    ("They met in Karl-Liebknecht-Straße on Monday.", [("placeName", "Karl-Liebknecht-Straße")]),  # not the man
    ("troops entered East Prague at dawn", [("placeName", "East Prague")]),  # a part of the city, not the city
    ("Radio Prague reported", [("orgName", "Radio Prague")]),  # the station, not the place
    ("the Gdansk Shipyard strike", [("orgName", "Gdansk Shipyard")]),
    ("the 7th Division moved", [("orgName", "7th Division")]),  # army units
    ("sent to the 10th department of", [("orgName", "10th department")]),
    ("Ivan Petrovich, you know", [("persName", "Ivan Petrovich")]),  # forename and patronymic: an address
    ("the Soviet Union and the GDR", [("placeName", "Soviet Union"), ("placeName", "GDR")]),  # a state, cold
    ("the Deputy Head of Section", []),  # a post, no body
    ("the US delegation arrived", [("placeName", "US")]),  # the state's two-letter form
    ("PLEASE LET US KNOW BY TOMORROW", []),  # a telegram in capitals: 'us'
    ("the ICC team and the OAS council", [("orgName", "ICC"), ("orgName", "OAS")]),  # bodies of the period
    ("the Viet Cong attacked", [("orgName", "Viet Cong")]),
])
def test_failure_classes_of_issue_17(cold: Annotator, text: str, expected: list) -> None:
    assert found(cold, text) == expected


@pytest.mark.parametrize("text,persons", [
    # a participant list: an office, its body, then the holder; 'and' joins a second holder
    ("Present on the Bulgarian side: Chairman of the State Planning Committee Todor Vasilev Stoyanov, "
     "members of the Politburo Petar Ivanov and Georgi Kolev; on the Malian side: Minister of Foreign Affairs "
     "Moussa Keita Traore.", ["Todor Vasilev Stoyanov", "Petar Ivanov", "Georgi Kolev", "Moussa Keita Traore"]),
    ("Ambassador of Ghana Kwame Osei Mensah, Vice Presidents Omar Haddad and Karim Nasri.",
     ["Kwame Osei Mensah", "Omar Haddad", "Karim Nasri"]),  # the first word after 'of' is the state
    ("the Minister of Trade said that Western Cooperation must grow.", []),  # a sentence, no list
    ("members of the Sino-Mongolian Cooperation, and", []),  # a body, no person
])
def test_holders_of_office_in_participant_lists(cold: Annotator, text: str, persons: list[str]) -> None:
    assert [s for t, s in found(cold, text) if t == "persName"] == persons


@pytest.mark.parametrize("text,persons", [
    ("we asked that Okonkwo, the ambassador of Nigeria in Paris, be told", ["Okonkwo"]),  # the office after the name
    ("He met Lars Berglund, the Swedish consul, twice.", ["Lars Berglund"]),
    ("Agriculture, the minister said, comes first.", []),  # a common word is no name
    ("the delegation headed by c. Bayar arrived", ["Bayar"]),  # 'c.': comrade, as translations abbreviate it
    ("built c. 1950 in Ulm", []),
    ("c. Reviewing Procedures of the", []),  # a list label, not a comrade
])
def test_a_person_said_by_the_office_beside_the_name(cold: Annotator, text: str, persons: list[str]) -> None:
    assert [s for t, s in found(cold, text) if t == "persName"] == persons


@pytest.mark.parametrize("text,persons", [
    # a forename of any language on the shipped list, then a rare surname
    ("Later Gyula Vertesi and Wojciech Malinowski joined the talks.", ["Gyula Vertesi", "Wojciech Malinowski"]),
    ("a note from Boris P. Gorvalin to the ministry", ["Boris P. Gorvalin"]),  # an initial between
    ("as proposed by Jacques De Montfaucon, and", ["Jacques De Montfaucon"]),  # a particle
    ("the visit of Krishna KUMARAN was", ["Krishna KUMARAN"]),  # a surname typed in capitals
    ("Grant Proposals and Geneva Accords were read.", []),  # a word or a city first, not a forename
    ("James Bakerton III arrived", ["James Bakerton"]),  # no numeral as surname
    ("Later Ana Maria Paukerova spoke", ["Ana Maria Paukerova"]),  # a second forename
    ("Victor Street is closed", []),  # a feature's word is no surname
])
def test_forename_and_surname_of_any_language(cold: Annotator, text: str, persons: list[str]) -> None:
    assert [s for t, s in found(cold, text) if t == "persName"] == persons


@pytest.mark.parametrize("text,persons", [
    ("From the journal of TORVALDOV, S.Ia. Issue No. 4", ["TORVALDOV, S.Ia."]),  # a journal's header
    ("present: O. Dorvikos, R. Castellan and others", ["O. Dorvikos", "R. Castellan"]),  # not 'Dorvikos, R.'
    ("met with Maj. Kebede Wolde", ["Kebede Wolde"]),  # an abbreviated rank is a title, outside
])
def test_surname_initials_and_abbreviated_ranks(cold: Annotator, text: str, persons: list[str]) -> None:
    assert [s for t, s in found(cold, text) if t == "persName"] == persons


@pytest.mark.parametrize("text,expected", [
    ("the railway through Dornod and Sichuan", [("placeName", "Dornod"), ("placeName", "Sichuan")]),  # ISO 3166-2
    ("workers of Fieri and Lushnja", [("placeName", "Fieri"), ("placeName", "Lushnja")]),  # inflected town names
    ("the MNR and the SDR signed", [("placeName", "MNR"), ("placeName", "SDR")]),  # acronyms of the period
    ("fighting in the Ogaden and the Crimea", [("placeName", "Ogaden"), ("placeName", "Crimea")]),
    ("reported by AFP and the MPLA", [("orgName", "AFP"), ("orgName", "MPLA")]),
    ("the Centre and the Far North agreed", []),  # a province named by compass words is left out
])
def test_gazetteer_regions_towns_and_acronyms(cold: Annotator, text: str, expected: list) -> None:
    assert found(cold, text) == expected


def test_forenames_are_shipped_folded_and_transliterated() -> None:
    from teikit.names.forenames import _transliterations, is_forename

    assert is_forename("Zoltán") and is_forename("Zoltan") and is_forename("Stanisław")
    assert not is_forename("Geneva") and not is_forename("China") and not is_forename("Al")
    assert {"Andrey", "Andrei"} <= set(_transliterations("Андрей"))
    assert {"Yuriy", "Yuri"} <= set(_transliterations("Юрий"))


@pytest.mark.parametrize("text,persons", [
    ("Chairman Ho [Chi Minh] agreed, and Zhu [Qiwen] wrote", ["Ho [Chi Minh]", "Zhu [Qiwen]"]),  # given names
    ("then Mengesha [Ali] wrote", ["Mengesha [Ali]"]),  # a forename in the bracket
    ("Comrades [V.V.] Grishin and [Konstantin V.] Rusakov", ["[V.V.] Grishin", "[Konstantin V.] Rusakov"]),
    ("a cable from Filippov [Stalin] said", ["Filippov", "Stalin"]),  # a code name resolved: two mentions
])
def test_an_editors_completion_after_a_space_is_part_of_the_name(cold: Annotator, text: str,
                                                                  persons: list[str]) -> None:
    assert [s for t, s in found(cold, text) if t == "persName"] == persons


@pytest.mark.parametrize("text,doc_date,dates", [
    ("1. I raised the question. 3. I said so.", "1956-02-24", []),  # list numbers and the pronoun
    ("the August (1955) agreement", "1956-02-24", [("August (1955)", "1955-08")]),  # a year in parentheses
    ("Cable dated the 13th was received.", "1963-11-15", [("13th", "1963-11-13")]),  # the document's month
    ("signed on 30.IV in Sofia", "1975-05-10", [("30.IV", "1975-04-30")]),  # a roman month still reads
])
def test_dates_list_numbers_bracketed_years_and_dated_the(text: str, doc_date: str, dates: list) -> None:
    assert [(text[d.start:d.end], d.attrs["when"]) for d in find_dates(text, doc_date)] == dates


@pytest.mark.parametrize("text,expected", [
    ("The cable was sent to Ustinov and Ponomarenko.", [("persName", "Ustinov"), ("persName", "Ponomarenko")]),
    ("Talks in Kharkov with Manescu and Mikoyan", [("placeName", "Kharkov"), ("persName", "Manescu"),
                                                  ("persName", "Mikoyan")]),  # a known place keeps its type
    ("the Armenian and Georgian delegations", []),  # peoples, not surnames
    ("a request to the 13th UN General Assembly session", [("orgName", "UN General Assembly"), ("orgName", "UN")]),
    ("To the Ministry of Foreign Affairs: the Minister of Defence", [("orgName", "Ministry of Foreign Affairs")]),
    ("He passed N. S. Khrushchev Nehru's letter", [("persName", "N. S. Khrushchev"),
                                                  ("persName", "Nehru")]),  # a possessive: another person
])
def test_surname_endings_and_named_bodies(cold: Annotator, text: str, expected: list) -> None:
    assert found(cold, text) == expected


@pytest.mark.parametrize("text,expected", [
    ("the Tudeh Party's Central Committee met", [("orgName", "Tudeh Party")]),  # a possessive ends the owner
    ("the DPRK's Supreme People's Assembly", [("placeName", "DPRK"), ("orgName", "Supreme People's Assembly")]),
    ("the Prime Minister's Office said", [("orgName", "Prime Minister's Office")]),  # an office owns nothing
    ("the Union of Iranian students", []),  # a people's adjective and a noun: a description
    ("the Communist Party of Japan", [("orgName", "Communist Party of Japan")]),  # a state is no adjective
    ("Regional Division IV and Main Department XX/AGA", [("orgName", "Regional Division IV"),
                                                        ("orgName", "Main Department XX/AGA")]),  # numbered
    ("the Committee for Solidarity with Asian and African Countries",
     [("orgName", "Committee for Solidarity with Asian and African Countries")]),
    ("member of the Politburo and Secretary of the Central Committee", []),  # offices in bare bodies
    ("despite the statements of the Foreign Ministry", [("orgName", "Foreign Ministry")]),
])
def test_bodies_possessives_numbers_and_descriptions(cold: Annotator, text: str, expected: list) -> None:
    assert found(cold, text) == expected


@pytest.mark.parametrize("text,persons", [
    ("Ohira [Masayoshi] and CHEN [Yi] with [N.G.] SUDARIKOV", ["Ohira [Masayoshi]", "CHEN [Yi]", "[N.G.] SUDARIKOV"]),
    ("Brezhnev [Excerpt] and Yegor Kuzmich [Ligachev]", ["Brezhnev", "Yegor Kuzmich", "Ligachev"]),
    ("the PNR [Poland] and", []),  # an acronym in capitals completes nobody
])
def test_completions_in_capitals_and_of_any_given_name(cold: Annotator, text: str, persons: list[str]) -> None:
    assert [s for t, s in found(cold, text) if t == "persName"] == persons


@pytest.mark.parametrize("text,doc_date,dates", [
    ("on Sunday, August 3 we met", "1975-08-20", [("Sunday, August 3", "1975-08-03")]),  # the weekday is in
    ("in January", "1975-08-20", [("January", "1975-01")]),  # mid-year: the document's year
    ("in January", "1970-11-20", [("January", "1971-01")]),  # just across the boundary: the next
    ("in December", "1970-02-10", [("December", "1969-12")]),
    ("on October 22nd 1979", "1979-11-01", [("October 22nd 1979", "1979-10-22")]),  # no comma before the year
    ("August 3rd of this year [1974]", "1974-11-02", [("August 3rd of this year [1974]", "1974-08-03")]),
])
def test_weekdays_years_across_the_boundary_and_editors_years(text: str, doc_date: str, dates: list) -> None:
    assert [(text[d.start:d.end], d.attrs["when"]) for d in find_dates(text, doc_date)] == dates


def test_a_registered_body_is_not_linked_by_its_bare_organ_and_a_form_keeps_its_article_outside() -> None:
    from teikit.names.register import Entry, Register

    register = Register([
        Entry("cc-sed", "org", "Central Committee of the SED", ["Central Committee of the SED", "Central Committee",
                                                                 "CC"]),
        Entry("unsc", "org", "UN Security Council", ["UN Security Council", "Security Council"]),
        Entry("netherlands", "place", "the Netherlands", ["the Netherlands"]),
    ])
    ann = Annotator(register, gazetteer=False)
    text = "The Central Committee and the CC of the SED asked the Security Council and the Netherlands."
    got = [(m.tag, text[m.start:m.end], m.attrs.get("ref")) for m in ann.annotate(text, Context("1979-01-01"))]
    assert got == [("orgName", "CC of the SED", None), ("orgName", "SED", None),  # whole: not the bare 'CC'
                   ("orgName", "Security Council", "register.xml#unsc"),  # a name, though generic words
                   ("placeName", "Netherlands", "register.xml#netherlands")]


@pytest.mark.parametrize("text,persons", [
    ("the Commander-in-Chief [Fidel Castro] said", ["Fidel Castro"]),  # a whole name: the office's holder
    ("Takeiri [Yoshikatsu]-Zhou [Enlai] Dialogue", ["Takeiri [Yoshikatsu]", "Zhou [Enlai]"]),
])
def test_completion_beside_offices_and_hyphens(cold: Annotator, text: str, persons: list[str]) -> None:
    assert [s for t, s in found(cold, text) if t == "persName"] == persons


@pytest.mark.parametrize("text,expected", [
    ("talks with Ian Smith and Harold Wilson", [("persName", "Ian Smith"), ("persName", "Harold Wilson")]),
    ("Mark Young and Grant Brown", []),  # forename and surname both words: nothing to go on
    ("in Bohemia and Moravia", [("placeName", "Bohemia"), ("placeName", "Moravia")]),  # historical lands
    ("the Woodrow Wilson International Center for Scholars",
     [("orgName", "Woodrow Wilson International Center for Scholars")]),  # a centre is a body
])
def test_common_surnames_historical_lands_and_centres(cold: Annotator, text: str, expected: list) -> None:
    assert found(cold, text) == expected


@pytest.mark.parametrize("text,dates", [
    ('Moscow, "15" January 1963', [('"15" January 1963', "1963-01-15")]),  # a typed form's blank for the day
    ("on “3” March 1970", [("“3” March 1970", "1970-03-03")]),
])
def test_a_day_in_quotes_is_part_of_the_date(text: str, dates: list) -> None:
    assert [(text[d.start:d.end], d.attrs["when"]) for d in find_dates(text, "1970-01-01")] == dates


@pytest.mark.parametrize("text,dates", [
    ("we met in May and since May; May I ask?", [("May", "1978-05"), ("May", "1978-05")]),  # the verb is no month
    ("it was planned for May; May we go?", [("May", "1978-05")]),
    ("Havana, 14.12. [1978]", [("14.12. [1978]", "1978-12-14")]),  # the editor's year after a numeric date
])
def test_may_after_a_cue_and_a_bracketed_year_after_a_numeric_date(text: str, dates: list) -> None:
    assert [(text[d.start:d.end], d.attrs["when"]) for d in find_dates(text, "1978-12-14")] == dates


# The written convention of tests/gold/DATES.md: a range or a list is one date from its first to its
# last member; a decade and every vague span take notBefore/notAfter.
@pytest.mark.parametrize("doc,text,span,attrs", [
    ("1978-01-01", "in 1973 and 1974 they", "1973 and 1974", {"from": "1973", "to": "1974"}),
    ("1978-01-01", "in 1973, 1974 and 1975 they", "1973, 1974 and 1975", {"from": "1973", "to": "1975"}),
    ("1978-01-01", "from 1945 to 1950 they", "1945 to 1950", {"from": "1945", "to": "1950"}),
    ("1978-01-01", "the 1974/75 season", "1974/75", {"from": "1974", "to": "1975"}),
    ("1974-08-05", "From July 30th to August 3rd of this year [1974] they",
     "July 30th to August 3rd of this year [1974]", {"from": "1974-07-30", "to": "1974-08-03"}),
    ("1975-06-01", "from June 30 - July 2 they", "June 30 - July 2",
     {"from": "1975-06-30", "to": "1975-07-02", **CONJ}),
    ("1975-06-01", "from 1 June to 15 June they", "1 June to 15 June",
     {"from": "1975-06-01", "to": "1975-06-15", **CONJ}),
    ("1975-06-01", "from January to March 1975 they", "January to March 1975", {"from": "1975-01", "to": "1975-03"}),
    ("1976-02-01", "from December to February they", "December to February",
     {"from": "1975-12", "to": "1976-02", **CONJ}),
    ("1976-02-01", "from December 1975 to January 1976 they", "December 1975 to January 1976",
     {"from": "1975-12", "to": "1976-01"}),
    ("1986-03-03", "at the end of 1918/beginning of 1919 the", "end of 1918/beginning of 1919",
     {"notBefore": "1918-12-01", "notAfter": "1919-01-31"}),
    ("1978-01-01", "in late 1974 they", "late 1974", {"notBefore": "1974-10-01", "notAfter": "1974-12-31"}),
    ("1978-01-01", "in mid-1974 they", "mid-1974", {"notBefore": "1974-05-01", "notAfter": "1974-08-31"}),
    ("1978-01-01", "in the third quarter of 1975 they", "third quarter of 1975",
     {"notBefore": "1975-07-01", "notAfter": "1975-09-30"}),
    ("1978-01-01", "in the late 1950s they", "late 1950s", {"notBefore": "1957", "notAfter": "1959"}),
    ("1978-01-01", "in the second half of the 1960s", "second half of the 1960s",
     {"notBefore": "1965", "notAfter": "1969"}),
    ("1978-01-01", "since the early sixties", "early sixties", {"notBefore": "1960", "notAfter": "1963", **CONJ}),
    ("1975-06-01", "your letter of the 20th ult. says", "20th ult.", {"when": "1975-05-20", **CONJ}),
    ("1975-01-10", "your letter of the 20th ult. says", "20th ult.", {"when": "1974-12-20", **CONJ}),
    ("1975-06-01", "your letter of the 15th inst. says", "15th inst.", {"when": "1975-06-15", **CONJ}),
    ("1975-06-01", "Moscow, 12-VI-1975", "12-VI-1975", {"when": "1975-06-12"}),
    ("1975-06-01", "in June, 1975 they", "June, 1975", {"when": "1975-06"}),
    ("1967-12-10", "from the 18th until the 23rd of December", "18th until the 23rd of December",
     {"from": "1967-12-18", "to": "1967-12-23", **CONJ}),
    ("1980-01-10", "on 28, 29 and 30 of this January", "28, 29 and 30 of this January",
     {"from": "1980-01-28", "to": "1980-01-30", **CONJ}),
    ("1979-08-01", "in the middle of next September", "middle of next September",
     {"notBefore": "1979-09-11", "notAfter": "1979-09-20", **CONJ}),
    ("1979-10-01", "in the middle of next September", "middle of next September",
     {"notBefore": "1980-09-11", "notAfter": "1980-09-20", **CONJ}),
    # the adverb before a month is outside ('next May' -> 'May', as 'February 9 last'), inside a vague date not
    ("1975-06-01", "since last December", "December", {"when": "1974-12", **CONJ}),
    ("1975-06-01", "last May", "May", {"when": "1975-05", **CONJ}),
    ("1980-03-23", "the visit planned for next May.", "May", {"when": "1980-05", **CONJ}),
    ("1980-03-20", "on Saturday the 22nd we", "Saturday the 22nd", {"when": "1980-03-22", **CONJ}),
    ("1961-12-01", "in early January of 1962", "early January of 1962",
     {"notBefore": "1962-01-01", "notAfter": "1962-01-10"}),
])
def test_ranges_lists_and_vague_spans(doc: str, text: str, span: str, attrs: dict) -> None:
    assert dates_in(text, doc) == [(span, attrs)]


# Telegram capitals, a slashed roman month, years and decades in two digits, the first and last
# days of a month.
@pytest.mark.parametrize("doc,text,span,attrs", [
    ("1975-05-10", "SEEN ON MAY 3RD, 1975 IN", "MAY 3RD, 1975", {"when": "1975-05-03"}),
    ("1975-05-10", "SEEN ON 21ST MAY IN", "21ST MAY", {"when": "1975-05-21", **CONJ}),
    ("1975-05-10", "Bucharest, 17/V/1975", "17/V/1975", {"when": "1975-05-17"}),
    ("1985-05-10", "since 5th June '75 they", "5th June '75", {"when": "1975-06-05"}),
    ("1985-05-10", "since June ’75 they", "June ’75", {"when": "1975-06"}),
    ("1985-05-10", "in the '60s they", "'60s", {"notBefore": "1960", "notAfter": "1969", **CONJ}),
    ("1985-05-10", "in the late 50s they", "late 50s", {"notBefore": "1957", "notAfter": "1959", **CONJ}),
    ("1985-05-10", "in the early 1960's they", "early 1960's", {"notBefore": "1960", "notAfter": "1963"}),
    ("1975-05-10", "in the first days of June they", "first days of June",
     {"notBefore": "1975-06-01", "notAfter": "1975-06-10", **CONJ}),
    ("1975-05-10", "in the last days of April 1974 they", "last days of April 1974",
     {"notBefore": "1974-04-21", "notAfter": "1974-04-30"}),
    ("1975-05-10", "Bucharest, 20-21.V.1975", "20-21.V.1975", {"from": "1975-05-20", "to": "1975-05-21"}),
    ("1975-05-10", "in the winter of 1970/71 they", "winter of 1970/71",
     {"notBefore": "1970-12-01", "notAfter": "1971-02-28"}),
    ("1975-05-10", "in the spring of this year they", "spring of this year",
     {"notBefore": "1975-03-01", "notAfter": "1975-05-31", **CONJ}),
    ("1975-05-10", "from the 5th till the 9th they", "5th till the 9th",
     {"from": "1975-05-05", "to": "1975-05-09", **CONJ}),
    ("1975-05-10", "on 15th-16th of this month they", "15th-16th of this month",
     {"from": "1975-05-15", "to": "1975-05-16", **CONJ}),
    ("1975-05-10", "dated 1975, May 5 they", "1975, May 5", {"when": "1975-05-05"}),
    ("1985-05-10", "by the end of the 1970s they", "end of the 1970s", {"notBefore": "1977", "notAfter": "1979"}),
    ("1985-05-10", "on 5 Jan 1975 they", "5 Jan 1975", {"when": "1975-01-05"}),
    ("1975-05-10", "in May of this year they", "May of this year", {"when": "1975-05", **CONJ}),
    ("1975-05-10", "on 5.V. the delegation", "5.V.", {"when": "1975-05-05", **CONJ}),
    ("1975-05-10", "on May the 5th they", "May the 5th", {"when": "1975-05-05", **CONJ}),
    ("1975-05-10", "on the twenty-first of June 1975 they", "twenty-first of June 1975", {"when": "1975-06-21"}),
    ("1975-05-10", "on May 5, 6 and 7 they", "May 5, 6 and 7", {"from": "1975-05-05", "to": "1975-05-07", **CONJ}),
    ("1975-05-10", "on 7th, 8th and 9th May they", "7th, 8th and 9th May",
     {"from": "1975-05-07", "to": "1975-05-09", **CONJ}),
    ("1975-05-10", "Sofia, 19-20/V/1975", "19-20/V/1975", {"from": "1975-05-19", "to": "1975-05-20"}),
])
def test_capitals_short_years_and_days_of_a_month(doc: str, text: str, span: str, attrs: dict) -> None:
    assert dates_in(text, doc) == [(span, attrs)]


def test_a_summer_of_two_years_is_no_season() -> None:
    assert [(d.attrs) for d in find_dates("the summer of 1970/71", "1975-05-10")] == [{"from": "1970", "to": "1971"}]


def test_an_ordinal_in_words_before_a_month_needs_of() -> None:
    assert [(d.attrs) for d in find_dates("the first May Day parade", "1975-05-10")] == []


def test_a_forename_like_a_month_is_no_month() -> None:
    assert [d.attrs for d in find_dates("Jan Masaryk 1975 said", "1975-05-10")] == [{"when": "1975"}]


@pytest.mark.parametrize("text", ["the 60s generation of 40s rifles", "aged 75", "on 5 May 75 delegates came"])
def test_two_digit_numbers_that_are_no_years(text: str) -> None:
    spans = [text[d.start:d.end] for d in find_dates(text, "1985-05-10")]
    assert not any(s.endswith(("75", "40s")) for s in spans), spans


@pytest.mark.parametrize("text,spans", [
    ("May and June, he said", ["June"]),  # no span: without a cue before it, May is no month
    ("the February and October Revolutions", ["February"]),  # no span of months naming events
    ("No. 1974/75 of the file", []),  # a number
    ("in 1978 and 1974 they", ["1978", "1974"]),  # not in order: two years
])
def test_not_ranges(text: str, spans: list[str]) -> None:
    assert [text[d.start:d.end] for d in find_dates(text, "1978-01-01")] == spans


@pytest.mark.parametrize("text,dates", [
    ("on the sixth [of this month] we", [("sixth [of this month]", "1961-02-06")]),
    ("by the twenty-first of this month", [("twenty-first of this month", "1961-02-21")]),
    ("the second thing of the month", []),  # an ordinal without 'this month' is no date
])
def test_a_day_in_words_of_this_month(text: str, dates: list) -> None:
    assert [(text[d.start:d.end], d.attrs["when"]) for d in find_dates(text, "1961-02-10")] == dates


def test_a_delegation_lists_capitals_end_before_the_dash(cold: Annotator) -> None:
    text = "Members of the delegation:\nIVAN MARKOV- Member of the Politburo;\nPETAR DIMOV- Deputy Minister of Trade;"
    persons = [s for t, s in found(cold, text) if t == "persName"]
    assert persons == ["IVAN MARKOV", "PETAR DIMOV"]


def test_an_address_lines_to_is_not_part_of_the_body(cold: Annotator) -> None:
    text = "TO CC BCP POLITBURO\nIn accordance with the resolution we report."
    assert [s for t, s in found(cold, text) if t == "orgName"] == ["CC BCP", "BCP"]


@pytest.mark.parametrize("text,person", [
    ("To: Comrade Vice-Minister Wasilewski", "Wasilewski"),  # the addressee after his titles
    ("Comrade Vice-Premier Kowalczyk said so.", "Kowalczyk"),  # a hyphenated office is a title
    ("Consul General Morozov said so.", "Morozov"),
])
def test_hyphenated_offices_and_consuls_are_titles(cold: Annotator, text: str, person: str) -> None:
    assert [s for t, s in found(cold, text) if t == "persName"] == [person]


def test_an_editors_bracketed_compound_of_common_words_is_no_person(cold: Annotator) -> None:
    assert found(cold, "Note on the [Hungarian-Soviet] consultation of May") == []
    assert ("persName", "Gheorghiu-Dej") in found(cold, "a letter of [Gheorghiu-Dej]")  # a guard: rare parts


def test_an_editors_office_and_forename_in_brackets_stay_outside_the_name(cold: Annotator) -> None:
    text = "a letter from [Chilean President Eduardo] Frei Montalva and [Soviet Foreign Minister Andrei] Gromyko"
    assert [s for t, s in found(cold, text) if t == "persName"] == ["Frei Montalva", "Gromyko"]
    assert ("persName", "[Gamal Abdel] Nasser") in found(cold, "[Gamal Abdel] Nasser came")  # given names only: inside


def test_a_main_administration_is_a_body(cold: Annotator) -> None:
    text = "SECOND MAIN ADMINISTRATION OF THE GENERAL STAFF OF THE RED ARMY"
    assert ("orgName", text) in found(cold, text)


# Forms written ahead of heldout15 (made-up sentences, no gold): telegram capitals abbreviated, relative
# seasons and months, pairs of seasons, numeric dates year first or with spaces, dashes or one digit.
@pytest.mark.parametrize("doc,text,span,attrs", [
    ("1962-06-15", "SEPT. 12, 1962 URGENT", "SEPT. 12, 1962", {"when": "1962-09-12"}),
    ("1962-06-15", "DEC 5, 1962 TO MOSCOW", "DEC 5, 1962", {"when": "1962-12-05"}),
    ("1962-06-15", "12 SEPT 62 FROM HAVANA", "12 SEPT 62", {"when": "1962-09-12"}),
    ("1962-06-15", "ON 12 SEPT THE SHIP", "12 SEPT", {"when": "1962-09-12", **CONJ}),
    ("1972-08-15", "on 13 Aug, the", "13 Aug", {"when": "1972-08-13", **CONJ}),
    ("1962-06-15", "arrived on the 12th-13th and", "12th-13th", {"from": "1962-06-12", "to": "1962-06-13", **CONJ}),
    ("1962-06-15", "in the 1st quarter of 1963 the", "1st quarter of 1963",
     {"notBefore": "1963-01-01", "notAfter": "1963-03-31"}),
    ("1962-06-15", "last summer the", "summer", {"notBefore": "1961-06-01", "notAfter": "1961-08-31", **CONJ}),
    ("1962-10-15", "Last summer the", "summer", {"notBefore": "1962-06-01", "notAfter": "1962-08-31", **CONJ}),
    ("1962-01-15", "this winter is", "winter", {"notBefore": "1961-12-01", "notAfter": "1962-02-28", **CONJ}),
    ("1962-06-15", "next spring the", "spring", {"notBefore": "1963-03-01", "notAfter": "1963-05-31", **CONJ}),
    ("1962-06-15", "in the autumn of last year he", "autumn of last year",
     {"notBefore": "1961-09-01", "notAfter": "1961-11-30", **CONJ}),
    ("1957-11-18", "between the autumn and the winter of 1956 the", "autumn and the winter of 1956",
     {"notBefore": "1956-09-01", "notAfter": "1957-02-28"}),
    ("1962-06-15", "in the winter and spring of 1962 they", "winter and spring of 1962",
     {"notBefore": "1961-12-01", "notAfter": "1962-05-31"}),
    ("1962-06-15", "in the winter of 1962-63 the", "winter of 1962-63",
     {"notBefore": "1962-12-01", "notAfter": "1963-02-28"}),
    ("1962-06-15", "at the beginning of next month they", "beginning of next month",
     {"notBefore": "1962-07-01", "notAfter": "1962-07-10", **CONJ}),
    ("1962-01-15", "at the end of last month they", "end of last month",
     {"notBefore": "1961-12-21", "notAfter": "1961-12-31", **CONJ}),
    ("1962-06-15", "early next month they", "early next month",
     {"notBefore": "1962-07-01", "notAfter": "1962-07-10", **CONJ}),
    ("1962-06-15", "in 1962-3 the", "1962-3", {"from": "1962", "to": "1963"}),
    ("1976-06-15", "on 5.-7. May 1976 in", "5.-7. May 1976", {"from": "1976-05-05", "to": "1976-05-07"}),
    ("1962-06-15", "on 12. 5. 1962 the", "12. 5. 1962", {"when": "1962-05-12"}),
    ("1972-08-15", "Pyongyang, 1972.7.4 talks", "1972.7.4", {"when": "1972-07-04"}),
    ("1972-08-15", "on 1972. 7. 4. the", "1972. 7. 4.", {"when": "1972-07-04"}),
    ("1972-08-15", "on 21-8-1968 the", "21-8-1968", {"when": "1968-08-21"}),
    ("1972-08-15", "on the 21st of the month they", "21st of the month", {"when": "1972-08-21", **CONJ}),
    ("1972-08-15", "on 21st they left", "21st", {"when": "1972-08-21", **CONJ}),
    ("1972-08-15", "in '68 the troops", "'68", {"when": "1968"}),
    ("1972-08-15", "on 21.8. the troops", "21.8.", {"when": "1972-08-21", **CONJ}),
    ("1962-06-15", "from mid-May to mid-June they", "mid-May to mid-June",
     {"notBefore": "1962-05-11", "notAfter": "1962-06-20", **CONJ}),
])
def test_forms_written_ahead_of_heldout15(doc: str, text: str, span: str, attrs: dict) -> None:
    assert dates_in(text, doc) == [(span, attrs)]


@pytest.mark.parametrize("text", ["on 5 Jan Kowalski came", "section 4.7. says", "Early this year the"])
def test_no_date_in_a_forename_a_section_or_this_year(text: str) -> None:
    assert find_dates(text, "1972-08-15") == []


# A year after a date whose own form takes none: written (the editor's, in brackets, slashes or
# parentheses), counted from the document's date, or from the year the paragraph wrote last.
@pytest.mark.parametrize("text,span,attrs", [
    ("on May 5-7 [1961] they", "May 5-7 [1961]", {"from": "1961-05-05", "to": "1961-05-07"}),
    ("on May the 5th [1961] they", "May the 5th [1961]", {"when": "1961-05-05"}),
    ("in September/October [1961] they", "September/October [1961]", {"from": "1961-09", "to": "1961-10"}),
    ("on June 5th of 1961 they", "June 5th of 1961", {"when": "1961-06-05"}),
    ("on May 5 /1961/ they", "May 5 /1961/", {"when": "1961-05-05"}),
    ("in June (1961) they", "June (1961)", {"when": "1961-06"}),
    ("on May 5, 6 and 7 of next year they", "May 5, 6 and 7 of next year",
     {"from": "1963-05-05", "to": "1963-05-07", **CONJ}),
])
def test_a_year_after_a_yearless_form(text: str, span: str, attrs: dict) -> None:
    assert dates_in(text, "1962-06-15") == [(span, attrs)]


@pytest.mark.parametrize("text,dates", [
    ("in 1958 and in June of the same year", [("1958", {"when": "1958"}),
                                             ("June of the same year", {"when": "1958-06", **CONJ})]),
    ("in 1958 and in June of the following year", [("1958", {"when": "1958"}),
                                                  ("June of the following year", {"when": "1959-06", **CONJ})]),
    # no year written before: the document's
    ("on 5 June of that year", [("5 June of that year", {"when": "1962-06-05", **CONJ})]),
])
def test_the_same_and_the_following_year_count_from_the_year_written_last(text: str, dates: list) -> None:
    assert dates_in(text, "1962-06-15") == dates


# Typing and extraction noise: a month run into its day or year, a dashed month name, a hyphen after
# 'early', a comma after a season, a season's year in two digits, lists of days without 'and'.
@pytest.mark.parametrize("text,span,attrs", [
    ("on Sept.5, 1961 they", "Sept.5, 1961", {"when": "1961-09-05"}),
    ("on 5May 1961 they", "5May 1961", {"when": "1961-05-05"}),
    ("on 5 May1961 they", "5 May1961", {"when": "1961-05-05"}),
    ("on May5, 1961 they", "May5, 1961", {"when": "1961-05-05"}),
    ("dated 05-MAY-61 the", "05-MAY-61", {"when": "1961-05-05"}),
    ("dated 5-May-1961 the", "5-May-1961", {"when": "1961-05-05"}),
    ("on 1961-5-5 the", "1961-5-5", {"when": "1961-05-05"}),
    ("in the early-1950s they", "early-1950s", {"notBefore": "1950", "notAfter": "1953"}),
    ("Autumn, 1961 was", "Autumn, 1961", {"notBefore": "1961-09-01", "notAfter": "1961-11-30"}),
    ("in the spring of '61 they", "spring of '61", {"notBefore": "1961-03-01", "notAfter": "1961-05-31"}),
    ("on 5, 6, 7 May 1961 they", "5, 6, 7 May 1961", {"from": "1961-05-05", "to": "1961-05-07"}),
])
def test_dates_through_typing_noise(text: str, span: str, attrs: dict) -> None:
    assert dates_in(text, "1962-06-15") == [(span, attrs)]
    assert dates_in(text, "1962-06-15") == [(span, attrs)]


# Ranges and lists of dotted dates (day first), parts of two months in mixed wordings, abbreviated
# months and weekdays, a telegram's capital connectives.
@pytest.mark.parametrize("text,span,attrs", [
    ("on 15.5.-20.5.1961 the", "15.5.-20.5.1961", {"from": "1961-05-15", "to": "1961-05-20"}),
    ("from 15.5. to 20.5.1961 the", "15.5. to 20.5.1961", {"from": "1961-05-15", "to": "1961-05-20"}),
    ("on 30.IV-2.V.1961 the", "30.IV-2.V.1961", {"from": "1961-04-30", "to": "1961-05-02"}),
    ("on 31.12.-2.1.1962 the", "31.12.-2.1.1962", {"from": "1961-12-31", "to": "1962-01-02"}),
    ("on 15.5. and 16.5. the", "15.5. and 16.5.", {"from": "1962-05-15", "to": "1962-05-16", **CONJ}),
    ("from the end of May to mid-June 1961 they", "end of May to mid-June 1961",
     {"notBefore": "1961-05-21", "notAfter": "1961-06-20"}),
    ("Early May to the end of June 1961 saw", "Early May to the end of June 1961",
     {"notBefore": "1961-05-01", "notAfter": "1961-06-30"}),
    ("in Sep.-Oct. the talks", "Sep.-Oct.", {"from": "1962-09", "to": "1962-10", **CONJ}),
    ("in Sept. the talks", "Sept.", {"when": "1962-09", **CONJ}),
    ("on Tues., May 15, 1961 the", "Tues., May 15, 1961", {"when": "1961-05-15"}),
    ("ON WEDNESDAY, MAY 16, 1961 THE", "WEDNESDAY, MAY 16, 1961", {"when": "1961-05-16"}),
    ("ON MAY 15 AND 16, 1961 THE", "MAY 15 AND 16, 1961", {"from": "1961-05-15", "to": "1961-05-16"}),
    ("on the evening of the 20th they", "20th", {"when": "1962-06-20", **CONJ}),
    ("dated 20 May,1961 the", "20 May,1961", {"when": "1961-05-20"}),
    ("in Mid-May they", "Mid-May", {"notBefore": "1962-05-11", "notAfter": "1962-05-20", **CONJ}),
    ("on the Fourth of July they", "Fourth of July", {"when": "1962-07-04", **CONJ}),
])
def test_dotted_ranges_mixed_parts_and_abbreviations(text: str, span: str, attrs: dict) -> None:
    assert dates_in(text, "1962-06-15") == [(span, attrs)]


@pytest.mark.parametrize("text", ["between 15.5 and 20.5 percent", "the letter of Mar. Zhukov",
                                  "from 15.5 to 20.5.", "on the morning of the 20th Congress"])
def test_no_dotted_range_in_decimals_and_no_month_in_an_abbreviated_title(text: str) -> None:
    assert find_dates(text, "1962-06-15") == []


# 'next September' counts from a date told after the document's (a report dated by its month tells
# of a December meeting), and a 'next' inferred so does not move the month it counts from.
def test_next_month_counts_from_a_later_date_told() -> None:
    told = Before().after([{"when": "1951-12-12"}])
    first = find_dates("to attend its conference in Moscow next September.", "1951-07", told)
    assert [d.attrs["when"] for d in first] == ["1952-09"]
    after = told.after(d.attrs for d in first)
    assert after.told == (1951, 12) and after.month == (1952, 9)
    assert [d.attrs["when"] for d in find_dates("held in Moscow next August.", "1951-07", after)] == ["1952-08"]


@pytest.mark.parametrize("told", [(1950, 12), (1953, 1)])  # before the document; more than a year after it
def test_next_month_counts_from_the_document_else(told: tuple[int, int]) -> None:
    before = Before(told, told)
    assert [d.attrs["when"] for d in find_dates("next September", "1951-07", before)] == ["1951-09"]


# Forms the first run on heldout15 missed, each as a general rule (the figures of that first run
# stand as measured in bench/heldout15-first-run.txt).
@pytest.mark.parametrize("text,span,attrs", [
    ("no later than 20.8.61.", "20.8.61", {"when": "1961-08-20"}),
    ("Distributed: 28/XI.61 received", "28/XI.61", {"when": "1961-11-28"}),
    ("dated 28/XI.1961 and", "28/XI.1961", {"when": "1961-11-28"}),
    ("in the month of April the", "month of April", {"when": "1962-04", **CONJ}),
    ("in 1959, 1957, 1960, and in 1961 the", "1959, 1957, 1960, and in 1961", {"from": "1959", "to": "1961"}),
    ("visit the Soviet Union during the summer.", "summer", {"notBefore": "1962-06-01", "notAfter": "1962-08-31",
                                                             **CONJ}),
])
def test_forms_of_the_first_run_on_heldout15(text: str, span: str, attrs: dict) -> None:
    assert dates_in(text, "1962-06-15") == [(span, attrs)]


@pytest.mark.parametrize("text", ["the register line Soviet Union #1631", "from the 7th military district",
                                  "on the 20th anniversary", "on the 5th and 6th floors", "since the fall of Grenada",
                                  "in the winter roads freeze", "during the summer months"])
def test_no_date_in_a_number_sign_an_ordinal_before_a_noun_or_a_season_as_a_noun(text: str) -> None:
    assert find_dates(text, "1962-06-15") == []


# Names the first run on heldout15 got wrong, as general rules: a heading's letter is no initial,
# a state's initials before a noun no person, papers and boards are bodies.
@pytest.mark.parametrize("text,expected", [
    ("A. NSC Action No. 817", [("orgName", "NSC")]),
    ("F. Demonstrations in East Berlin", [("placeName", "East Berlin")]),
    ("I. Nature of the uprising", []),
    ("A. Gromyko said", [("persName", "A. Gromyko")]),  # an initial before a name stays one
    ("A. PUZANOV", [("persName", "A. PUZANOV")]),
    ("the U.S. Officials said", [("placeName", "U.S.")]),
    ("Izvestia only published a summary", [("orgName", "Izvestia")]),
    ("an article in Rude Pravo and in Neues Deutschland",
     [("orgName", "Rude Pravo"), ("orgName", "Neues Deutschland")]),
    ('suddenly a "New Pravda" appeared', []),  # a paper made up after one
    ("approved by the Psychological Strategy Board", [("orgName", "Psychological Strategy Board")]),
])
def test_heading_letters_state_initials_papers_and_boards(cold: Annotator, text: str, expected: list) -> None:
    assert found(cold, text, "1953-06-29") == expected


def test_a_town_named_as_a_persons_surname_is_the_person(cold: Annotator) -> None:
    """'Carlos Rafael Rodriguez', then 'Rodriguez' alone: he, not Rodriguez, Rizal (a town of the gazetteer)."""
    texts = ["RECORD OF A CONVERSATION with Carlos Rafael RODRIGUEZ member of the",
             "I met with Rodriguez, who said so. In Rodriguez's words, the letter was read."]
    out = cold.annotate_many(texts, Context("1963-02-22"))
    assert [(m.tag, texts[1][m.start:m.end]) for m in out[1]] == [("persName", "Rodriguez")] * 2


def test_a_capital_keeps_its_name_beside_a_person_of_that_surname(cold: Annotator) -> None:
    texts = ["a letter from George Washington was read", "then Washington replied that"]
    out = cold.annotate_many(texts, Context("1963-02-22"))
    assert [(m.tag, texts[1][m.start:m.end]) for m in out[1]] == [("placeName", "Washington")]


# Forms the first run on heldout16 missed, as general rules (its first-run figures stand in
# bench/heldout16-first-run.txt).
@pytest.mark.parametrize("text,span,attrs", [
    ("On 26.I. of this year, the Premier", "26.I. of this year", {"when": "1962-01-26", **CONJ}),
    ("in Angola /1961/ greatly", "1961", {"when": "1961"}),
    ("No: 1653, May 29, 5 p.m.", "May 29", {"when": "1962-05-29", **CONJ}),
    ("and in the summer it will be possible", "summer", {"notBefore": "1962-06-01", "notAfter": "1962-08-31",
                                                         **CONJ}),
    ("in late April and May 1961 the", "late April and May 1961", {"notBefore": "1961-04-21",
                                                                  "notAfter": "1961-05-31"}),
    ("in 1648 the treaty", "1648", {"when": "1648"}),  # an old year after a word that introduces it
])
def test_forms_of_the_first_run_on_heldout16(text: str, span: str, attrs: dict) -> None:
    assert dates_in(text, "1962-06-15") == [(span, attrs)]


@pytest.mark.parametrize("text", ["SENT DEPT 1653, RPTD INFO", "[stamp: 1786 subject to return", "the ratio 5/1961/3",
                                  "1. I raised the question"])
def test_no_date_in_old_numbers_stamps_or_slashed_numbers(text: str) -> None:
    assert find_dates(text, "1962-06-15") == []


# Names the first run on heldout16 got wrong, as general rules: the Bolshevik party's '(b)' is
# part of its acronym; states by the forms of the period (Soviet republics, 'ChSSR', 'PR of Bulgaria').
@pytest.mark.parametrize("text,expected", [
    ("to the unit of the VKP(b) CC Special Section", [("orgName", "VKP(b) CC Special Section"),
                                                      ("orgName", "VKP(b) CC"), ("orgName", "VKP(b)")]),
    ("the CC VKP(b) decided", [("orgName", "CC VKP(b)"), ("orgName", "VKP(b)")]),
    ("the UkSSR Council of Ministers and the ChSSR", [("placeName", "UkSSR"), ("orgName", "Council of Ministers"),
                                                      ("placeName", "ChSSR")]),
    ("the PR of Bulgaria and the SR of Romania", [("placeName", "PR of Bulgaria"), ("placeName", "SR of Romania")]),
    ("the Korean Worker's Party", [("orgName", "Korean Worker's Party")]),
])
def test_bolshevik_acronyms_and_states_of_the_period(cold: Annotator, text: str, expected: list) -> None:
    assert found(cold, text, "1949-05-01") == expected


# A body's name ends before the kind of document it heads, and holds an editor's bracketed words
# after its head (not before it: '[DRV] Ministry of Foreign Affairs' is the state and its body).
@pytest.mark.parametrize("text,expected", [
    ("PRC Ministry of Foreign Affairs Document No. 105", [("orgName", "PRC Ministry of Foreign Affairs")]),
    ("the Ministry of Foreign Affairs Telegram", [("orgName", "Ministry of Foreign Affairs")]),
    ("the Public Record Office", [("orgName", "Public Record Office")]),
    ("the Ministry of Information", [("orgName", "Ministry of Information")]),
    ("the Yili Office of the [Xinjiang] Foreign Affairs Department",
     [("orgName", "Yili Office of the [Xinjiang] Foreign Affairs Department")]),
])
def test_a_bodys_name_ends_before_a_document_kind_and_holds_an_editors_words(cold: Annotator, text: str,
                                                                               expected: list) -> None:
    assert found(cold, text, "1956-05-01") == expected


@pytest.mark.parametrize("text,expected", [
    ("were winners, prof. Prijono and his wife", [("persName", "Prijono")]),  # a title's stop in lower case
    ("Prof. Prijono and his wife", [("persName", "Prijono")]),  # a title, no speaker 'Prof.'
    ("GROMYKO. We agree", [("persName", "GROMYKO")]),
])
def test_abbreviated_titles_in_lower_case_and_no_title_as_a_speaker(cold: Annotator, text: str,
                                                                   expected: list) -> None:
    assert found(cold, text, "1955-05-01") == expected


@pytest.mark.parametrize("text,expected", [
    ("relations between the CPSU and Sandinista National Liberation Front", [
        ("orgName", "CPSU"), ("orgName", "Sandinista National Liberation Front")]),  # two bodies
    ("the Ministry of Science and Technology", [("orgName", "Ministry of Science and Technology")]),  # one
])
def test_an_acronym_and_a_body_are_two(cold: Annotator, text: str, expected: list) -> None:
    assert found(cold, text, "1980-05-01") == expected


@pytest.mark.parametrize("text,expected", [
    ("the city of Kirin was captured", [("placeName", "Kirin")]),  # not a surname in '-in'
    ("the island of Sakhalin onto the island of Hokkaido", [("placeName", "Sakhalin"), ("placeName", "Hokkaido")]),
    ("the village of Dymer and", [("placeName", "Dymer")]),
])
def test_a_name_after_a_kind_of_place_and_of_is_a_place(cold: Annotator, text: str, expected: list) -> None:
    assert found(cold, text, "1945-08-20") == expected


@pytest.mark.parametrize("text,expected", [
    ("the Iraqi Republic and the Syrian Arab Republic", [("placeName", "Iraqi Republic"),
                                                         ("placeName", "Syrian Arab Republic")]),
    ("the East German Republic", [("placeName", "East German Republic")]),
    ("the Republican Party", [("orgName", "Republican Party")]),
])
def test_a_state_named_by_its_peoples_adjective_and_republic(cold: Annotator, text: str, expected: list) -> None:
    assert found(cold, text, "1959-03-01") == expected


@pytest.mark.parametrize("text,expected", [
    ("Minister [Vaclav] David said", [("persName", "[Vaclav] David")]),
    ("met [Ernesto] Che Guevara in", [("persName", "[Ernesto] Che Guevara")]),
    ("with [Ahmed] Ben Bella and", [("persName", "[Ahmed] Ben Bella")]),
    ("the [Soviet] Union", []),  # no forename in the bracket
])
def test_an_editors_forename_in_brackets_before_a_surname(cold: Annotator, text: str, expected: list) -> None:
    assert found(cold, text, "1962-05-01") == expected


# Ranges written ahead of the next held-out set (made-up sentences, no gold).
@pytest.mark.parametrize("text,span,attrs", [
    ("between the 5th and the 10th they", "5th and the 10th", {"from": "1962-06-05", "to": "1962-06-10", **CONJ}),
    ("from the 5th of June to the 8th they", "5th of June to the 8th", {"from": "1962-06-05", "to": "1962-06-08",
                                                                          **CONJ}),
    ("from the 5th of June to the 8th of July", "5th of June to the 8th of July",
     {"from": "1962-06-05", "to": "1962-07-08", **CONJ}),
    ("on 5.6.61-8.6.61 the", "5.6.61-8.6.61", {"from": "1961-06-05", "to": "1961-06-08"}),
    ("on 5-8 XII 1961 the", "5-8 XII 1961", {"from": "1961-12-05", "to": "1961-12-08"}),
    ("in the 1940s-1950s they", "1940s-1950s", {"notBefore": "1940", "notAfter": "1959"}),
    ("from the 1940s to the 1960s they", "1940s to the 1960s", {"notBefore": "1940", "notAfter": "1969"}),
])
def test_ranges_to_a_bare_day_and_of_dotted_short_years(text: str, span: str, attrs: dict) -> None:
    assert dates_in(text, "1962-06-15") == [(span, attrs)]


# Written ahead of heldout17 (made-up sentences, no gold): the last week of a month, the second of two
# days joined by 'or', and a day-and-month inside an event's or a movement's name.
@pytest.mark.parametrize("text,spans", [
    ("in the last week of December the", [("last week of December", {"notBefore": "1962-12-25",
                                                                      "notAfter": "1962-12-31", **CONJ})]),
    ("in the last week of February 1960 the", [("last week of February 1960", {"notBefore": "1960-02-23",
                                                                                "notAfter": "1960-02-29"})]),
    ("they come on the 5th or 6th.", [("5th", {"when": "1962-06-05", **CONJ}),
                                      ("6th", {"when": "1962-06-06", **CONJ})]),
    ("on May 21st or 22nd he left", [("May 21st", {"when": "1962-05-21", **CONJ}),
                                     ("22nd", {"when": "1962-05-22", **CONJ})]),
    ("the 5th or 6th division attacked", []),
    ("the March 1 Movement in Korea", []),
    ("after the 14 July Revolution the", []),
])
def test_last_week_days_joined_by_or_and_dates_that_name_an_event(text: str, spans: list) -> None:
    assert dates_in(text, "1962-06-15") == spans


# From heldout16's development errors: numbered units with the body they belong to, a body's acronym with
# its people's adjective or its state's acronym (one body, as the sets read it), ranks ending a body's name.
@pytest.mark.parametrize("text,expected", [
    ("the 12th Regiment of the 4th Division moved", [("orgName", "12th Regiment of the 4th Division"),
                                                     ("orgName", "4th Division")]),
    ("the 2nd Army of the NOA 1st Army Group", [("orgName", "2nd Army of the NOA 1st Army Group"),
                                                ("orgName", "NOA 1st Army Group"), ("orgName", "NOA")]),
    ("the 6th Department of the KGB Administration Lieut. Col. Petrov reported",
     [("orgName", "6th Department of the KGB Administration"), ("orgName", "KGB Administration"), ("orgName", "KGB"),
      ("persName", "Petrov")]),
    ("The Chinese PLA attacked", [("orgName", "Chinese PLA")]),
    ("The Indonesian MID said", [("orgName", "Indonesian MID")]),
    ("the USSR MVD troops came", [("orgName", "USSR MVD")]),
    ("The Soviet MFA said", [("orgName", "Soviet MFA")]),
    ("The Soviet UN delegation", [("orgName", "UN")]),  # an international body is no people's
    ("the CC VKP(b) decided", [("orgName", "CC VKP(b)"), ("orgName", "VKP(b)")]),  # an organ of the party
])
def test_units_of_a_body_and_acronyms_with_their_peoples_adjective(cold: Annotator, text: str,
                                                                   expected: list) -> None:
    assert found(cold, text, "1953-06-20") == expected


@pytest.mark.parametrize("text", ["Iskh. #117/ss", "Iskh. №253"])
def test_a_registry_abbreviation_before_a_number_sign_is_no_speaker(cold: Annotator, text: str) -> None:
    assert found(cold, text, "1958-12-01") == []


# Forms the first run on heldout17 missed, as general rules (its first-run figures stand in
# bench/heldout17-first-run.txt).
@pytest.mark.parametrize("text,doc,spans", [
    ("In 1956, he was among those who in the beginning of December landed", "1960-12-15",
     [("1956", {"when": "1956"}), ("beginning of December", {"notBefore": "1956-12-01", "notAfter": "1956-12-10",
                                                             **CONJ})]),
    ("In 1956 he left. In December he came back.", "1960-12-15",  # another sentence: the document's year
     [("1956", {"when": "1956"}), ("December", {"when": "1960-12", **CONJ})]),
    ("14-19 may 1980 year hosted", "1980-06-01", [("14-19 may 1980", {"from": "1980-05-14", "to": "1980-05-19"})]),
    ("on 14 may 1980 he came", "1980-06-01", [("14 may 1980", {"when": "1980-05-14"})]),
    ("we may 1980 no", "1980-06-01", [("1980", {"when": "1980"})]),  # 'may' after no day: the verb
    ("Deciphered on 9.6 at 20:50 hours", "1963-06-10", [("9.6", {"when": "1963-06-09", **CONJ})]),
    ("street travel from 1900 to 0600. These", "1945-11-22", []),  # hours, not years
    ("the curfew lasts from 0600 to 1900 hours", "1945-11-22", []),
    ("from 1943 to 1945 they", "1945-11-22", [("1943 to 1945", {"from": "1943", "to": "1945"})]),
])
def test_forms_of_the_first_run_on_heldout17(text: str, doc: str, spans: list) -> None:
    assert dates_in(text, doc) == spans


# Names the first run on heldout17 got wrong, as general rules: a numbered office keeps its number, a
# party's committee ('... Party CC') holds the party, an organ named after its body holds the body, a
# mission's seat after 'to', People's Volunteers, 'VKP(b)' leading a body's name, editors' words.
@pytest.mark.parametrize("text,expected", [
    ("the 1st Department of the Foreign Ministry of the DPRK said",
     [("orgName", "1st Department of the Foreign Ministry of the DPRK"), ("orgName", "Foreign Ministry of the DPRK")]),
    ("the 42nd Border Detachment arrived", [("orgName", "42nd Border Detachment")]),
    ("the Politburo of the Vietnamese Workers Party CC decided",
     [("orgName", "Politburo of the Vietnamese Workers Party CC"), ("orgName", "Vietnamese Workers Party CC"),
      ("orgName", "Vietnamese Workers Party")]),
    ("Nguyen Van Tran, Vietnamese Workers Party CC Secretary",
     [("persName", "Nguyen Van Tran"), ("orgName", "Vietnamese Workers Party CC"),
      ("orgName", "Vietnamese Workers Party")]),
    ("the Chairman of the USSR Supreme Soviet Presidium (the", [("orgName", "USSR Supreme Soviet Presidium"),
                                                                ("orgName", "USSR Supreme Soviet")]),
    ("the Foreign Affairs Department of the Central Committee", [
        ("orgName", "Foreign Affairs Department of the Central Committee")]),  # no body ends in 'of the'
    ("the VKP(b) CC Department of International Information said",
     [("orgName", "VKP(b) CC Department of International Information"), ("orgName", "VKP(b) CC"),
      ("orgName", "VKP(b)")]),
    ("the GDR Embassy to DPRK said", [("orgName", "GDR Embassy to DPRK")]),
    ("the Chinese People's Volunteers attacked", [("orgName", "Chinese People's Volunteers")]),
    ("[Letterhead]", []),
    ("AIDE-MEMOIRE", []),
])
def test_names_of_the_first_run_on_heldout17(cold: Annotator, text: str, expected: list) -> None:
    assert found(cold, text, "1966-06-18") == expected


@pytest.mark.parametrize("text,expected", [
    ("the visit to the Soviet Union of Cde Podgorny was", [("placeName", "Soviet Union"), ("persName", "Podgorny")]),
    ("FYI: Siedlecki, Trojanowski, Thee", [("persName", "Siedlecki"), ("persName", "Trojanowski")]),
    ("the Border Troops of the MVD of the Azerbaijan District",
     [("orgName", "Border Troops of the MVD of the Azerbaijan District"), ("orgName", "MVD")]),
    ("the Internal Troops arrived", [("orgName", "Internal Troops")]),
])
def test_comrade_without_its_stop_ends_a_body_fyi_is_no_speaker_and_troops_head_a_body(
        cold: Annotator, text: str, expected: list) -> None:
    assert found(cold, text, "1969-06-18") == expected


# Forms the first run on heldout18 missed, as general rules (its first-run figures stand in
# bench/heldout18-first-run.txt).
@pytest.mark.parametrize("text,doc,spans", [
    ("Telegram no. 74320, 22 August 1968", "1968-08-24", [("22 August 1968", {"when": "1968-08-22"})]),
    ("appendices Nº Nº 1 and 2 to the 15 May 1953 Agreement", "1954-01-10",  # a list's number stays out
     [("15 May 1953", {"when": "1953-05-15"})]),
    ("September 28 October 1966", "1966-10-28", [("September", {"when": "1966-09", **CONJ}),
                                                 ("28 October 1966", {"when": "1966-10-28"})]),
    ("on 22 September [handwritten: 1966]", "1966-10-28", [("22 September [handwritten: 1966]",
                                                            {"when": "1966-09-22"})]),
    ("(20.06.1971. 1930 hours)", "1971-06-20", [("20.06.1971", {"when": "1971-06-20"})]),
    ("Bucharest 2010 hrs", "1966-04-26", []),
    ("for three days [starting from] the 8th, [his", "1961-04-05", [("8th", {"when": "1961-04-08", **CONJ})]),
    ("the anniversary of 21 August 1968. The aim is to compromise the events of 21 August years ago",
     "1989-08-21", [("21 August 1968", {"when": "1968-08-21"}), ("21 August", {"when": "1968-08-21", **CONJ})]),
])
def test_forms_of_the_first_run_on_heldout18(text: str, doc: str, spans: list) -> None:
    assert dates_in(text, doc) == spans


# Names the first run on heldout18 got wrong, as general rules.
@pytest.mark.parametrize("text,expected", [
    ("while the General Electric Company and others", [("orgName", "General Electric Company")]),
    ("the MPR Embassy in the Soviet Union said", [("orgName", "MPR Embassy in the Soviet Union")]),
    ("FIRST DEPARTMENT OF THE FOREIGN MINISTRY", [("orgName", "FIRST DEPARTMENT OF THE FOREIGN MINISTRY"),
                                                  ("orgName", "FOREIGN MINISTRY")]),
    ("Apollo Pier Road", [("placeName", "Apollo Pier Road")]),
    ("General Petrov of the Army", [("persName", "Petrov")]),  # the title before a name stays a title
])
def test_names_of_the_first_run_on_heldout18(cold: Annotator, text: str, expected: list) -> None:
    assert found(cold, text, "1963-06-18") == expected


@pytest.mark.parametrize("text,spans", [
    ("following the CPSU October plenum in 1964. The", [("1964", {"when": "1964"})]),  # the month names the plenum
    ("the October session of the UN", []),
    ("In October plenum sessions were held", [("October", {"when": "1966-10", **CONJ})]),  # after a cue: the month
])
def test_a_month_that_names_a_plenum_or_session_is_no_date(text: str, spans: list) -> None:
    assert dates_in(text, "1966-06-01") == spans


# Forms the first run on heldout19 missed, as general rules (its first-run figures stand in
# bench/heldout19-first-run.txt).
@pytest.mark.parametrize("text,doc,spans", [
    ("At the session of the 22nd, the", "1954-06-24", [("22nd", {"when": "1954-06-22", **CONJ})]),
    ("at the meeting of the 19th with", "1954-06-24", [("19th", {"when": "1954-06-19", **CONJ})]),
    ("February 6 – Thursday\n[Handwritten] – 13 Thursday – Frankfurt", "1973-05-10",
     [("February 6", {"when": "1973-02-06", **CONJ}), ("13", {"when": "1973-02-13", **CONJ})]),
])
def test_forms_of_the_first_run_on_heldout19(text: str, doc: str, spans: list) -> None:
    assert dates_in(text, doc) == spans


@pytest.mark.parametrize("text,expected", [
    ("OF POLITBURO OF THE CENTRAL COMMITTEE OF THE BULGARIAN COMMUNIST PARTY FROM 13 AUGUST 1963",
     [("orgName", "POLITBURO OF THE CENTRAL COMMITTEE OF THE BULGARIAN COMMUNIST PARTY"),
      ("orgName", "CENTRAL COMMITTEE OF THE BULGARIAN COMMUNIST PARTY"), ("orgName", "BULGARIAN COMMUNIST PARTY")]),
    ("Director of Policy for the Ministry of Foreign Affairs Thursday, September 12th, 6 PM",
     [("orgName", "Ministry of Foreign Affairs")]),
    ("the Committee for State Security said", [("orgName", "Committee for State Security")]),  # its own 'for'
])
def test_a_body_in_capitals_ends_before_from_and_no_body_holds_a_weekday(cold: Annotator, text: str,
                                                                        expected: list) -> None:
    assert found(cold, text, "1963-08-13") == expected


# Names the first run on heldout19 got wrong, as general rules.
@pytest.mark.parametrize("text,expected", [
    ("the First Chief Directorate of the Committee for State Security], Major-Gen. Kalugin",
     [("orgName", "First Chief Directorate of the Committee for State Security"),
      ("orgName", "Committee for State Security"), ("persName", "Kalugin")]),
    ("the VI [Sixth] Directorate and the IV [Fourth] Directorate",
     [("orgName", "VI [Sixth] Directorate"), ("orgName", "IV [Fourth] Directorate")]),
    ("the Revolutionary Armed Forces of the Republic of Cuba",
     [("orgName", "Revolutionary Armed Forces of the Republic of Cuba")]),
    ("the Armed Forces of Cuba were", [("placeName", "Cuba")]),  # described, not named
    ("They can send Comandante Pineiro to our country", [("persName", "Pineiro")]),
    ("Sec. Eduardo Roxo arrived", [("persName", "Eduardo Roxo")]),  # the abbreviated title is no initial
])
def test_names_of_the_first_run_on_heldout19(cold: Annotator, text: str, expected: list) -> None:
    assert found(cold, text, "1976-06-01") == expected


@pytest.mark.parametrize("text,expected", [
    ("Today, I invited Ambassador Kirk and delivered", [("persName", "Kirk")]),
    ("as Mr. Smith said", [("persName", "Smith")]),
    ("Ambassador Extraordinary and Plenipotentiary", []),  # frequent words after a title are no name
    ("Comr. Copy", []),
])
def test_a_rarer_word_after_a_title_is_a_surname(cold: Annotator, text: str, expected: list) -> None:
    assert found(cold, text, "1950-06-29") == expected


def test_a_surname_learnt_after_a_title_is_found_alone_later(cold: Annotator) -> None:
    paras = ["Today, I invited Ambassador Kirk and delivered a statement.", "Having read it, Kirk asked whether."]
    assert found_many(cold, paras) == [("persName", "Kirk"), ("persName", "Kirk")]


def test_a_forename_read_as_a_surname_is_not_learnt(cold: Annotator) -> None:
    paras = ["PARTICIPANTS: U.S. President Bush James A. Baker III, Secretary of State",
             "Public Affairs (Designate) James A. Kelly, Senior Director of Asian Affairs"]
    assert ("persName", "James") not in found_many(cold, paras)


@pytest.mark.parametrize("text,spans", [
    ("in the wake of the October war, a more", []),  # the month names the war
    ("that is in the spring - one will not", [("spring", {"notBefore": "1949-03-01", "notAfter": "1949-05-31",
                                                          **CONJ})]),
    ("in October war broke out", [("October", {"when": "1948-10", **CONJ})]),  # after a cue: the month
])
def test_a_month_naming_a_war_and_a_season_before_a_dash(text: str, spans: list) -> None:
    assert dates_in(text, "1949-01-15") == spans


# Written ahead of heldout20, with no gold: a season's cue as a sentence's first word, and a bare day
# after 'before', 'after' and 'than' ('no later than the 20th'); an ordinal before a noun stays no date.
@pytest.mark.parametrize("text,spans", [
    ("In the autumn the plan was ready.", [("autumn", {"notBefore": "1968-09-01", "notAfter": "1968-11-30",
                                                      **CONJ})]),
    ("Throughout the summer, the talks stalled.", [("summer", {"notBefore": "1968-06-01",
                                                              "notAfter": "1968-08-31", **CONJ})]),
    ("No later than the 20th the reply is due.", [("20th", {"when": "1968-07-20", **CONJ})]),
    ("after the 5th the talks resumed", [("5th", {"when": "1968-07-05", **CONJ})]),
    ("before the 20th anniversary of the party", []),
    ("In the winter roads are closed.", []),  # a season as weather
])
def test_a_season_at_a_sentences_start_and_a_day_after_before_after_or_than(text: str, spans: list) -> None:
    assert dates_in(text, "1968-07-15") == spans


# Written ahead of heldout20, with no gold: a decade named without its century is the coming one when it
# begins within ten years of the document ('the 70's' of 1968), else of the century before; an
# apostrophe before a decade's word ("the late 'fifties").
@pytest.mark.parametrize("doc,text,span,attrs", [
    ("1968-07-15", "in the 70's they", "70's", {"notBefore": "1970", "notAfter": "1979", **CONJ}),
    ("1968-07-15", "in the seventies they", "seventies", {"notBefore": "1970", "notAfter": "1979", **CONJ}),
    ("1968-07-15", "in the nineties they", "nineties", {"notBefore": "1890", "notAfter": "1899", **CONJ}),
    ("1985-05-10", "in the late 'fifties they", "late 'fifties", {"notBefore": "1957", "notAfter": "1959",
                                                               **CONJ}),
])
def test_a_decade_without_its_century_and_after_an_apostrophe(doc: str, text: str, span: str,
                                                              attrs: dict) -> None:
    assert dates_in(text, doc) == [(span, attrs)]


# A numbered office of a body named in generic words is a body by its number (before, the units rule left
# it to the bodies rule, which refused it as all generic), and a three-digit number stays with its unit.
@pytest.mark.parametrize("text,expected", [
    ("the 12th Department of the Foreign Ministry said", [("orgName", "12th Department of the Foreign Ministry"),
                                                          ("orgName", "Foreign Ministry")]),
    ("the 103rd Department of the Ministry of Foreign Affairs said",
     [("orgName", "103rd Department of the Ministry of Foreign Affairs"), ("orgName", "Ministry of Foreign Affairs")]),
    ("the Department of the Foreign Ministry said", [("orgName", "Foreign Ministry")]),  # no number, no name
])
def test_a_numbered_office_of_a_body_in_generic_words(cold: Annotator, text: str, expected: list) -> None:
    assert found(cold, text) == expected


# From heldout20's first-run misses: a two-digit year first ('80. 10. 02.'), a roman month spaced with a
# two-digit year, day and month in numbers after a day's cue without the sentence's stop, the Iranian solar
# calendar (with a Gregorian day written after it, the document's), a blank Japanese year and month,
# digits read with doubt, 'as of Spring'; and guards: no date in 'the 10th or 11th floor', a rate, a far year.
@pytest.mark.parametrize("text,doc,spans", [
    ("PYONGYANG, 80. 10. 02.", "1980-10-02", [("80. 10. 02.", {"when": "1980-10-02"})]),
    ("The figure 45. 12. 30. is odd", "1980-10-02", []),
    ("Meeting with Comrades on 19 X 56", "1956-10-20", [("19 X 56", {"when": "1956-10-19"})]),
    ("occupied in the course of 23.8; on 24.8—the southern half", "1945-08-23",
     [("23.8", {"when": "1945-08-23", **CONJ}), ("24.8", {"when": "1945-08-24", **CONJ})]),
    ("began from the morning of 23.8. Capitulation is", "1945-08-23", [("23.8", {"when": "1945-08-23", **CONJ})]),
    ("as had taken place on 21.08, when it", "1968-08-22", [("21.08", {"when": "1968-08-21", **CONJ})]),
    ("on 4.XII. The talks", "1968-12-10", [("4.XII", {"when": "1968-12-04", **CONJ})]),
    ("the rate of 21.08, which", "1968-08-22", []),
    ("the anniversary of the 30th of Tir 1331 (21 July 1952) for", "1955-07-10",
     [("30th of Tir 1331", {"when": "1952-07-21"}), ("21 July 1952", {"when": "1952-07-21"})]),
    ("the coup of 28 Mordad 1332 was", "1957-03-14", [("28 Mordad 1332", {"when": "1953-08-19"})]),
    ("on 22 Bahman 1357 [11 February 1979] the", "1979-03-01",
     [("22 Bahman 1357", {"when": "1979-02-11"}), ("11 February 1979", {"when": "1979-02-11"})]),
    ("on the 30th of Mordad, the 22nd of August, the", "1955-10-01",
     [("30th of Mordad", {"when": "1955-08-22", **CONJ}), ("22nd of August", {"when": "1955-08-22", **CONJ})]),
    ("Sent: China 01:35 Year Month 25", "1984-03-26", [("Year Month 25", {"when": "1984-03-25", **CONJ})]),
    ("V. Gorbunov 2?8? April 1955", "1955-04-12", [("2?8? April 1955", {"when": "1955-04-28"})]),
    ("is it 5? I think", "1955-04-12", []),
    ("uranium mining—as of Spring we have not", "1956-10-19",
     [("Spring", {"notBefore": "1956-03-01", "notAfter": "1956-05-31", **CONJ})]),
    ("thrown out of the window from the 10th or 11th floor and died", "1979-12-15", []),
])
def test_forms_of_the_first_run_on_heldout20(text: str, doc: str, spans: list) -> None:
    assert dates_in(text, doc) == spans


@pytest.mark.parametrize("jalali,gregorian", [
    ((1331, 1, 1), "1952-03-21"), ((1331, 4, 30), "1952-07-21"), ((1332, 5, 28), "1953-08-19"),
    ((1342, 3, 15), "1963-06-05"), ((1357, 10, 26), "1979-01-16"), ((1358, 8, 13), "1979-11-04"),
    ((1399, 12, 30), "2021-03-20"), ((1403, 1, 1), "2024-03-20"),
])
def test_solar_hijri_days_known_from_history(jalali: tuple[int, int, int], gregorian: str) -> None:
    """The Siyeh Tir rising, the 1953 coup, the 15 Khordad rising, the Shah's leaving, the embassy's seizure;
    1399 was a leap year and 1400 was not."""
    day = solar_hijri_to_gregorian(*jalali)
    assert day is not None and day.isoformat() == gregorian
    assert solar_hijri_to_gregorian(1400, 12, 30) is None and solar_hijri_to_gregorian(1331, 7, 31) is None


def test_a_bodys_number_is_not_a_dates_day(cold: Annotator) -> None:
    assert found(cold, "the Regional Division 22.08.1968 was", "1968-08-22") == [("orgName", "Regional Division")]
    assert found(cold, "the Regional Division 22 was") == [("orgName", "Regional Division 22")]


# From heldout20's first-run misses: a ship is none of the three kinds, a CC of a body found, a state's
# possessive before a body's acronym, a state's 'Party and Government Delegation' (no party's name), the
# Turkic 'son of' after a name, 'Straits', and a document's kind before 'for the' and a body's name.
@pytest.mark.parametrize("text,expected", [
    ("the seizure of the USS Pueblo by the DPRK", [("placeName", "DPRK")]),
    ("the HMS Ajax sailed", []),
    ("the CC of the People's Party of Iran decided", [("orgName", "CC of the People's Party of Iran"),
                                                     ("orgName", "People's Party of Iran")]),
    ("the CC of Bulgaria's CP said", [("orgName", "CC of Bulgaria's CP"), ("orgName", "Bulgaria's CP")]),
    ("the Visit of the DPRK Party and Government Delegation to Bulgaria", [("placeName", "DPRK"),
                                                                          ("placeName", "Bulgaria")]),
    ("Jami Nowruz Eypullakh ogly was born", [("persName", "Jami Nowruz Eypullakh ogly")]),
    ("through the Tiran Straits to Eilat", [("placeName", "Tiran Straits"), ("placeName", "Eilat")]),
    ("Information for the Central Committee of the Bulgarian Communist Party",
     [("orgName", "Central Committee of the Bulgarian Communist Party"), ("orgName", "Bulgarian Communist Party")]),
])
def test_names_of_the_first_run_on_heldout20(cold: Annotator, text: str, expected: list) -> None:
    assert found(cold, text, "1968-03-01") == expected


# From heldout20: a two-letter East Asian surname after a title, and 'Judge' as a title (not 'Judge Advocate').
@pytest.mark.parametrize("text,expected", [
    ("Foreign Minister Wu responded with a smile", [("persName", "Wu")]),
    ("Abe sought support for Judge Oda's reelection", [("persName", "Oda")]),
    ("the Judge Advocate said", []),
    ("Minister Of said", []),
])
def test_a_short_east_asian_surname_and_a_judge_after_a_title(cold: Annotator, text: str, expected: list) -> None:
    assert found(cold, text, "1984-03-25") == expected


# From heldout21's first-run misses: a day before a colon ('the telegram of March 10:'; not 'March 10:30'),
# and hours after a date and its comma that read as a year far after the document ('22 October, 2000' in a
# 1945 digest is 20:00), while a year 2000 said otherwise stays.
@pytest.mark.parametrize("text,doc,spans", [
    ("through the telegram of March 10:", "1955-03-15", [("March 10", {"when": "1955-03-10", **CONJ})]),
    ("March 10:30 the", "1955-03-15", [("March", {"when": "1955-03", **CONJ})]),
    ("Ankara, Turkish language, 22 October, 2000. Transcript.", "1945-10-23",
     [("22 October", {"when": "1945-10-22", **CONJ})]),
    ("on 22 October, 1945, the", "1945-10-23", [("22 October, 1945", {"when": "1945-10-22"})]),
    ("by the year 2000 the", "1945-10-23", [("2000", {"when": "2000"})]),
    ("on 5 May 2000 the", "1945-10-23", [("5 May 2000", {"when": "2000-05-05"})]),
])
def test_forms_of_the_first_run_on_heldout21(text: str, doc: str, spans: list) -> None:
    assert dates_in(text, doc) == spans


def test_a_month_abbreviation_is_no_given_name(cold: Annotator) -> None:
    """'instructed by Zhou Enlai Apr. 4': the date after the name (heldout21, with a register)."""
    assert not any("Apr" in f[1] for f in found(cold, "return it to me instructed by Zhou Enlai Apr. 4"))
    assert not any(g.tag == "persName" and "Apr" in "Zhou Enlai Apr. 4"[g.start:g.end]
                   for g in east_asian("Zhou Enlai Apr. 4"))


# From heldout21's first-run misses: a place beats an East Asian family name and an initial of the same span
# ('Hong Kong', 'G. Britain'), 'Soviet Russia', Western papers and news agencies, 'Generalissimo' and
# hyphenated ranks as titles, 'Highway', the AKM rifle, and a family name an editor supplies ('[Yang] Shangkun').
@pytest.mark.parametrize("text,expected", [
    ("arrested by the Hong Kong administration", [("placeName", "Hong Kong")]),
    ("the government of G. Britain believes", [("placeName", "G. Britain")]),
    ("A. Gromyko said", [("persName", "A. Gromyko")]),
    ("the voice of Soviet Russia is", [("placeName", "Soviet Russia")]),
    ("a report of the Daily Express says", [("orgName", "Daily Express")]),
    ("the Associated Press reported", [("orgName", "Associated Press")]),
    ("Generalissimo Stalin said", [("persName", "Stalin")]),
    ("Lieutenant-Colonel MENGISTU said", [("persName", "MENGISTU")]),
    ("the Yunnan-Burma Highway is", [("placeName", "Yunnan-Burma Highway")]),
    ("with AKM rifles", []),
    ("[Yang] Shangkun went", [("persName", "[Yang] Shangkun")]),
])
def test_names_of_the_first_run_on_heldout21(cold: Annotator, text: str, expected: list) -> None:
    assert found(cold, text, "1955-03-15") == expected


# From heldout21: the GDR ministries' acronyms with their small letters, an acronym and the state it belongs
# to as one body (no copy of the acronym inside; not where the state's name goes on), and the Vietnamese
# middle name in small letters.
@pytest.mark.parametrize("text,expected", [
    ("the MfS and the MfNV agreed", [("orgName", "MfS"), ("orgName", "MfNV")]),
    ("the MdI of the SRV sent", [("orgName", "MdI of the SRV")]),
    ("the KGB of the USSR said", [("orgName", "KGB of the USSR")]),
    ("the MVD of the Azerbaijan SSR said", [("orgName", "MVD"), ("placeName", "Azerbaijan SSR")]),
    ("Minister Vo van Mang said", [("persName", "Vo van Mang")]),
    ("the van Gogh museum", []),
    ("to Filippov [Stalin]", [("persName", "Filippov"), ("persName", "Stalin")]),
])
def test_gdr_acronyms_an_acronym_of_its_state_and_vietnamese_middle_names(cold: Annotator, text: str,
                                                                          expected: list) -> None:
    assert found(cold, text, "1986-05-01") == expected


# From heldout22's first-run misses: a handwritten insertion's double brackets around a month are read
# through ('23 [[January]]', as around digits), and a slash between a day and its month's name.
@pytest.mark.parametrize("text,doc,spans", [
    ("over the date of 23 [[January]] appears", "1969-01-27",
     [("23 [[January]]", {"when": "1969-01-23", **CONJ})]),
    ("Visit of 11/August 1955 to", "1955-08-18", [("11/August 1955", {"when": "1955-08-11"})]),
    ("the file 11/1955 of", "1955-08-18", []),  # an archive's file, no month name
])
def test_forms_of_the_first_run_on_heldout22(text: str, doc: str, spans: list) -> None:
    assert dates_in(text, doc) == spans


# Written ahead of heldout23, from session 34's known misses: a British signature's initials without
# stops (heldout21's 'R A R Barltrop'); one 'A' or 'I' before a word is a word, not an initial.
@pytest.mark.parametrize("text,expected", [
    ("R A R Barltrop", [("persName", "R A R Barltrop")]),
    ("J K Ondrejka", [("persName", "J K Ondrejka")]),
    ("A Barltrop", []),
    ("I Agree", []),
])
def test_a_signature_of_initials_without_stops(cold: Annotator, text: str, expected: list) -> None:
    assert found(cold, text, "1977-03-01") == expected


# From heldout23's first-run misses: an editor's bracket giving the month and the year after a day or days,
# 'of the preceding year' with the editor's year in parentheses, a day and a roman month joined by a hyphen,
# a ciphergram's month.day between two clock times and its routing line's '/16.11./'.
@pytest.mark.parametrize("text,doc,spans", [
    ("the war on the 8th and 9th [of September 1965], and", "1965-09-10",
     [("8th and 9th [of September 1965]", {"from": "1965-09-08", "to": "1965-09-09"})]),
    ("on 8 [September 1965] and", "1965-09-10", [("8 [September 1965]", {"when": "1965-09-08"})]),
    ("in April of the preceding year (1954), through", "1955-06-11",
     [("April of the preceding year (1954)", {"when": "1954-04"})]),
    ("in April of the following year, when", "1955-06-11",
     [("April of the following year", {"when": "1956-04", **CONJ})]),
    ("[Handwritten: Sent out on 25-XI]", "1958-11-21", [("25-XI", {"when": "1958-11-25", **CONJ})]),
    ("the type 25-V engine", "1958-11-21", []),  # no day's cue: a model's number
    ("and received at 11.17 at 16:00", "1962-11-16", [("11.17", {"when": "1962-11-17", **CONJ})]),
    ("/16.11./", "1962-11-16", [("16.11.", {"when": "1962-11-16", **CONJ})]),
    ("see file 2/16.11./3", "1962-11-16", []),  # a file number, not a line of its own
])
def test_forms_of_the_first_run_on_heldout23(text: str, doc: str, spans: list) -> None:
    assert dates_in(text, doc) == spans


# Written ahead of heldout24, from a battery of forms the archive's translations use: a day and a roman month
# without a year after a day's cue, two days before one dotted roman month, a range before an editor's month
# and year.
@pytest.mark.parametrize("text,spans", [
    ("on 25/XI the delegation left", [("25/XI", {"when": "1962-11-25", **CONJ})]),
    ("on 5 VI the", [("5 VI", {"when": "1962-06-05", **CONJ})]),
    ("we agreed on 5 I think", []),  # the pronoun
    ("chapter 5 VI of the", []),  # no day's cue
    ("on 26 and 27.X. the", [("26 and 27.X.", {"from": "1962-10-26", "to": "1962-10-27", **CONJ})]),
    ("on 26/27.X. the", [("26/27.X.", {"from": "1962-10-26", "to": "1962-10-27", **CONJ})]),
    ("on 26.-27.X.1962 the", [("26.-27.X.1962", {"from": "1962-10-26", "to": "1962-10-27"})]),
    ("from 12 to 15 [May 1962] the", [("12 to 15 [May 1962]", {"from": "1962-05-12", "to": "1962-05-15"})]),
])
def test_roman_months_without_a_year_and_bracketed_ranges(text: str, spans: list) -> None:
    assert dates_in(text, "1962-11-17") == spans


# From heldout23's first-run misses, names: a body's name ends before an initial or a title and name after it,
# 'the Soviet Union of' is the state, a country or continent first is no forename (beside a known person too),
# a misspelt 'Worker's Party' is no possessive, and the SED's full name is one body.
@pytest.mark.parametrize("text,expected", [
    ("Chairman of the MPR Council of Ministers Yu. Tsedenbal received them",
     [("orgName", "MPR Council of Ministers"), ("persName", "Yu. Tsedenbal")]),
    ("the Visit to the Soviet Union of Somalia Vice President Samantar",
     [("placeName", "Soviet Union"), ("placeName", "Somalia"), ("persName", "Samantar")]),
    ("the American General Staff", [("orgName", "American General Staff")]),  # 'General' leads bodies
    ("between Soviet Ambassador to Ethiopia Ratanov and Mengistu",
     [("placeName", "Ethiopia"), ("persName", "Ratanov"), ("persName", "Mengistu")]),
    ("Primary: Asia China", [("placeName", "Asia"), ("placeName", "China")]),
    ("Stanley Mabizela met Mandela", [("persName", "Stanley Mabizela"), ("persName", "Mandela")]),  # a town only
    ("the Worker's Party of Ethiopia", [("orgName", "Worker's Party of Ethiopia")]),
    ("the Central Committee of the Socialist Unity Party of Germany and",
     [("orgName", "Central Committee of the Socialist Unity Party of Germany"),
      ("orgName", "Socialist Unity Party of Germany")]),
])
def test_names_of_the_first_run_on_heldout23(cold: Annotator, text: str, expected: list) -> None:
    assert found(cold, text, "1977-06-01") == expected


# From heldout24's first-run misses: a Yugoslav registry's day, roman month and two-digit year with its stop,
# a ciphergram's time of writing in GMT, an editor's reading of a day in brackets, years of a life with spaced
# dashes, and the first months of a year.
@pytest.mark.parametrize("text,spans", [
    ("Received: 30.X 62. at 09.00", [("30.X 62.", {"when": "1962-10-30"})]),
    ("on 30.X 62. The talks", [("30.X 62", {"when": "1962-10-30"})]),  # the sentence's stop outside
    ("(27.10 at 22 GMT)", [("27.10", {"when": "1962-10-27", **CONJ})]),
    ("(10.28 21 GMT)", [("10.28", {"when": "1962-10-28", **CONJ})]),
    ("(10.28 21 tons)", []),
    ("Received on 10.27 [28?].1962 at 13:35", [("10.27 [28?].1962", {"when": "1962-10-28"})]),
    ("Edward Drożniak (1902 – 1966), ambassador", [("1902 – 1966", {"from": "1902", "to": "1966"})]),
    ("to Great Britain (1953 -1956).", [("1953 -1956", {"from": "1953", "to": "1956"})]),
    ("in the first 5 months of 1984 it grew",
     [("first 5 months of 1984", {"notBefore": "1984-01-01", "notAfter": "1984-05-31"})]),
    ("the first six months of 1962", [("first six months of 1962", {"notBefore": "1962-01-01",
                                                                     "notAfter": "1962-06-30"})]),
])
def test_forms_of_the_first_run_on_heldout24(text: str, spans: list) -> None:
    assert dates_in(text, "1962-10-30") == spans


# Written ahead of heldout25, from a battery of every mix of separators around a roman month (stops, spaces,
# dashes, slashes; a year of four digits, two or none): a roman month between a day and a year is a date
# whatever the typist put between them; without a year it needs a day's cue, a telegram header's label too.
@pytest.mark.parametrize("text,span", [
    ("Received: 30. X 62 at 09.00", "30. X 62"),
    ("on 30 X. 1962 the talks began", "30 X. 1962"),
    ("on 30-X 1962 the talks began", "30-X 1962"),
    ("on 30/X-62 the talks began", "30/X-62"),
    ("on 30.X/1962 the talks began", "30.X/1962"),
    ("Received: 30 X at 09.00", "30 X"),
    ("on 30-X. the talks began", "30-X."),  # the form's stop inside its line
    ("Meeting with Comrade Khrushchev on 30 X 62.", "30 X 62"),  # the sentence's outside
    ("Received: 30.10. at 09.00", "30.10."),
    ("Received: 30.10 at 09.00", "30.10"),
    ("on 30. 10. 62 the talks began", "30. 10. 62"),
])
def test_a_roman_or_numbered_month_with_any_separators(text: str, span: str) -> None:
    assert [(text[d.start:d.end], d.attrs["when"]) for d in find_dates(text, "1962-10-31")] == [(span, "1962-10-30")]


@pytest.mark.parametrize("text", [
    "Phone: 6-39-98, 6-23-86",  # a phone's numbers
    "see section 2. 3. 45 of the treaty",  # a section's numbers, no year near the document's
    "chapter 5 VI of the",  # no day's cue before a roman month without a year
    "a rate of 21.08 at 10.30 rose",  # no cue before the day
])
def test_numbers_that_are_no_dates_beside_those_forms(text: str) -> None:
    assert find_dates(text, "1962-10-31") == []


# Written ahead of heldout25, from a battery of month-name forms: an abbreviated month between dashes or stops
# (the pre-filter had let only a space beside one through), a military message's run-together date and its
# date-time group, a telegram's capitals with a two-digit year.
@pytest.mark.parametrize("text,span", [
    ("on 30-Oct-1962 the talks began", "30-Oct-1962"),
    ("on 30.Oct.62 the talks began", "30.Oct.62"),
    ("on 30OCT62 the talks began", "30OCT62"),
    ("DTG 301200Z OCT 62", "301200Z OCT 62"),
    ("on OCT 30 62 the talks began", "OCT 30 62"),
])
def test_abbreviated_and_military_month_forms(text: str, span: str) -> None:
    assert [(text[d.start:d.end], d.attrs["when"]) for d in find_dates(text, "1962-10-31")] == [(span, "1962-10-30")]


# From heldout24's first-run misses, names: an addressee line's 'To' is no part of the body, a mission's seat may
# be a state's form of government and its name, and an editor's words in brackets before a place or a body
# complete it (not a person's, whose bracket may hold a title; not a bracket that ends the name before it).
@pytest.mark.parametrize("text,expected", [
    ("To Ministry of Foreign Affairs of the USSR", [("orgName", "Ministry of Foreign Affairs of the USSR")]),
    ("the Embassy of the GDR in the Republic of Cuba", [("orgName", "Embassy of the GDR in the Republic of Cuba")]),
    ("EMBASSY OF THE GERMAN DEMOCRATIC REPUBLIC IN THE REPUBLIC OF CUBA",
     [("orgName", "EMBASSY OF THE GERMAN DEMOCRATIC REPUBLIC IN THE REPUBLIC OF CUBA")]),
    ("coverage in [North] Korea was", [("placeName", "[North] Korea")]),
    ("the [Chinese] Embassy in the Soviet Union", [("orgName", "[Chinese] Embassy in the Soviet Union")]),
    ("[Handwritten] Moscow", [("placeName", "Moscow")]),
    ("General Siad’s [Barre] Revolutionary Council", [("persName", "Siad"), ("orgName", "Revolutionary Council")]),
])
def test_names_of_the_first_run_on_heldout24(cold: Annotator, text: str, expected: list) -> None:
    assert found(cold, text, "1968-06-01") == expected


# From heldout25's first-run misses: a day's full date in an original printed beside its translation (German,
# French, Spanish, Portuguese, Italian months; folded as the forms read them), only with its year.
@pytest.mark.parametrize("text,spans", [
    ("Referatsleiter 211 Bonn, den 25. Juli 1991", [("25. Juli 1991", {"when": "1991-07-25"})]),
    ("am 3. März 1962", [("3. März 1962", {"when": "1962-03-03"})]),
    ("La Habana, 12 de julio de 1962", [("12 de julio de 1962", {"when": "1962-07-12"})]),
    ("Paris, le 15 août 1962", [("15 août 1962", {"when": "1962-08-15"})]),
    ("Roma, 3 maggio 1962", [("3 maggio 1962", {"when": "1962-05-03"})]),
    ("said Mai 1962 and", [("1962", {"when": "1962"})]),  # no day: 'Mai' may be a name
])
def test_forms_of_the_first_run_on_heldout25(text: str, spans: list) -> None:
    assert dates_in(text, "1962-07-25") == spans


# From heldout25's first-run misses, names: a circle of latitude that divides states is a place (heldout23 and
# heldout25 both tag it), and a German original's titles, folded, stand before a name and outside it.
@pytest.mark.parametrize("text,expected", [
    ("north of the 38th parallel the troops", [("placeName", "38th parallel")]),
    ("Präsident Mitterrand sagte", [("persName", "Mitterrand")]),
    ("Genosse Honecker", [("persName", "Honecker")]),
])
def test_names_of_the_first_run_on_heldout25(cold: Annotator, text: str, expected: list) -> None:
    assert found(cold, text, "1962-06-01") == expected


# From heldout26's first-run misses: a Russian original's dates (the genitive months, with or without the year
# and the word for 'year'), an original's weekday before its date, a weekday in capitals and a comma before a bare
# day, the first months of this year, a registration number's year before '/top secret', the editor's
# correction of a day (the document's day the value), and a bare day before 'have'.
@pytest.mark.parametrize("text,doc,spans", [
    ("Нью-Йорк, 14 сентября 1960 года", "1960-09-20", [("14 сентября 1960 года", {"when": "1960-09-14"})]),
    ("7 ноября 1960 г. в", "1960-09-20", [("7 ноября 1960 г.", {"when": "1960-11-07"})]),
    ("до 18 сентября и", "1960-09-20", [("18 сентября", {"when": "1960-09-18", **CONJ})]),
    ("Montag, 15. Juli 1991", "1991-07-16", [("Montag, 15. Juli 1991", {"when": "1991-07-15"})]),
    ("SUNDAY [sic—actually MONDAY, the 29th] – 0230hs", "1962-10-29",
     [("MONDAY, the 29th", {"when": "1962-10-29", **CONJ})]),
    ("[the first six months of this year] saw", "1968-07-08",
     [("first six months of this year", {"notBefore": "1968-01-01", "notAfter": "1968-06-30"})]),
    ("131/1963/top secret", "1963-03-12", [("1963", {"when": "1963"})]),
    ("the file 131/1963/2 of", "1963-03-12", []),
    ("on the 7th [6th] of November", "1962-11-10", [("7th [6th] of November", {"when": "1962-11-07", **CONJ})]),
    ("the session on the 8th have caught", "1954-05-12", [("8th", {"when": "1954-05-08", **CONJ})]),
])
def test_forms_of_the_first_run_on_heldout26(text: str, doc: str, spans: list) -> None:
    assert dates_in(text, doc) == spans


# From heldout26's first-run misses, names: a body's name ends before a family name the editor completes
# in brackets, and a line of a body's acronyms is no signature.
@pytest.mark.parametrize("text,expected", [
    ("the Ministry of Foreign Affairs Zhang [Hanfu] said",
     [("orgName", "Ministry of Foreign Affairs"), ("persName", "Zhang [Hanfu]")]),
    ("CPSU CC", [("orgName", "CPSU CC"), ("orgName", "CPSU")]),
    ("KIM IL SUNG", [("persName", "KIM IL SUNG")]),  # a signature in capitals still
])
def test_names_of_the_first_run_on_heldout26(cold: Annotator, text: str, expected: list) -> None:
    assert found(cold, text, "1968-01-01") == expected


# Written ahead of the next set, after heldout25's and heldout26's originals: the months of Polish, Czech,
# Romanian, Hungarian (year first) and Bulgarian originals, and Chinese and Japanese dates; a day after 'of the'
# before no noun (not 'of the 3rd and the 5th armies', where the second count decides for both).
@pytest.mark.parametrize("text,spans", [
    ("Warszawa, 12 października 1962 r.", [("12 października 1962 r.", {"when": "1962-10-12"})]),
    ("Praha 12. října 1962", [("12. října 1962", {"when": "1962-10-12"})]),
    ("Bucureşti, 12 octombrie 1962", [("12 octombrie 1962", {"when": "1962-10-12"})]),
    ("Budapest, 1962. október 12.", [("1962. október 12.", {"when": "1962-10-12"})]),
    ("Sofia, 12 октомври 1962 г.", [("12 октомври 1962 г.", {"when": "1962-10-12"})]),
    ("1962年10月12日", [("1962年10月12日", {"when": "1962-10-12"})]),
    ("于10月12日晚", [("10月12日", {"when": "1962-10-12", **CONJ})]),
    ("your telegram of the 7th, the", [("7th", {"when": "1962-10-07", **CONJ})]),
    ("detachments of the 3rd and the 5th armies of", []),
    ("the resolution of the 7th Congress", []),
])
def test_more_originals_and_a_day_after_of_the(text: str, spans: list) -> None:
    assert dates_in(text, "1962-10-30") == spans


# Written after heldout27, from a third battery of forms: two days before one numbered month and its year,
# and a slash between a month's year and the next month.
@pytest.mark.parametrize("text,spans", [
    ("on 25 and 26.10.1962 the", [("25 and 26.10.1962", {"from": "1962-10-25", "to": "1962-10-26"})]),
    ("the 25.-26.10.1962 talks", [("25.-26.10.1962", {"from": "1962-10-25", "to": "1962-10-26"})]),
    ("in December 1962/January 1963 the", [("December 1962/January 1963", {"from": "1962-12", "to": "1963-01"})]),
])
def test_day_ranges_before_a_numbered_month_and_month_years_with_a_slash(text: str, spans: list) -> None:
    assert dates_in(text, "1962-11-17") == spans


# From the person misses of heldout23 to heldout27: an editor's bracket of initials, or of one rare word, before
# a surname is the person's (not '[North] Korea'), and a Russian original's initials make a Cyrillic surname a
# person, either way round.
@pytest.mark.parametrize("text,expected", [
    ("met [U. Alexis] Johnson today", [("persName", "[U. Alexis] Johnson")]),
    ("with [Suren] Tovmassian and", [("persName", "[Suren] Tovmassian")]),
    ("coverage in [North] Korea was", [("placeName", "[North] Korea")]),
    ("встреча с Р.Роа и Ф.Кастро", [("persName", "Р.Роа"), ("persName", "Ф.Кастро")]),
    ("беседа с Н.С. Хрущевым", [("persName", "Н.С. Хрущевым")]),
    ("передал Добрынину А.Ф. письмо", [("persName", "Добрынину А.Ф.")]),
])
def test_supplied_initials_and_cyrillic_initials(cold: Annotator, text: str, expected: list) -> None:
    assert found(cold, text, "1962-06-01") == expected


# From heldout26's first run: 'last' before a month and a day is the latest such day before the document, and in
# the document's own month the document's day decides ('last July 22nd' on 30 July is that July's).
@pytest.mark.parametrize("text,when", [
    ("the message of last July 22nd regarding", "1974-07-22"),
    ("the message of last July 31st regarding", "1973-07-31"),
    ("the talks of last July were", "1973-07"),  # a month alone: the July before this one
])
def test_last_with_a_day_in_the_documents_month(text: str, when: str) -> None:
    assert [d.attrs["when"] for d in find_dates(text, "1974-07-30")] == [when]


# Written ahead, from a battery of made-up forms of State Department papers: the stop after 'ultimo' ends the
# sentence, not the date; a week 'in' a month as 'of' it; a winter's second year after an en dash.
@pytest.mark.parametrize("text,spans", [
    ("I saw him on the 25th ultimo.", [("25th ultimo", {"when": "1962-09-25", **CONJ})]),
    ("your letter of the 20th ult. says", [("20th ult.", {"when": "1962-09-20", **CONJ})]),
    ("the last week in October was", [("last week in October",
                                       {"notBefore": "1962-10-25", "notAfter": "1962-10-31", **CONJ})]),
    ("talks beginning in October", [("October", {"when": "1962-10", **CONJ})]),
    ("in the winter of 1962–63 the", [("winter of 1962–63", {"notBefore": "1962-12-01", "notAfter": "1963-02-28"})]),
])
def test_state_department_forms(text: str, spans: list) -> None:
    assert dates_in(text, "1962-10-27") == spans


# Written ahead, from a battery of made-up sentences of State Department papers: 'Messrs.' before a list of
# surnames; a common word as a surname after a title only a person takes ('Mr. Ball', not 'Mr. Long' or
# 'Mr. Speaker'); the editor's bracketed name of an office's holder; an acronym after 'and' is a body of its own;
# the United States government's bodies.
@pytest.mark.parametrize("text,expected", [
    ("attended by Messrs. Johnson, Nitze and Gilpatric.",
     [("persName", "Johnson"), ("persName", "Nitze"), ("persName", "Gilpatric")]),
    ("Mr. Ball said so.", [("persName", "Ball")]),
    ("Mrs. Brown and Mr. White came.", [("persName", "Brown"), ("persName", "White")]),
    ("Mr. Long arrived.", []),
    ("Mr. Speaker, I rise.", []),
    ("the Ambassador (Kohler) saw him.", [("persName", "Kohler")]),
    ("the Ambassador (Llewellyn E. Thompson) said", [("persName", "Llewellyn E. Thompson")]),
    ("the President (Soviet) said", []),
    ("The Department of Defense and CIA disagree.", [("orgName", "Department of Defense"), ("orgName", "CIA")]),
    ("the Ministry of Agriculture and Food said", [("orgName", "Ministry of Agriculture and Food")]),
    ("the Joint Chiefs of Staff favored it", [("orgName", "Joint Chiefs of Staff")]),
    ("The White House and the State Department agreed.", [("placeName", "White House"),
                                                         ("orgName", "State Department")]),
])
def test_state_department_names(cold: Annotator, text: str, expected: list) -> None:
    assert found(cold, text, "1962-10-27") == expected


# From heldout28's first run (FRUS): the United States government's fiscal years (July to June until FY 1976)
# and calendar years; a third of a season; a year after 'pre-'; a clock's hours after 'and' or 'after'; a
# cited paper's or a reported act's date is not months after the document citing it (but a sending's day
# just after it stays in its year).
@pytest.mark.parametrize("doc,text,spans", [
    ("1970-03-01", "in FY 1970 and FY 1978 the",
     [("FY 1970", {"notBefore": "1969-07-01", "notAfter": "1970-06-30"}),
      ("FY 1978", {"notBefore": "1977-10-01", "notAfter": "1978-09-30"})]),
    ("1972-09-05", "for FY '74 funds", [("FY '74", {"notBefore": "1973-07-01", "notAfter": "1974-06-30"})]),
    ("1972-09-05", "in CY '73 and early CY '73",
     [("CY '73", {"when": "1973"}), ("early CY '73", {"notBefore": "1973-01-01", "notAfter": "1973-03-31"})]),
    ("1957-10-11", "begun in the late spring when the", [("late spring", {"notBefore": "1957-05-01",
                                                                          "notAfter": "1957-05-31", **CONJ})]),
    ("1957-10-11", "in early summer 1975 the", [("early summer 1975", {"notBefore": "1975-06-01",
                                                                       "notAfter": "1975-06-30"})]),
    ("1969-09-27", "would be pre-1967 border", [("1967", {"when": "1967"})]),
    ("1979-11-26", "visited at 1500 and 1700 on 21st", [("21st", {"when": "1979-11-21", **CONJ})]),
    ("1979-11-26", "until after 1700. Source", []),
    ("1979-11-26", "since 1700 the town", [("1700", {"when": "1700"})]),
    ("1948-11-10", "NEA's memorandum of February 11 to the Secretary",
     [("February 11", {"when": "1948-02-11", **CONJ})]),
    ("1948-11-10", "the reply of the latter dated February 27", [("February 27", {"when": "1948-02-27", **CONJ})]),
    ("1948-11-10", "the meeting planned for February 11", [("February 11", {"when": "1949-02-11", **CONJ})]),
    ("1963-10-05", "the telegram dated 6 November", [("6 November", {"when": "1963-11-06", **CONJ})]),
])
def test_frus_date_forms(doc: str, text: str, spans: list) -> None:
    assert dates_in(text, doc) == spans


# From heldout28's first run: a month's abbreviation is no initial ('on 21 May. Zhukov'); a common word that
# nothing marks as a noun, before a verb of speech, is a surname ('Boon said', 'Kennan said': '-an' alone is no
# people's adjective), but not 'Sources said', 'The bunker said', 'Radio reported', 'the Cuban said'.
@pytest.mark.parametrize("text,expected", [
    ("the celebration on 21 May. Zhukov has not been invited", [("persName", "Zhukov")]),
    ("Subsequently, Boon said the Government would", [("persName", "Boon")]),
    ("Kennan said that", [("persName", "Kennan")]),
    ("Wang retorted that", [("persName", "Wang")]),
    ("Sources said that", []),
    ("Others said that", []),
    ("The bunker said that", []),
    ("Radio reported that", []),
    ("the Cuban said that", []),
])
def test_frus_names(cold: Annotator, text: str, expected: list) -> None:
    assert found(cold, text, "1963-04-19") == expected


# A convention settled after heldout28 (tests/gold/heldout8/README.md): a state's government with a capital G
# after its adjective or name is a body, the adjective inside; a lower-case one is not tagged.
@pytest.mark.parametrize("text,expected", [
    ("The Soviet Government has replied.", [("orgName", "Soviet Government")]),
    ("the Netherlands Government will", [("orgName", "Netherlands Government")]),
    ("in which the U.S. Government asked the Soviet Government to", [("orgName", "U.S. Government"),
                                                                    ("orgName", "Soviet Government")]),
    ("the U.S. Govt would be willing", [("orgName", "U.S. Govt")]),
    ("the Royal Lao Government said", [("orgName", "Royal Lao Government")]),
    ("the Soviet government said", []),
    ("the Military Government and", []),
    ("the DPRK Government delegation", [("placeName", "DPRK")]),
])
def test_a_states_government(cold: Annotator, text: str, expected: list) -> None:
    assert found(cold, text, "1963-04-19") == expected


# From heldout28's first run: a state's initials before a hyphen are the state ('US-Soviet talks'); a paper's
# number after a body's initials names the paper, and the series of American papers are no bodies; the
# hyphenated 'Viet-nam' of the period's papers.
@pytest.mark.parametrize("text,expected", [
    ("the US-Soviet talks", [("placeName", "US")]),
    ("U.S.-Japanese treaty", [("placeName", "U.S.")]),
    ("as set out in NSC 143/2 the policy", []),
    ("FEC 271/25 was adopted", []),
    ("the FEC agreed", [("orgName", "FEC")]),
    ("SNIE 13-5/1-62 says", []),
    ("NSSM 1 asked", []),
    ("Viet-nam and South Viet-nam", [("placeName", "Viet-nam"), ("placeName", "South Viet-nam")]),
])
def test_frus_places_and_papers(cold: Annotator, text: str, expected: list) -> None:
    assert found(cold, text, "1963-04-19") == expected


def test_a_paper_number_stops_the_memory_and_a_label_after_a_colon_is_no_initial(cold: Annotator) -> None:
    paras = ["The FEC agreed to refer it.", "Para 2b as it appears in FEC 271/25 with US statement."]
    assert found_many(cold, paras) == [("orgName", "FEC"), ("placeName", "US")]
    assert ("persName", "A. NSC") not in found(cold, "References: A. NSC Action Nos. 817 and 826")


# From heldout29's first run: a telegram's days in words after a day's cue; a numbered message's date is not
# months after the telegram citing it ('Topol 267 of Aug 18' in January is the August before).
@pytest.mark.parametrize("doc,text,spans", [
    ("1961-09-10", "north of Kontum on one and two September. RVNAF",
     [("one and two September", {"from": "1961-09-01", "to": "1961-09-02", **CONJ})]),
    ("1961-09-10", "post at (YB 8040) on five September, attack", [("five September", {"when": "1961-09-05", **CONJ})]),
    ("1961-09-10", "on twenty-one September 1961 the", [("twenty-one September 1961", {"when": "1961-09-21"})]),
    ("1961-09-10", "One May morning he", []),
    ("1965-01-18", "draw on this message, Topol 267 of Aug 18, and", [("Aug 18", {"when": "1964-08-18", **CONJ})]),
])
def test_days_in_words_and_numbered_messages(doc: str, text: str, spans: list) -> None:
    assert dates_in(text, doc) == spans


# From heldout29's first run: a surname's prefix joined to a capital is one name, not its prefix alone.
@pytest.mark.parametrize("text,expected", [
    ("Mr. FitzGerald said that", [("persName", "FitzGerald")]),
    ("Mr. MacArthur replied", [("persName", "MacArthur")]),
    ("Mr. McGhee said that", [("persName", "McGhee")]),
    ("DeGaulle said that", [("persName", "DeGaulle")]),
])
def test_joined_surname_prefixes(cold: Annotator, text: str, expected: list) -> None:
    assert found(cold, text, "1964-06-01") == expected
