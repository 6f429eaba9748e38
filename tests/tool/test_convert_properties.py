"""Property-based: generated documents in each page shape convert without a crash,
to well-formed TEI valid against tei_all, with the fidelity check holding."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree

from conftest import ROOT
from teikit.errors import FidelityError
from teikit.pipeline import convert_document
from teikit.readers import read_bytes
from teikit.validate.api import check_bytes

WORDS = st.sampled_from("the party comrade meeting Moscow Bucharest said we and of in 1964 July Cde. N. S. "
                        "Khrushchev delegation question (joking) – “quoted” R.W.P. CPSU 5-10 on, questions. "
                        "Ceausescu's * [and] [SIC] [...] [?] [kontroliruetsya] [Moscow] [ ] [[x]] [open ] "
                        "RWP [Romanian Workers Party] [Translator's note: text.] é ș ț 中 &amp; <b> ]".split())
SENTENCE = st.lists(WORDS, min_size=1, max_size=25).map(" ".join)
PARAGRAPH = st.one_of(
    SENTENCE,
    SENTENCE.map(lambda s: "1. " + s), SENTENCE.map(lambda s: "a. " + s), SENTENCE.map(lambda s: "- " + s),
    SENTENCE.map(lambda s: "* " + s), SENTENCE.map(lambda s: "*" + s),
    SENTENCE.map(lambda s: "L. I. Brezhnev " + s), SENTENCE.map(lambda s: "N. Ceausescu. " + s),
    st.sampled_from(["Dear Comrades,", "With communist salutations,", "Moscow", "2 July 1964", "Secret",
                     "RECORD OF A CONVERSATION*", "To Comrade X", "Gheorghe Dej      26 June 1964", "[...]"]),
)
BODY = st.lists(PARAGRAPH, min_size=1, max_size=15)
TITLE = st.sampled_from(["Letter of the CC of the RWP to the CC of the CPSU",
                         "Record of a Conversation between A and B", "Note on Issues", "Telegram from Hanoi",
                         "Notification from the Central Committee"])


def card(title: str, body: list[str]) -> str:
    return (f"\n**July 2, 1964**\n\n**{title}**\n\n**Citation:**\n\n\"{title}\", July 2, 1964, Wilson Center Digital "
            f"Archive, ANIC, dosar 1/1964.\n\n**Summary:**\n\nA summary.\n\n**Contents:**\n\nTranslation - English\n\n"
            + "\n\n".join(body) + "\n")


def site(title: str, body: list[str]) -> str:
    return ("Skip to content\n\nFeatured People\n\nMao, Zedong\n\nJuly 2, 1964\n\n" + title +
            "\n\nThis document was made possible with support from X\n\n" + "\n \n".join(body) +
            "\n\nTranslation\n\nEnglish\n\nA summary.\n\nAuthor(s):\n\nDoe, John\n\nDocument Information\n\n"
            "Record ID\n\n123\n\nAbout Digital Archive\n\nfooter\n")


def bare(title: str, body: list[str]) -> str:
    return f"July 2, 1964\n{title}\n" + "\n".join(body) + "\nA summary.\nAssociated Places\nRecord ID\n"


@pytest.fixture(scope="module")
def project_xsd():
    from teikit.validate.api import load_schemas

    return load_schemas([str(ROOT / "schema" / "teikit.xsd")])


@pytest.mark.parametrize("shape", [card, site, bare])
def test_generated_documents_convert_faithfully(shape, tei_all_rng, project_xsd):
    @settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
    @given(TITLE, BODY)
    def check(title: str, body: list[str]) -> None:
        doc = read_bytes(shape(title, body).encode("utf-8"), "generated")
        try:
            data = convert_document(doc)
        except FidelityError as exc:  # pragma: no cover - a failure is the finding
            pytest.fail(str(exc))
        tree = etree.fromstring(data)
        assert tei_all_rng.validate(tree), (tei_all_rng.error_log, shape(title, body))
        problems = [d for d in check_bytes(data, "generated.xml", "", project_xsd) if d.severity == "error"]
        assert not problems, (problems[:3], shape(title, body))

    check()
