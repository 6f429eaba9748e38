"""Loading the gazetteer in a fresh process: built from the data packages, or read from the
user cache. Each run is a new interpreter that reports the CPU seconds of ``load_gazetteer()``
alone; the anchor is the same interpreter building it (cold cache) in the same run, so the
ratio is the figure to trust on a loaded machine.

Run: .venv/bin/python bench/gazetteer_cache.py [--runs N]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile

PROBE = ("import time; from teikit.names import gazetteer as g; t = time.process_time(); "
         "g.load_gazetteer(); print(time.process_time() - t)")


def once(cache: str) -> float:
    env = {**os.environ, "TEIKIT_CACHE_DIR": cache}
    out = subprocess.run([sys.executable, "-c", PROBE], env=env, capture_output=True, text=True, check=True)
    return float(out.stdout.split()[-1])


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args(argv)
    cold, warm = [], []
    with tempfile.TemporaryDirectory() as warm_dir:
        once(warm_dir)  # fill it
        for _ in range(args.runs):
            with tempfile.TemporaryDirectory() as empty:
                cold.append(once(empty))
            warm.append(once(warm_dir))
    for label, xs in (("built (no cache)", cold), ("from the user cache", warm)):
        print(f"{label:<22} median {statistics.median(xs):.2f} s CPU, best {min(xs):.2f} s  ({args.runs} runs)")
    print(f"cached / built: median {statistics.median(warm) / statistics.median(cold):.2f}, "
          f"best {min(warm) / min(cold):.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
