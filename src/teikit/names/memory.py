"""What a document says once with confidence, applied to its bare mentions.

'Comrade Ochab' or 'Milko Balev' is a person by a strong cue (a title, a
forename); later 'Ochab' or 'Balev' alone is the same person. The memory learns
such forms from a first pass over the whole document and offers their other
occurrences (in any case: 'Stalin' and 'STALIN') as low-priority candidates.
It is kept per document so that output never depends on the order in which
documents are converted.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from teikit.model import MentionLike
from teikit.names.recognise import EAST_ASIAN_SURNAMES, Guess, _common_word, _word_ok
from teikit.names.text import fold_plain

MEMORY_PRIORITY = 45


class Memory:
    def __init__(self) -> None:
        self.forms: set[str] = set()
        self._rx: re.Pattern[str] | None = None

    def __bool__(self) -> bool:
        return bool(self.forms)

    def learn(self, text: str, mentions: Sequence[MentionLike]) -> None:
        for m in mentions:
            if m.tag == "persName" and m.attrs.get("cert") == "low" and "candidates" not in m.attrs:
                self._add(fold_plain(text[m.start:m.end]).split())
        self._rx = None

    def _add(self, words: list[str]) -> None:
        names = [w for w in words if not w.endswith(".")]  # initials are not names
        if not names or names[0].title() in EAST_ASIAN_SURNAMES:
            return  # 'Kim Il Sung': the last word is no family name
        surname = names[-1]
        if len(surname) >= 3 and _word_ok(surname) and not _common_word(surname):
            self.forms.update(_cases(surname))

    def guesses(self, folded: str) -> list[Guess]:
        if not self.forms:
            return []
        if self._rx is None:
            alts = "|".join(re.escape(f) for f in sorted(self.forms, key=lambda f: (-len(f), f)))
            self._rx = re.compile(rf"(?<![\w.'-])(?:{alts})(?![\w'-])")
        return [Guess(m.start(), m.end(), "persName", MEMORY_PRIORITY) for m in self._rx.finditer(folded)]


def _cases(word: str) -> Iterable[str]:
    return {word, word.upper(), word[:1].upper() + word[1:].lower()}
