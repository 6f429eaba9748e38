"""Which raw files teikit reads: a table of small rules, each refusing one kind of name.

A source's stem names its TEI file and its pages (``STEM.html``…), so a stem must not be a
page the site makes itself, must be usable in a link as it is, and must name a file inside
the folder given (a symbolic link out of it would publish whatever it points at).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

__all__ = ["RESERVED", "refusal"]

# Pages and files the site, the registers and the exports use (xslt/, render/registerpages.py).
RESERVED = {"index", "persons", "places", "organisations", "works", "register", "bibliography", "edition",
            "documents", "assets"}
_SAFE = re.compile(r"[\w.\-]+")  # letters (any script), digits, _ . -: nothing a link must escape


@dataclass(frozen=True)
class Rule:
    name: str
    applies: Callable[[Path, Path | None], bool]
    message: Callable[[Path], str]


def _outside(path: Path, folder: Path | None) -> bool:
    if not path.is_symlink():
        return False
    base = (folder or path.parent).resolve()
    return not path.resolve().is_relative_to(base)


RULES = (
    Rule("symlink-out", _outside,
         lambda p: f"is a symbolic link to {p.resolve()}, outside its folder; not read"),
    Rule("dot-stem", lambda p, _f: p.stem.startswith("."),
         lambda p: "a hidden or dot name cannot name a page; rename the file"),
    Rule("unsafe-characters", lambda p, _f: not _SAFE.fullmatch(p.stem),
         lambda p: "the name has characters a link cannot hold as they are (space, quotes, <, #, ?, …); "
                   "rename the file with letters, digits, '-', '_' or '.'"),
    Rule("reserved", lambda p, _f: re.sub(r"~\d+$", "", p.stem.lower()) in RESERVED,
         lambda p: f"'{p.stem}' is the name of one of the site's own pages ({', '.join(sorted(RESERVED))}); "
                   "rename the file"),
)


def refusal(path: Path, folder: Path | None = None) -> str | None:
    """``path: error: …`` when a rule refuses the raw file ``path`` (found in ``folder``), else None."""
    for rule in RULES:
        if rule.applies(path, folder):
            return f"{path}: error: {rule.message(path)}"
    return None
