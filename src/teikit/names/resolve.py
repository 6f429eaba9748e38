"""Choosing between entries that share a form ('Peng', 'Ceaușescu', 'PLA').

Evidence, strongest first: the document date rules out people not yet born and
bodies not yet founded; a candidate named unambiguously elsewhere in the document
('Peng Zhen' before 'Peng'); a candidate whose country or parent body is named in
the document; the one candidate holding an office on the document date. If none
of these singles out one entry the name stays unresolved, with its candidates:
a missing link is better than a wrong one.
"""

from __future__ import annotations

from collections.abc import Set as AbstractSet
from dataclasses import dataclass

from teikit.names.register import Entry, Register


@dataclass(frozen=True)
class Resolution:
    id: str | None
    candidates: tuple[str, ...]
    how: str  # "unique" | "date" | "named" | "related" | "office" | "unresolved"


def _year(iso: str | None) -> int | None:
    try:
        return int(iso[:4]) if iso else None
    except ValueError:
        return None


def _upper(iso: str) -> str:
    """'1964' -> '1964-12-31' so that years compare as whole periods."""
    return iso + "-12-31"[len(iso) - 4:] if len(iso) < 10 else iso


def _possible(e: Entry, doc_date: str | None) -> bool:
    if not doc_date:
        return True
    y = _year(doc_date)
    if e.kind == "person" and e.birth and (born := _year(e.birth)) is not None and y is not None:
        return born <= y
    return True


def _in_office(e: Entry, doc_date: str) -> bool:
    return any(r.start and doc_date >= r.start and (not r.end or doc_date <= _upper(r.end)) for r in e.roles)


def resolve(register: Register, ids: tuple[str, ...], doc_date: str | None,
            named: AbstractSet[str] = frozenset()) -> Resolution:
    if len(ids) == 1:
        return Resolution(ids[0], ids, "unique")
    cands = [i for i in ids if _possible(register[i], doc_date)]
    if len(cands) == 1:
        return Resolution(cands[0], tuple(ids), "date")
    if not cands:
        cands = list(ids)
    hit = [i for i in cands if i in named]
    if len(hit) == 1:
        return Resolution(hit[0], tuple(ids), "named")
    pool = hit or cands
    rel = [i for i in pool if register[i].related() & named]
    if len(rel) == 1:
        return Resolution(rel[0], tuple(ids), "related")
    pool = rel or pool
    if doc_date:
        office = [i for i in pool if _in_office(register[i], doc_date)]
        if len(office) == 1:
            return Resolution(office[0], tuple(ids), "office")
    return Resolution(None, tuple(ids), "unresolved")
