"""teikit benchmark: prints a table of timings and memory. Run: python bench/run.py [--sizes 100,1000,10000]

Measures, on this machine: per-document convert and validate times for the seeds (with
lxml parsing alone as the floor for validation), the seed edition built cold and warm,
and a scaling series on generated corpora (documents per second, peak memory).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

import render as render_bench  # noqa: E402
import validate as validate_bench  # noqa: E402
from generate import generate  # noqa: E402
from timing import best_ms  # noqa: E402

from teikit.pipeline import Resources, check_output, convert_files  # noqa: E402
from teikit.validate.api import load_schemas, validate_files  # noqa: E402
from teikit.xmlsafe import parse_xml  # noqa: E402


def row(*cells: object) -> None:
    print("  ".join(f"{c:>12}" if i else f"{c:<34}" for i, c in enumerate(cells)))


def per_document(tmp: Path) -> None:
    from teikit.render.pdf import render_pdf  # WeasyPrint loads slowly: only here

    print("\n## Per document (seeds), best of 5 (PDF: of 3), milliseconds")
    row("document", "KB", "convert", "parse only", "XSD+Sch", "tei_all", "PDF", "PDF pages")
    tei_all = load_schemas(["tei_all"])
    sources = sorted((ROOT / "sources").glob("*.txt"))
    out = tmp / "tei"
    shutil.copytree(ROOT / "tei", out)
    resources = Resources.beside(out)  # loaded once, as in a build
    for source in sources:
        target = out / f"{source.stem}.xml"
        size = target.stat().st_size / 1024
        convert = best_ms(lambda: convert_files([source], out, resources), 5)
        parse = best_ms(lambda: parse_xml(target), 5)
        data = target.read_bytes()
        xsd_sch = best_ms(lambda: check_output(data, target), 5)  # as the build validates: registers parsed once
        rng = best_ms(lambda: validate_files([target], tei_all), 5)
        pdf_file = tmp / f"{source.stem}.pdf"
        pages = render_pdf(target, pdf_file).pages  # also the warm-up: fonts loaded, stylesheet compiled
        pdf = best_ms(lambda: render_pdf(target, pdf_file), 3)
        row(source.stem[:30], f"{size:.1f}", *(f"{t:.1f}" for t in (convert, parse, xsd_sch, rng, pdf)), pages)


def timed_build(project: Path, sources: Path, jobs: int = 2, pdf: bool = False) -> dict[str, float]:
    """`teikit build` in a fresh process; its wall time and peak memory (itself and its workers)."""
    pdf = "" if pdf else ", '--no-pdf'"  # type: ignore[assignment]
    code = (
        "import resource, sys, time\n"
        "from teikit.cli import main\n"
        "t = time.perf_counter()\n"
        f"rc = main(['build', '--sources', {str(sources)!r}, '--tei', 'tei', '--out', 'build', "
        f"'--jobs', '{jobs}'{pdf}])\n"
        "wall = time.perf_counter() - t\n"
        # VmHWM, not ru_maxrss: Linux carries ru_maxrss over exec, so it would report this benchmark's own size
        "me = int(next(l for l in open('/proc/self/status') if l.startswith('VmHWM:')).split()[1])\n"
        "kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss\n"
        "import json; print(json.dumps({'rc': rc, 'wall': wall, 'peak_mb': max(me, kids) / 1024}))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=project, capture_output=True, text=True, check=True)
    result = json.loads(out.stdout.strip().splitlines()[-1])
    # the build's own summary lines end with each phase's time: "convert: … (35.6 s, validation included)"
    for phase in ("convert", "render"):
        found = re.search(rf"^{phase}: .*\((\d+\.\d+) s", out.stderr, re.M)
        result[phase] = float(found.group(1)) if found else float("nan")
    return result


def new_project(tmp: Path, name: str) -> Path:
    project = tmp / name
    (project / "tei").mkdir(parents=True)
    for register in ("register.xml", "bibliography.xml"):
        if (ROOT / "tei" / register).exists():
            shutil.copy(ROOT / "tei" / register, project / "tei" / register)
    return project


def edition(tmp: Path) -> None:
    print("\n## The seed edition (teikit build: convert, validate, site), seconds")
    row("build", "cold", "warm (no change)", "peak MB")
    for pdf in (False, True):
        project = new_project(tmp, f"seeds-{pdf}")
        cold = timed_build(project, ROOT / "sources", pdf=pdf)
        warm = timed_build(project, ROOT / "sources", pdf=pdf)
        row("seed edition" + (" + PDF" if pdf else ""), f"{cold['wall']:.2f}", f"{warm['wall']:.2f}",
            f"{cold['peak_mb']:.0f}")


def scaling(tmp: Path, sizes: list[int]) -> None:
    print("\n## Scaling on generated corpora (convert + validate + HTML site, no PDF), cold builds, 2 workers")
    row("documents", "seconds", "docs/s", "ms/doc", "convert + validate s", "site s", "peak MB")
    for size in sizes:
        project = new_project(tmp, f"gen{size}")
        generate(project / "sources", size)
        result = timed_build(project, project / "sources")
        row(size, f"{result['wall']:.1f}", f"{size / result['wall']:.1f}", f"{result['wall'] / size * 1000:.1f}",
            f"{result['convert']:.1f}", f"{result['render']:.1f}", f"{result['peak_mb']:.0f}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", default="100,1000,10000", help="generated corpus sizes (comma-separated)")
    args = parser.parse_args()
    print(f"# teikit benchmark on {platform.node()}: {platform.processor() or platform.machine()}, "
          f"{os.cpu_count()} cores, Python {platform.python_version()}")
    with tempfile.TemporaryDirectory() as name:
        tmp = Path(name)
        per_document(tmp)
        print("\n## Project-schema validation split (CPU ms, best of 30)")
        validate_bench.table(sorted((ROOT / "tei").glob("[0-9]*.xml")), 30)
        print("\n## Rendering: each view against a saxonche identity transform of the same document (ms, best)")
        render_bench.main(sorted((ROOT / "tei").glob("[0-9]*.xml")), ROOT / "tei" / "register.xml")
        edition(tmp)
        scaling(tmp, [int(s) for s in args.sizes.split(",") if s])
    return 0


if __name__ == "__main__":
    sys.exit(main())
