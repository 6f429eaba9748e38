"""The kind of document, from how it is titled: a table of small named rules.

Each rule names one genre of the closed list in the ODD (term[@type='genre'], div/@type)
and the wording that shows it. The genre noun that comes first in the title wins
('Minutes of Conversation' is minutes, 'Telegram … Concerning the Conversation' a
telegram); at the same position the higher priority wins ('Memorandum of Conversation'
is a record, not a memorandum). A title that names no genre is looked up in the
headings that open the text; failing that the document is a 'document'.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from teikit.structure import patterns as P


@dataclass(frozen=True)
class GenreRule:
    genre: str
    priority: int
    pattern: re.Pattern[str]


def _rule(genre: str, priority: int, pattern: str) -> GenreRule:
    return GenreRule(genre, priority, re.compile(pattern, re.I))


RULES = [
    _rule("ciphergram", 100, r"\bciphered telegram|\bcryptogram|\bciphergram|\bcipher(?:ed)? (?:cable|message)"),
    _rule("minutes", 97, r"^minutes\b|\bnotes (?:of|from) (?:the |a )?(?:[\w-]+ ){0,2}(?:meeting|session)"
                         r"|\b(?:politburo|plenum|plenary) session\b|\bsession of\b"),
    _rule("record", 96, r"\brecord of\b|\b(?:memorandum|transcript|notes?) (?:of|on|from) (?:a |the )?conversation"
                        r"|\b(?:conversation|discussion|talks?) between\b|['’]s talks? with\b|\btalks\b"),
    _rule("transcript", 95, r"\btranscript\b"),
    _rule("protocol", 90, r"\bprotocol\b"),
    _rule("telegram", 85, r"\btelegram\b|\bwire\b"),
    _rule("cable", 85, r"\bcable\b"),
    _rule("letter", 85, r"\bletter\b"),
    _rule("notification", 80, r"\bnotification\b|\bcircular\b|\bnotice\b"),
    _rule("decree", 80, r"\bdecree\b|\bresolution\b|\bdirective\b"),
    _rule("agreement", 80, r"\bagreement\b|\btreaty\b"),
    _rule("speech", 80, r"\bspeech\b"),
    _rule("interview", 80, r"\binterview\b"),
    _rule("diary", 80, r"\bdiary\b|\bjournal of\b"),
    _rule("report", 70, r"\breport\b|^information\b"),
    _rule("memorandum", 60, r"\bmemorandum\b"),
    _rule("note", 50, r"\bnote\b"),
]
GENRES = {rule.genre for rule in RULES} | {"document"}
# Genres whose texts are made of speaker turns: a single labelled turn is enough evidence.
CONVERSATIONAL = {"record", "minutes", "transcript", "interview", "speech", "protocol"}
HEADINGS = 4  # opening blocks of the text looked at when the title names no genre
HEADING_WORDS = 12


def genre_of(text: str) -> str | None:
    """The genre the text names first (None when it names none)."""
    hits = [(m.start(), -rule.priority, rule.genre) for rule in RULES if (m := rule.pattern.search(text))]
    return min(hits)[2] if hits else None


def detect_genre(archive_type: str, title: str, opening: list[str]) -> str:
    if archive_type.lower() in GENRES:
        return archive_type.lower()
    found = genre_of(title)
    headings = (text for text in opening[:HEADINGS] if P.words(text) <= HEADING_WORDS)
    return found or next((g for text in headings if (g := genre_of(text))), None) or "document"
