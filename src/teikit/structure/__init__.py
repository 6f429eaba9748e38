"""Structure: the document's lines -> a TEI-shaped body (divs, letter parts, lists,
speaker turns, notes), with inline editorial features parsed.

Genre decides which parts are looked for; the tests for each part live in
their own modules and know nothing about particular documents.
"""

from __future__ import annotations

import re

from teikit.model import Document, Node
from teikit.readers.common import blocks_of
from teikit.structure import patterns as P
from teikit.structure.closer import split_closer
from teikit.structure.conversation import continuation, continues_turn, speaker_labels, speaker_of, split_run_on, turn
from teikit.structure.front import footnote, separate_front_lines, split_front
from teikit.structure.genres import CONVERSATIONAL, HEADINGS, detect_genre
from teikit.structure.inline import InlineContext, bracket_depth, lines_to_children
from teikit.structure.lists import build_list, item_match

LETTER_PARTIES = re.compile(r"^Letter(?: of Response| of Reply| in Reply)?(?: (?:of|from)|,) (?:the )?(?P<sender>.+?) "
                            r"(?:to|addressed to) (?:the )?(?P<addressee>.+?)"
                            r"(?: (?:Proposing|Regarding|Concerning|About|"
                            r"on|Requesting|Informing|Expressing|With)\b.*)?$")

BRACKET_SPAN = 8


def _indents(lines: list[str]) -> dict[str, int]:
    """Where each item line starts (tabs as four spaces, NBSP as a space), for lists nested by indent."""
    out: dict[str, int] = {}
    for line in lines:
        text = line.strip()
        if text and item_match([text]):
            out.setdefault(text, len(line.expandtabs(4)) - len(line.expandtabs(4).lstrip()))
    return out


def paragraph_blocks(lines: list[str]) -> list[list[str]]:
    """Blocks of text; a text typed with no blank lines at all has one block per line."""
    blocks = blocks_of(lines)
    if len(blocks) == 1 and len(blocks[0]) > 2:
        blocks = [[line] for line in blocks[0]]
    else:
        blocks = [part for block in blocks for part in _split_items(block)]
    return _join_open_brackets(blocks)


def _join_open_brackets(blocks: list[list[str]]) -> list[list[str]]:
    """A bracket opened in one block and closed in a later one ('[handwritten: / … / …]')
    makes one block of them, so it stays one element (within BRACKET_SPAN blocks)."""
    out: list[list[str]] = []
    k = 0
    while k < len(blocks):
        end, depth = k, bracket_depth(" ".join(blocks[k]))
        while depth > 0 and end + 1 < len(blocks) and end - k < BRACKET_SPAN:
            end += 1
            depth += bracket_depth(" ".join(blocks[end]))
        if depth == 0 and end > k:
            out.append([line for block in blocks[k:end + 1] for line in block])
            k = end + 1
        else:
            out.append(blocks[k])
            k += 1
    return out


def _split_items(block: list[str]) -> list[list[str]]:
    """Points typed on consecutive lines ('2. … :' / '- …' / '- …') are blocks of their own."""
    parts: list[list[str]] = [[]]
    for line in block:
        if parts[-1] and item_match([line]):
            parts.append([])
        parts[-1].append(line)
    return parts


def build_body(doc: Document) -> Node:
    ctx = InlineContext(original_languages=doc.metadata.original_languages, doc_id=doc.xml_id,
                        indents=_indents(doc.lines))
    opening = [" ".join(block) for block in blocks_of(doc.lines)[:HEADINGS]]
    doc.genre = detect_genre(doc.metadata.doc_type, doc.metadata.title, opening)
    parties = LETTER_PARTIES.match(doc.metadata.title) if doc.genre == "letter" else None
    if parties:
        doc.metadata.sender, doc.metadata.addressee = parties.group("sender"), parties.group("addressee")
    blocks = paragraph_blocks(doc.lines)
    if doc.genre in CONVERSATIONAL:
        blocks = split_run_on(blocks)
    speakers = speaker_labels(blocks, doc.genre in CONVERSATIONAL)
    body = Node("body")
    records = _record_starts(blocks) if doc.genre == "record" else []
    if len(records) > 1 or (records and _prose(blocks[:records[0]])):
        outer = Node("div", {"type": "records"})
        if records[0] > 0:
            outer.children += _main(blocks[:records[0]], ctx, speakers)
        for start, end in zip(records, records[1:] + [len(blocks)]):
            outer.append(_div(blocks[start:end], "record", ctx, speakers, ctx.new_id("r")))
        body.append(outer)
    else:
        body.append(_div(blocks, doc.genre, ctx, speakers, None))
    doc.warnings += ctx.warnings
    doc.body = body
    return body


def _prose(blocks: list[list[str]]) -> bool:
    """Some block reads as a sentence of text (a preface), not as header lines ('Nº P1603')."""
    return any(P.ends_sentence(" ".join(b)) and P.words(" ".join(b)) > PREFACE_WORDS for b in blocks)


PREFACE_WORDS = 12


def _record_starts(blocks: list[list[str]]) -> list[int]:
    starts = []
    for k, block in enumerate(blocks):
        text = " ".join(block)
        following = " ".join(blocks[k + 1]) if k + 1 < len(blocks) else ""
        if P.CLASSIFICATION.match(text) and P.words(text) <= 4 and P.is_upper_heading(following):
            starts.append(k)
        elif P.is_upper_heading(text) and not (starts and starts[-1] == k - 1):
            starts.append(k)
    return starts


def _div(blocks: list[list[str]], genre: str, ctx: InlineContext, speakers: set[str], xml_id: str | None) -> Node:
    div = Node("div", {"xml:id": xml_id, "type": genre} if xml_id else {"type": genre})
    blocks = separate_front_lines(blocks)
    front, start = split_front(blocks, ctx)
    if start == len(blocks) and blocks:  # all of it looked like front matter: the last block is the text
        front, start = split_front(blocks[:-1], ctx)
    closer, end, after = split_closer(blocks[start:], ctx, genre == "letter", genre == "record")
    div.children += front
    div.children += _main(blocks[start:start + end] if closer else blocks[start:], ctx, speakers)
    if closer is not None:
        div.children += [closer, *after]
    return div


def _list_run(blocks: list[list[str]], k: int, ctx: InlineContext) -> tuple[Node, int]:
    """The list made of the item blocks from ``k`` on, and the index after them."""
    end = k
    while end < len(blocks) and item_match(blocks[end]):
        end += 1
    return build_list(blocks[k:end], ctx), end


def _main(blocks: list[list[str]], ctx: InlineContext, speakers: set[str]) -> list[Node]:
    nodes: list[Node] = []
    k = 0
    while k < len(blocks):
        block = blocks[k]
        if P.FOOTNOTE_TEXT.match(block[0]):
            nodes.append(footnote(block, ctx))
        elif (match := speaker_of(block, speakers)) is not None:
            sp = turn(block, match, ctx)
            nodes.append(sp)
            k += 1
            while (k < len(blocks) and speaker_of(blocks[k], speakers) is None and continues_turn(blocks[k])
                   and not P.FOOTNOTE_TEXT.match(blocks[k][0])):
                if item_match(blocks[k]):  # points made in the speech
                    node, k = _list_run(blocks, k, ctx)
                    sp.append(node)
                    continue
                sp.append(continuation(blocks[k], ctx))
                k += 1
            if len(sp.children) == 1:  # a label the text stops after (a cut excerpt) says nothing: text
                speaker = sp.children[0]
                assert isinstance(speaker, Node)  # turn() puts the <speaker> first
                nodes[-1] = Node("p", {}, speaker.children)
            continue
        elif item_match(block):
            node, k = _list_run(blocks, k, ctx)
            nodes.append(node)
            continue
        else:
            nodes.append(Node("p", {}, lines_to_children(block, ctx)))
        k += 1
    return nodes
