"""Per-document validation breakdown. Run: python bench/validate.py [--repeat N] [--xsd-variants] [files...]

For each seed (tei/0*.xml): lxml parse, xmlschema XSD, Schematron (Saxon) and the whole
project-schema check as the build runs it (check_output: parse + XSD + Schematron +
diagnostics), in milliseconds, median and best of N, and the whole check per 50 KB (the
README's target: at most 20 ms, median). CPU time of this process, so other load on the
machine does not count.

--xsd-variants: the XSD check of the largest file run other ways xmlschema offers (the lxml
tree as it is, a byte source, a lazy resource, stock XMLSchema10 and XMLSchema11 without
teikit's content-model shortcut), against the way validate runs it.
"""

from __future__ import annotations

import argparse
import io
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

from lxml import etree

ROOT = Path(__file__).resolve().parents[1]

from timing import samples_ms  # noqa: E402

from teikit.pipeline import check_output, project_schemas  # noqa: E402
from teikit.validate.locate import Locator, decode  # noqa: E402
from teikit.xmlsafe import parse_xml  # noqa: E402


def median_best(fn: Callable[[], object], repeat: int) -> tuple[float, float]:
    times = samples_ms(fn, repeat, time.process_time)
    return statistics.median(times), min(times)


def table(files: list[Path], repeat: int) -> None:
    """Print the breakdown for ``files``."""
    xsd, sch = project_schemas()[0]
    libxml2 = etree.XMLSchema(etree.parse(str(xsd.path), etree.XMLParser(no_network=True)))
    check_output(files[0].read_bytes(), files[0])  # warm up: schemas compiled, registers preloaded
    print(f"{'document':<28}{'KB':>7}{'parse':>13}{'XSD':>13}{'libxml2':>13}{'Sch':>13}{'total':>13}"
          f"{'per 50 KB':>11}   (CPU ms, median/best of {repeat}; libxml2: the same XSD, for comparison)")
    for path in files:
        data = path.read_bytes()
        tree = parse_xml(data, str(path))
        uri = path.resolve().as_uri()

        def run(schema):  # type: ignore[no-untyped-def]
            return lambda: schema.check(tree, Locator(decode(data, tree), tree), str(path), uri)

        cells = [median_best(fn, repeat)
                 for fn in (lambda: parse_xml(data, str(path)), run(xsd), lambda: libxml2.validate(tree), run(sch),
                            lambda: check_output(data, path))]
        per_50kb = cells[-1][0] * 50 / (len(data) / 1024)
        print(f"{path.name[:27]:<28}{len(data) / 1024:>7.1f}" + "".join(f"{m:>7.1f}/{b:<5.1f}" for m, b in cells)
              + f"{per_50kb:>11.1f}")


def xsd_variants(path: Path, repeat: int) -> None:
    """The XSD check of ``path`` the ways xmlschema offers, against validate's."""
    import xmlschema

    from teikit.validate.xsd import _plain_tree, load_xsd, validate_xsd

    schema_file = ROOT / "schema" / "teikit.xsd"
    fast, stock10, stock11 = load_xsd(schema_file), xmlschema.XMLSchema10(str(schema_file)), \
        xmlschema.XMLSchema11(str(schema_file))
    data = path.read_bytes()
    tree = parse_xml(data, str(path))
    variants: dict[str, Callable[[], object]] = {
        "validate's (xml.etree copy)": lambda: validate_xsd(fast, tree, Locator(decode(data, tree), tree), "x"),
        "the lxml tree as it is": lambda: fast.is_valid(tree),
        "a byte source": lambda: fast.is_valid(xmlschema.XMLResource(io.BytesIO(data))),
        "a lazy resource": lambda: fast.is_valid(xmlschema.XMLResource(io.BytesIO(data), lazy=True)),
        "stock XMLSchema10": lambda: stock10.is_valid(_plain_tree(tree)),
        "stock XMLSchema11": lambda: stock11.is_valid(_plain_tree(tree)),
        "load_xsd again (per-process cache)": lambda: load_xsd(schema_file),
    }
    print(f"\nXSD of {path.name} ({len(data) / 1024:.1f} KB), CPU ms, median/best of {repeat}")
    for label, fn in variants.items():
        median, best = median_best(fn, repeat)
        print(f"  {label:<36}{median:>7.1f}/{best:<6.1f}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=30)
    parser.add_argument("--xsd-variants", action="store_true")
    parser.add_argument("files", nargs="*", type=Path)
    args = parser.parse_args()
    files = args.files or sorted((ROOT / "tei").glob("0*.xml"))
    table(files, args.repeat)
    if args.xsd_variants:
        xsd_variants(max(files, key=lambda p: p.stat().st_size), args.repeat)
    return 0


if __name__ == "__main__":
    sys.exit(main())
