"""Precision / recall / F1 of names and dates against hand-written gold.

Gold: ``<gold>/<stem>.json``, a list of ``{"type", "text", "ref"|"when"|"from"|"to"|
"notBefore"|"notAfter"}``. A mention is correct when type, normalised text and
attributes all agree (multiset matching): a name needs the right ``ref`` (bare id
or with a prefix up to '#'), or none when the gold has none; a date needs the same
normalised values.

``python -m teikit.names.score [--gold DIR] TEI_DIR`` scores TEI files;
``--raw SOURCES_DIR`` runs the Annotator over raw sources instead. Raw mode needs
``<gold>/_raw.json``: ``{stem: {"doc_date", "start", "end"}}``, where the document
text begins at the first occurrence of ``start`` and ends after the first later
occurrence of ``end`` (page furniture and header are outside the gold).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path
from typing import TextIO

from lxml import etree

from teikit.lxmltypes import attrib, itertext
from teikit.names.text import fold_plain
from teikit.xmlsafe import parse_xml

TYPES = ("persName", "orgName", "placeName", "date")
DATE_KEYS = ("when", "from", "to", "notBefore", "notAfter")
TEI_NS = "http://www.tei-c.org/ns/1.0"

Key = tuple[str, str, tuple[tuple[str, str], ...]]


def key(typ: str, text: str, attrs: dict) -> Key:
    if typ == "date":
        vals = tuple((k, str(attrs[k])) for k in DATE_KEYS if attrs.get(k))
    else:
        ref = attrs.get("ref")
        vals = (("ref", ref.rsplit("#", 1)[-1]),) if ref else ()
    return (typ, fold_plain(text), vals)


def gold_keys(path: Path) -> list[Key]:
    return [key(g["type"], g["text"], g) for g in json.loads(path.read_text(encoding="utf-8"))]


def tei_keys(path: Path) -> list[Key]:
    root = parse_xml(path).getroot()
    out = []
    for text in root.iter(f"{{{TEI_NS}}}text"):
        for el in text.iter(*(f"{{{TEI_NS}}}{t}" for t in TYPES)):
            out.append(key(etree.QName(el).localname, "".join(itertext(el)), attrib(el)))
    return out


def body(raw: str, start: str, end: str) -> str:
    s = raw.index(start)
    e = raw.index(end, s) + len(end)
    return raw[s:e]


def raw_keys(path: Path, spec: dict, annotator) -> list[Key]:
    from teikit.names.annotate import Context

    text = body(path.read_text(encoding="utf-8"), spec["start"], spec["end"])
    paras = [p for p in text.split("\n") if p.strip()]
    out = []
    for para, ms in zip(paras, annotator.annotate_many(paras, Context(spec.get("doc_date")))):
        out += [key(m.tag, para[m.start:m.end], m.attrs) for m in ms]
    return out


def compare(gold: list[Key], pred: list[Key]) -> dict[str, tuple[int, int, int]]:
    """type -> (true positives, predicted, gold)."""
    g, p = Counter(gold), Counter(pred)
    res = {}
    for t in TYPES:
        gt = Counter({k: v for k, v in g.items() if k[0] == t})
        pt = Counter({k: v for k, v in p.items() if k[0] == t})
        res[t] = (sum((gt & pt).values()), sum(pt.values()), sum(gt.values()))
    return res


def prf(tp: int, np_: int, ng: int) -> tuple[float, float, float]:
    pr = tp / np_ if np_ else 1.0
    rc = tp / ng if ng else 1.0
    f = 2 * pr * rc / (pr + rc) if pr + rc else 0.0
    return pr, rc, f


def score(pairs: list[tuple[str, list[Key], list[Key]]], verbose: bool = False,
          out: TextIO | None = None) -> dict[str, tuple[float, float, float]]:
    out = out or sys.stdout
    total = {t: [0, 0, 0] for t in TYPES}
    for stem, gold, pred in pairs:
        for t, (tp, np_, ng) in compare(gold, pred).items():
            total[t][0] += tp
            total[t][1] += np_
            total[t][2] += ng
        if verbose:
            g, p = Counter(gold), Counter(pred)
            for k in sorted((p - g).elements()):
                print(f"  {stem} FP {k}", file=out)
            for k in sorted((g - p).elements()):
                print(f"  {stem} FN {k}", file=out)
    print(f"{'type':<10} {'P':>6} {'R':>6} {'F1':>6}  {'tp':>5} {'pred':>5} {'gold':>5}", file=out)
    result = {}
    for t in TYPES:
        tp, np_, ng = total[t]
        result[t] = prf(tp, np_, ng)
        pr, rc, f = result[t]
        print(f"{t:<10} {pr:6.3f} {rc:6.3f} {f:6.3f}  {tp:5d} {np_:5d} {ng:5d}", file=out)
    return result


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m teikit.names.score", description=__doc__.split("\n\n")[0])
    ap.add_argument("tei_dir", nargs="?", type=Path, help="directory of TEI files")
    ap.add_argument("--gold", type=Path, default=Path("tests/gold"))
    ap.add_argument("--raw", type=Path, metavar="SOURCES_DIR", help="annotate raw sources instead of reading TEI")
    ap.add_argument("--register", type=Path, default=None)
    ap.add_argument("-v", "--verbose", action="store_true", help="list false positives and negatives")
    args = ap.parse_args(argv)
    golds = sorted(p for p in args.gold.glob("*.json") if not p.name.startswith("_"))
    if not golds:
        print(f"no gold files in {args.gold}", file=sys.stderr)
        return 2
    pairs = []
    if args.raw:
        from teikit.names.annotate import Annotator
        from teikit.names.register import load_register

        specs = json.loads((args.gold / "_raw.json").read_text(encoding="utf-8"))
        ann = Annotator(load_register(args.register))
        for g in golds:
            src = args.raw / f"{g.stem}.txt"
            pairs.append((g.stem, gold_keys(g), raw_keys(src, specs[g.stem], ann)))
    elif args.tei_dir:
        for g in golds:
            tei = args.tei_dir / f"{g.stem}.xml"
            pairs.append((g.stem, gold_keys(g), tei_keys(tei) if tei.exists() else []))
    else:
        ap.error("give TEI_DIR or --raw SOURCES_DIR")
    score(pairs, args.verbose)
    return 0


if __name__ == "__main__":
    sys.exit(main())
