"""The one entry point the converter calls: plain text in, mentions out.

Mentions come from three sources, in order of trust: register forms (matcher +
resolve), date expressions (dates), and low-certainty guesses (recognise). A
later source never overlaps an earlier one; register organisations may contain
nested organisations. Output is sorted by (start, -end) and contains no set
iteration, so equal input gives equal output.

Unresolved register names carry ``attrs["candidates"]`` (space-separated ids,
key :data:`CANDIDATES_KEY`). It is not a TEI attribute: the converter must drop
it (or turn it into a note) when it writes the element.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from teikit.names.dates import find_dates
from teikit.names.matcher import Hit, Matcher
from teikit.names.recognise import guess
from teikit.names.register import Register
from teikit.names.resolve import resolve
from teikit.names.spans import Spans
from teikit.names.text import fold

CANDIDATES_KEY = "candidates"


@dataclass(frozen=True)
class Mention:
    start: int  # character offsets in the given text
    end: int
    tag: str  # "persName" | "orgName" | "placeName" | "date"
    attrs: dict[str, str] = field(default_factory=dict, hash=False, compare=True)


@dataclass(frozen=True)
class Context:
    doc_date: str | None = None  # ISO date of the document
    named: frozenset[str] = frozenset()  # ids already named unambiguously elsewhere in the document


class Annotator:
    def __init__(self, register: Register | None, ref_prefix: str = "register.xml#"):
        self.register = register
        self.ref_prefix = ref_prefix
        self.matcher = Matcher(register) if register is not None else None
        #: (text of the last mention, candidate ids) for every name left unresolved, in order met
        self.unresolved_candidates: list[tuple[str, tuple[str, ...]]] = []
        #: every register id a match offered since it was last emptied: what the output depends on
        self.consulted: set[str] = set()

    # -- public ---------------------------------------------------------------
    def annotate(self, text: str, ctx: Context) -> list[Mention]:
        folded, idx = fold(text)
        hits = self.matcher.match(folded) if self.matcher else []
        self.consulted |= self._ids(hits)
        named = set(ctx.named) | self._unique_ids(hits)
        return self._build(text, folded, idx, hits, ctx, named)

    def annotate_many(self, texts: list[str], ctx: Context) -> list[list[Mention]]:
        """Annotate the paragraphs of one document together, so that 'Peng Zhen' in
        one paragraph settles 'Peng' in another."""
        folded = [fold(t) for t in texts]
        hits = [self.matcher.match(f) if self.matcher else [] for f, _ in folded]
        named = set(ctx.named)
        for h in hits:
            named |= self._unique_ids(h)
            self.consulted |= self._ids(h)
        return [self._build(t, f, i, h, ctx, named) for t, (f, i), h in zip(texts, folded, hits)]

    # -- internals --------------------------------------------------------------
    @staticmethod
    def _walk(hits: list[Hit]) -> Iterator[Hit]:
        """Every hit and the hits nested in it."""
        stack = list(hits)
        while stack:
            h = stack.pop()
            yield h
            stack.extend(h.children)

    def _ids(self, hits: list[Hit]) -> set[str]:
        return {i for h in self._walk(hits) for i in h.ids}

    def _unique_ids(self, hits: list[Hit]) -> set[str]:
        return {h.ids[0] for h in self._walk(hits) if len(h.ids) == 1}

    def _build(self, text: str, folded: str, idx: list[int], hits: list[Hit], ctx: Context,
               named: set[str]) -> list[Mention]:
        mentions: list[Mention] = []
        taken: list[tuple[int, int]] = []

        def emit(h: Hit) -> None:
            assert self.register is not None  # hits come from the matcher, which only a register makes
            res = resolve(self.register, h.ids, ctx.doc_date, named)
            tag = self.register[h.ids[0]].tag
            s, e = idx[h.start], idx[h.end - 1] + 1
            if res.id:
                attrs = {"ref": self.ref_prefix + res.id}
                if res.how in ("related", "office"):
                    attrs["cert"] = "medium"
            else:
                attrs = {"cert": "low", CANDIDATES_KEY: " ".join(res.candidates)}
                self.unresolved_candidates.append((text[s:e], res.candidates))
            mentions.append(Mention(s, e, tag, attrs))
            for c in h.children:
                emit(c)

        for h in hits:
            emit(h)
            taken.append((h.start, h.end))
        # dates work on the original text; map the taken spans to compare
        taken_orig = Spans((idx[a], idx[b - 1] + 1) for a, b in taken)
        for d in find_dates(text, ctx.doc_date):
            if not taken_orig.overlaps(d.start, d.end):
                mentions.append(Mention(d.start, d.end, "date", dict(d.attrs)))
                # back to folded coordinates for the recogniser
                taken.append((_to_folded(idx, d.start), _to_folded(idx, d.end - 1) + 1))
        for g in guess(folded, taken):
            mentions.append(Mention(idx[g.start], idx[g.end - 1] + 1, g.tag, {"cert": "low"}))
        mentions.sort(key=lambda m: (m.start, -m.end, m.tag))
        return mentions


def _to_folded(idx: list[int], orig: int) -> int:
    """Smallest folded position whose original offset is >= orig (idx is increasing)."""
    import bisect

    return bisect.bisect_left(idx, orig, 0, len(idx) - 1)
