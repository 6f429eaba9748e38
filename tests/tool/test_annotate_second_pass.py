"""The second pass over a document (with what the edition taught) skips a paragraph whose memory
guesses the first pass found as they stand; the marks must be those of reading it again."""

from __future__ import annotations

import pytest

from conftest import SHARED
from teikit.names import annotate
from teikit.names.annotate import Annotator, Context

PAGES = sorted((SHARED / "real-pages").glob("*.txt"))


def _paragraphs() -> list[list[str]]:
    return [[line for line in p.read_text(encoding="utf-8").split("\n") if line.strip()] for p in PAGES]


def _marks(monkeypatch: pytest.MonkeyPatch | None) -> list[list[list[tuple[int, int, str, tuple]]]]:
    if monkeypatch is not None:
        monkeypatch.setattr(annotate, "_found_before", lambda *_: False)  # every paragraph read again
    docs = _paragraphs()
    teacher = Annotator(None)
    memory = annotate.Memory()
    for texts in docs:
        memory = memory | teacher.learn(texts, Context(None))
    out = []
    for texts in docs:
        annotator = Annotator(None)
        annotator.edition_memory = memory
        found = annotator.annotate_many(texts, Context(None))
        out.append([[(m.start, m.end, m.tag, tuple(sorted(m.attrs.items()))) for m in p] for p in found])
    return out


def test_skipping_found_paragraphs_changes_no_mark(monkeypatch: pytest.MonkeyPatch) -> None:
    assert len(PAGES) >= 50
    fast = _marks(None)
    assert sum(len(m) for doc in fast for m in doc) > 1000  # the pages hold many marks
    assert fast == _marks(monkeypatch)
