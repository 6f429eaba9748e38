"""Generated corpora for the scaling benchmark: the seeds varied by names, dates and length."""

from __future__ import annotations

import random
import re
from pathlib import Path

SOURCES = Path(__file__).resolve().parents[1] / "sources"
SURNAMES = ["Novák", "Kowalski", "Horváth", "Petrov", "Ionescu", "Dimitrov", "Schmidt", "Hoxha", "Tran", "Kim",
            "Popescu", "Szabó", "Wiśniewski", "Ivanov", "Georgiev", "Müller", "Dvořák", "Nagy", "Lungu", "Pavlov"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]


def vary(text: str, rng: random.Random) -> str:
    """Another document like this one: other surnames, another year and month, longer or shorter."""
    for name in ("Maurer", "Bodnaras", "Zhegalin", "Andropov", "Podgorny", "Stoica"):
        text = text.replace(name, rng.choice(SURNAMES))
    year = str(rng.randint(1950, 1989))
    text = re.sub(r"\b196[3-5]\b", year, text)
    text = re.sub(r"\b(June|July|May)\b", lambda m: rng.choice(MONTHS), text)
    paragraphs = text.split("\n\n")
    prose = [i for i, p in enumerate(paragraphs) if len(p) > 200 and "http" not in p and "Citation" not in p]
    if prose and rng.random() < 0.5:  # longer: repeat some prose paragraphs of the text after themselves
        for i in sorted(rng.sample(prose, k=min(len(prose), rng.randint(1, 4))), reverse=True):
            paragraphs.insert(i + 1, paragraphs[i])
    return "\n\n".join(paragraphs)


def generate(folder: Path, count: int, seed: int = 1) -> list[Path]:
    rng = random.Random(seed)
    seeds = sorted(SOURCES.glob("*.txt"))
    texts = [p.read_text(encoding="utf-8") for p in seeds]
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for i in range(count):
        k = i % len(seeds)
        path = folder / f"{i:05d}_{seeds[k].stem[4:]}.txt"
        path.write_text(vary(texts[k], rng), encoding="utf-8")
        written.append(path)
    return written
