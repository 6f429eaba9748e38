"""How well a page fits a reader: the evidence found and what was looked for in vain."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Fit:
    points: int = 0  # 0: the page does not have this layout
    missing: list[str] = field(default_factory=list)  # evidence looked for and not found, for the warning

    def need(self, found: bool, points: int, what: str) -> bool:
        """Count ``points`` when ``found``; otherwise remember ``what`` was missing."""
        if found:
            self.points += points
        else:
            self.missing.append(what)
        return found


def unfit(missing: str) -> Fit:
    return Fit(0, [missing])
