"""Find references to documents, works and periodicals in running text.

'your letter of 26 June 1964', 'the message of 31.XII.1963', 'the 1960 Declaration',
'the RWP CC Plenary Declaration of April 1964', 'Article 20 of the Danube Convention',
'Cde. Ceausescu’s report at the 9th RCP Congress', 'the journal “Problems of Peace and
Socialism”', 'one of their “famous” articles'. Each finding is a span with the parts
inside it (title, cited range) as nested spans, ready for ``teikit.markup.nest``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from teikit.references.forms import DATE, MONTH, PERIODICAL_NAME, Holds, find_citations, words_in
from teikit.references.periodicals import PERIODICALS

CAP = r"(?:[A-Z][\w.’'\-]*|\d{4})"
# Kinds of correspondence and of formal documents, singular as they are named in text.
LETTERS = r"letter|message|response|reply|telegram|cable|memorandum|appeal|note"
DOCUMENTS = {"declaration": "declaration", "statement": "declaration", "convention": "treaty", "treaty": "treaty",
             "agreement": "treaty", "communique": "declaration", "resolution": "declaration"}
SPEECHES = r"report|speech|address"

CORRESPONDENCE = re.compile(
    rf"\b(?:[Yy]our|[Oo]ur|[Tt]heir|[Hh]is|[Tt]he|[Tt]his|[Tt]hat)\s+(?:(?:latest|last|recent|previous|confidential)\s+)?"
    rf"(?P<kind>{LETTERS})\s+of\s+(?P<date>{DATE})")
NAMED = re.compile(
    rf"\b(?:[Tt]he\s+)?(?P<title>(?:{CAP}\s+){{1,6}}(?P<kind>Declaration|Statement|Convention|Treaty|Communique|Resolution)"
    rf"|(?!(?:The|This|That|These|Our|Their|Your|A|An)\s)(?:[A-Z][\w’'\-]+\s+){{1,4}}(?P<kind2>agreement|declaration|statement))"
    rf"(?:\s+of\s+(?:the\s+)?(?!{MONTH}\b)(?P<issuer>(?:[A-Z][\w.’'\-]*\s?){{1,5}})(?<!\s))?(?:\s+(?:of|in)\s+(?P<date>{MONTH}\s+\d{{4}}|\d{{4}}))?")
ARTICLE = re.compile(r"\b(?P<range>Article\s+(?P<n>\d+))\s+of\s+(?:the\s+)?(?P<title>(?:[A-Z][\w’'\-]*\s+){1,5}"
                     r"(?:Convention|Treaty|Statute|Charter|Agreement|Constitution))")
SPEECH = re.compile(
    rf"(?P<who>(?:(?:Cde\.|Comrade)\s+)?(?:[A-Z]\.\s?){{0,3}}[A-Z][\w’'\-]+)’s\s+(?P<kind>{SPEECHES})"
    rf"(?:\s+(?:at|to|before)\s+the\s+(?P<event>[\w\s.]*?(?:Congress|Plenum|Conference|Session|Meeting)))?"
    rf"(?:\s+–\s+at\s+[A-Z][\w\-]+)?")
BY_PERSON = re.compile(rf"\b[Tt]he\s+(?P<kind>declaration|statement|{SPEECHES})\s+of\s+(?:(?:Cde\.|Comrade)\s+)?"
                       r"(?:[A-Z][a-z]?\.\s?){0,3}[A-Z][\w’'\-]+(?:\s+–\s+[A-Z][\w\-]+\s+\d{4})?")
PERIODICAL = re.compile(r"\bthe\s+(?P<kind>journal|newspaper|magazine|periodical|review)\s+"
                        r"[“\"‘'](?P<title>[^”\"’']{2,80})[”\"’']")
KNOWN_PERIODICAL = re.compile(r"(?:[“\"‘']|\b)(?P<title>(?:New\s+)?(?:"
                              + "|".join(re.escape(p) for p in sorted(PERIODICALS, key=len, reverse=True))
                              + r"))(?:[”\"’']|\b)")
# 'the latest letter of the Vietnamese comrades', 'a letter about collaboration in the field of …'
UNDATED_LETTER = re.compile(
    rf"\b(?:[Tt]he|[Aa]|[Tt]heir|[Hh]is|[Oo]ur|[Yy]our)\s+(?:(?:latest|last|recent|previous|confidential|secret)\s+)?"
    rf"(?P<kind>letter|message|appeal|telegram|memorandum)\s+(?:(?:of|from)\s+(?:the\s+)?(?:[A-Z][\w’'\-]*\s+)*[a-z]+"
    rf"|(?:about|on|concerning|regarding)\s+(?!\d|{MONTH}\b)[^,.;:]+?(?=[,.;:]|\s(?:with|which|that|and|but|to|for)\s))")
# 'the speech at Leipzig', 'their speech at our Congress', 'the report at the Congress'
AT_EVENT = re.compile(r"\b(?:[Tt]he|[Tt]heir|[Hh]is|[Hh]er|[Ii]ts|[Yy]our|[Oo]ur)\s+"
                      rf"(?P<kind>{SPEECHES}|declaration)\s+at\s+"
                      r"(?:(?:the|our|your|their)\s+)?(?:\d+\w*\s+)?(?:[A-Z][\w’'\-]*)(?:\s+[A-Z][\w’'\-]*)*")
# 'the INTOURIST map', 'the Valev proposals', 'the Rapacki Plan'
NAMED_PLAN = re.compile(r"\b[Tt]he\s+(?P<name>[A-Z][\w\-]+)\s+(?P<kind>map|plan|Plan|proposals|memorandum|theses)\b")
ADJECTIVE = re.compile(r"(?:ian|ese|ish|ic|an|ern|ist|Soviet|Socialist|Communist|Party)$")
# "Yugoslavia's political program", 'the four conditions of Pham Van Dong'
PROGRAMME = re.compile(r"\b(?P<who>[A-Z][\w\-]+)(?:'s|’s)\s+(?:(?:political|party|new)\s+)?"
                       r"(?:program|programme|platform)\b"
                       r"|\bthe\s+(?:two|three|four|five|six|seven|\d+)\s+(?:conditions|points|principles)\s+of\s+"
                       r"(?:[A-Z][\w\-]+)(?:\s+[A-Z][\w\-]+){0,3}")
# 'your letter', 'their last message': a letter named by whose it is
POSSESSED_LETTER = re.compile(r"\b(?:[Yy]our|[Oo]ur|[Tt]heir|[Hh]is)\s+(?:(?:latest|last|recent|previous)\s+)?"
                              r"(?:letter|message|telegram|memorandum|appeal)\b")
# 'the decisions of the October Plenum', 'the resolutions of the 9th Congress'
DECISIONS = re.compile(r"\b[Tt]he\s+(?:decisions?|resolutions?|documents|materials|theses)\s+of\s+the\s+"
                       r"(?:[A-Z\d][\w.’'\-]*\s+){1,4}(?:Plenum|Congress|Conference|Session|Meeting)\b")
# 'the position of Cde. Pham Van Dong of 8 April': a dated statement of a person or body
DATED_POSITION = re.compile(rf"\b[Tt]he\s+(?:position|statement|proposals?|appeal|declaration)\s+of\s+"
                            rf"(?:(?:the|Cde\.|Comrade)\s+)?(?:[A-Z][\w.’'\-]*\s+){{1,5}}of\s+(?P<date>{DATE})")
# 'the articles in Népszabadság'
ARTICLES_IN = re.compile(r"\b(?:[Tt]he|[Aa]n?|[Tt]heir|[Hh]is)\s+(?:\w+\s+)?articles?\s+(?:in|of)\s+(?:the\s+)?"
                         r"(?:(?:newspaper|journal|magazine)\s+)?(?:[“\"](?P<quoted>[^”\"]{2,60})[”\"]"
                         r"|(?P<title>[A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+){0,3}))")
UNNAMED_ARTICLES = re.compile(r"\bone of (?:their|his|her|the)\s+(?:[“\"]\w+[”\"]\s+)?articles\b")


# the literals every match of each rule holds (case as in the rule: none is compiled ignoring case)
_NEEDS: dict[re.Pattern[str], Holds] = {
    ARTICLE: Holds("Article"),
    CORRESPONDENCE: Holds(LETTERS),
    NAMED: Holds("Declaration|Statement|Convention|Treaty|Communique|Resolution|agreement|declaration|statement"),
    SPEECH: Holds("’s", SPEECHES),
    BY_PERSON: Holds(f"declaration|statement|{SPEECHES}"),
    PERIODICAL: Holds("journal|newspaper|magazine|periodical|review"),
    KNOWN_PERIODICAL: Holds(PERIODICAL_NAME),
    UNDATED_LETTER: Holds("letter|message|appeal|telegram|memorandum"),
    AT_EVENT: Holds(f"{SPEECHES}|declaration"),
    NAMED_PLAN: Holds("map|plan|Plan|proposals|memorandum|theses"),
    PROGRAMME: Holds("program|platform|conditions|points|principles"),
    POSSESSED_LETTER: Holds("letter|message|telegram|memorandum|appeal"),
    DECISIONS: Holds("decision|resolution|documents|materials|theses", "Plenum|Congress|Conference|Session|Meeting"),
    DATED_POSITION: Holds("position|statement|proposal|appeal|declaration"),
    ARTICLES_IN: Holds("article"),
    UNNAMED_ARTICLES: Holds("one of ", "articles"),
}


def _matches(rule: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """``rule.finditer(text)``, skipped when the text lacks a word every match holds."""
    return rule.finditer(text) if _NEEDS[rule](text) else iter(())


@dataclass(frozen=True)
class Span:
    """A mention for ``teikit.markup.nest``: offsets, element name, attributes."""

    start: int
    end: int
    tag: str
    attrs: dict[str, str] = field(default_factory=dict)


@dataclass
class Reference:
    """A reference found in text: its span, what kind of work, and its key for the catalogue."""

    start: int
    end: int
    kind: str
    text: str
    date: str = ""  # the date as written, if any
    parts: list[Span] = field(default_factory=list)


def find_references(text: str) -> list[Reference]:
    if not words_in(text):
        return []  # every rule's matches hold a word of its Holds (most texts hold none)
    found: list[Reference] = []
    for m in _matches(ARTICLE, text):
        found.append(Reference(m.start(), m.end(), "treaty", m.group(0), parts=[
            Span(m.start("range"), m.end("range"), "citedRange", {"unit": "article", "from": m.group("n")}),
            Span(m.start("title"), m.end("title"), "title")]))
    for m in _matches(CORRESPONDENCE, text):
        found.append(Reference(m.start(), m.end(), "letter", m.group(0), date=m.group("date")))
    for m in _matches(NAMED, text):
        kind = DOCUMENTS[(m.group("kind") or m.group("kind2")).lower()]
        found.append(Reference(m.start(), m.end(), kind, m.group(0), date=m.group("date") or "",
                               parts=[Span(m.start("title"), m.end("title"), "title")]))
    for m in _matches(SPEECH, text):
        found.append(Reference(m.start(), m.end(), "report", m.group(0)))
    for m in _matches(BY_PERSON, text):
        kind = "report" if m.group("kind") in SPEECHES else "declaration"
        found.append(Reference(m.start(), m.end(), kind, m.group(0)))
    for m in _matches(PERIODICAL, text):
        found.append(Reference(m.start("title"), m.end("title"), "periodical", m.group("title")))
    for m in _matches(KNOWN_PERIODICAL, text):
        found.append(Reference(m.start("title"), m.end("title"), "periodical", m.group("title")))
    for m in _matches(UNDATED_LETTER, text):
        found.append(Reference(m.start(), m.end(), "letter", m.group(0)))
    for m in _matches(AT_EVENT, text):
        kind = "declaration" if m.group("kind") == "declaration" else "report"
        found.append(Reference(m.start(), m.end(), kind, m.group(0)))
    for m in _matches(NAMED_PLAN, text):
        if not ADJECTIVE.search(m.group("name")):
            found.append(Reference(m.start(), m.end(), "map" if m.group("kind") == "map" else "article", m.group(0)))
    for m in _matches(PROGRAMME, text):
        found.append(Reference(m.start(), m.end(), "declaration", m.group(0)))
    for m in _matches(POSSESSED_LETTER, text):
        found.append(Reference(m.start(), m.end(), "letter", m.group(0)))
    for m in _matches(DECISIONS, text):
        found.append(Reference(m.start(), m.end(), "declaration", m.group(0)))
    for m in _matches(DATED_POSITION, text):
        found.append(Reference(m.start(), m.end(), "declaration", m.group(0), date=m.group("date")))
    for m in _matches(ARTICLES_IN, text):
        part = "quoted" if m.group("quoted") else "title"
        found.append(Reference(m.start(), m.end(), "article", m.group(0), parts=[
            Span(m.start(part), m.end(part), "title", {"level": "j", "type": "periodical"})]))
    for m in _matches(UNNAMED_ARTICLES, text):
        found.append(Reference(m.start(), m.end(), "article", m.group(0)))
    for c in find_citations(text):
        parts = [Span(*c.title, "title")] if c.title and not c.periodical and c.title != (c.start, c.end) else []
        found.append(Reference(c.start, c.end, "periodical" if c.periodical else c.kind, c.text, c.date, parts))
    return _leftmost_longest(found)


def _leftmost_longest(found: list[Reference]) -> list[Reference]:
    found.sort(key=lambda r: (r.start, -(r.end - r.start)))
    kept: list[Reference] = []
    for ref in found:
        if not kept or ref.start >= kept[-1].end:
            kept.append(ref)
    return kept
