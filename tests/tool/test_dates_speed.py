"""The date finder's shortcuts find what the full search finds: text without a digit is
searched only with the forms that can match without one, and repeated calls are cached."""

from __future__ import annotations

import warnings
from pathlib import Path

import pytest

from teikit.names import dates
from teikit.names.recognise import RULES, candidates

with warnings.catch_warnings():
    warnings.simplefilter("ignore", DeprecationWarning)
    import sre_constants as c
    import sre_parse

ROOT = Path(__file__).resolve().parents[2]


def _needs_digit(items: sre_parse.SubPattern | list) -> bool:
    """Whether every string the parsed pattern matches contains a decimal digit (lookarounds
    included: what they look at is in the searched text too)."""
    return any(_item_needs_digit(op, av) for op, av in items)


def _item_needs_digit(op: object, av: object) -> bool:
    if op == c.IN:
        return all(_digits_only(o, a) for o, a in av)  # type: ignore[attr-defined]
    if op == c.LITERAL:
        return chr(av).isdigit()  # type: ignore[arg-type]
    if op == c.SUBPATTERN:
        return _needs_digit(av[-1])  # type: ignore[index]
    if op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
        low, _high, body = av  # type: ignore[misc]
        return low >= 1 and _needs_digit(body)
    if op == c.BRANCH:
        return all(_needs_digit(branch) for branch in av[1])  # type: ignore[index]
    if op == c.ASSERT:
        return _needs_digit(av[1])  # type: ignore[index]
    return False


def _digits_only(op: object, av: object) -> bool:
    """A member of a character class that holds only digits: \\d, 0-9 or a digit."""
    if op == c.CATEGORY:
        return av == c.CATEGORY_DIGIT
    if op == c.RANGE:
        return "0" <= chr(av[0]) <= chr(av[1]) <= "9"  # type: ignore[index]
    return op == c.LITERAL and chr(av).isdigit()  # type: ignore[arg-type]


def _requires_group(items: sre_parse.SubPattern | list, gid: int) -> bool:
    """Whether every match of the parsed pattern fills group ``gid``."""
    for op, av in items:
        if op == c.SUBPATTERN and (av[0] == gid or _requires_group(av[-1], gid)):  # type: ignore[index]
            return True
        if op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT) and av[0] >= 1 and _requires_group(av[2], gid):  # type: ignore[index]
            return True
        if op == c.BRANCH and all(_requires_group(b, gid) for b in av[1]):  # type: ignore[index]
            return True
        if op == c.ASSERT and _requires_group(av[1], gid):  # type: ignore[index]  # a lookahead fills it too
            return True
    return False


@pytest.mark.parametrize("form", [f for f in dates.FORMS if dates._needs_month(f)], ids=lambda f: f.name)
def test_forms_with_a_month_group_need_a_month_name(form: dates.DateForm) -> None:
    parsed = sre_parse.parse(form.pattern)
    assert _requires_group(parsed, parsed.state.groupdict["m"])


@pytest.mark.parametrize("form", dates.FORMS, ids=lambda f: f.name)
def test_forms_outside_without_digit_need_a_digit(form: dates.DateForm) -> None:
    assert _needs_digit(sre_parse.parse(form.pattern)) is (form.name not in dates.WITHOUT_DIGIT)


def _paragraphs() -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "sources").glob("*.txt"))]
    crafted = ["in the thirties and on the 5th", "early June, the end of May 1964", "Nothing here at all.",
               "10 June 1964, on the 12th", "30.IV.65", "the sixties 1960s 1964-65",
               "from January to March, in 1973 and 1974, at the end of 1918/beginning of 1919",
               "the 20th ult., mid-1974, the late 1950s, July 30th to August 3rd", "No month 1964 here"]
    return [p for t in texts for p in t.split("\n\n") if p.strip()] + crafted


def _full_search(text: str, doc_date: str) -> list[tuple[int, int, dict]]:
    """find_dates without its shortcuts: every form on every text, nothing cached."""
    folded, idx = dates._unglued(*dates.fold(text))
    cands = dates.candidates(folded, list(enumerate(dates._COMPILED)))
    hits = dates._chosen(text, folded, idx, cands, dates._doc_month(doc_date), dates.NOTHING_BEFORE)
    return [(d.start, d.end, d.attrs) for d in hits]


def test_shortcuts_find_what_the_full_search_finds() -> None:
    found = 0
    for text in _paragraphs():
        for _ in range(2):  # the second call comes from the cache
            got = [(d.start, d.end, d.attrs) for d in dates.find_dates(text, "1964-06-01")]
            assert got == _full_search(text, "1964-06-01"), text[:80]
        found += len(got)
    assert found > 50  # the seeds hold many dates: the comparison is not between empty lists


def test_cached_guesses_are_what_the_rules_find() -> None:
    for text in _paragraphs()[:60]:
        folded = dates.fold(text)[0]
        assert candidates(folded) == tuple(g for rule in RULES for g in rule(folded))
