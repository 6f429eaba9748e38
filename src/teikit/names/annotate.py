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

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from teikit.names.dates import NOTHING_BEFORE, Before, find_dates
from teikit.names.gazetteer import Gazetteer, load_gazetteer
from teikit.names.matcher import Hit, Matcher
from teikit.names.memory import MEMORY_PRIORITY, Memory
from teikit.names.recognise import Guess, beside_persons, guess
from teikit.names.register import Entry, Register
from teikit.names.resolve import resolve
from teikit.names.spans import Spans
from teikit.names.text import fold, fold_plain

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


@dataclass
class FirstPass:
    """What :meth:`Annotator.first_pass` found in one document: the register hits and gazetteer
    guesses of each (folded) text, and each paragraph's mentions and unresolved names, found
    with ``ctx`` and the document's unambiguous register ids ``named``."""

    ctx: Context
    named: frozenset[str]
    hits: dict[str, list[Hit]]  # folded text -> register hits
    places: dict[str, list[Guess]]  # folded text -> gazetteer guesses
    # (text, a line, what the paragraphs before it dated) -> mentions and unresolved names
    found: dict[tuple[str, bool, Before], tuple[list[Mention], list[tuple[str, tuple[str, ...]]]]]
    taught: Memory  # what the first pass teaches the edition


class Annotator:
    def __init__(self, register: Register | None, ref_prefix: str = "register.xml#",
                 gazetteer: Gazetteer | None | bool = True):
        self.register = register
        #: places and bodies of shipped data (GeoNames, ISO, curated tables): below the register
        self.gazetteer = load_gazetteer() if gazetteer is True else (gazetteer or None)
        self.ref_prefix = ref_prefix
        self.matcher = Matcher(register, _bare_generic_body(register)) if register is not None else None
        #: (text of the last mention, candidate ids) for every name left unresolved, in order met
        self.unresolved_candidates: list[tuple[str, tuple[str, ...]]] = []
        #: every register id a match offered since it was last emptied: what the output depends on
        self.consulted: set[str] = set()
        self._pending: list[tuple[str, tuple[str, ...]]] = []  # unresolved names of a first pass
        self._places_of: dict[str, list[Guess]] = {}  # gazetteer guesses per paragraph, for the second pass
        #: what the edition's documents teach (:meth:`learn`, merged): offered to every document
        self.edition_memory = Memory()
        #: the next document's :meth:`first_pass`, found before (None: none); annotate_many takes it
        self.known: FirstPass | None = None

    # -- public ---------------------------------------------------------------
    def annotate(self, text: str, ctx: Context) -> list[Mention]:
        folded, idx = fold(text)
        self._places_of = {}
        hits = self.matcher.match(folded) if self.matcher else []
        self.consulted |= self._ids(hits)
        named = set(ctx.named) | self._unique_ids(hits)
        return self._build(text, folded, idx, hits, ctx, named, self.edition_memory)

    def annotate_many(self, texts: list[str], ctx: Context, parts: frozenset[int] = frozenset()) -> list[list[Mention]]:
        """Annotate the paragraphs of one document together, so that 'Peng Zhen' in
        one paragraph settles 'Peng' in another (and what the edition taught, in all).
        ``parts``: indices of texts that are part of a line (a title's words), no line of their own.
        :attr:`known` (taken, and emptied): this document's :meth:`first_pass` from before, whose
        paragraphs are not found again when they read the same."""
        known, self.known = self.known, None
        folded, hits, named, first, pending, lasts = self._first_pass(texts, ctx, parts, known)
        for h in hits:
            self.consulted |= self._ids(h)
        taught = _taught(texts, first)
        # the edition memory holds what the document taught when taught from the same texts
        memory = self.edition_memory if taught.forms <= self.edition_memory.forms else self.edition_memory | taught
        if not memory:
            self.unresolved_candidates += [u for p in pending for u in p]
            return first
        # ... informs the bare mentions of the second ('Ochab' alone); a paragraph the memory
        # finds nothing in reads as in the first pass (the same inputs to _build)
        out = []
        for n, (t, (f, i), h) in enumerate(zip(texts, folded, hits)):
            if not _found_before(memory.guesses(f), first[n], i):
                out.append(self._build(t, f, i, h, ctx, named, memory, line=n not in parts, last=lasts[n]))
            else:
                out.append(first[n])
                self.unresolved_candidates += pending[n]
        return out

    def learn(self, texts: list[str], ctx: Context, parts: frozenset[int] = frozenset()) -> Memory:
        """What one document teaches the others (its first pass), leaving no trace in this
        annotator: the union over an edition's documents is its edition memory."""
        return self.first_pass(texts, ctx, parts).taught

    def first_pass(self, texts: list[str], ctx: Context, parts: frozenset[int] = frozenset()) -> FirstPass:
        """:meth:`learn`, with what the first pass found: set as :attr:`known` before
        :meth:`annotate_many` of the same document, it spares finding it again."""
        folded, hits, named, first, pending, lasts = self._first_pass(texts, ctx, parts)
        found = {(t, n not in parts, lasts[n]): (m, p) for n, (t, m, p) in enumerate(zip(texts, first, pending))}
        return FirstPass(ctx, frozenset(named), {f: h for (f, _), h in zip(folded, hits)}, dict(self._places_of),
                         found, _taught(texts, first))

    def _first_pass(self, texts: list[str], ctx: Context, parts: frozenset[int] = frozenset(),
                    known: FirstPass | None = None
                    ) -> tuple[list[tuple[str, list[int]]], list[list[Hit]], set[str], list[list[Mention]],
                               list[list[tuple[str, tuple[str, ...]]]], list[Before]]:
        """What the document says with confidence ('Comrade Ochab'), before any memory; with
        the names left unresolved in each paragraph, and what the paragraphs before each one dated
        (the month named last, to which its bare days refer, and the last with its year written).
        What ``known`` found in a paragraph of the same text after the same dates is taken when the
        document's context and unambiguous names are the same (a paragraph's mentions depend on
        nothing else)."""
        self._places_of = dict(known.places) if known is not None else {}
        folded = [fold(t) for t in texts]
        if known is not None:
            hits = [known.hits[f] if f in known.hits else self._match(f) for f, _ in folded]
        else:
            hits = [self._match(f) for f, _ in folded]
        named = set(ctx.named).union(*(self._unique_ids(h) for h in hits))
        found = known.found if known is not None and known.ctx == ctx and known.named == named else {}
        first: list[list[Mention]] = []
        pending: list[list[tuple[str, tuple[str, ...]]]] = []
        lasts: list[Before] = []
        last = NOTHING_BEFORE
        for n, (t, (f, i), h) in enumerate(zip(texts, folded, hits)):
            line = n not in parts
            if (t, line, last) in found:
                mentions, unresolved = found[(t, line, last)]
            else:
                self._pending = []
                mentions = self._build(t, f, i, h, ctx, named, Memory(), record=False, line=line, last=last)
                unresolved = self._pending
            self._pending = []
            first.append(mentions)
            pending.append(unresolved)
            lasts.append(last)
            last = last.after(d.attrs for d in mentions if d.tag == "date")
        return folded, hits, named, first, pending, lasts

    def _match(self, folded: str) -> list[Hit]:
        return self.matcher.match(folded) if self.matcher else []

    # -- internals --------------------------------------------------------------
    @staticmethod
    def _walk(hits: list[Hit]) -> Iterator[Hit]:
        """Every hit and the hits nested in it."""
        stack = list(hits)
        while stack:
            h = stack.pop()
            yield h
            stack.extend(h.children)

    def _entry(self, ref: str) -> Entry:
        """The register entry of an id a hit carries."""
        assert self.register is not None  # hits come from the matcher, which only a register makes
        return self.register[ref]

    def _ids(self, hits: list[Hit]) -> set[str]:
        return {i for h in self._walk(hits) for i in h.ids}

    def _unique_ids(self, hits: list[Hit]) -> set[str]:
        return {h.ids[0] for h in self._walk(hits) if len(h.ids) == 1}

    def _build(self, text: str, folded: str, idx: list[int], hits: list[Hit], ctx: Context,
               named: set[str], memory: Memory, record: bool = True, line: bool = True,
               last: Before = NOTHING_BEFORE) -> list[Mention]:
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
                (self.unresolved_candidates if record else self._pending).append((text[s:e], res.candidates))
            mentions.append(Mention(s, e, tag, attrs))
            for c in h.children:
                emit(c)

        remembered = memory.guesses(folded)
        extra = self._but_towns_remembered(folded, self._gazetteer_guesses(folded), remembered) + remembered
        wider, covered = _wider_than_register(guess(folded, [], extra, line), hits)
        for g in wider:  # the longest span wins, over the register too: 'Pyongyang Government Building'
            attrs = {"cert": "low"}
            inner = [h for h in covered[g] if self._entry(h.ids[0]).tag == g.tag]
            if g.tag == "persName" and inner:
                ids = tuple(dict.fromkeys(i for h in inner for i in h.ids))
                fits = [i for i in ids if _given_names_fit(folded[g.start:g.end], self._entry(i).name)]
                if len(fits) == 1:  # 'Y. Andropov' is Yuri Andropov
                    attrs = {"ref": self.ref_prefix + fits[0], "cert": "medium"}
                else:  # 'J. Andropov', 'Liu Wei' beside Liu Shaoqi: another person, or the editor decides
                    attrs[CANDIDATES_KEY] = " ".join(ids)
                    (self.unresolved_candidates if record else self._pending).append(
                        (text[idx[g.start]:idx[g.end - 1] + 1], ids))
            mentions.append(Mention(idx[g.start], idx[g.end - 1] + 1, g.tag, attrs))
            taken.append((g.start, g.end))
            for h in inner if g.tag == "orgName" else []:  # bodies inside a body stay, nested
                emit(h)
        for h in hits:
            if any(h in covered[g] for g in wider):
                continue
            emit(h)
            taken.append((h.start, h.end))
        # dates work on the original text; map the taken spans to compare
        taken_orig = Spans((idx[a], idx[b - 1] + 1) for a, b in taken)
        for d in find_dates(text, ctx.doc_date, last):
            if not taken_orig.overlaps(d.start, d.end):
                mentions.append(Mention(d.start, d.end, "date", dict(d.attrs)))
                # back to folded coordinates for the recogniser
                taken.append((_to_folded(idx, d.start), _to_folded(idx, d.end - 1) + 1))
        for g in guess(folded, taken, extra, line):
            cert = "medium" if g.priority in GAZETTEER_PRIORITIES else "low"
            attrs = {"cert": cert} | self._by_surname(folded[g.start:g.end], g.tag, ctx, named)
            mentions.append(Mention(idx[g.start], idx[g.end - 1] + 1, g.tag, attrs))
        mentions = _with_brackets_before([_closing_bracket(m, text) for m in mentions], text)
        mentions.sort(key=lambda m: (m.start, -m.end, m.tag))
        return mentions

    def _by_surname(self, form: str, tag: str, ctx: Context, named: set[str]) -> dict[str, str]:
        """A person the recogniser found by its cues ('Cde. Péter') whose name is the marked-up
        surname of a register person: the link, when the evidence singles one out. The register
        need not list the bare surname, which may be a forename too; the cue makes it a name.
        A family name written first ('Kim Il Sung', 'Wu Xiuquan') is shared by too many people
        to link alone: it takes the person the document names in full."""
        if self.register is None or tag != "persName" or not (ids := self.register.with_surname(form)):
            return {}
        res = resolve(self.register, tuple(ids), ctx.doc_date, named)
        family_first = all(fold_plain(self.register[i].name).startswith(fold_plain(form) + " ") for i in ids)
        if res.id and res.how in (("named",) if family_first else ("unique", "date", "named", "related")):
            return {"ref": self.ref_prefix + res.id}
        return {}

    def _gazetteer_guesses(self, folded: str) -> list[Guess]:
        if self.gazetteer is None:
            return []
        if (known := self._places_of.get(folded)) is None:
            known = self._places_of[folded] = self._gazetteer_scan(folded)
        return known

    def _but_towns_remembered(self, folded: str, places: list[Guess], remembered: list[Guess]) -> list[Guess]:
        """The gazetteer's guesses but a town whose name the document gave a person in full: 'Carlos Rafael
        Rodriguez', then 'Rodriguez' alone is he, not Rodriguez, Rizal (a capital or a city of a million keeps
        its name: 'Washington')."""
        persons = {(g.start, g.end) for g in remembered if g.tag == "persName"}
        if not persons or self.gazetteer is None:
            return places
        towns = self.gazetteer.towns
        return [g for g in places if (g.start, g.end) not in persons
                or not all(i in towns for i in self.gazetteer.lookup(folded[g.start:g.end]))]

    def _gazetteer_scan(self, folded: str) -> list[Guess]:
        assert self.gazetteer is not None
        out = []
        hits = list(self._walk(self.gazetteer.matcher.match(folded)))
        spans = {(h.start, h.end) for h in hits}
        for h in hits:
            kind = self.gazetteer.register[h.ids[0]].kind
            if kind == "place" and folded[h.start:h.end].isupper() and len(h.ids) == 1 and _in_caps_run(folded, h):
                continue  # 'US' in a telegram typed in capitals is 'us'
            if _glued_to_name(folded, h, spans):
                continue  # 'Mizil' of 'Niculescu-Mizil' is no town
            if kind == "place" and _AFTER_TITLE.search(folded, max(0, h.start - 20), h.start):
                continue  # 'President Bush' is no town
            out.append(Guess(h.start, h.end, *GAZETTEER_KINDS[kind], land=self._land(h.ids[0])))
            if kind == "place" and (part := _PART_OF_PLACE.search(folded, max(0, h.start - 12), h.start)):
                out.append(Guess(part.start(), h.end, "placeName", GAZETTEER_PLACE))  # 'East Prague'
        known = [g for g in out if g.priority == GAZETTEER_PERSON]
        return out + list(beside_persons(folded, known, [g for g in out if g.land]))

    def _land(self, ref: str) -> bool:
        """A country, a historic state or a continent of the gazetteer: no town nor province."""
        assert self.gazetteer is not None
        return self.gazetteer.register[ref].type in ("country", "state") or ref.startswith("region:")



def _bare_generic_body(register: Register) -> Callable[[str, list[str]], bool]:
    """A party's organ named bare ('Central Committee', 'the Politburo', 'CC'), where the entry has a
    name of its own: every party has one, so the bare form is no name to link ('Security Council',
    'Grand National Assembly' are names)."""
    def skip(form: str, ids: list[str]) -> bool:
        return _bare(form) and all(register[i].kind == "org" and not all(_bare(f) for f in register[i].forms)
                                   for i in ids)
    return skip


BARE_ORGANS = frozenset({"central committee", "cc", "c.c.", "politburo", "political bureau", "presidium",
                         "secretariat", "executive committee", "party", "central committee of the party"})


def _bare(form: str) -> bool:
    words = form.lower().split()
    return " ".join(words[1:] if words[:1] in (["the"], ["its"]) else words) in BARE_ORGANS


def _taught(texts: list[str], found: list[list[Mention]]) -> Memory:
    memory = Memory()
    for text, mentions in zip(texts, found):
        memory.learn(text, mentions)
    return memory


GAZETTEER_PLACE, GAZETTEER_PERSON, GAZETTEER_ORG = 15, 16, 25
GAZETTEER_KINDS = {"place": ("placeName", GAZETTEER_PLACE), "person": ("persName", GAZETTEER_PERSON),
                   "org": ("orgName", GAZETTEER_ORG)}
GAZETTEER_PRIORITIES = {p for _, p in GAZETTEER_KINDS.values()}
# this priority and weaker (a bare remembered surname, a word after 'in') never beat the register
WEAK = MEMORY_PRIORITY


def _given_names_fit(mention: str, entry_name: str) -> bool:
    """The forenames or initials of a mention agree, letter by letter, with the entry's ('K. L. Novak'
    and 'Karel Ludvík Novák'); the words both share (the surname) are set aside first."""
    said = fold_plain(mention).split()
    known = fold_plain(entry_name).split()
    shared = {w.casefold() for w in said} & {w.casefold() for w in known}
    said = [w for w in said if w.casefold() not in shared]
    known = [w for w in known if w.casefold() not in shared]
    return bool(said) and len(said) <= len(known) and all(a[0].casefold() == b[0].casefold()
                                                          for a, b in zip(said, known))


def _found_before(guesses: list[Guess], mentions: list[Mention], idx: list[int]) -> bool:
    """Whether the first pass found each of the memory's guesses as it stands, span and type: then
    the second pass reads the paragraph as the first did (a memory guess is weak, WEAK, so it neither
    widens over a register hit nor wins a tie against a stronger guess of the same span)."""
    spans = {(m.start, m.end, m.tag) for m in mentions}
    return all((idx[g.start], idx[g.end - 1] + 1, g.tag) in spans for g in guesses)


def _wider_than_register(guesses: list[Guess], hits: list[Hit]) -> tuple[list[Guess], dict[Guess, list[Hit]]]:
    """Strong guesses that strictly contain register hits and cut none: they win over those hits."""
    wider: list[Guess] = []
    covered: dict[Guess, list[Hit]] = {}
    for g in guesses:
        if g.priority >= WEAK or g.priority in GAZETTEER_PRIORITIES:
            continue
        inside = [h for h in hits if g.start <= h.start and h.end <= g.end and (h.start, h.end) != (g.start, g.end)]
        cut = [h for h in hits if h.start < g.end and g.start < h.end and h not in inside]
        if inside and not cut:
            wider.append(g)
            covered[g] = inside
    return wider, covered


def _in_caps_run(folded: str, h: Hit) -> bool:
    """A short all-caps form amid all-caps words: a word of a capitals line, not an acronym."""
    if h.end - h.start > 2:
        return False
    around = folded[max(0, h.start - 20):h.start] + folded[h.end:h.end + 20]
    letters = [c for c in around if c.isalpha()]
    return len(letters) > 8 and all(c.isupper() for c in letters)


# a part of a place is a place of its own: 'East Prague', 'the Lower Danube' (no authority id then)
_PART_OF_PLACE = re.compile(r"(?<![\w])(?:East|West|North|South|Central|Upper|Lower|Northern|Southern|Eastern|Western|"
                            r"Greater|Old|New) $")
_AFTER_TITLE = re.compile(r"(?<![\w])(?:President|Premier|Chairman|Comrade|Cde\.|Com\.|Mr\.|Mrs\.|Dr\.|Marshal|"
                          r"General|Ambassador|Minister) $")
_GLUED_BEFORE = re.compile(r"([A-Z][\w']*)-$")

_GLUED_AFTER = re.compile(r"-([A-Z][\w']*)")


def _glued_to_name(folded: str, h: Hit, spans: set[tuple[int, int]]) -> bool:
    """A hit hyphenated to a capitalised word that is no name of its own: part of a longer name
    ('Mizil' of 'Niculescu-Mizil'); 'Moscow-Beijing' keeps both."""
    if (b := _GLUED_BEFORE.search(folded, max(0, h.start - 40), h.start)) and (b.start(1), b.end(1)) not in spans:
        return True
    a = _GLUED_AFTER.match(folded, h.end)
    return a is not None and (a.start(1), a.end(1)) not in spans


def _to_folded(idx: list[int], orig: int) -> int:
    """Smallest folded position whose original offset is >= orig (idx is increasing)."""
    import bisect

    return bisect.bisect_left(idx, orig, 0, len(idx) - 1)


# an editor's words completing the name after them: '[North] Korea', '[Chinese] Embassy in ...',
# '[British] Commonwealth' (capitalised words, no note of the editor's)
_BRACKET_BEFORE = re.compile(r"\[(?P<w>[A-Z][\w'.-]*(?:\s[A-Z][\w'.-]*){0,2})\]\s$")
_EDITORS_WORDS = {"The", "A", "An", "Note", "Handwritten", "Illegible", "Stamp", "Signed", "Signature", "Translator's",
                  "Editor's", "Text", "Unclear", "Original", "Page", "Sic", "Excerpt", "Excerpts", "Omitted",
                  "Translation"}
_BRACKET_REACH = 40
# 'General Siad’s [Barre] Revolutionary Council': the bracket ends the name before it
_NAME_BEFORE = re.compile(r"[A-Z][\w'’-]*\s$")


def _with_brackets_before(mentions: list[Mention], text: str) -> list[Mention]:
    """Each place or body after an editor's completion in brackets begins at the bracket, unless a
    mention of its own is inside the bracket."""
    out = []
    for m in mentions:
        # (a person's bracket may hold a title, which stays outside: the recogniser's own rules read those)
        b = _BRACKET_BEFORE.search(text, max(0, m.start - _BRACKET_REACH), m.start) \
            if m.tag in ("placeName", "orgName") else None
        if b and not set(b.group("w").split()) & _EDITORS_WORDS \
                and not _NAME_BEFORE.search(text, max(0, b.start() - _BRACKET_REACH), b.start()) \
                and not any(o is not m and b.start() <= o.start < m.start for o in mentions):
            m = Mention(b.start(), m.end, m.tag, m.attrs)
        out.append(m)
    return out


def _closing_bracket(m: Mention, text: str) -> Mention:
    """A name ending in an editor's completion ('R[epublic]') ends after its bracket, which folding
    dropped (:data:`teikit.names.text._IN_WORD`)."""
    if text[m.end:m.end + 1] == "]" and text.rfind("[", m.start, m.end) > text.rfind("]", m.start, m.end):
        return Mention(m.start, m.end + 1, m.tag, m.attrs)
    return m
