"""teikit against its anchors, in one run: one table, medians and spread (min-max).

    .venv/bin/python bench/compare.py [--repeat 7] [--docs 200] [--base COMMIT]

- commands as whole processes (CPU of the child, user + system) against `jing` on the same
  files and against a fresh Python running a saxonche identity transform of the same file;
- the views and the project schema in process, against the identity transform;
- `teikit build` of generated documents: process pool against a Dask LocalCluster (two
  workers each), and docs per CPU-second against the code at ``--base`` (git archive).
Ratios from the same run are the figures to trust on a loaded machine.
"""

from __future__ import annotations

import argparse
import os
import platform
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

from generate import generate  # noqa: E402
from render import IDENTITY  # noqa: E402
from timing import median_spread, samples_ms  # noqa: E402

T = TypeVar("T")
PYTHON = sys.executable
CPU = time.process_time
TEIKIT = [PYTHON, "-m", "teikit.cli"]
SEEDS = sorted(str(p) for p in (ROOT / "tei").glob("[0-9]*.xml"))
DOC = str(ROOT / "tei" / "004_199396b955c38b4b.xml")
FRUS = [str(ROOT.parent / "shared" / "external-tei" / f) for f in ("frus1961-63v06.xml", "frus1964-68v17.xml")]
TEI_ALL = str(ROOT / "schema" / "tei" / "tei_all.rng")
ONE_SHOT_IDENTITY = f"""
import sys
from saxonche import PySaxonProcessor
with PySaxonProcessor(license=False) as p:
    x = p.new_xslt30_processor().compile_stylesheet(stylesheet_text={IDENTITY!r})
    x.transform_to_file(source_file=sys.argv[1], output_file=sys.argv[2])
"""


def child_cpu(argv: list[str], cwd: Path | None = None, env: dict[str, str] | None = None) -> float:
    """CPU seconds (user + system) of one child process and its children, in ms."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run(argv, cwd=cwd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime) * 1000


def cell(values: list[float], unit: str = "ms") -> str:
    median, low, high = median_spread(values)
    if unit == "s":
        return f"{median / 1000:.2f} s [{low / 1000:.2f}-{high / 1000:.2f}]"
    return f"{median:.1f} ms [{low:.1f}-{high:.1f}]"


def row(work: str, ours: list[float], anchor_name: str, anchor: list[float], goal: str, unit: str = "ms") -> None:
    ratio = median_spread(ours)[0] / median_spread(anchor)[0]
    print(f"| {work} | {cell(ours, unit)} | {anchor_name} {cell(anchor, unit)} | {ratio:.2f}x | {goal} |")


def alternate(a: Callable[[], T], b: Callable[[], T], repeat: int) -> tuple[list[T], list[T]]:
    """Both measured in turn, so that load on the machine falls on both alike."""
    xs, ys = [], []
    for _ in range(repeat):
        xs.append(a())
        ys.append(b())
    return xs, ys


def commands(repeat: int, tmp: Path) -> None:
    jing = shutil.which("jing")
    identity = tmp / "identity.py"
    identity.write_text(ONE_SHOT_IDENTITY, encoding="utf-8")
    one_shot = lambda: child_cpu([PYTHON, str(identity), DOC, str(tmp / "identity.xml")])  # noqa: E731
    if jing:
        for label, files in (("5 seeds", SEEDS), ("2 FRUS volumes", FRUS)):
            ours, theirs = alternate(lambda: child_cpu([*TEIKIT, "validate", "--schema", "tei_all", *files]),
                                     lambda: child_cpu([jing, TEI_ALL, *files]), repeat)
            row(f"`teikit validate --schema tei_all`, {label} (process CPU)", ours, "jing", theirs, "< 1x", "s")
    else:
        print("| tei_all against jing | | jing not installed (apt-get install jing) | | |")
    for label, argv, goal in (
            ("`teikit render 004`", [*TEIKIT, "render", DOC, "--out", str(tmp / "render")], "<= 5x"),
            ("`teikit validate 004` (XSD + Schematron)", [*TEIKIT, "validate", DOC], "<= 5x"),
            ("`teikit validate --schema tei_all 004`", [*TEIKIT, "validate", "--schema", "tei_all", DOC], "")):
        ours, anchor = alternate(lambda: child_cpu(argv), one_shot, repeat)
        row(f"{label} (process CPU)", ours, "identity one-shot", anchor, goal)


def in_process(repeat: int) -> None:
    from teikit.pipeline import check_output
    from teikit.render import stylesheets
    from teikit.render.html import VIEWS
    from teikit.xmlsafe import parse_xml

    register = {"register": stylesheets.file_node(ROOT / "tei" / "register.xml")}
    identity = stylesheets.processor().new_xslt30_processor().compile_stylesheet(stylesheet_text=IDENTITY)
    views: dict[str, list[float]] = {v: [] for v in VIEWS}
    floor: list[float] = []
    schema_ms: dict[str, list[float]] = {}  # per document, CPU ms
    for path in map(Path, SEEDS):
        node = stylesheets.xdm_document(parse_xml(path), path.resolve().as_uri())
        data = path.read_bytes()
        check_output(data, path)
        for view in VIEWS:
            stylesheets.transform(view, node, {"doc-base": path.stem, **register})  # compiled, index built
        for _ in range(repeat):  # CPU time: other load on the machine does not count
            base = median_spread(samples_ms(lambda: identity.transform_to_string(xdm_node=node), 5, CPU))[0]
            floor.append(base)
            for view in VIEWS:
                took = median_spread(samples_ms(
                    lambda v=view: stylesheets.transform(v, node, {"doc-base": path.stem, **register}), 5, CPU))[0]
                views[view].append(took / base)
            schema_ms.setdefault(path.name, []).append(samples_ms(lambda: check_output(data, path), 1, CPU)[0])
    for view, ratios in views.items():
        median, low, high = median_spread(ratios)
        print(f"| {view} view, seeds, in process, CPU (per document: view / identity) | | identity "
              f"{cell(floor)} | {median:.2f}x [{low:.2f}-{high:.2f}] | <= 3x |")
    per_50k = {name: [t * 50 * 1024 / Path(ROOT / "tei" / name).stat().st_size for t in times]
               for name, times in schema_ms.items()}
    together = [sum(run) * 50 * 1024 / sum(Path(p).stat().st_size for p in SEEDS) for run in zip(*schema_ms.values())]
    print(f"| project schema (XSD + Schematron), 004 (62 KB), CPU per 50 KB | {cell(per_50k[Path(DOC).name])} "
          f"| | | <= 20 ms |")
    print(f"| project schema, the 5 seeds together (125 KB), CPU per 50 KB | {cell(together)} | | | <= 20 ms |")


def timed_build(project: Path, extra: list[str], env: dict[str, str] | None = None) -> tuple[float, float]:
    """(wall ms, CPU ms of the process and its pool) of `teikit build --no-pdf` in a fresh copy."""
    shutil.rmtree(project / "build", ignore_errors=True)
    for tei in (project / "tei").glob("[0-9]*.xml"):
        tei.unlink()
    start = time.perf_counter()
    cpu = child_cpu([*TEIKIT, "build", "--sources", "sources", "--tei", "tei", "--out", "build", "--no-pdf", *extra],
                    cwd=project, env=env)
    return (time.perf_counter() - start) * 1000, cpu


def new_project(root: Path, docs: int) -> Path:
    (root / "tei").mkdir(parents=True)
    for name in ("register.xml", "bibliography.xml"):
        shutil.copy(ROOT / "tei" / name, root / "tei" / name)
    generate(root / "sources", docs)
    return root


def builds(docs: int, repeat: int, tmp: Path, base: str | None) -> None:
    project = new_project(tmp / "gen", docs)
    pool = lambda: timed_build(project, ["--jobs", "2"])  # noqa: E731
    try:
        from distributed import LocalCluster
    except ImportError:
        local = [pool() for _ in range(repeat)]
        print("| build on Dask | | dask[distributed] not installed | | |")
    else:
        with LocalCluster(n_workers=2, threads_per_worker=1, dashboard_address=None) as cluster:
            on_dask = lambda: timed_build(project, ["--scheduler", cluster.scheduler_address])  # noqa: E731
            on_dask()  # workers warm: imports done, stylesheets compiled
            local, dask = alternate(pool, on_dask, repeat)
        row(f"`teikit build`, {docs} generated documents, wall: Dask LocalCluster (2 workers) vs pool",
            [w for w, _ in dask], "process pool --jobs 2", [w for w, _ in local], "", "s")
    if base:
        old = tmp / "base"
        old.mkdir()
        archive = subprocess.run(["git", "-C", str(ROOT), "archive", base], capture_output=True, check=True).stdout
        subprocess.run(["tar", "-x", "-C", str(old)], input=archive, check=True)
        env = {**os.environ, "PYTHONPATH": str(old / "src")}
        before = [timed_build(project, ["--jobs", "2"], env) for _ in range(repeat)]
        ours = [docs / (cpu / 1000) for _, cpu in local]
        theirs = [docs / (cpu / 1000) for _, cpu in before]
        o, t = median_spread(ours), median_spread(theirs)
        print(f"| build throughput, {docs} documents, docs per CPU-second | {o[0]:.1f} [{o[1]:.1f}-{o[2]:.1f}] | "
              f"{base[:10]} {t[0]:.1f} [{t[1]:.1f}-{t[2]:.1f}] | {o[0] / t[0]:.2f}x | >= 2x |")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=7, help="runs of each command (default 7)")
    parser.add_argument("--docs", type=int, default=200, help="generated documents for the build rows (0: none)")
    parser.add_argument("--base", default=None, help="commit to compare build throughput with (e.g. main)")
    args = parser.parse_args()
    print(f"# teikit compared, {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}, {platform.node()}: "
          f"{platform.machine()}, {os.cpu_count()} cores, load {os.getloadavg()[0]:.1f}, Python {platform.python_version()}")
    print("\n| work | teikit, median [min-max] | anchor | ratio | goal |\n|---|---|---|---|---|")
    with tempfile.TemporaryDirectory() as name:
        tmp = Path(name)
        commands(args.repeat, tmp)
        in_process(args.repeat)
        if args.docs:
            builds(args.docs, max(1, args.repeat // 3), tmp, args.base)
    return 0


if __name__ == "__main__":
    sys.exit(main())
