"""Elements no view knows: the fallback template (xslt/common/fallback.xsl) keeps their text
and marks each with the one class ``tei-NAME``; they are counted from the page, so that a file
gets one summary warning instead of a message per occurrence."""

from __future__ import annotations

import re
from collections import Counter

__all__ = ["unknown_elements", "unknown_summary"]

_FALLBACK = re.compile(r'<(?:span|div) class="tei-([A-Za-z0-9_-]+)"')
_LISTED = 8  # kinds named in the warning, the most frequent first


def unknown_elements(page: str, copies: int = 1) -> Counter[str]:
    """Element name -> occurrences rendered by the fallback template in an HTML page that shows
    the text ``copies`` times (the side-by-side view: twice)."""
    return Counter({name: n // copies for name, n in Counter(_FALLBACK.findall(page)).items()})


def unknown_summary(page: str, copies: int = 1) -> str | None:
    """"N elements of M kinds not known to the views: x (12), y (3)", or None when there are none."""
    counts = unknown_elements(page, copies)
    if not counts:
        return None
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    named = ", ".join(f"{name} ({n})" for name, n in ranked[:_LISTED]) + (", …" if len(ranked) > _LISTED else "")
    total = sum(counts.values())
    return (f"{total} element{'s' if total != 1 else ''} of {len(counts)} kind{'s' if len(counts) != 1 else ''} "
            f"not known to the views (text kept): {named}")
