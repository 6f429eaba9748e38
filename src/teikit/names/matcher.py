"""Find every register form in a text with one Aho-Corasick automaton.

One pass over the text finds all forms at once, so the cost grows with the
text (and the number of hits), not with the size of the register. Selection is
longest-leftmost; an organisation name that contains other organisation names
('Presidium of the C.C. of the CPSU') keeps them as nested hits.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass, field

import ahocorasick

from teikit.names.register import Register
from teikit.names.text import fold, fold_plain, is_word_char


@dataclass
class Hit:
    start: int  # offsets in the folded text
    end: int
    ids: tuple[str, ...]  # candidate register ids (one when unambiguous)
    children: list[Hit] = field(default_factory=list)


def _variants(form: str) -> list[str]:
    """Spacing variants translators produce: 'I. G. Maurer' also as 'I.G. Maurer'; and every
    form in capitals, as telegrams and speaker labels type names ('MAURER', 'KIM IL SUNG')."""
    parts = form.split(" ")
    out = [form]
    if len(parts) >= 3 and all(_INITIAL.fullmatch(p) for p in parts[:-1]):
        out.append("".join(parts[:-1]) + " " + parts[-1])
    return out + [v.upper() for v in out if len(v) >= 4 and not v.isupper()]


_INITIAL = re.compile(r"[A-Z][a-z]{0,2}\.")


_ARTICLE = re.compile(r"^(?:the|The|THE)\s(?=\S)")


class Matcher:
    def __init__(self, register: Register, skip: Callable[[str, list[str]], bool] | None = None):
        """``skip(form, ids)``: forms not to look for (the annotator's bare generic bodies)."""
        self.register = register
        self.automaton = ahocorasick.Automaton()
        keyed: dict[str, list[str]] = {}
        for form, ids in register.forms().items():
            if skip is not None and skip(form, ids):
                continue
            for v in _variants(_ARTICLE.sub("", form)):  # 'the Netherlands': the article stays outside
                key = fold_plain(v)
                if not key:
                    continue
                bucket = keyed.setdefault(key, [])
                for i in ids:
                    if i not in bucket:
                        bucket.append(i)
        for key, ids in keyed.items():
            self.automaton.add_word(key, (len(key), tuple(ids)))
        if keyed:
            self.automaton.make_automaton()
        self._empty = not keyed

    def all_hits(self, folded: str) -> list[Hit]:
        """Every occurrence of a form that sits on word boundaries."""
        if self._empty:
            return []
        hits = []
        n = len(folded)
        for end_idx, (length, ids) in self.automaton.iter(folded):
            start, end = end_idx - length + 1, end_idx + 1
            if start > 0 and is_word_char(folded[start - 1]):
                continue
            if end < n and is_word_char(folded[end]):
                continue
            # 'R.W.P.' must not be found inside 'R.W.P.C.C.'-like runs of initials
            if start > 1 and folded[start - 1] == "." and folded[start - 2].isupper():
                continue
            hits.append(Hit(start, end, ids))
        return hits

    def match(self, folded: str) -> list[Hit]:
        """Longest-leftmost hits, organisations carrying the organisations they contain."""
        return self._select(self.all_hits(folded), None)

    def _select(self, hits: list[Hit], outer: Hit | None) -> list[Hit]:
        hits = sorted(hits, key=lambda h: (h.start, -(h.end - h.start), h.ids))
        starts = [h.start for h in hits]
        chosen: list[Hit] = []
        last_end = -1
        for h in hits:
            if outer is not None and (h.start, h.end) == (outer.start, outer.end):
                continue
            if h.start >= last_end:
                chosen.append(Hit(h.start, h.end, h.ids))
                last_end = h.end
        for c in chosen:
            if not self._all_kind(c, "org"):
                continue
            # hits inside c start within [c.start, c.end): find them by bisection, not by a scan
            lo, hi = bisect.bisect_left(starts, c.start), bisect.bisect_left(starts, c.end)
            inner = [h for h in hits[lo:hi] if h.end <= c.end
                     and (h.start, h.end) != (c.start, c.end) and self._all_kind(h, "org")
                     # a shorter spelling of the same body is not a nested name
                     and not set(h.ids) & set(c.ids)]
            if inner:
                c.children = self._select(inner, c)
        return chosen

    def _all_kind(self, h: Hit, kind: str) -> bool:
        return all(self.register[i].kind == kind for i in h.ids)


def match_text(matcher: Matcher, text: str) -> tuple[list[Hit], str, list[int]]:
    folded, idx = fold(text)
    return matcher.match(folded), folded, idx
