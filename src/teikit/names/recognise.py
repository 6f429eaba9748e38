"""Names the register does not know, found from how the text introduces them.

Only strong cues count, because a wrong name is worse than a missed one:
initials before a surname ('I. K. Zhelyagin'), a title before a name
('Comrade X', 'Cdes. X, Y and Z', 'Ambassador X'), an acronym whose expansion or
neighbour says it is a party ('XYZ [...Party]', 'the XYZ CC'), a capitalised
phrase headed by an organisation noun ('Ministry of Light Industry'), and a
capitalised word after 'in'/'at'/'near'. A capital at the start of a sentence is
never evidence on its own. Every such mention is ``cert="low"`` and has no ref.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from teikit.names.dates import MONTHS
from teikit.names.spans import Spans

INITIAL = r"(?:[A-Z][a-z]{0,2}\.\s?)"
WORD = r"[A-Z][a-z]+(?:[-'][A-Za-z][a-z]+)*"
SURNAME = WORD

TITLES = (r"Comrades|Comrade|Cdes\.|Cde\.|Ambassador|Marshal|General|Admiral|Colonel|Premier|"
          r"Mr\.|Mrs\.|Dr\.|Professor|Academician|Prime Minister|Foreign Minister|First Secretary|President|Chairman")
_PLURAL_TITLES = {"Comrades", "Cdes."}

# Capitalised words that are never (part of) a person's name
STOP = set("""
The A An This That These Those Our Your Their His Her Its We You They He She It I In On At Of For And But Or If As
To By From With Without During After Before Since Until Then Thus Also Moreover However Therefore Although When While
Comrade Comrades Cde Cdes Ambassador Minister Ministers Secretary Secretaries First Second Third General President Chairman
Premier Marshal Admiral Colonel Mr Mrs Ms Dr Professor Academician Prime Foreign Deputy Vice Head Chief Member Members
Party Parties Committee Central Political Bureau Presidium Politburo Plenum Plenary Congress Council Government Ministry
Army Navy Embassy Office Department Union Republic Republics State States Assembly Conference Front League Federation
Organization Organisation Agency Institute University Academy Commission Bank Society Association Command Staff
Secretariat Delegation Group Section Directorate Treaty Pact Declaration Statement Agreement Convention Communique
Soviet Soviets Romanian Romanians Chinese Vietnamese American Americans Albanian Albanians Yugoslav Bulgarian Hungarian
Polish Czechoslovak German Korean Cuban Mongolian Japanese French Italian British Western Eastern Socialist Communist
Communists Marxist Leninist Marxism Leninism Note Translator Record Conversation Secret Top Memorandum Letter Telegram
Translation English Source Document Documents Dear Yes No Good Of Why What Who How Where Which Whom Whose There Here
North South East West Northern Southern Eastern Western Upper Lower Greater Great Grand National Federal People Peoples
Sir Madam Excellency His Majesty King Queen Prince God Lord Saint St Monday Tuesday Wednesday Thursday Friday Saturday Sunday
""".split()) | set(MONTHS)

ORG_HEADS = ("Party|Committee|Ministry|Council|Union|Front|League|Federation|Organization|Organisation|Bureau|Agency|"
             "Assembly|Institute|University|Academy|Embassy|Commission|Department|Bank|Society|Association|Army|Navy|"
             "Command|Secretariat|Presidium|Politburo|Trust|Combine|Enterprise|Cooperative|Directorate|Section")
GENERIC = set("""
The Our Your Their His Her Its This That CC C.C. Central Political Executive Permanent Standing Supreme Joint Combined Unified
General Grand National Federal State Foreign First Party Communist Workers Workers' Socialist People's Peoples
Revolutionary Democratic International Military Economic Affairs Trade Defence Defense Internal Interior Ministry Committee
Council Union Front League Federation Organization Organisation Bureau Agency Assembly Institute University Academy Embassy
Commission Department Bank Society Association Army Navy Command Secretariat Presidium Politburo Trust Combine Enterprise
Cooperative Directorate Section Armed Forces Of Cadres Propaganda Agitation Planning Security
""".split())
NEWSPAPERS = {"Pravda", "Izvestia", "Izvestiya", "Scinteia", "Trud", "Borba", "Granma", "Humanite", "Unita",
              "Trybuna", "Nepszabadsag", "Kommunist"}
_COMMON: dict[str, int] | None = None


def _common_word(word: str) -> bool:
    """A frequent English word ('Connection' in a title-case heading) is not a place."""
    global _COMMON
    if _COMMON is None:
        try:
            from spellchecker import SpellChecker

            _COMMON = SpellChecker().word_frequency.dictionary
        except Exception:  # the guesser still works, only less precisely
            _COMMON = {}
    return _COMMON.get(word.lower(), 0) >= 500


ADJ_END = re.compile(r"(?:an|ian|ese|ish|ic|ist|ists|ism)$")


# abbreviations that look like initials ('No. 5', 'Cde. Smith')
_NOT_INITIALS = {"No", "Nr", "Pp", "Vol", "Art", "Fig", "Co", "Jr", "Sr", "Lt", "Gen", "Col", "Ed", "Mr", "Mrs", "Ms",
                 "Dr", "St", "Cde", "Cdes", "Gov", "Rev", "Prof", "Sen", "Rep", "Cf", "Ibid", "Op", "Doc", "Tel"}


@dataclass(frozen=True)
class Guess:
    start: int
    end: int
    tag: str


_INITIALS_RX = re.compile(rf"(?<![\w.])(?P<ini>{INITIAL}{{1,3}})(?P<sur>{SURNAME})\b")
_TITLE_RX = re.compile(rf"(?<![\w])(?P<title>{TITLES})\s(?P<name>(?:{INITIAL}{{0,3}}){WORD}(?:\s{WORD}){{0,2}})")
_LIST_SEP = re.compile(r"(?:,\s?(?:\[and\]\s|and\s)?|\s\[and\]\s|\sand\s)")
_NAME_AT = re.compile(rf"(?:{INITIAL}{{0,3}}){WORD}(?:\s{WORD}){{0,2}}")
_ACR_EXPAN = re.compile(r"(?<![\w.])(?P<a>[A-Z]{2,6})\s\[(?P<x>[^\]]{4,80})\]")
_ACR_CC = re.compile(r"(?<![\w.])(?P<a>[A-Z]{2,6})\s(?:CC|C\.C\.|Central Committee)\b|"
                     r"(?:Central Committee|C\.C\.|CC) of the (?P<b>[A-Z]{2,6})\b")
_ORG_RX = re.compile(rf"(?<![\w'])(?:(?:{WORD}|[A-Z]+|[A-Z][a-z]+'s?)\s(?:(?:of|for|and|on)\s(?:the\s)?)?){{0,5}}"
                     rf"(?:{ORG_HEADS})(?:\s(?:of|for|on)\s(?:the\s)?{WORD}(?:\s(?:and\s)?{WORD}){{0,3}})?\b")
_PLACE_RX = re.compile(rf"(?<=\b(?:in|at) )(?P<p>{WORD}(?:\s{WORD})?)(?![\w'\-.]|\s?\()|(?<=\bnear )(?P<q>{WORD})\b")


def _name_ok(name: str) -> bool:
    toks = [t for t in re.split(r"\s", name) if t and not t.endswith(".")]
    if not toks:
        return False
    return all(t not in STOP and t.rstrip("'s") not in STOP for t in toks) and len(toks[-1]) >= 3


def _trim_name(name: str) -> str:
    """Drop trailing words that are not names ('Kardelj Told' never, but 'X The')."""
    toks = name.split(" ")
    while toks and toks[-1] in STOP:
        toks.pop()
    return " ".join(toks)


def guess(folded: str, taken: list[tuple[int, int]]) -> list[Guess]:
    """Low-certainty mentions in folded text, avoiding spans already taken."""
    out: list[Guess] = []
    occupied = Spans(taken)  # the taken spans and every guess so far

    def add(s: int, e: int, tag: str) -> None:
        if e > s and not occupied.overlaps(s, e):
            out.append(Guess(s, e, tag))
            occupied.add(s, e)

    for m in _INITIALS_RX.finditer(folded):
        inis = [i for i in re.split(r"\.\s?", m.group("ini")) if i]
        if any(i in _NOT_INITIALS for i in inis):
            continue
        if m.group("sur") in STOP or m.group("sur") in NEWSPAPERS:
            continue
        add(m.start(), m.end(), "persName")
    for m in _TITLE_RX.finditer(folded):
        plural = m.group("title") in _PLURAL_TITLES
        pos = m.start("name")
        while True:
            nm = _NAME_AT.match(folded, pos)
            if not nm:
                break
            name = _trim_name(nm.group(0))
            if not name or not _name_ok(name):
                break
            add(nm.start(), nm.start() + len(name), "persName")
            pos = nm.start() + len(name)
            if not plural:
                break
            sep = _LIST_SEP.match(folded, pos)
            if not sep:
                break
            pos = sep.end()
    for m in _ACR_EXPAN.finditer(folded):
        x = m.group("x")
        if re.search(ORG_HEADS, x):
            add(m.start("a"), m.end("a"), "orgName")
        elif re.search(r"Republic|Kingdom", x):
            add(m.start("a"), m.end("a"), "placeName")
    for m in _ACR_CC.finditer(folded):
        g = "a" if m.group("a") else "b"
        add(m.start(g), m.end(g), "orgName")
    for m in _ORG_RX.finditer(folded):
        s, e = m.span()
        words = m.group(0).split()
        while words and words[0] in {"The", "Our", "Your", "Their", "His", "Her", "Its", "This", "That", "A", "An"}:
            s = folded.index(words[1], s + len(words[0])) if len(words) > 1 else e
            words = words[1:]
        caps = [w for w in words if w[:1].isupper()]
        if len(caps) < 2 or all(w.strip(",") in GENERIC for w in caps):
            continue
        add(s, e, "orgName")
    for m in _PLACE_RX.finditer(folded):
        g = "p" if m.group("p") else "q"
        cand = m.group(g)
        toks = cand.split()
        if any(t in STOP or t in NEWSPAPERS or ADJ_END.search(t) or _common_word(t) for t in toks):
            continue
        add(m.start(g), m.end(g), "placeName")
    out.sort(key=lambda g: (g.start, -g.end))
    return out
