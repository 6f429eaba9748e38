"""validate's cost per error. Run: python bench/validate_errors.py [--repeat N] [--copies N] [--large]

One valid document (tei/004, the largest seed) has its body replicated ``--copies`` times (ids
and the pointers to them suffixed per copy, so the file stays valid); then 100, 1 000 and 10 000
errors are injected into copies of that file, spread evenly over its elements and of four
kinds in turn: an attribute the schema lacks, a pointer to no xml:id, a value
outside a closed list, and an unknown element. Every file has about the same size. Each is
validated against the project schema (XSD + Schematron, as `teikit validate` does) ``--repeat``
times; the script prints the median and best CPU time, the valid file's time (the anchor),
the cost per error above the anchor ((median - anchor) / errors reported) and the cost of
each error a row adds to the row before ("per added"). The target (issue 20): the cost per
error flat within 2x from 100 to 10 000 errors. At 100 errors the difference to the anchor
is a few percent of the total, so that row's figures are the noisiest.

--large also times two large foreign files once each: the 2 MB ELTeC novel with every word
in a <w xml:id> (about 4 MB, like a level-2 ELTeC file), and a teiCorpus of ten copies of
the novel (about 20 MB).
"""

from __future__ import annotations

import argparse
import copy
import re
import statistics
import sys
import tempfile
import time
from pathlib import Path

from lxml import etree

ROOT = Path(__file__).resolve().parents[1]
ELTEC = ROOT.parent / "shared" / "external-tei" / "more" / "eltec_dickens_ENG18481.xml"

from timing import samples_ms  # noqa: E402

from teikit.validate.api import check_bytes, load_schemas  # noqa: E402
from teikit.validate.diagnostics import count  # noqa: E402

TEI = "http://www.tei-c.org/ns/1.0"
XML_ID = "{http://www.w3.org/XML/1998/namespace}id"
POINTERS = ("ref", "who", "target", "corresp", "resp", "active", "passive")
SEED = next((ROOT / "tei").glob("004_*.xml"))


def replicated(copies: int) -> etree._ElementTree:
    """The seed with its body's content ``copies`` times, its ids and the pointers to them suffixed per copy."""
    tree = etree.parse(str(SEED))
    body = tree.find(f".//{{{TEI}}}body")
    assert body is not None
    original = list(body)
    inside = {el.get(XML_ID) for el in body.iter(etree.Element) if el.get(XML_ID)}
    for n in range(1, copies):
        for child in original:
            clone = copy.deepcopy(child)
            for el in clone.iter(etree.Element):
                if el.get(XML_ID):
                    el.set(XML_ID, f"{el.get(XML_ID)}-c{n}")
                for name in POINTERS:
                    if (value := el.get(name)) is not None:
                        el.set(name, " ".join(f"{t}-c{n}" if t[1:] in inside else t for t in value.split()))
            body.append(clone)
    return tree


def _bad_attribute(el: etree._Element, i: int) -> None:
    el.set(f"bogus{i % 5}", "x")


def _dangling_pointer(el: etree._Element, i: int) -> None:
    el.set("corresp", f"#nowhere{i % 5}")  # teikit-pointer-local (Schematron); an XSD error too where not allowed


def _closed_value(el: etree._Element, i: int) -> None:
    el.set("type", f"nosuchtype{i % 5}")


def _unknown_element(el: etree._Element, i: int) -> None:
    el.insert(0, etree.Element(f"{{{TEI}}}bogus{i % 5}"))


MUTATIONS = (_bad_attribute, _dangling_pointer, _closed_value, _unknown_element)


def mutated(tree: etree._ElementTree, errors: int) -> bytes:
    """``tree`` with ``errors`` mutations on elements spread evenly over the text."""
    spoilt = copy.deepcopy(tree)
    text = spoilt.find(f"{{{TEI}}}text")
    assert text is not None
    targets = list(text.iter(f"{{{TEI}}}p", f"{{{TEI}}}persName", f"{{{TEI}}}placeName", f"{{{TEI}}}orgName",
                             f"{{{TEI}}}speaker"))
    step = len(targets) / errors
    if step < 1:
        raise SystemExit(f"{len(targets)} elements to spoil, {errors} errors wanted: raise --copies")
    for i in range(errors):
        MUTATIONS[i % len(MUTATIONS)](targets[int(i * step)], i)
    return etree.tostring(spoilt, xml_declaration=True, encoding="UTF-8")


def timed(data: bytes, folder: Path, repeat: int) -> tuple[float, float, int]:
    """(median ms, best ms, errors found) of validating ``data`` against the project schema."""
    schemas = load_schemas(["teikit"])
    target = folder / "doc.xml"
    found = check_bytes(data, str(target), target.as_uri(), schemas)
    times = samples_ms(lambda: check_bytes(data, str(target), target.as_uri(), schemas), repeat, time.process_time)
    return statistics.median(times), min(times), count(found)["error"]


def per_error_table(copies: int, repeat: int, folder: Path) -> None:
    base = replicated(copies)
    valid = etree.tostring(base, xml_declaration=True, encoding="UTF-8")
    anchor, anchor_best, errors = timed(valid, folder, repeat)
    assert errors == 0, f"the replicated seed is not valid ({errors} errors)"
    print(f"seed {SEED.name} x{copies}: {len(valid) / 1e6:.2f} MB, CPU ms, median and best of {repeat}")
    print(f"{'injected':>9}{'errors':>8}{'MB':>6}{'median':>9}{'best':>9}{'per error':>11}{'per added':>11}")
    print(f"{0:>9}{0:>8}{len(valid) / 1e6:>6.2f}{anchor:>9.0f}{anchor_best:>9.0f}{'(anchor)':>11}")
    before = (anchor, 0)
    for injected in (100, 1_000, 10_000):
        data = mutated(base, injected)
        median, best, errors = timed(data, folder, repeat)
        per = (median - anchor) / errors
        added = (median - before[0]) / (errors - before[1])  # the cost of the errors this row adds
        print(f"{injected:>9}{errors:>8}{len(data) / 1e6:>6.2f}{median:>9.0f}{best:>9.0f}{per:>11.3f}{added:>11.3f}")
        before = (median, errors)


def tokenised(novel: bytes) -> bytes:
    """Every word of the novel's text in a <w xml:id>."""
    at = novel.index(b"</teiHeader>")
    head, rest = novel[:at], novel[at:]
    counter = iter(range(10**9))
    words = re.sub(rb">([^<]+)<", lambda m: b">" + re.sub(
        rb"[^\s]+", lambda w: b'<w xml:id="w%d">%s</w>' % (next(counter), w.group()), m.group(1)) + b"<", rest)
    return head + words


def corpus(novel: bytes, copies: int) -> bytes:
    tei = novel[novel.index(b"<TEI"):].replace(b' xml:id="', b' n="')  # ten copies: one id each would clash
    header = (b'<teiHeader><fileDesc><titleStmt><title>corpus</title></titleStmt><publicationStmt><p>bench</p>'
              b'</publicationStmt><sourceDesc><p>bench</p></sourceDesc></fileDesc></teiHeader>')
    return (b'<?xml version="1.0" encoding="UTF-8"?><teiCorpus xmlns="http://www.tei-c.org/ns/1.0">' + header
            + tei * copies + b"</teiCorpus>")


def large(folder: Path) -> None:
    if not ELTEC.is_file():
        print(f"--large: {ELTEC} not found")
        return
    novel = ELTEC.read_bytes()
    for label, data in (("tokenised novel", tokenised(novel)), ("teiCorpus x10", corpus(novel, 10))):
        median, _best, errors = timed(data, folder, 1)
        print(f"{label}: {len(data) / 1e6:.1f} MB, {errors} errors, {median / 1000:.1f} s CPU")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--copies", type=int, default=40)
    parser.add_argument("--large", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        per_error_table(args.copies, args.repeat, Path(tmp))
        if args.large:
            large(Path(tmp))
    return 0


if __name__ == "__main__":
    sys.exit(main())
