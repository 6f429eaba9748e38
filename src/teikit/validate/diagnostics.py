"""One finding of any validator, and the text and JSON reports built from them."""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Callable, Hashable, Iterable, Sequence
from dataclasses import dataclass, replace
from typing import TypeVar

__all__ = ["Diagnostic", "MAX_FINDINGS", "PER_KIND", "SEVERITIES", "capped", "message_kind", "format_text",
           "format_summary", "format_json", "count"]

SEVERITIES = ("error", "warning", "info")

# Findings one validator lists for one file: the first PER_KIND of each kind, MAX_FINDINGS in all.
# The rest are counted, not located, so a file with 40 000 errors is reported in the time of a hundred.
PER_KIND = 10
MAX_FINDINGS = 100

Finding = TypeVar("Finding")


@dataclass(frozen=True, slots=True)
class Diagnostic:
    file: str
    line: int  # 1-based; 0 when the finding concerns the whole file
    col: int  # 1-based; 0 when unknown
    severity: str  # one of SEVERITIES
    message: str
    rule: str  # stable id: schematron assert/rule/pattern id, "rng", "xsd", "xml-syntax", ...
    hint: str | None = None
    count: int = 1  # findings this line stands for: more on an "… and N more of this kind" line

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
            "count": self.count,
        }


def capped(findings: Iterable[Finding], kind: Callable[[Finding], Hashable],
           report: Callable[[Finding], Diagnostic]) -> list[Diagnostic]:
    """Every finding counted; the first PER_KIND of each kind (MAX_FINDINGS in all) reported, and for
    the rest of a kind one line, where the next of them is, that says how many there are.
    ``report`` (locating a finding, its path) runs only for the lines listed."""
    listed: list[Diagnostic] = []
    shown: Counter[Hashable] = Counter()
    rest: dict[Hashable, tuple[Finding, int]] = {}
    for finding in findings:
        key = kind(finding)
        if shown[key] < PER_KIND and len(listed) < MAX_FINDINGS:
            shown[key] += 1
            listed.append(report(finding))
        else:
            first, n = rest.get(key, (finding, 0))
            rest[key] = (first, n + 1)
    for key, (first, n) in rest.items():
        d = report(first)
        lead = f"… and {n} more of this kind, the next here" if shown[key] else f"{n} of this kind, the first here"
        listed.append(replace(d, message=f"{lead}: {d.message}", count=n))
    return listed


_NUMBER = re.compile(r"\d+")
_VALUE = re.compile(r"""=(?:'[^']*'|"[^"]*")""")


def message_kind(message: str) -> str:
    """What findings of one kind share: the message without its numbers and attribute values."""
    return _NUMBER.sub("#", _VALUE.sub("=…", message))


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
        counts[d.severity] = counts.get(d.severity, 0) + d.count
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
