"""A novel's PDF as given and word-tokenised (w/pc in s, one token a line, as ELTeC level 2):
pages, wall time and peak memory of `teikit render --view print`, each in its own process.
The untokenised file is the anchor, measured in the same run.

    .venv/bin/python bench/tokenised.py [TEI] [--repeat N]
    (default: ../shared/external-tei/more/eltec_dickens_ENG18481.xml, N = 1)
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))
from foreign_words import tokenise  # noqa: E402 - the tests' tokeniser, so bench and test derive the same file
from teikit.xmlsafe import parse_xml  # noqa: E402

DEFAULT = ROOT.parent / "shared" / "external-tei" / "more" / "eltec_dickens_ENG18481.xml"


def print_once(tei: Path, out: Path) -> tuple[float, int, int]:
    """Seconds, peak RSS (MB) and pages of one `teikit render --view print` process."""
    started = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "teikit.cli", "render", str(tei), "--view", "print",
                             "--out", str(out)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - started
    if status != 0:
        raise SystemExit(f"{tei}: teikit render --view print failed ({status})")
    info = subprocess.run(["pdfinfo", str(out / f"{tei.stem}.pdf")], capture_output=True, text=True).stdout
    pages = int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))
    return seconds, usage.ru_maxrss // 1024, pages


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("tei", nargs="?", type=Path, default=DEFAULT)
    parser.add_argument("--repeat", type=int, default=1)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        tokenised = folder / f"{args.tei.stem}.tokenised.xml"
        tokenise(parse_xml(args.tei)).write(str(tokenised), encoding="utf-8", xml_declaration=True)
        print(f"{'file':44} {'MB':>5} {'pages':>6} {'s median':>9} {'s best':>7} {'peak MB':>8}")
        for tei in (args.tei, tokenised):
            runs = [print_once(tei, folder) for _ in range(args.repeat)]
            seconds = [r[0] for r in runs]
            print(f"{tei.name[:44]:44} {tei.stat().st_size / 1e6:5.1f} {runs[0][2]:6d} "
                  f"{statistics.median(seconds):9.1f} {min(seconds):7.1f} {max(r[1] for r in runs):8d}")


if __name__ == "__main__":
    main()
