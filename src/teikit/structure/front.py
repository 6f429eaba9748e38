"""The top of a text: headings, classification, dateline, inside address, salutation,
and asterisk notes printed there, in source order. Stops at the first block of prose."""

from __future__ import annotations

from teikit.model import Node
from teikit.structure import patterns as P
from teikit.structure.inline import InlineContext, lines_to_children, whole_bracket
from teikit.structure.lists import item_match
from teikit.structure.telegram import header_kind, header_nodes


def separate_front_lines(blocks: list[list[str]]) -> list[list[str]]:
    """A letterhead typed as one block ('Ministry … / Berlin, 16 November 1976 / Confidential')
    becomes one block per line, so each line can be what it is (head, dateline, classification)."""
    out: list[list[str]] = []
    for k, block in enumerate(blocks):
        text = " ".join(block)
        if P.words(text) > 40 or (P.ends_sentence(text) and P.words(text) > 12):
            return out + blocks[k:]  # the text proper has begun
        mixed = len(block) > 1 and any(P.DATE_ONLY.match(line) or P.PLACE_DATE.match(line)
                                       or (P.CLASSIFICATION.match(line) and P.words(line) <= 4) for line in block)
        out.extend([[line] for line in block] if mixed else [block])
    return out


ADDRESS_LINE_WORDS = 10  # 'the leader of the Communist Party and Chairman'; a longer line is the text's title


def split_front(blocks: list[list[str]], ctx: InlineContext) -> tuple[list[Node], int]:
    """Front-matter nodes (head, opener, notes) and the index of the first body block."""
    front: list[Node] = []
    last: Node | None = None  # the node the previous block went into

    def opener_part(node: Node) -> Node:
        if not (front and front[-1].tag == "opener"):
            front.append(Node("opener"))
        front[-1].append(node)
        return node

    seen_opener = in_header = False
    for i, block in enumerate(blocks):
        text = " ".join(block)

        def content(block: list[str] = block) -> list:  # parsed only once the block's role is known
            return lines_to_children(block, ctx)

        # A place line continued in lower case ('Foreign Affairs' / 'of the Russian Federation') is a heading.
        following = " ".join(blocks[i + 1]) if i + 1 < len(blocks) else ""
        continued = (following[:1].islower() and P.words(following) <= 15 and not P.ADDRESS.match(following)
                     and not P.is_date(text) and not P.PLACE_DATE.match(text))
        place = P.is_dateline(text) and not continued

        if item_match(block):
            return front, i  # the points of the text have begun
        if P.FOOTNOTE_TEXT.match(text):
            last = footnote(block, ctx)
            front.append(last)
        elif (kind := header_kind(blocks, i, in_header)) is not None:
            for node in header_nodes(block, kind, ctx):
                last = opener_part(node)
            seen_opener = in_header = True
        elif in_header and P.is_upper_heading(text):  # the title under a cable's header fields
            last = Node("head", {}, content())
            front.append(last)
            seen_opener = in_header = False  # what follows the title is front matter again
        elif P.CLASSIFICATION.match(text) and P.words(text) <= 25 and not seen_opener:
            last = Node("head", {"type": "classification"}, content())
            front.append(last)
        elif P.SALUTE_OPEN.match(text):
            opener_part(Node("salute", {}, content()))
            return front, i + 1
        elif whole_bracket(text) and not seen_opener and (note := _sole_note(content())) is not None:
            last = note  # '[Handwritten across the upper left-hand corner: …]' above the text
            front.append(note)
        elif place and (P.is_date(text) or front or P.PLACE_DATE.match(text)):
            if last is not None and last.tag == "dateline" and front[-1].tag == "opener":
                last.children += [Node("lb"), *content()]
            else:
                last = opener_part(Node("dateline", {}, content()))
            seen_opener = True
        elif P.ADDRESS.match(text) and P.words(text) <= 40:
            if last is None or last.tag != "address" or front[-1].tag != "opener":
                last = opener_part(Node("address"))
            last.append(Node("addrLine", {}, content()))
            seen_opener = True
        elif last is not None and last.tag == "address" and P.is_heading_like(text, ADDRESS_LINE_WORDS):
            last.append(Node("addrLine", {}, content()))
        elif (last is not None and last.tag == "head" and P.words(text) <= 15
              and (text[:1].islower() or P.CONNECTOR_END.search(last.text().rstrip()))):
            last.children += [Node("lb"), *content()]  # 'between A and B' under a heading, 'Ministry of' / '…'
        elif (not seen_opener and P.is_heading_like(text, 60 if i == 0 else 30)
              and (not place or P.is_upper_heading(text))):  # 'MFA USSR' is no place
            last = Node("head", {}, content())
            front.append(last)
        else:
            return front, i
    return front, len(blocks)


def _sole_note(children: list) -> Node | None:
    """The note when the parsed block is nothing but one note."""
    nodes = [c for c in children if not (isinstance(c, str) and not c.strip())]
    return nodes[0] if len(nodes) == 1 and isinstance(nodes[0], Node) and nodes[0].tag == "note" else None


def footnote(block: list[str], ctx: InlineContext) -> Node:
    """'*The record …' -> a note tied to the latest asterisk call that has no note yet."""
    lines = [block[0][1:], *block[1:]]
    attrs = {"xml:id": ctx.new_id("n"), "type": "footnote", "n": "*", "place": "foot"}
    if ctx.note_calls:
        attrs["target"] = "#" + ctx.note_calls.pop().attrs["xml:id"]
        ctx.note_calls.clear()  # earlier calls left without text stay without (the source has none)
    return Node("note", attrs, lines_to_children(lines, ctx))
