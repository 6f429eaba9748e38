"""What a document (or the edition) says once with confidence, applied to its bare mentions.

'Comrade Ochab', 'Milko Balev' or 'Nikita Khrushchev' is a person by a strong cue
(a title, a forename, the table of well-known persons); later 'Ochab' or 'Balev'
alone is the same person, and 'Dimitar Balev' (a forename before a remembered
surname) too. 'C.C. of the R.W.P.' makes 'R.W.P.' an organisation wherever it
stands alone, and 'the Brioni Islands' makes 'Brioni' a place. The memory learns
such forms from a first pass and offers their

other occurrences (in any case: 'Stalin' and 'STALIN') as low-priority
candidates.

A memory is a set of forms: the union of what several documents teach is the
same whatever order they are learned in, which keeps an edition-wide memory
deterministic with parallel workers.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from teikit.model import MentionLike
from teikit.names.forenames import is_forename
from teikit.names.recognise import (
    _TITLES_RX,
    ADJ_END,
    EAST_ASIAN_SURNAMES,
    GENERIC,
    PAPER_NUMBER,
    TITLED_WORD,
    WORD,
    Guess,
    _common_word,
    _word_ok,
    word_frequency,
)
from teikit.names.text import fold_plain

MEMORY_PRIORITY = 45
ACRONYM = re.compile(r"(?:[A-Z]\.){2,6}|[A-Z]{2,8}")  # 'R.W.P.', 'PLA'
ISLANDS = re.compile(r"(?P<stem>[A-Z][a-z]+) Islands?")  # 'the Brioni Islands', later 'Brioni'

NOT_BODIES = {"CK", "UV", "ZK", "KB"}  # 'central committee' in other languages: whose, the text says
_SEPARATOR = "\t"  # between a kind and its form in the serialised set: never inside a form


class Memory:
    def __init__(self, forms: Iterable[str] = ()) -> None:
        self.forms: set[str] = set()  # "persName\tBalev", "orgName\tR.W.P."
        self.forms.update(forms)
        self._rx: dict[str, re.Pattern[str] | None] = {}  # per tag; None: no form of it

    def __bool__(self) -> bool:
        return bool(self.forms)

    def __or__(self, other: Memory) -> Memory:
        return Memory(self.forms | other.forms)

    def learn(self, text: str, mentions: Sequence[MentionLike]) -> None:
        for m in mentions:
            if "ref" in m.attrs or "candidates" in m.attrs or m.attrs.get("cert") not in ("low", "medium"):
                continue  # what the register links needs no memory; an undecided name teaches nothing
            said = text[m.start:m.end]
            if m.tag == "persName":
                self._add_surname(fold_plain(said).split())
            elif m.tag == "orgName" and ACRONYM.fullmatch(said) and said not in GENERIC | NOT_BODIES:
                self.forms.add(f"orgName{_SEPARATOR}{said}")
            elif m.tag == "placeName" and (isles := ISLANDS.fullmatch(said)) and _stem_ok(isles.group("stem")):
                self.forms.add(f"placeName{_SEPARATOR}{isles.group('stem')}")
        self._rx = {}

    def _add_surname(self, words: list[str]) -> None:
        names = [w for w in words if not w.endswith(".")]  # initials are not names
        if not names:
            return
        # 'Peng Zhen', 'LEE Hu-rak': the family name comes first ('Lee' alone, later, is him)
        family_first = len(names) > 1 and names[0].title() in EAST_ASIAN_SURNAMES
        surname = names[0] if family_first else names[-1]
        # no common word; one as rare as a surname after a title may be ('Ambassador Kirk', then 'Kirk asked'), but
        # not a forename that ends a longer name ('President Bush James A. Baker': 'James' is no surname)
        misread = len(names) > 1 and is_forename(surname.title())
        rare = not _common_word(surname) or (word_frequency(surname) < TITLED_WORD and not misread)
        if len(surname) >= 3 and _word_ok(surname) and (family_first or rare):
            self.forms.update(f"persName{_SEPARATOR}{c}" for c in _cases(surname))

    def _pattern(self, tag: str) -> re.Pattern[str] | None:
        if tag not in self._rx:
            forms = sorted((f.split(_SEPARATOR, 1)[1] for f in self.forms if f.startswith(tag + _SEPARATOR)),
                           key=lambda f: (-len(f), f))
            if not forms:
                self._rx[tag] = None  # asked again for every paragraph: looked up once
                return None
            alts = "|".join(re.escape(f) for f in forms)
            # a person's forename may stand before the remembered surname: 'Dimitar Stoyanov'
            lead = rf"(?:(?P<fore>{WORD})\s)?" if tag == "persName" else ""
            # a possessive stays outside: 'Yao's reply'
            self._rx[tag] = re.compile(rf"(?<![\w.'-]){lead}(?P<form>{alts})(?![\w-])(?!'(?!s\b))")

        return self._rx[tag]

    def guesses(self, folded: str) -> list[Guess]:
        out: list[Guess] = []
        for tag in ("persName", "orgName", "placeName"):
            rx = self._pattern(tag)
            for m in rx.finditer(folded) if rx else ():
                if tag == "orgName" and PAPER_NUMBER.match(folded, m.end()):
                    continue  # 'FEC 271/25': a paper of the body, not the body
                fore = m.group("fore") if tag == "persName" else None
                start = m.start() if fore and _forename(fore) else m.start("form")
                out.append(Guess(start, m.end(), tag, MEMORY_PRIORITY))
        return out


def _stem_ok(word: str) -> bool:
    """'Brioni' of 'Brioni Islands' stands for them; 'Black' of 'Black Sea' would not."""
    return _word_ok(word) and not _common_word(word) and not ADJ_END.search(word)


def _forename(word: str) -> bool:
    """A capitalised word before a surname that can be a forename: no title ('Prime-Minister
    Qasim'), no common word."""
    return _word_ok(word) and not _common_word(word) and "'" not in word and not _TITLES_RX.fullmatch(word)


def _cases(word: str) -> Iterable[str]:
    return {word, word.upper(), word[:1].upper() + word[1:].lower()}
