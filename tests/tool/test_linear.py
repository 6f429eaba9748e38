"""The converter's and the validator's cost stays linear: the one-pass nest() and Spans agree
with the plain (quadratic) definitions on random input, and large inputs complete.
Timings by doubling are in bench/scaling.py, not here."""

from __future__ import annotations

from dataclasses import dataclass, field

from hypothesis import given, settings
from hypothesis import strategies as st

from teikit.markup import nest
from teikit.model import Node
from teikit.names.spans import Spans


@dataclass
class M:
    start: int
    end: int
    tag: str = "persName"
    attrs: dict[str, str] = field(default_factory=dict)


def nest_by_definition(text: str, mentions: list[M], lo: int = 0, hi: int | None = None) -> list:
    """The definition nest() must meet: take the first mention not overlapping what was emitted,
    nest inside it every later mention it contains, skip the rest that start inside it."""
    hi = len(text) if hi is None else hi
    out: list = []
    pos, i = lo, 0
    inside = [m for m in mentions if lo <= m.start and m.end <= hi]
    while i < len(inside):
        m = inside[i]
        if m.start < pos:
            i += 1
            continue
        out.append(text[pos:m.start])
        children = [n for n in inside[i + 1:] if n.start >= m.start and n.end <= m.end and n is not m]
        out.append(Node(m.tag, dict(m.attrs), nest_by_definition(text, children, m.start, m.end)))
        pos = m.end
        i += 1
        while i < len(inside) and inside[i].start < m.end:
            i += 1
    out.append(text[pos:hi])
    return [c for c in out if c != ""]


def as_data(children: list) -> list:
    return [c if isinstance(c, str) else (c.tag, as_data(c.children)) for c in children]


spans = st.lists(st.tuples(st.integers(0, 60), st.integers(1, 15)).map(lambda t: (t[0], t[0] + t[1])), max_size=25)


@settings(max_examples=400, deadline=None)
@given(spans)
def test_nest_meets_its_definition(pairs: list[tuple[int, int]]) -> None:
    text = "".join(chr(97 + i % 26) for i in range(80))
    mentions = sorted((M(s, e, tag=f"t{s}-{e}") for s, e in pairs), key=lambda m: (m.start, -m.end))
    assert as_data(nest(text, mentions)) == as_data(nest_by_definition(text, mentions))


@settings(max_examples=400, deadline=None)
@given(spans, spans)
def test_spans_overlap_as_the_plain_test_says(taken: list[tuple[int, int]], queries: list[tuple[int, int]]) -> None:
    union = Spans(taken)
    for s, e in queries:
        assert union.overlaps(s, e) == any(not (e <= a or s >= b) for a, b in taken)


def test_a_paragraph_of_many_names_converts(tmp_path) -> None:
    """20 000 names in one paragraph: took minutes when nest() and guess() were quadratic."""
    from conftest import TEI_DIR
    from teikit.pipeline import Resources, convert_file

    source = tmp_path / "many.txt"
    source.write_text("Letter\n\n" + "in Moscow at Bucharest near Hanoi " * 5000 + "Cde. XyzN Abc " * 5000 + "\n")
    result = convert_file(source, None, Resources.beside(TEI_DIR))
    assert result.xml.count(b"<placeName") >= 15000
