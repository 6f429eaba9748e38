"""The words the reference rules look for before they run (speed only): a rule skipped on a text
would have found nothing in it, so find_references gives what it gave without them."""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

from teikit.references import detect, forms
from teikit.references.detect import find_references

ROOT = Path(__file__).resolve().parents[2]
FRAGMENTS = ["the ", "The ", "your ", "their last ", "letter ", "of ", "26 June 1964", "Declaration", "Treaty ",
             "Article 5 ", "Cde. Brezhnev’s ", "report ", "at the 9th Congress", "journal “Pravda”", "Pravda",
             "the weekly ", "Le Monde", "articles in ", "one of their articles", "\"Long Live Leninism!\"", "“", "”",
             "Plenum", "decisions of the ", "October ", "Plan", "the Rapacki ", "program", "’s ", "position of ",
             "statement ", "of 8 April", "Communiqué", "Act ", "Final ", "Charter of the United Nations", ", ", ". ",
             "Soviet ", "note ", "No 424 ", "dated Sept 9th, 1973", "four conditions of Pham Van Dong",
             "the speech at Leipzig", "memorandum", "Yugoslavia's political ", "the Valev proposals", "Népszabadság",
             "the decisions of the October Plenum", "the position of Cde. Pham Van Dong of 8 April"]


def _texts() -> list[str]:
    texts = [line for path in sorted((ROOT / "sources").glob("*.txt"))
             for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    rng = random.Random(19)
    return texts + ["".join(rng.choice(FRAGMENTS) for _ in range(rng.randint(1, 12))) for _ in range(3000)]


TEXTS = _texts()
# each regex of the rules in forms.py with the check its rule makes first
FORM_CHECKS = [(forms._DOCUMENT, forms._HAS_KIND), (forms._INSTRUMENT, forms._HAS_INSTRUMENT),
               (forms._QUOTED, forms._HAS_QUOTE), (forms._PERIODICAL_KIND, forms._HAS_PERIODICAL_KIND),
               (forms._BARE_PERIODICAL, forms._HAS_PERIODICAL), (forms._ARTICLE_IN, forms._HAS_PERIODICAL),
               (forms._ARTICLE_IN, forms._HAS_ARTICLE)]


@pytest.mark.parametrize("rule,check", [*detect._NEEDS.items(), *FORM_CHECKS])
def test_a_text_a_rule_matches_holds_its_words(rule: re.Pattern[str], check: forms.Holds) -> None:
    matched = [text for text in TEXTS if rule.search(text)]
    assert matched, "the texts exercise every rule"
    assert [text for text in matched if not check(text)] == []


def test_every_rule_of_find_references_has_its_words() -> None:
    source = Path(detect.__file__).read_text(encoding="utf-8")
    body = source[source.index("def find_references"):source.index("def _leftmost_longest")]
    used = set(re.findall(r"_matches\(([A-Z_]+), text\)", body))
    assert ".finditer(" not in body  # every rule goes through _matches, which asks its Holds
    rules = {name for name, value in vars(detect).items() if isinstance(value, re.Pattern) and value in detect._NEEDS}
    assert used == rules


def test_the_words_found_once_per_text_are_those_of_the_text() -> None:
    a, b = "the letter of 3 March", "nothing here"
    assert "letter" in forms.words_in(a) and forms.words_in(b) == frozenset()
    assert "letter" in forms.words_in("the letter of 3 March")  # an equal text, another object
    assert [r.text for r in find_references(a)] == ["the letter of 3 March"]
    assert find_references(b) == []
