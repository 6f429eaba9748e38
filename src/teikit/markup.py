"""The names-and-dates stage: mentions found in plain text -> elements in the body tree.

The annotator (``teikit.names``) works on strings; this module walks the document
model, gives it each run of text, and splices the mentions in as nested nodes.
Text inside elements that are not running English (foreign words, markers) is left alone.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Protocol, TypeVar

from teikit.model import Child, Document, MentionLike, Node
from teikit.readers import citation_of
from teikit.readers.common import natural_order

# Content that is not running text of the translation: no names or dates inside.
SKIP = {"foreign", "metamark", "gap", "anchor", "sic", "lb", "persName", "orgName", "placeName", "date", "label"}


@dataclass
class _Open:
    """A mention being filled (None: the run itself), the end of what it holds so far, its children."""

    mention: MentionLike | None
    pos: int
    out: list[Child] = field(default_factory=list)


def nest(text: str, mentions: Sequence[MentionLike], lo: int = 0, hi: int | None = None) -> list[Child]:
    """Text with properly nested mentions (sorted by start, longest first) -> children.

    One pass with a stack of open mentions, so the cost is linear in the mentions: a mention
    inside the innermost open one becomes its child; one that overlaps an earlier sibling or
    crosses the end of the open one is dropped (it is not properly nested)."""
    hi = len(text) if hi is None else hi
    stack = [_Open(None, lo)]

    def close() -> None:
        done = stack.pop()
        assert done.mention is not None
        done.out.append(text[done.pos:done.mention.end])
        attrs = {k: v for k, v in done.mention.attrs.items() if k != "candidates"}
        stack[-1].out.append(Node(done.mention.tag, attrs, [c for c in done.out if c != ""]))

    for m in mentions:
        if not (lo <= m.start and m.end <= hi):
            continue
        while len(stack) > 1 and stack[-1].mention.end <= m.start:  # type: ignore[union-attr]
            close()
        current = stack[-1]
        if m.start < current.pos or (current.mention is not None and m.end > current.mention.end):
            continue
        current.out.append(text[current.pos:m.start])
        current.pos = m.end
        stack.append(_Open(m, m.start))
    while len(stack) > 1:
        close()
    run = stack[0]
    run.out.append(text[run.pos:hi])
    return [c for c in run.out if c != ""]


Ctx = TypeVar("Ctx")
_Ctx_contra = TypeVar("_Ctx_contra", contravariant=True)


class Annotates(Protocol[_Ctx_contra]):
    """An annotator taking a context of its own type (teikit.names.annotate.Context)."""

    def annotate(self, text: str, ctx: _Ctx_contra) -> Sequence[MentionLike]: ...

    def annotate_many(self, texts: list[str], ctx: _Ctx_contra,
                      parts: frozenset[int] = ...) -> Sequence[Sequence[MentionLike]]: ...


def mark(node: Node, find: Callable[[str], Sequence[MentionLike]], skip: frozenset[str] | set[str] = SKIP) -> None:
    """Give every run of running text below ``node`` to ``find`` and splice in what it finds."""
    if node.tag in skip:
        return
    children: list[Child] = []
    for child in node.children:
        if isinstance(child, str):
            children.extend(nest(child, find(child)))
        else:
            mark(child, find, skip)
            children.append(child)
    node.children = children


def mark_names(node: Node, annotator: Annotates[Ctx], ctx: Ctx) -> None:
    """Names and dates in every run of running text below ``node``; ``sp/@who`` from the speaker.

    All runs go to the annotator together, so a full name in one paragraph settles a
    bare surname in another."""
    runs = _runs(node)
    found = annotator.annotate_many([text for _, _, text in runs], ctx, _parts(runs))
    for (parent, index, text), mentions in reversed(list(zip(runs, found))):  # back to front: indices stay valid
        parent.children[index:index + 1] = nest(text, mentions)
    for sp in node.iter():
        if sp.tag == "sp":
            _set_speaker(sp)


def running_texts(node: Node) -> tuple[list[str], frozenset[int]]:
    """The runs of running text below ``node`` that :func:`mark_names` annotates, in order,
    and which of them are part of a line (:func:`_a_line`)."""
    runs = _runs(node)
    return [text for _, _, text in runs], _parts(runs)


def _parts(runs: list[tuple[Node, int, str]]) -> frozenset[int]:
    return frozenset(n for n, (parent, _, _) in enumerate(runs) if not _a_line(parent))


# elements whose text is part of a line, never a line of its own (a signature, an addressee)
INLINE = {"title", "hi", "q", "quote", "ref", "emph", "term", "rs", "seg", "said", "mentioned", "soCalled", "bibl",
          "abbr", "expan", "add", "del", "unclear", "supplied", "corr", "reg", "orig", "choice", "num", "measure"}


def _a_line(parent: Node) -> bool:
    """A run is a line of its own when it is all its element holds and that element is no inline one."""
    return parent.tag not in INLINE and len(parent.children) == 1


def _runs(node: Node) -> list[tuple[Node, int, str]]:
    runs: list[tuple[Node, int, str]] = []

    def collect(current: Node) -> None:
        if current.tag in SKIP:
            return
        for index, child in enumerate(current.children):
            if isinstance(child, str):
                runs.append((current, index, child))
            else:
                collect(child)

    collect(node)
    return runs


def _set_speaker(sp: Node) -> None:
    """``sp/@who`` points where the speaker's name points."""
    for child in sp.children:
        if isinstance(child, Node) and child.tag == "speaker":
            refs = [n.attrs["ref"] for n in child.iter() if n.tag == "persName" and n.attrs.get("ref")]
            if refs:
                sp.attrs["who"] = refs[0]


def resolve_metadata(doc: Document, annotator: Annotates[Ctx], ctx: Ctx) -> None:
    """Register refs for the names the archive's metadata lists (authors, places, people)."""
    meta = doc.metadata
    citation = citation_of(doc)
    wanted = [("persName", name) for name in meta.authors + meta.associated_people] + \
             [("persName", citation.translator)] * bool(citation.translator) + \
             [("orgName", citation.repository)] * bool(citation.repository) + \
             [("placeName", name) for name in meta.places] + \
             [("orgName", name) for name in (meta.sender, meta.addressee) if name]
    for tag, text in wanted:
        for variant in (text, natural_order(text)):
            found = [m for m in annotator.annotate(variant, ctx)
                     if m.tag == tag and m.start == 0 and m.end == len(variant) and m.attrs.get("ref")]
            if found:
                doc.refs[(tag, text)] = found[0].attrs["ref"]
                break

