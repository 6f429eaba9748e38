"""Folding text for matching while keeping offsets into the original.

Translations spell one name many ways: Ceaușescu/Ceausescu, Workers’/Workers',
line breaks inside names. We match on a folded copy and map positions back.
"""

from __future__ import annotations

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


def fold(text: str) -> tuple[str, list[int]]:
    """Folded text with white-space runs collapsed, and for each folded position
    the original offset (one extra slot for the end)."""
    out: list[str] = []
    idx: list[int] = []
    prev_space = False
    for i, ch in enumerate(text):
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


def fold_plain(text: str) -> str:
    return fold(text)[0].strip()


def is_word_char(ch: str) -> bool:
    return ch.isalnum()
