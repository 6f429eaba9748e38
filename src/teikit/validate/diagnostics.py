"""One finding of any validator, and the text and JSON reports built from them."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

__all__ = ["Diagnostic", "MAX_FINDINGS", "SEVERITIES", "format_text", "format_summary", "format_json", "count",
           "truncated"]

SEVERITIES = ("error", "warning", "info")

# Findings one validator reports for one file. Past this the rest are only counted (or, for the
# XSD, not looked for): a file with 40 000 errors is reported in the time of a hundred.
MAX_FINDINGS = 100


@dataclass(frozen=True, slots=True)
class Diagnostic:
    file: str
    line: int  # 1-based; 0 when the finding concerns the whole file
    col: int  # 1-based; 0 when unknown
    severity: str  # one of SEVERITIES
    message: str
    rule: str  # stable id: schematron assert/rule/pattern id, "rng", "xsd", "xml-syntax", ...
    hint: str | None = None

    def as_dict(self) -> dict[str, object]:
        # Key order is part of the JSON contract (CI diffs it).
        return {
            "file": self.file,
            "line": self.line,
            "col": self.col,
            "severity": self.severity,
            "rule": self.rule,
            "message": self.message,
            "hint": self.hint,
        }


def truncated(file: str, validator: str, reported: int, total: int | None) -> Diagnostic:
    """The line that stands for the findings past MAX_FINDINGS (``total`` None: not counted)."""
    more = f"{total - reported} more" if total is not None else "more may follow; validation stopped"
    return Diagnostic(file, 0, 0, "error", f"{validator}: the first {reported} findings are reported, {more}",
                      f"{validator}-truncated")


def sort_key(d: Diagnostic) -> tuple[str, int, int, str, str]:
    return (d.file, d.line, d.col, d.rule, d.message)


def format_one(d: Diagnostic) -> str:
    text = f"{d.file}:{d.line}:{d.col}: {d.severity}: {d.message} [{d.rule}]"
    if d.hint:
        text += f"\n  hint: {d.hint}"
    return text


def format_text(diagnostics: Iterable[Diagnostic]) -> str:
    return "\n".join(format_one(d) for d in diagnostics)


def count(diagnostics: Iterable[Diagnostic]) -> dict[str, int]:
    counts = dict.fromkeys(SEVERITIES, 0)
    for d in diagnostics:
        counts[d.severity] = counts.get(d.severity, 0) + 1
    return counts


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def format_summary(n_files: int, diagnostics: Sequence[Diagnostic]) -> str:
    c = count(diagnostics)
    return (f"{_plural(n_files, 'file')}, {_plural(c['error'], 'error')}, "
            f"{_plural(c['warning'], 'warning')}")


def format_json(n_files: int, diagnostics: Sequence[Diagnostic]) -> str:
    c = count(diagnostics)
    doc = {
        "files": n_files,
        "errors": c["error"],
        "warnings": c["warning"],
        "diagnostics": [d.as_dict() for d in diagnostics],
    }
    return json.dumps(doc, ensure_ascii=False, indent=2)
