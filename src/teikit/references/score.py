"""Score reference markup against hand gold: `python -m teikit.references.score TEI_DIR [--gold DIR]`.

Gold is `<stem>.json`: a list of {"text", "type", "corresp"} (corresp null for a reference
to a work the registers do not hold). A found reference counts for *detection* when its
text equals a gold reference's text, and for *linking* when its target is also right.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Hashable, Sequence
from dataclasses import dataclass
from pathlib import Path

from teikit.lxmltypes import elements, itertext
from teikit.references.catalogue import normalise
from teikit.tei.xmltree import TEI_NS
from teikit.xmlsafe import parse_xml

NS = {"t": TEI_NS}


@dataclass
class Score:
    true_positive: int = 0
    found: int = 0
    gold: int = 0

    def add(self, found: Sequence[Hashable], gold: Sequence[Hashable]) -> None:
        overlap = Counter(found) & Counter(gold)
        self.true_positive += sum(overlap.values())
        self.found += len(found)
        self.gold += len(gold)

    @property
    def precision(self) -> float:
        return self.true_positive / self.found if self.found else 1.0

    @property
    def recall(self) -> float:
        return self.true_positive / self.gold if self.gold else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def found_references(tei_file: Path) -> list[tuple[str, str | None]]:
    root = parse_xml(tei_file).getroot()
    refs = []
    for el in elements(root, "//t:text//t:bibl | //t:text//t:title[@level='j'][not(ancestor::t:bibl)]", NS):
        refs.append((normalise("".join(itertext(el))), el.get("corresp") or el.get("ref")))
    return refs


def score(tei_dir: Path, gold_dir: Path) -> tuple[Score, Score]:
    detection, linking = Score(), Score()
    for gold_file in sorted(gold_dir.glob("*.json")):
        tei_file = tei_dir / f"{gold_file.stem}.xml"
        gold = [(normalise(g["text"]), g["corresp"]) for g in json.loads(gold_file.read_text(encoding="utf-8"))]
        found = found_references(tei_file) if tei_file.exists() else []
        detection.add([text for text, _ in found], [text for text, _ in gold])
        linking.add(found, gold)
    return detection, linking


def report(tei_dir: Path, gold_dir: Path) -> str:
    rows = zip(("bibl (found)", "bibl (linked)"), score(tei_dir, gold_dir))
    lines = [f"{'type':<16}{'P':>7}{'R':>7}{'F1':>7}{'gold':>6}{'found':>7}"]
    lines += [f"{name:<16}{s.precision:7.3f}{s.recall:7.3f}{s.f1:7.3f}{s.gold:6d}{s.found:7d}" for name, s in rows]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m teikit.references.score", description=__doc__)
    parser.add_argument("tei_dir", type=Path)
    parser.add_argument("--gold", type=Path, default=Path("tests/gold/references"))
    args = parser.parse_args(argv)
    print(report(args.tei_dir, args.gold))
    return 0


if __name__ == "__main__":
    sys.exit(main())
