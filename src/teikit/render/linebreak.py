"""A workaround for a WeasyPrint line-breaking defect that makes loose justified lines.

A text run that ends in a space and is followed by an inline element ("monitored <i>…</i>",
"Comrades <span>…</span>") is measured by WeasyPrint's ``split_first_line`` with its trailing
space. When the run fits the rest of the line only without that space, WeasyPrint takes it for
a single word too long for the line and keeps just the run's first word (or a hyphenated piece
of the first long one); the rest goes to the next line, and justification spreads the short line
("“Ho Chi Minh Trail”," alone on a full-width line). CSS Text 3 (§4.1.3) lets a line's trailing
spaces hang, and WeasyPrint's own inline layout already ignores them when it checks for overflow:
only this measurement does not. Seen in WeasyPrint 62-70 (70 is current).

The fix: when a run ending in collapsible spaces was broken, lay it out again without them; if it
then fits whole, the run is kept whole (its space hangs past the line end, as the inline layout
allows). One extra text layout per line end at most, and only for runs that end in a space.
"""

from __future__ import annotations

from typing import Any

__all__ = ["install"]

_COLLAPSIBLE = ("normal", "nowrap", "pre-line")


def _hanging_spaces(split_first_line: Any) -> Any:
    def split(text: str, style: Any, context: Any, max_width: float | None, justification_spacing: float,
              is_line_start: bool = True, minimum: bool = False) -> Any:
        result = split_first_line(text, style, context, max_width, justification_spacing, is_line_start, minimum)
        resume_index = result[2]
        bare = text.rstrip(" \u00a0")
        if resume_index is None or max_width is None or not bare or bare == text \
                or style["white_space"] not in _COLLAPSIBLE:
            return result
        fit = split_first_line(bare, style, context, max_width, justification_spacing, is_line_start, minimum)
        if fit[2] is None and fit[3] <= max_width:  # whole once its trailing space hangs
            # an em of room for the space (white-space collapses a run of them to one)
            whole = split_first_line(text, style, context, max_width + style["font_size"], justification_spacing,
                                     is_line_start, minimum)
            if whole[2] is None:
                return whole
        return result

    split.teikit_hanging_spaces = True  # type: ignore[attr-defined]  # marks the wrapper: install once
    return split


def install() -> None:
    """Patch WeasyPrint's inline layout (idempotent); a WeasyPrint without that function is left alone."""
    from weasyprint.layout import inline

    current = getattr(inline, "split_first_line", None)
    if current is not None and not getattr(current, "teikit_hanging_spaces", False):
        inline.split_first_line = _hanging_spaces(current)
