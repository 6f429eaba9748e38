"""Records of conversation: speaker turns ('L. I. Brezhnev The situation …').

A label is initials and a surname (or a surname and a colon) at the start of a
block; it counts as a speaker when it recurs or when the text is a record.
Blocks after a turn continue it until the next speaker or a closing formula.
"""

from __future__ import annotations

import re
from collections import Counter

from teikit.model import Node
from teikit.structure.inline import InlineContext, lines_to_children, parse

_NAME = r"(?:(?:[A-Z][a-z]?\.\s?){1,3}\s?[A-Z][\w’'\-]+|[A-Z][\w’'\-]+)"
LABEL = re.compile(rf"^(?P<label>(?P<name>(?:(?:[A-Z][a-z]?\.\s?){{1,3}}\s?[A-Z][\w’'\-]+))\.?|(?P<colon>{_NAME}(?: [A-Z][\w’'\-]+)?):)\s+(?=[^\s,a-z])")
STAGE = re.compile(r"^\((?:[a-z][\w ]{0,30})\)")
CLOSING = re.compile(r"^(?:The (?:conversation|talks?|meeting|discussion)s? (?:was|were|lasted|ended|took)|Recorded by"
                     r"|Record(?:ed)? made by|\[Translator)")
# Narrative between turns: 'Then L. I. Brezhnev told about …', 'At the start of the conversation …'.
NARRATIVE = re.compile(r"^(?:Then|After(?:wards)?|Later|At the start|In the course|At the end)\b"
                       r"|(?:[A-Z][a-z]?\.\s?){1,3}\s?[A-Z][\w’'\-]+ (?:told|said|noted|informed|stressed|replied|"
                       r"answered|asked|declared|emphasized|remarked|added|explained)\b")


def surname(label: str) -> str:
    return label.rstrip(".:").replace(".", ". ").split()[-1]


def speaker_labels(blocks: list[list[str]], is_record: bool) -> set[str]:
    """Surnames that open turns in this text."""
    counts = Counter(surname(m.group("label")) for b in blocks if (m := LABEL.match(b[0])))
    return {name for name, n in counts.items() if n >= 2 or (is_record and n >= 1)}


def speaker_of(block: list[str], speakers: set[str]) -> re.Match[str] | None:
    match = LABEL.match(block[0])
    return match if match and surname(match.group("label")) in speakers else None


def turn(block: list[str], match: re.Match[str], ctx: InlineContext) -> Node:
    sp = Node("sp")
    sp.append(Node("speaker", {}, parse(match.group("label"), ctx)))
    rest = block[0][match.end():]
    stage = STAGE.match(rest)
    if stage:
        sp.append(Node("stage", {}, [stage.group(0)]))
        rest = rest[stage.end():].lstrip()
    if rest or block[1:]:
        sp.append(Node("p", {}, lines_to_children([line for line in [rest, *block[1:]] if line], ctx)))
    return sp


def continues_turn(block: list[str]) -> bool:
    return not CLOSING.match(block[0]) and not NARRATIVE.search(block[0])
