"""teikit.render.linebreak: a run of text that ends in a space before an inline element, and fits the
line only without that space, breaks where it should (WeasyPrint alone keeps its first word only)."""

from __future__ import annotations

from typing import Any

import pytest

weasyprint = pytest.importorskip("weasyprint", reason="weasyprint is not installed")
from weasyprint.formatting_structure import boxes  # noqa: E402

from teikit.render import linebreak  # noqa: E402

RUN = "It is apparently monitored by the Americans in the south"
STYLE = "@page { size: A4 } html { font: 10.5pt 'DejaVu Serif', serif } p { margin: 0; text-align: justify }"


def _layout(body: str, width: str = "auto") -> Any:
    html = f"<html lang='en'><style>{STYLE} p {{ width: {width} }}</style><p>{body}</p></html>"
    return weasyprint.HTML(string=html).render().pages[0]._page_box


def _lines(page_box: Any) -> list[Any]:
    if isinstance(page_box, boxes.LineBox):
        return [page_box]
    return [line for child in getattr(page_box, "children", []) for line in _lines(child)]


def _text(box: Any) -> str:
    return box.text if isinstance(box, boxes.TextBox) else "".join(_text(c) for c in getattr(box, "children", []))


def _run_widths() -> tuple[float, float]:
    """The run's width on one line with its trailing space (where the <i> starts) and without it."""
    (line,) = _lines(_layout(f"{RUN} <i>kontroliruetsya</i> by the Americans.", "2000px"))
    spaced = next(child.position_x for child in line.children if isinstance(child, boxes.InlineBox))
    (bare,) = _lines(_layout(RUN, "2000px"))
    return spaced - line.position_x, bare.children[0].width


@pytest.mark.parametrize(("space", "first_line"), [(" ", RUN), ("\u00a0", RUN.rsplit(" ", 1)[0])])
def test_a_run_that_fits_without_its_trailing_space_stays_on_the_line(space: str, first_line: str) -> None:
    """A plain space hangs at the line end; a no-break space keeps "south" with the next element."""
    linebreak.install()
    linebreak.install()  # idempotent: the second call does not wrap the wrapper
    spaced, bare = _run_widths()
    assert bare < spaced  # the window where WeasyPrint 70 alone keeps only the run's first word
    lines = [_text(line) for line in _lines(_layout(f"{RUN}{space}<i>kontroliruetsya</i> by the Americans.",
                                                   f"{(bare + spaced) / 2:.2f}px"))]
    assert lines[0].strip() == first_line, lines
    assert len(lines) == 2, lines


def test_a_run_too_wide_even_without_its_space_still_breaks() -> None:
    linebreak.install()
    _, bare = _run_widths()
    lines = [_text(line).strip() for line in _lines(_layout(f"{RUN} <i>kontroliruetsya</i> by the Americans.",
                                                           f"{bare - 4:.2f}px"))]
    assert lines[0] == RUN.rsplit(" ", 1)[0], lines  # "south" goes down: the fix never lets text overflow
