"""The one timing helper of the benchmark scripts."""

from __future__ import annotations

import time
from collections.abc import Callable


def best_ms(fn: Callable[[], object], repeat: int, clock: Callable[[], float] = time.perf_counter) -> float:
    """The fastest of ``repeat`` calls, in milliseconds (``clock``: wall time unless told)."""
    return min(samples_ms(fn, repeat, clock))


def samples_ms(fn: Callable[[], object], repeat: int, clock: Callable[[], float] = time.perf_counter) -> list[float]:
    """Each of ``repeat`` calls' time, in milliseconds."""
    times = []
    for _ in range(repeat):
        start = clock()
        fn()
        times.append((clock() - start) * 1000)
    return times


def median_spread(values: list[float]) -> tuple[float, float, float]:
    """(median, min, max)."""
    ordered = sorted(values)
    middle = len(ordered) // 2
    median = ordered[middle] if len(ordered) % 2 else (ordered[middle - 1] + ordered[middle]) / 2
    return median, ordered[0], ordered[-1]
