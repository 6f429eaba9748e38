"""Splicing mentions into the document model: nesting, skipped contexts, sp/@who."""

from __future__ import annotations

from dataclasses import dataclass, field

from teikit.markup import mark_names, nest
from teikit.model import Node


@dataclass(frozen=True)
class M:
    start: int
    end: int
    tag: str
    attrs: dict = field(default_factory=dict)


def test_nested_mentions_become_nested_nodes():
    text = "The Presidium of the C.C. of the CPSU met."
    inner = text.index("CPSU")
    out = nest(text, [M(4, 37, "orgName", {"ref": "r#presidium"}), M(inner, inner + 4, "orgName", {"ref": "r#cpsu"})])
    assert out[0] == "The " and out[2] == " met."
    outer = out[1]
    assert outer.tag == "orgName" and outer.attrs == {"ref": "r#presidium"}
    assert outer.children == ["Presidium of the C.C. of the ", Node("orgName", {"ref": "r#cpsu"}, ["CPSU"])]
    assert outer.text() == "Presidium of the C.C. of the CPSU"


def test_overlapping_mentions_keep_text_and_drop_the_crossing_one():
    text = "abcdef"
    out = nest(text, [M(0, 4, "persName"), M(2, 6, "placeName")])
    assert "".join(c if isinstance(c, str) else c.text() for c in out) == text
    assert [c.tag for c in out if isinstance(c, Node)] == ["persName"]


def test_candidates_are_not_written_as_attributes():
    out = nest("Gheorghe", [M(0, 8, "persName", {"cert": "low", "candidates": "a b"})])
    assert out[0].attrs == {"cert": "low"}


class Finder:
    """Marks every occurrence of fixed words (a stand-in for the register matcher)."""

    def __init__(self, words: dict[str, tuple[str, str]]):
        self.words = words

    def annotate(self, text, ctx):
        found = []
        for word, (tag, ref) in self.words.items():
            start = text.find(word)
            while start >= 0:
                found.append(M(start, start + len(word), tag, {"ref": ref}))
                start = text.find(word, start + 1)
        return sorted(found, key=lambda m: (m.start, -m.end))

    def annotate_many(self, texts, ctx, parts=frozenset()):
        return [self.annotate(text, ctx) for text in texts]


def test_mark_names_skips_foreign_and_sets_who():
    sp = Node("sp", {}, [Node("speaker", {}, ["L. I. Brezhnev"]),
                         Node("p", {}, ["Moscow ", Node("foreign", {"xml:lang": "ru-Latn"}, ["Moscow"]), " again"])])
    finder = Finder({"Brezhnev": ("persName", "register.xml#brezhnev"), "Moscow": ("placeName", "register.xml#moscow")})
    mark_names(sp, finder, None)
    assert sp.attrs["who"] == "register.xml#brezhnev"
    p = sp.children[1]
    assert p.children[0] == Node("placeName", {"ref": "register.xml#moscow"}, ["Moscow"])
    assert p.children[2] == Node("foreign", {"xml:lang": "ru-Latn"}, ["Moscow"])  # untouched
