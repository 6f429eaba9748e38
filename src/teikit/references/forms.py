"""General citation forms, each a small named rule (the grammar of how documents cite documents).

A citation is built from parts: a determiner or a possessor ('the', 'your',
'Comrade Brezhnev's'), modifiers ('Soviet', 'circular', 'TASS'), the kind of
document ('note', 'communiqué', 'report'), and what pins it down: an issuer
('of the CC CPSU'), an addressee or occasion ('to Comrade Kádár', 'to the 20th
Congress'), a place ('from Warsaw') and a date ('of 27 November 1958'). A bare
'the letter' is no citation; one of these anchors makes it one. Named
instruments ('the Potsdam Agreement', 'the Charter of the United Nations'),
quoted titles ('the "Letter on German Unity"') and periodicals named with their
kind ('the weekly Tygodnik Solidarność', 'the article in Pravda of 2 December')
are rules of their own.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from teikit.references.periodicals import PERIODICALS

MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
DATE = (rf"(?:(?:{MONTH}|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?)\s+\d{{1,2}}(?:st|nd|rd|th)?,"
        rf"\s+\d{{4}}"
        rf"|\d{{1,2}}\s+{MONTH}(?:\s+\d{{4}}|\s+of\s+(?:this|the\s+current|last|the\s+same)\s+year)?"
        rf"|{MONTH}\s+\d{{1,2}},?\s+\d{{4}}|\d{{1,2}}\.[IVX]{{1,4}}\.\d{{4}}|{MONTH}\s+\d{{4}}|\d{{4}})")
CAPWORD = r"(?:[A-Z][\w’'\-]*|[IVXL]+|\d+(?:st|nd|rd|th))"
NAME_SEQ = rf"(?:(?:Comrade|Cde\.|Cdes\.)\s+)?{CAPWORD}(?:\s+(?:of\s+the\s+|of\s+|and\s+|the\s+)?{CAPWORD}){{0,7}}"
POSSESSOR = (rf"(?!(?:Translator|Editor|Author|Archive)(?:’s|'s))(?:(?:Comrade|Cde\.)\s+)?"
             rf"(?:[A-Z]\.\s?){{0,3}}{CAPWORD}(?:\s{CAPWORD})?(?:’s|'s)")
DETERMINER = rf"(?:[Tt]he|[Yy]our|[Oo]ur|[Tt]heir|[Hh]is|[Hh]er|[Ii]ts|[Tt]his|[Tt]hat|{POSSESSOR})"
MODIFIER = (r"(?:(?:latest|last|recent|previous|confidential|secret|circular|informational|joint|official|personal|"
            r"open|new|Soviet|American|British|French|Chinese|Polish|Hungarian|Czechoslovak|Romanian|Bulgarian|"
            r"Yugoslav|Vietnamese|German|[A-Z]{2,6})\s+)")
KINDS = {"letter": "letter", "message": "letter", "note": "letter", "reply": "letter", "response": "letter",
         "telegram": "letter", "cable": "letter", "memorandum": "letter", "appeal": "letter",
         "communiqué": "declaration", "communique": "declaration", "statement": "declaration",
         "declaration": "declaration", "resolution": "declaration", "report": "report", "speech": "report",
         "address": "report", "editorial": "article", "article": "article"}
KIND = "(?P<kind>" + "|".join(sorted(KINDS, key=len, reverse=True)) + ")"
ISSUER = rf"(?:\s+of\s+(?:the\s+)?(?P<issuer>{NAME_SEQ}|five\s+fraternal\s+parties|fraternal\s+parties))"
ADDRESSEE = rf"(?:\s+(?:to|on)\s+(?:the\s+)?(?P<to>{NAME_SEQ}))"
FROM = rf"(?:\s+from\s+(?P<place>{CAPWORD}))"
NUMBER = r"(?:\s+(?P<number>(?:No|Nr|no)\.?\s?\d+(?:[\s/-]\d+)*))"
WHEN = rf"(?:,?\s+(?:of|dated)\s+(?P<date>{DATE}))"
# not 'Pact': the Warsaw Pact is an alliance, named as a body
INSTRUMENTS = r"Agreement|Treaty|Protocol|Charter|Act|Accord|Convention|Declaration|Communiqu[eé]|Resolution"


@dataclass(frozen=True)
class Citation:
    start: int
    end: int
    kind: str
    text: str
    date: str = ""
    title: tuple[int, int] | None = None  # span of a title inside, if any
    periodical: bool = False


Rule = Callable[[str], Iterator[Citation]]


class Holds:
    """Whether a text holds a word of each group (words separated by '|'; :data:`PERIODICAL_NAME`
    stands for any name of the periodicals table): a rule whose every match holds one is not run on
    a text without. Most texts hold none, and ``in`` finds a few literals far faster than a rule's
    regex scans the text; the words of every rule are looked for once per text (:func:`words_in`)."""

    def __init__(self, *groups: str) -> None:
        self.groups = [frozenset(group.split("|")) for group in groups]
        for group in self.groups:
            _WORDS.update(group - {PERIODICAL_NAME})

    def __call__(self, text: str) -> bool:
        present = words_in(text)
        return all(not group.isdisjoint(present) for group in self.groups)


PERIODICAL_NAME = "\0periodical"
_WORDS: set[str] = set()  # every word a Holds looks for
_PERIODICAL_SCAN = re.compile("|".join(re.escape(n) for n in PERIODICALS))  # capitals first: a fast scan
_last: tuple[str, frozenset[str]] = ("", frozenset())


def words_in(text: str) -> frozenset[str]:
    """The words of :data:`_WORDS` in ``text`` (and PERIODICAL_NAME if it names one), found once
    for the rules that ask in turn about the same text."""
    global _last
    last = _last  # one read: another thread may replace it
    if last[0] is not text:
        found = [w for w in _WORDS if w in text]
        if _PERIODICAL_SCAN.search(text):
            found.append(PERIODICAL_NAME)
        _last = last = (text, frozenset(found))
    return last[1]


_DOCUMENT = re.compile(rf"\b{DETERMINER}\s+{MODIFIER}{{0,3}}{KIND}\b{NUMBER}?{ISSUER}?{ADDRESSEE}?{FROM}?{WHEN}?(?!\w)")

_HAS_KIND = Holds("|".join(KINDS))


def anchored_document(text: str) -> Iterator[Citation]:
    """'the Soviet note of 27 November 1958', 'Comrade Brezhnev's letter to Comrade Kádár of 17
    September', 'the letter of the five fraternal parties from Warsaw', 'their latest statement',
    'his telegram No 424 dated Sept 9th, 1973'.
    'Your response' alone is not pinned down enough to be a citation."""
    if not _HAS_KIND(text):
        return
    for m in _DOCUMENT.finditer(text):
        det = text[m.start():m.start("kind")].split()[0]
        anchored = any(m.group(g) for g in ("number", "issuer", "to", "place", "date"))
        by_person = det.endswith(("’s", "'s"))
        latest = det.lower() in ("your", "our", "their", "his", "her", "its") and re.search(
            r"\b(?:latest|last|recent|previous)\s", text[m.start():m.start("kind")])
        if anchored or by_person or latest:
            yield Citation(m.start(), m.end(), KINDS[m.group("kind").lower()], m.group(0), m.group("date") or "")


_LINK = r"and|the|in|on|for|of|with|between|aid"  # small words inside a title: 'Treaty of Peace with Japan'
_INSTRUMENT = re.compile(
    rf"\b[Tt]he\s+(?P<title>(?:(?:{CAPWORD}|[A-Z][\w’'\-]*-[A-Z][\w’'\-]*)\s+){{0,4}}(?P<kind>{INSTRUMENTS})"
    rf"(?:\s+(?:of|on|for)\s+(?:the\s+)?[A-Z][\w’'\-]*(?:[\s,]+(?:[A-Z][\w’'\-]*|{_LINK})){{0,12}}"
    rf"(?<!\bthe)(?<!\band)(?<!\bof)(?<!\bin)(?<!\bwith)(?<!\bon)(?<!\bfor))?)"
    rf"(?:\s+of\s+(?P<date>{DATE}))?")

_HAS_INSTRUMENT = Holds("Agreement|Treaty|Protocol|Charter|Act|Accord|Convention|Declaration|Communiqu|Resolution")


def named_instrument(text: str) -> Iterator[Citation]:
    """'the Potsdam Agreement', 'the Basic Treaty of 21 December 1972', 'the Final Act of the
    Conference on Security and Cooperation in Europe', 'the Charter of the United Nations'."""
    if not _HAS_INSTRUMENT(text):
        return
    for m in _INSTRUMENT.finditer(text):
        title = m.group("title")
        if title == m.group("kind") and " " not in title and not m.group("date"):
            continue  # 'the Agreement' alone names nothing
        if text[m.end("kind"):m.end("kind") + 1] == "s":
            continue
        kind = "treaty" if re.match(r"Agreement|Treaty|Protocol|Charter|Act|Pact|Accord|Convention", m.group("kind")) \
            else "declaration"
        yield Citation(m.start(), m.end(), kind, m.group(0), m.group("date") or "", title=m.span("title"))


_QUOTED = re.compile(r"\b[Tt]he\s+(?:[A-Z][\w’'\-]*\s+)?"
                     r"(?:(?P<kind>editorial|article|pamphlet|book|appeal|resolution)\s+)?"
                     r"[\"“](?P<title>[A-Z][^\"”]{3,100}?)[!?.]?[\"”]")

_HAS_QUOTE = Holds('"|“')


def quoted_title(text: str) -> Iterator[Citation]:
    """'the "Letter on German Unity"', 'the Hongqi editorial "Long Live Leninism!"'."""
    if not _HAS_QUOTE(text):
        return
    for m in _QUOTED.finditer(text):
        words = m.group("title").split()
        if len(words) < 2 or sum(w[:1].isupper() for w in words) < 2:
            continue  # a quoted phrase, not a title
        yield Citation(m.start(), m.end(), "article", m.group(0), title=m.span("title"))


_PERIODICAL_NAMES = "|".join(re.escape(p) for p in sorted(PERIODICALS, key=len, reverse=True))
_PERIODICAL_KIND = re.compile(rf"\b[Tt]he\s+(?:weekly|daily|monthly|newspaper|journal|magazine|paper)\s+"
                              rf"(?P<title>{_PERIODICAL_NAMES}|[A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+){{0,2}})")
_ARTICLE_IN = re.compile(rf"\b(?:[Tt]he|[Aa]n?)\s+(?:\w+\s+)?articles?\s+in\s+(?:the\s+)?(?P<title>{_PERIODICAL_NAMES})"
                         rf"(?:\s+of\s+(?P<date>{DATE}))?")
_BARE_PERIODICAL = re.compile(rf"(?<![\w\"“])(?P<title>{_PERIODICAL_NAMES})(?![\w\"”])")

_HAS_PERIODICAL = Holds(PERIODICAL_NAME)
_HAS_ARTICLE = Holds("article")
_HAS_PERIODICAL_KIND = Holds("weekly|daily|monthly|newspaper|journal|magazine|paper")


def periodicals(text: str) -> Iterator[Citation]:
    """'the weekly Tygodnik Solidarność', 'the article in Rudé právo of 4 September', 'Le Monde wrote'."""
    named = _HAS_PERIODICAL(text)
    for m in _ARTICLE_IN.finditer(text) if named and _HAS_ARTICLE(text) else ():
        yield Citation(m.start(), m.end(), "article", m.group(0), m.group("date") or "", title=m.span("title"))
    for rx in (_PERIODICAL_KIND, _BARE_PERIODICAL):
        if not (_HAS_PERIODICAL_KIND(text) if rx is _PERIODICAL_KIND else named):
            continue
        for m in rx.finditer(text):
            yield Citation(m.start("title"), m.end("title"), "periodical", m.group("title"), periodical=True)


RULES: tuple[Rule, ...] = (anchored_document, named_instrument, quoted_title, periodicals)


def find_citations(text: str) -> list[Citation]:
    return [c for rule in RULES for c in rule(text)]
