"""Folding text for matching while keeping offsets into the original.

Translations spell one name many ways: Ceaușescu/Ceausescu, Workers’/Workers',
line breaks inside names. We match on a folded copy and map positions back.
"""

from __future__ import annotations

import re
import unicodedata

_SPECIAL = {"ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ø": "o", "Ø": "O", "ı": "i",
            "’": "'", "‘": "'", "‛": "'", "ʼ": "'", "`": "'", "´": "'", "′": "'",
            "“": '"', "”": '"', "„": '"', "‐": "-", "‑": "-", "\u00ad": ""}


def fold_char(ch: str) -> str:
    if ch in _SPECIAL:
        return _SPECIAL[ch]
    if ch.isascii():
        return ch
    base = unicodedata.normalize("NFD", ch)[0]
    return base


class _FoldTable(dict[int, str]):
    """str.translate table filled on first sight of each character: white space becomes one
    space, everything else its folded form (one character, except the soft hyphen)."""

    def __missing__(self, code: int) -> str:
        ch = chr(code)
        self[code] = folded = " " if ch.isspace() else fold_char(ch)
        return folded


_TABLE = _FoldTable()
_RUN = re.compile(r"\s\s")
# an editor's bracket inside a word completes it: 'A[nastas]', 'H[ungarian]', '[19]56', and the names
# after it: 'I[on Gheorghe] Maurer', 'G[heorghe Gheorghiu-]Dej'; matching reads the words whole (a
# footnote mark 'Grishin[1]' or '[Stalin]' after a space stays); a handwritten insertion's double
# brackets around digits or a word are read through too: '2[[0]] February', '[[11]] September [[5]]7'
_IN_WORD = re.compile(r"(?<=[^\W\d_])\[[^\W\d_]+(?:['’][^\W\d_]+)?(?:\s[A-Z][^\W\d_]+)*-?\]|\[\d{1,2}\](?=\d{2}\b)"
                      r"|\[\[(?:\d{1,4}|[A-Z][a-z]+)\]\]")  # and a word: '23 [[January]]'


def fold(text: str) -> tuple[str, list[int]]:
    """Folded text with white-space runs collapsed, and for each folded position
    the original offset (one extra slot for the end)."""
    if "\u00ad" not in text and not _RUN.search(text) and not ("[" in text and _IN_WORD.search(text)):
        # every character folds to exactly one: the offsets are the identity (the common case, in C)
        return text.translate(_TABLE), list(range(len(text) + 1))
    return _fold_each(text)


def _fold_each(text: str) -> tuple[str, list[int]]:
    """fold(), character by character: for text with white-space runs or soft hyphens."""
    out: list[str] = []
    idx: list[int] = []
    prev_space = False
    brackets = {i for m in _IN_WORD.finditer(text) for i in _bracket_marks(m)}
    for i, ch in enumerate(text):
        if i in brackets:
            continue
        if ch.isspace():
            if prev_space:
                continue
            out.append(" ")
            idx.append(i)
            prev_space = True
            continue
        prev_space = False
        f = fold_char(ch)
        if not f:
            continue
        out.append(f)
        idx.append(i)
    idx.append(len(text))
    return "".join(out), idx


def _bracket_marks(m: re.Match) -> tuple[int, ...]:
    """The offsets of a match's opening and closing brackets (one each, or two for '[[0]]')."""
    width = 2 if m.group().startswith("[[") else 1
    return (*range(m.start(), m.start() + width), *range(m.end() - width, m.end()))


def fold_plain(text: str) -> str:
    return fold(text)[0].strip()


def is_word_char(ch: str) -> bool:
    return ch.isalnum()
