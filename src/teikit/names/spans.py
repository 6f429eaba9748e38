"""Occupied stretches of a text, for "is this span still free?" in logarithmic time.

The recogniser and the date finder ask that once per candidate; testing each candidate
against every span taken so far made a paragraph's cost grow with the square of its names.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable

__all__ = ["Spans"]


class Spans:
    """A union of half-open spans [start, end), kept as sorted disjoint runs."""

    def __init__(self, spans: Iterable[tuple[int, int]] = ()) -> None:
        self._starts: list[int] = []
        self._ends: list[int] = []
        for start, end in spans:
            self.add(start, end)

    def overlaps(self, start: int, end: int) -> bool:
        """Whether [start, end) shares a position with the union."""
        i = bisect_left(self._starts, end)  # runs [0, i) start before ``end``; the last ends latest
        return i > 0 and self._ends[i - 1] > start

    def add(self, start: int, end: int) -> None:
        """Take [start, end) (an empty span takes nothing)."""
        if end <= start:
            return
        lo = bisect_right(self._ends, start)  # the first run ending after ``start``
        hi = bisect_left(self._starts, end)  # past the last run starting before ``end``
        if lo < hi:
            start, end = min(start, self._starts[lo]), max(end, self._ends[hi - 1])
        self._starts[lo:hi] = [start]
        self._ends[lo:hi] = [end]
