"""Time name matching: the edition's register vs a generated one of 100 000 names.

The automaton is built once; matching cost should follow the length of the text,
not the size of the register. Run: .venv/bin/python bench/names.py
"""

from __future__ import annotations

import random
import time
from pathlib import Path

from teikit.names.annotate import Annotator, Context
from teikit.names.register import Entry, Register, load_register
from teikit.names.text import fold

ROOT = Path(__file__).resolve().parents[1]


def synthetic_register(n: int, seed: int = 1) -> Register:
    rnd = random.Random(seed)
    syll = ["ka", "lo", "mi", "ra", "ten", "vu", "sha", "dor", "ne", "pli", "zo", "gru", "bes", "ty", "an", "kov",
            "escu", "ski"]
    entries, seen = [], set()
    while len(entries) < n:
        sur = "".join(rnd.choice(syll) for _ in range(rnd.randint(2, 4))).capitalize()
        fore = "".join(rnd.choice(syll) for _ in range(2)).capitalize()
        if (fore, sur) in seen:
            continue
        seen.add((fore, sur))
        entries.append(Entry(id=f"p{len(entries)}", kind="person", name=f"{fore} {sur}",
                             forms=[f"{fore} {sur}", f"{fore[0]}. {sur}", sur]))
    return Register(entries)


def main() -> None:
    text = "\n".join(p.read_text(encoding="utf-8") for p in sorted((ROOT / "sources").glob("*.txt")))
    regs = {"edition": load_register(ROOT / "tei" / "register.xml")}
    t0 = time.perf_counter()
    regs["synthetic"] = synthetic_register(100_000)
    print(f"generated 100 000-name register in {time.perf_counter() - t0:.2f} s")
    print(f"{'register':<10} {'entries':>8} {'build s':>8} " + " ".join(f"{f'x{k} s':>9}" for k in (1, 4, 16)))
    for name, reg in regs.items():
        t0 = time.perf_counter()
        ann = Annotator(reg)
        build = time.perf_counter() - t0
        row = []
        for k in (1, 4, 16):
            folded = fold(text * k)[0]
            best = float("inf")
            for _ in range(3):  # best of three, to keep GC pauses out of the figure
                t0 = time.perf_counter()
                ann.matcher.match(folded)
                best = min(best, time.perf_counter() - t0)
            row.append(best)
        print(f"{name:<10} {len(reg):>8} {build:>8.2f} " + " ".join(f"{r:>9.4f}" for r in row))
    print(f"(text x1 = {len(text)} characters; columns: best-of-3 seconds of Matcher.match on the folded text)")
    ann = Annotator(regs["edition"])
    t0 = time.perf_counter()
    ann.annotate(text, Context("1964-07-02"))
    print(f"full annotate (names, dates, guesses) on x1 with the edition register: {time.perf_counter() - t0:.3f} s")


if __name__ == "__main__":
    main()
