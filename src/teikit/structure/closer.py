"""The foot of a text: complimentary close, signature, final date ('With communist
salutations, / The Central Committee … / N. Khrushchev / 2 July 1964')."""

from __future__ import annotations

from teikit.model import Child, Node
from teikit.structure import patterns as P
from teikit.structure.inline import InlineContext, lines_to_children, parse
from teikit.structure.lists import item_match

GAP_ONLY = {"[...]", "[…]"}


def _candidate(text: str, block: list[str]) -> bool:
    if item_match(block):
        return False
    return (text in GAP_ONLY or P.is_date(text) or bool(P.SALUTE_CLOSE.match(text))
            or bool(P.SIGNATURE_DATE_SPLIT.match(text)) or (P.words(text) <= 15 and not P.ends_sentence(text)))


def split_closer(blocks: list[list[str]], ctx: InlineContext, letter: bool) -> tuple[Node | None, int]:
    """The closer node (or None) and the index where it starts."""
    start = len(blocks)
    while start > 0 and _candidate(" ".join(blocks[start - 1]), blocks[start - 1]):
        start -= 1
    tail = [" ".join(b) for b in blocks[start:]]
    salute_at = next((k for k, t in enumerate(tail) if P.SALUTE_CLOSE.match(t)), None)
    if salute_at is not None:
        start += salute_at
        tail = tail[salute_at:]
    has_date = any(P.is_date(t) or _signed_and_date(t) for t in tail)
    if not tail or (salute_at is None and not has_date) or (not letter and not has_date):
        return None, len(blocks)
    if start == 0:
        return None, len(blocks)  # a text that is all closer is not a text
    closer = Node("closer")
    signed: Node | None = None
    for block, text in zip(blocks[start:], tail):
        pair = _signed_and_date(text)
        if P.SALUTE_CLOSE.match(text):
            closer.append(Node("salute", {}, lines_to_children(block, ctx)))
        elif P.is_date(text):
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
    return closer, start


def _signed_and_date(text: str) -> tuple[str, str] | None:
    """'Gheorghe Gheorghiu Dej      26 June 1964' -> the name and the date."""
    match = P.SIGNATURE_DATE_SPLIT.match(text)
    if match and P.is_date(match.group(2)):
        return match.group(1), match.group(2)
    return None
