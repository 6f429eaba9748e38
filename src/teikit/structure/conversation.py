"""Records of conversation: speaker turns, recognised by the forms labels take.

Each form is a small named rule (tried in priority order) matching the label at the
start of a block:
  colon      'Zhou Enlai: …', 'Comrade A [B]: …', 'North (KIM): …', 'I. Gh. Maurer: …', or the
             label alone on its line ('Stalin:') with the speech after it
  caps-stop  'GROMYKO. …', 'O. DORTICOS. …' (working notes, records in capitals)
  initials   'L. I. Brezhnev The situation …', 'E. Honecker. We agree.' (no colon)
A label counts as a speaker when it recurs, once when the genre is made of turns, or once
when two different speakers take turns with colon labels (a dialogue inside a cable).
Blocks after a turn continue it until the next speaker, a narrative sentence
('Gromyko admits that …', 'Then L. I. Brezhnev told …') or a closing formula.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from teikit.model import Node
from teikit.structure import patterns as P
from teikit.structure.inline import InlineContext, lines_to_children, parse

_WORD = r"[A-Z][\w’'\-]*\.?"  # 'Premier', 'Gh.', 'El-Sadat', 'Cde.'
_TOKEN = rf"(?:{_WORD}|\[[^\]\n]{{1,40}}\]|\([^)\n]{{1,40}}\))"
_CAPS = r"[A-Z][A-Z’'\-]{2,}"


@dataclass(frozen=True)
class LabelForm:
    name: str
    pattern: re.Pattern[str]


FORMS = [
    LabelForm("colon", re.compile(rf"^(?P<label>{_TOKEN}(?: {_TOKEN}){{0,5}}:)(?:\s+|$)")),
    LabelForm("caps-stop", re.compile(rf"^(?P<label>(?:[A-Z]\.\s?){{0,3}}{_CAPS}(?: {_CAPS})?\.)\s+(?=\S)")),
    LabelForm("initials", re.compile(r"^(?P<label>(?:[A-Z][a-z]?\.\s?){1,3}\s?[A-Z][\w’'\-]+\.?)\s+(?=[^\s,a-z])")),
]
# Labels of header fields and lists, never speakers ('Subject:', 'Participants:').
NOT_SPEAKERS = {"to", "from", "date", "time", "location", "place", "participants", "present", "subject", "title",
                "primary", "sent", "received", "number", "no", "chairing", "attending", "interviewer", "decoder",
                "destination", "to whom", "copies", "note", "source", "attention", "re", "cc", "distribution",
                "classification", "agenda", "summary", "translator", "editor", "editor's note", "translator's note",
                "contents", "citation", "encl", "enclosure", "attachment", "annex", "article", "point"}
STAGE = re.compile(r"^\((?:[a-z][\w ,.’']{0,60}"
                   r"|(?:Speaking|Turning|Addressing|After|Reads|Laughter|Applause)[^)]{0,80})\)\.?")
CLOSING = re.compile(r"^(?:The (?:conversation|talks?|meeting|discussion)s? (?:was|were|lasted|ended|took)|Recorded by"
                     r"|Record(?:ed)? made by|\[Translator)")
_VERBS = (r"(?:told|tells|said|says|noted|notes|informed|informs|stressed|stresses|replied|replies|answered|answers|"
          r"asked|asks|declared|declares|emphasized|emphasizes|remarked|remarks|added|adds|explained|explains|"
          r"admits|admitted|expressed|expresses|proposed|proposes|agreed|agrees|interrupted|suggested|suggests|"
          r"receives|received|thanks|thanked|presents|presented|continued|continues)")
# Narrative between turns: 'Then L. I. Brezhnev told about …', 'Gromyko admits that …'.
NARRATIVE = re.compile(rf"^(?:Then|After(?:wards)?|Later|At the start|In the course|At the end)\b"
                       rf"|^(?:(?:Cde|Com|Comrade)\.? )?(?:[A-Z][\w.’'\-]*\s){{0,3}}[A-Z][\w’'\-]+ {_VERBS}\b")


RUN_ON_WORDS = 60  # a one-line block this long is text whose line breaks were lost (PDF text)
# A colon label after the end of a sentence, inside such a line: '… trip. Stalin: Asks how …'
INNER_TURN = re.compile(rf"(?<=[.!?\"”\]]) (?=(?P<label>{_TOKEN}(?: {_TOKEN}){{0,3}}):\s)")


def split_run_on(blocks: list[list[str]]) -> list[list[str]]:
    """A run-on line in which a colon label recurs (a dialogue) is cut before each colon label,
    so each turn is a block."""
    out: list[list[str]] = []
    for block in blocks:
        if len(block) != 1 or len(block[0].split()) < RUN_ON_WORDS:
            out.append(block)
            continue
        line = block[0]
        hits = [m for m in INNER_TURN.finditer(line) if label_match(m.group("label") + ": x")]
        keys = Counter(speaker_key("colon", m.group("label")) for m in hits)
        cuts = [m.start() for m in hits] if keys and max(keys.values()) >= 2 else []
        starts = [0, *[c + 1 for c in cuts]]
        ends = [*cuts, len(line)]
        out.extend([line[a:b]] for a, b in zip(starts, ends) if line[a:b].strip())
    return out


def label_match(line: str) -> tuple[str, re.Match[str]] | None:
    """The first form whose label opens the line, and its match."""
    for form in FORMS:
        m = form.pattern.match(line)
        if m and _plausible(form.name, m.group("label")):
            return form.name, m
    return None


def _plausible(form: str, label: str) -> bool:
    bare = label.rstrip(".:").strip()
    if bare.lower() in NOT_SPEAKERS or P.CLASSIFICATION.match(bare):
        return False
    return form != "colon" or not re.fullmatch(r"[IVXLC]+|\d+", bare)


def speaker_key(form: str, label: str) -> str:
    """What recurs from turn to turn: the surname for initials forms, else the label without
    brackets, parentheses and punctuation."""
    if form == "initials":
        return label.rstrip(".:").replace(".", ". ").split()[-1]
    bare = re.sub(r"\([^)]*\)", "", label).rstrip(".:").replace("[", "").replace("]", "")
    return " ".join(bare.split())


def speaker_labels(blocks: list[list[str]], conversational: bool) -> set[str]:
    """Keys of the labels that open turns in this text."""
    found = [(form, m.group("label")) for b in blocks if (hit := label_match(b[0])) for form, m in [hit]]
    counts = Counter(speaker_key(form, label) for form, label in found)
    dialogue = len({speaker_key(form, label) for form, label in found if form == "colon"}) >= 2
    return {key for key, n in counts.items() if n >= 2 or conversational or dialogue}


def speaker_of(block: list[str], speakers: set[str]) -> re.Match[str] | None:
    hit = label_match(block[0])
    if hit is None:
        return None
    form, match = hit
    return match if speaker_key(form, match.group("label")) in speakers else None


def turn(block: list[str], match: re.Match[str], ctx: InlineContext) -> Node:
    sp = Node("sp")
    sp.append(Node("speaker", {}, parse(match.group("label"), ctx)))
    rest = block[0][match.end():]
    stage = STAGE.match(rest)
    if stage:
        sp.append(Node("stage", {}, parse(stage.group(0), ctx)))
        rest = rest[stage.end():].lstrip()
    if rest or block[1:]:
        sp.append(Node("p", {}, lines_to_children([line for line in [rest, *block[1:]] if line], ctx)))
    return sp


def continuation(block: list[str], ctx: InlineContext) -> Node:
    """A block inside a turn: a stage direction when it is one, else a paragraph."""
    text = " ".join(block)
    stage = STAGE.fullmatch(text)
    return Node("stage" if stage else "p", {}, lines_to_children(block, ctx))


def continues_turn(block: list[str]) -> bool:
    return not CLOSING.match(block[0]) and not NARRATIVE.search(block[0])
