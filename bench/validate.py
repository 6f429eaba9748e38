"""Per-document validation breakdown. Run: python bench/validate.py [--repeat N] [files...]

For each seed (tei/0*.xml): lxml parse, xmlschema XSD, Schematron (Saxon) and the whole
project-schema check as the build runs it (check_output: parse + XSD + Schematron +
diagnostics), in milliseconds, best of N. CPU time of this process, so other load on
the machine does not count.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

from teikit.pipeline import check_output, project_schemas  # noqa: E402
from teikit.validate.locate import Locator, decode  # noqa: E402
from teikit.xmlsafe import parse_xml  # noqa: E402
from timing import best_ms  # noqa: E402


def table(files: list[Path], repeat: int) -> None:
    """Print the breakdown for ``files``."""
    xsd, sch = project_schemas()[0]
    check_output(files[0].read_bytes(), files[0])  # warm up: schemas compiled, registers preloaded
    print(f"{'document':<28}{'KB':>7}{'parse':>9}{'XSD':>9}{'Sch':>9}{'total':>9}   (ms, best of {repeat})")
    for path in files:
        data = path.read_bytes()
        tree = parse_xml(data, str(path))
        uri = path.resolve().as_uri()

        def run(schema):  # type: ignore[no-untyped-def]
            return lambda: schema.check(tree, Locator(decode(data, tree), tree), str(path), uri)

        cells = [best_ms(fn, repeat, time.process_time)
                 for fn in (lambda: parse_xml(data, str(path)), run(xsd), run(sch), lambda: check_output(data, path))]
        print(f"{path.name[:27]:<28}{len(data) / 1024:>7.1f}" + "".join(f"{c:>9.1f}" for c in cells))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=30)
    parser.add_argument("files", nargs="*", type=Path)
    args = parser.parse_args()
    table(args.files or sorted((ROOT / "tei").glob("0*.xml")), args.repeat)
    return 0


if __name__ == "__main__":
    sys.exit(main())
