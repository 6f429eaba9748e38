"""The header of a telegram, cable or memo: one opener whose lines are typed fields
('From: …' -> seg type="from", 'No. 56 349 23 August 1969, Beijing' -> dateline), not a
run of heads. Each field is a small named rule; the first that matches a line wins.

A run of fields may hold lines that are no field (a heading printed among them, a rule
line, the issuing office above them): they stay in the opener as seg type="line" when a
field follows them, and a classification joins the opener when the run has begun or a
field follows it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from teikit.model import Child, Node
from teikit.structure import patterns as P
from teikit.structure.inline import InlineContext, parse

_M = P.MONTH


@dataclass(frozen=True)
class FieldRule:
    kind: str  # seg/@type, or 'dateline'
    pattern: re.Pattern[str]


def _rule(kind: str, pattern: str) -> FieldRule:
    return FieldRule(kind, re.compile(pattern))


FIELDS = [
    _rule("from", r"^From\s*:"),
    _rule("to", r"^(?:To|To Whom|Addressee)\s*:|^For (?:Cde\.? |Comrade )?[A-Z][\w.’'\- ]{0,40}\.?$"),
    _rule("subject", r"^(?:Subject|Title|Re|Concerning)\s*:"),
    _rule("destination", r"^Destination\s*:"),
    _rule("received", r"^Received\b"),
    _rule("sent", r"^(?:Sent|Drafted|Dispatched|Transmitted)\b"),
    _rule("distribution", r"^(?:Primary|Copies|Distribution|Distributed to|Making copies)\b"),
    _rule("priority", r"^(?:Flash|Urgent|Top Urgent|Immediate|Priority)\b"),
    _rule("dateline", rf"^(?:(?:No\.?|Nº)\s*[\d ]+\s\d{{1,2}} {_M} \d{{4}}|In [A-Z][\w’'\-]+,? \d{{1,2}} {_M} \d{{4}}"
                      r"|[A-Z][\w’'\-]+,? \d{3,4} hrs)\b"),
    _rule("number", r"^(?:No\.?|Nº|Number|Cable No\.?|Telegram No\.?|Issuing No\.?|Special no\.?|Wire)\s*[\w/-]*\d"
                    r"|^\d{1,6}$"),
]
# Field labels that may follow another field on the same line ('To: X From: Y').
INNER_LABEL = re.compile(r"\s+(?=(?:From|To Whom|To|Subject)\s*:)")
RUN_LOOKAHEAD = 2  # a non-field line joins the run when a field follows within this many blocks
LINE_WORDS = 10


def field_kind(text: str) -> str | None:
    return next((rule.kind for rule in FIELDS if rule.pattern.search(text)), None)


def header_kind(blocks: list[list[str]], i: int, in_run: bool) -> str | None:
    """What block ``i`` is in a header run (None when it is no part of one)."""
    text = " ".join(blocks[i])
    if kind := field_kind(text):
        return kind
    field_follows = any(field_kind(" ".join(b)) for b in blocks[i + 1:i + 1 + RUN_LOOKAHEAD])
    if P.CLASSIFICATION.match(text) and P.words(text) <= LINE_WORDS and (in_run or field_follows):
        return "classification"
    if field_follows and P.words(text) <= LINE_WORDS and (in_run or not P.is_upper_heading(text)):
        return "line"  # before the run only a line that is no capitals heading ('Tenth Department')
    return None


def header_nodes(block: list[str], kind: str, ctx: InlineContext) -> list[Node]:
    """The block's lines as opener parts, one field each; a line holding two fields is split."""
    nodes: list[Node] = []
    for line in block:
        line_kind = field_kind(line) or kind
        if line_kind == "dateline":
            nodes.append(Node("dateline", {}, parse(line, ctx)))
            continue
        for part in INNER_LABEL.split(line):
            children: list[Child] = parse(part, ctx)
            nodes.append(Node("seg", {"type": field_kind(part) or line_kind}, children))
    return nodes
