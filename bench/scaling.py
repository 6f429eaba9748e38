"""Cost against input size, by doubling. Run: python bench/scaling.py [--steps N] [--repeat N] [--only NAME]

Each workload is run at sizes n, 2n, 4n, …; the script prints the median wall time of
``--repeat`` runs at each size and the ratio to the size before it. Linear cost shows as
ratios near 2 (the issue's target: at most 2.5 per doubling); quadratic cost as ratios
near 4. Workloads:

- places: one paragraph "in Moscow at Bucharest near Hanoi" × n, converted (names found
  by the register matcher, then nested into the text: markup.nest);
- guesses: one paragraph "Cde. XyzN Abc" × n, converted (names the register lacks:
  names.recognise.guess);
- errors: a valid letter with a paragraph of n elements each with an attribute the schema
  does not allow, validated (an error each: the report holds the first ones and a count).
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

from teikit.pipeline import Resources, check_output, convert_file  # noqa: E402

SEED = next((ROOT / "tei").glob("000_*.xml")).read_text(encoding="utf-8")  # a valid document to spoil


def converting(unit: str) -> Callable[[int, Path], Callable[[], object]]:
    def make(n: int, folder: Path) -> Callable[[], object]:
        source = folder / f"page-{n}.txt"
        source.write_text("Letter\n\n" + unit * n + "\n", encoding="utf-8")
        resources = Resources.beside(ROOT / "tei")
        return lambda: convert_file(source, None, resources)
    return make


def validating(body: Callable[[int], str]) -> Callable[[int, Path], Callable[[], object]]:
    def make(n: int, folder: Path) -> Callable[[], object]:
        target = folder / f"doc-{n}.xml"
        at = SEED.index("<p>", SEED.index("<body"))
        data = (SEED[:at] + body(n) + SEED[at:]).encode("utf-8")
        return lambda: check_output(data, target)
    return make


WORKLOADS: dict[str, tuple[int, Callable[[int, Path], Callable[[], object]]]] = {
    "places": (625, converting("in Moscow at Bucharest near Hanoi ")),
    "guesses": (2500, converting("Cde. XyzN Abc ")),
    "errors": (2500, validating(lambda n: "<p>" + '<hi bogus="1">x</hi>' * n + "</p>")),
}


def median_seconds(run: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        run()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--steps", type=int, default=4, help="doublings per workload (default 4)")
    parser.add_argument("--repeat", type=int, default=3, help="runs per size; the median is printed (default 3)")
    parser.add_argument("--only", choices=sorted(WORKLOADS), action="append", help="run only these workloads")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for name in args.only or WORKLOADS:
            start, make = WORKLOADS[name]
            make(start, folder)()  # warm up: schemas compiled, registers loaded
            before = None
            for step in range(args.steps):
                n = start * 2 ** step
                seconds = median_seconds(make(n, folder), args.repeat)
                ratio = f"{seconds / before:5.2f}x" if before else "     "
                print(f"{name:<11} n={n:>7}  {seconds:8.3f} s  {ratio}", flush=True)
                before = seconds


if __name__ == "__main__":
    main()
