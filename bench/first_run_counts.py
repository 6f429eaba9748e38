"""Counts behind a held-out set's first-run figures, to add sets together.

Run it in a worktree at the set's first-run commit, so that the recogniser and `bench/recognition.py`
are those of that commit (the script itself may come from a later checkout):

    git worktree add /tmp/at-first-run COMMIT
    cd /tmp/at-first-run && PYTHONPATH=src python /path/to/bench/first_run_counts.py heldout23

It prints: set, names found right (any type), names found, gold names, dates right, gold dates, for
teikit with no register, scored as `bench/recognition.py` scores them.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path.cwd() / "bench"))  # the checkout's own benchmark, at the commit being measured
import recognition


def counts(set_name: str) -> tuple[int, int, int, int, int]:
    system = recognition.teikit_system(None)
    right = found = gold_names = dates_right = gold_dates = 0
    for _stem, paras, doc_date, gold in recognition.documents(set_name):
        pred = list(system(paras, doc_date))
        gold_m = [(g["type"], g["text"], g) for g in gold]
        g, p = recognition.name_keys(gold_m, False), recognition.name_keys(pred, False)
        right, found, gold_names = right + sum((g & p).values()), found + sum(p.values()), gold_names + sum(g.values())
        gd = Counter(recognition.key("date", s, a) for t, s, a in gold_m if t == "date")
        pd = Counter(recognition.key("date", s, a) for t, s, a in pred if t == "date")
        dates_right, gold_dates = dates_right + sum((gd & pd).values()), gold_dates + sum(gd.values())
    return right, found, gold_names, dates_right, gold_dates


if __name__ == "__main__":
    for name in sys.argv[1:]:
        print(name, *counts(name))
