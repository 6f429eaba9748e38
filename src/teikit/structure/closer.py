"""The foot of a text: complimentary close, signature, function, final date ('With communist
salutations, / The Central Committee … / N. Khrushchev / 2 July 1964'), and the
distribution lines some documents print under the signature ('Five copies printed / 1 - …').

A foot is a closer when it has the evidence of one: a closing salutation, a date under
the text, or a signature mark ('[signature]', '/Khosrow Eghbal/', '(A. PUZANOV)'). A
record of conversation only ends in a closer when it is signed.
"""

from __future__ import annotations

import re

from teikit.model import Child, Node
from teikit.structure import patterns as P
from teikit.structure.inline import InlineContext, lines_to_children, parse
from teikit.structure.lists import item_match

GAP_ONLY = {"[...]", "[…]"}
# '[day of month left blank in quotes] February 1946', '14 May 1950'
DATE_UNDER = re.compile(rf"^.{{0,60}}\b(?:\d{{1,2}} )?{P.MONTH},? \d{{4}}\.?$")
SIGNATURE_MARK = re.compile(r"\[signature\]|^/[^/]{3,60}/$|^\((?:[A-Z][a-z]?\.\s?){1,3}[A-Z][\w’'\-]+\)$", re.I)


def _is_date(text: str) -> bool:
    return P.is_date(text) or (bool(DATE_UNDER.match(text)) and P.words(text) <= 10)


def _candidate(text: str, block: list[str]) -> bool:
    if item_match(block):
        return False
    return (text in GAP_ONLY or _is_date(text) or bool(P.SALUTE_CLOSE.match(text)) or bool(SIGNATURE_MARK.search(text))
            or bool(P.SIGNATURE_DATE_SPLIT.match(text)) or (P.words(text) <= 15 and not P.ends_sentence(text)))


def split_closer(blocks: list[list[str]], ctx: InlineContext, letter: bool,
                 record: bool = False) -> tuple[Node | None, int, list[Node]]:
    """The closer node (or None), the index where it starts, and the notes that follow it."""
    none: tuple[Node | None, int, list[Node]] = (None, len(blocks), [])
    start = len(blocks)
    while start > 0 and _candidate(" ".join(blocks[start - 1]), blocks[start - 1]):
        start -= 1
    tail = [" ".join(b) for b in blocks[start:]]
    salute_at = next((k for k, t in enumerate(tail) if P.SALUTE_CLOSE.match(t)), None)
    if salute_at is not None:
        start += salute_at
        tail = tail[salute_at:]
    has_date = any(_is_date(t) or _signed_and_date(t) for t in tail)
    marks = [k for k, t in enumerate(tail) if SIGNATURE_MARK.search(t)]
    evidence = bool(marks) or (not record and (has_date or (letter and salute_at is not None)))
    if not tail or not evidence or start == 0:  # a text that is all closer is not a text
        return none
    # Under a signature mark, what is no date is the distribution ('Five copies printed', '1 - …').
    foot = (next((k for k in range(marks[-1] + 1, len(tail)) if not _is_date(tail[k])), len(tail)) if marks
            else len(tail))
    after = [Node("note", {"type": "distribution"},
                  lines_to_children([line for b in blocks[start + foot:] for line in b], ctx))]
    return _closer(blocks[start:start + foot], tail[:foot], ctx), start, after if foot < len(tail) else []


def _closer(blocks: list[list[str]], tail: list[str], ctx: InlineContext) -> Node:
    closer = Node("closer")
    signed: Node | None = None
    for block, text in zip(blocks, tail):
        pair = _signed_and_date(text)
        if P.SALUTE_CLOSE.match(text):
            closer.append(Node("salute", {}, lines_to_children(block, ctx)))
        elif _is_date(text) and not pair:
            closer.append(Node("dateline", {}, lines_to_children(block, ctx)))
        elif text in GAP_ONLY:
            closer.children.extend(parse(text, ctx))
        else:
            content: list[Child] = parse(pair[0], ctx) if pair else lines_to_children(block, ctx)
            if signed is not None and closer.children and closer.children[-1] is signed:
                signed.children += [Node("lb"), *content]
            else:
                signed = Node("signed", {}, content)
                closer.append(signed)
            if pair:
                closer.append(Node("dateline", {}, parse(pair[1], ctx)))
    return closer


def _signed_and_date(text: str) -> tuple[str, str] | None:
    """'Gheorghe Gheorghiu Dej      26 June 1964' -> the name and the date."""
    match = P.SIGNATURE_DATE_SPLIT.match(text)
    if match and P.is_date(match.group(2)):
        return match.group(1), match.group(2)
    return None
