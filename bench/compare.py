"""teikit against its anchors, in one run: one table, medians and spread (min-max).

    .venv/bin/python bench/compare.py [--repeat 7] [--docs 1000] [--build-repeat 3] [--dask-repeat 1]
                                      [--base COMMIT] [--rows commands,views,build,dask]

``--docs N`` (or ``N,M``) sizes both the throughput rows and the Dask against pool rows
(``--dask-docs`` overrides the latter); ``--rows`` picks the parts, e.g. ``--docs 10000 --rows dask``
for the 10 000-document pool against Dask rows alone. Every row ends met / missed, and a miss
says its cause, measured in the same run where the script can measure it.

- commands as whole processes (CPU of the child, user + system) against `jing` on the same
  files and against a fresh Python running a saxonche identity transform of the same file;
- the views and the project schema in process, against the identity transform;
- `teikit build` of generated documents: docs per CPU-second against the code at ``--base``
  (git archive; default 044dfdf, the previous release), and the process pool against a Dask
  LocalCluster (two workers each), wall and CPU; each row says whether the outputs were the same.
Ratios from the same run are the figures to trust on a loaded machine.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import platform
import re
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
SAXON_FLOOR = "from saxonche import PySaxonProcessor; PySaxonProcessor(license=False)"
RENDER_IMPORTS = "import teikit.cli, teikit.render.command"
IMPORT_XMLSCHEMA = "import xmlschema"
LOAD_XSD = ("from teikit.validate.xsd import load_xsd; from teikit import resources; "
            "load_xsd(resources.schema_dir() / 'teikit.xsd')")
LOAD_SCH = ("from teikit.validate.schematron import load_schematron; from teikit import resources; "
            "load_schematron(resources.schema_dir() / 'teikit.sch', None)")
COMPILE_READING = ("from teikit.render import stylesheets; "
                   "stylesheets.executable('reading')")
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


def verdict(value: float, goal: str, cause: str = "") -> str:
    """'met' or 'missed' against a goal written '< 1x', '<= 5x', '>= 2x' or '<= 20 ms'; a miss carries its cause."""
    match = re.fullmatch(r"(<=|<|>=)\s*([0-9.]+)\s*(x|ms)", goal.strip())
    if not match:
        return "(no goal)" + (f": {cause}" if cause else "")
    op, bound = match.group(1), float(match.group(2))
    met = value < bound if op == "<" else value <= bound if op == "<=" else value >= bound
    return "met" if met else "**missed**" + (f": {cause}" if cause else "")


def row(work: str, ours: list[float], anchor_name: str, anchor: list[float], goal: str, unit: str = "ms",
        cause: str = "") -> float:
    ratio = median_spread(ours)[0] / median_spread(anchor)[0]
    print(f"| {work} | {cell(ours, unit)} | {anchor_name} {cell(anchor, unit)} | {ratio:.2f}x | {goal} | "
          f"{verdict(ratio, goal, cause)} |", flush=True)
    return ratio


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
    imports = lambda: child_cpu([PYTHON, "-c", RENDER_IMPORTS])  # noqa: E731
    compiles = median_spread([child_cpu([PYTHON, "-c", COMPILE_READING]) for _ in range(repeat)])[0]
    floor = median_spread([child_cpu([PYTHON, "-c", SAXON_FLOOR]) for _ in range(repeat)])[0]
    for label, argv, goal in (
            ("`teikit render 004`", [*TEIKIT, "render", DOC, "--out", str(tmp / "render")], "<= 5x"),
            ("`teikit validate 004` (XSD + Schematron)", [*TEIKIT, "validate", DOC], "<= 5x"),
            ("`teikit validate --schema tei_all 004`", [*TEIKIT, "validate", "--schema", "tei_all", DOC], "")):
        ours, anchor = alternate(lambda: child_cpu(argv), one_shot, repeat)
        cause = ""
        if "render" in label:
            imported = median_spread([imports() for _ in range(repeat)])[0]
            cause = (f"of its {median_spread(ours)[0]:.0f} ms, a process that imports what render imports "
                     f"takes {imported:.0f} ms, one that compiles reading.xsl (its imports included) "
                     f"{compiles:.0f} ms, Python + saxonche alone {floor:.0f} ms (same run); "
                     "Saxon HE cannot keep a compiled stylesheet")
        if label.startswith("`teikit validate 004`"):
            parts = {what: median_spread([child_cpu([PYTHON, "-c", code]) for _ in range(repeat)])[0]
                     for what, code in (("import xmlschema", IMPORT_XMLSCHEMA), ("that + the pickled XSD", LOAD_XSD),
                                        ("compiling the Schematron", LOAD_SCH), ("a bare Python", "pass"))}
            cause = ("processes that do one part each (CPU medians, same run): "
                     + ", ".join(f"{k} {v:.0f} ms" for k, v in parts.items())
                     + "; xmlschema gives the XSD verdict and messages since issue 20")
        row(f"{label} (process CPU)", ours, "identity one-shot", anchor, goal, cause=cause)


def in_process(repeat: int) -> None:
    from teikit.pipeline import check_output
    from teikit.render import stylesheets
    from teikit.render.html import VIEWS
    from teikit.xmlsafe import parse_xml

    register = {"register": stylesheets.file_node(ROOT / "tei" / "register.xml")}
    identity = stylesheets.processor().new_xslt30_processor().compile_stylesheet(stylesheet_text=IDENTITY)
    views: dict[str, list[float]] = {v: [] for v in VIEWS}
    copies: dict[str, list[float]] = {v: [] for v in VIEWS}  # identity of the view's own page / identity of the TEI
    sizes: dict[str, list[float]] = {v: [] for v in VIEWS}  # page bytes / TEI bytes
    bare: dict[str, list[float]] = {v: [] for v in VIEWS}  # the view without a register (no name cards) / identity
    floor: list[float] = []
    schema_ms: dict[str, list[float]] = {}  # per document, CPU ms
    for path in map(Path, SEEDS):
        node = stylesheets.xdm_document(parse_xml(path), path.resolve().as_uri())
        data = path.read_bytes()
        check_output(data, path)
        pages = {}
        for view in VIEWS:  # compiled, index built
            pages[view] = stylesheets.transform(view, node, {"doc-base": path.stem, **register})
        page_nodes = {v: stylesheets.processor().new_document_builder().parse_xml(xml_text=_as_xml(pages[v]))
                      for v in VIEWS}
        copied = len(identity.transform_to_string(xdm_node=node).encode())
        for view in VIEWS:
            sizes[view].append(len(pages[view].encode()) / copied)
        for _ in range(repeat):  # CPU time: other load on the machine does not count
            base = median_spread(samples_ms(lambda: identity.transform_to_string(xdm_node=node), 5, CPU))[0]
            floor.append(base)
            for view in VIEWS:
                took = median_spread(samples_ms(
                    lambda v=view: stylesheets.transform(v, node, {"doc-base": path.stem, **register}), 5, CPU))[0]
                views[view].append(took / base)
                copy = median_spread(samples_ms(
                    lambda v=view: identity.transform_to_string(xdm_node=page_nodes[v]), 5, CPU))[0]
                copies[view].append(copy / base)
                cardless = median_spread(samples_ms(
                    lambda v=view: stylesheets.transform(v, node, {"doc-base": path.stem, "register-uri": ""}),
                    5, CPU))[0]
                bare[view].append(cardless / base)
            schema_ms.setdefault(path.name, []).append(samples_ms(lambda: check_output(data, path), 1, CPU)[0])
    compile_ms = {v: median_spread(samples_ms(lambda v=v: stylesheets._compile(stylesheets.stylesheet_path(v)),
                                              3, CPU))[0] for v in VIEWS}
    identity_compile = median_spread(samples_ms(
        lambda: stylesheets.processor().new_xslt30_processor().compile_stylesheet(stylesheet_text=IDENTITY), 3, CPU))[0]
    for view, ratios in views.items():
        median, low, high = median_spread(ratios)
        size, copy = median_spread(sizes[view])[0], median_spread(copies[view])[0]
        cause = (f"the page is {size:.1f}x the TEI's size and an identity transform of the page itself "
                 f"costs {copy:.1f}x; without a register (no name cards) the view is "
                 f"{median_spread(bare[view])[0]:.1f}x (medians, same run); the rest is the view's own work "
                 "(the frame, notes, apparatus, links, mention ids). Not in the ratio: the compile, once per "
                 f"process, {compile_ms[view]:.0f} ms (identity {identity_compile:.1f} ms)")
        print(f"| {view} view, seeds, in process, CPU (per document: view / identity) | | identity "
              f"{cell(floor)} | {median:.2f}x [{low:.2f}-{high:.2f}] | <= 3x | {verdict(median, '<= 3x', cause)} |",
              flush=True)
    per_50k = {name: [t * 50 * 1024 / Path(ROOT / "tei" / name).stat().st_size for t in times]
               for name, times in schema_ms.items()}
    together = [sum(run) * 50 * 1024 / sum(Path(p).stat().st_size for p in SEEDS) for run in zip(*schema_ms.values())]
    parts = schema_parts(Path(DOC), repeat)
    cause = "of it, per 50 KB (004, medians, same run): " + ", ".join(f"{k} {v:.1f} ms" for k, v in parts.items())
    for label, values in (("project schema (XSD + Schematron), 004 (62 KB), CPU per 50 KB", per_50k[Path(DOC).name]),
                          ("project schema, the 5 seeds together (125 KB), CPU per 50 KB", together)):
        print(f"| {label} | {cell(values)} | | | <= 20 ms | {verdict(median_spread(values)[0], '<= 20 ms', cause)} |",
              flush=True)


def schema_parts(path: Path, repeat: int) -> dict[str, float]:
    """CPU ms per 50 KB of each part of the project-schema check of one document: parse, locator, each schema."""
    from teikit.pipeline import check_output, project_schemas
    from teikit.validate.locate import Locator, decode
    from teikit.xmlsafe import parse_xml

    data, name, uri = path.read_bytes(), str(path), path.resolve().as_uri()
    check_output(data, path)  # the schemas compiled and the registers preloaded, as in a build
    scale = 50 * 1024 / len(data)
    tree = parse_xml(data, name)
    locator = Locator(decode(data, tree), tree)
    parts = {"parse": median_spread(samples_ms(lambda: parse_xml(data, name), repeat, CPU))[0] * scale,
             "locator": median_spread(samples_ms(lambda: Locator(decode(data, tree), tree), repeat, CPU))[0] * scale}
    for schema in project_schemas()[0]:
        parts[schema.path.name] = median_spread(samples_ms(
            lambda s=schema: s.check(tree, locator, name, uri), repeat, CPU))[0] * scale
    return parts


def _as_xml(page: str) -> str:
    """An HTML page as well-formed XML for the identity transform (the doctype dropped)."""
    from lxml import etree, html
    return etree.tostring(html.document_fromstring(page), encoding="unicode")


def timed_build(project: Path, extra: list[str], env: dict[str, str] | None = None,
                others: Callable[[], float] = lambda: 0.0) -> tuple[float, float, str]:
    """(wall ms, CPU ms, digest of the output) of `teikit build --no-pdf` in ``project`` from
    scratch; CPU is the process and its pool's, plus ``others()`` (a cluster's CPU) across the run."""
    shutil.rmtree(project / "build", ignore_errors=True)
    for tei in (project / "tei").glob("[0-9]*.xml"):
        tei.unlink()
    start, before = time.perf_counter(), others()
    cpu = child_cpu([*TEIKIT, "build", "--sources", "sources", "--tei", "tei", "--out", "build", "--no-pdf", *extra],
                    cwd=project, env=env)
    return (time.perf_counter() - start) * 1000, cpu + others() - before, output_digest(project)


_STAMP = re.compile(rb'<\?teikit sha256="[0-9a-f]+"\?>|(<\?xml-model href=")[^"]*(/schema/teikit\.)')


def output_digest(project: Path) -> str:
    """One hash of every file the build wrote in tei/ and build/ (its store aside). The schema's
    location in xml-model (and the stamp that hashes it) is left out: the anchor's code lies elsewhere."""
    digest = hashlib.sha256()
    for path in sorted(p for folder in ("tei", "build") for p in (project / folder).rglob("*")
                       if p.is_file() and ".teikit" not in p.parts):
        digest.update(str(path.relative_to(project)).encode() + b"\0")
        digest.update(_STAMP.sub(lambda m: (m.group(1) or b"") + (m.group(2) or b""), path.read_bytes()))
    return digest.hexdigest()[:12]


def new_project(root: Path, docs: int) -> Path:
    (root / "tei").mkdir(parents=True)
    for name in ("register.xml", "bibliography.xml"):
        shutil.copy(ROOT / "tei" / name, root / "tei" / name)
    generate(root / "sources", docs)
    return root


def anchor_env(base: str, tmp: Path) -> dict[str, str]:
    """PYTHONPATH for the code at commit ``base`` (git archive into ``tmp``)."""
    old = tmp / f"base-{base}"
    if not old.exists():
        old.mkdir()
        archive = subprocess.run(["git", "-C", str(ROOT), "archive", base], capture_output=True, check=True).stdout
        subprocess.run(["tar", "-x", "-C", str(old)], input=archive, check=True)
    return {**os.environ, "PYTHONPATH": str(old / "src")}


def same(runs: list[tuple[float, float, str]]) -> str:
    return "same bytes" if len({d for _, _, d in runs}) == 1 else "BYTES DIFFER"


def same_each(ours: list[tuple[float, float, str]], theirs: list[tuple[float, float, str]]) -> str:
    """Whether each code's builds agree among themselves; the two codes' outputs differ where the
    code changed the output since the anchor (new markup), which is no fault of the run."""
    agree = f"ours {same(ours)}, the anchor's {same(theirs)}"
    return agree + ("" if same(ours + theirs) == "same bytes" else ", the two differ (output changed since the anchor)")


_CAUSE: dict[str, str] = {}


def cause(tmp: Path) -> str:
    """The throughput rows' cause of a miss, profiled once per run."""
    if "build" not in _CAUSE:
        _CAUSE["build"] = stage_shares(tmp)
    return _CAUSE["build"]


PROFILE_DOCS = 100
SAXON_CALLS = {"_compile": "Saxon compiles", "run": "Saxon transforms", "xdm_document": "Saxon parses"}


def _bucket(func: tuple[str, int, str]) -> str | None:
    """The part of the toolkit (or library) a profiled function belongs to; None for a built-in
    that is not Saxon's (its time goes to its callers)."""
    path, _, name = func
    if path.endswith("/render/stylesheets.py") and name in SAXON_CALLS:
        return SAXON_CALLS[name]  # saxonche's methods do not show in a profile: their Python callers do
    if "saxonche" in path or "saxonche" in name:
        return "Saxon"
    for lib in ("xmlschema", "lxml", "elementpath", "symspellpy", "spellchecker"):
        if lib in path or lib in name:
            return lib
    if "/teikit/" in path:
        rest = path.split("/teikit/", 1)[1]
        return "teikit." + (rest.split("/")[0] if "/" in rest else rest.removesuffix(".py"))
    return None if path == "~" else "Python (other)"


def stage_shares(tmp: Path) -> str:
    """Where a build's CPU goes, measured in this run: cProfile of `teikit build --jobs 1` on
    PROFILE_DOCS generated documents, self time by package (a built-in's time, a regular expression's
    say, counted to its caller's package)."""
    import pstats

    project = new_project(tmp / f"profile-{PROFILE_DOCS}", PROFILE_DOCS)
    out = tmp / "build.prof"
    subprocess.run([PYTHON, "-m", "cProfile", "-o", str(out), "-m", "teikit.cli", "build", "--sources", "sources",
                    "--tei", "tei", "--out", "build", "--no-pdf", "--jobs", "1"], cwd=project,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    if not out.exists():
        return "(profile failed)"
    stats = pstats.Stats(str(out)).stats  # type: ignore[attr-defined]
    shares: dict[str, float] = {}
    for func, (_cc, _nc, tottime, _ct, callers) in stats.items():
        bucket = _bucket(func)
        if bucket is not None:
            shares[bucket] = shares.get(bucket, 0.0) + tottime
            continue
        for caller, (_c, _n, tt, _t) in callers.items():  # a built-in: to the callers' parts
            key = _bucket(caller) or "Python (other)"
            shares[key] = shares.get(key, 0.0) + tt
    total = sum(shares.values()) or 1.0
    top = sorted(shares.items(), key=lambda kv: -kv[1])[:9]
    return (f"where the CPU goes, measured in this run (cProfile, `build --jobs 1`, {PROFILE_DOCS} generated "
            "documents, self time by package): " + ", ".join(f"{k} {100 * v / total:.0f} %" for k, v in top))


def throughput(docs: int, repeat: int, tmp: Path, base: str) -> list[tuple[float, float, str]]:
    """Docs per CPU-second of this code against ``base``, built in turn on the same documents."""
    project = new_project(tmp / f"gen-{docs}", docs)
    env = anchor_env(base, tmp)
    ours, theirs = alternate(lambda: timed_build(project, ["--jobs", "2"]),
                             lambda: timed_build(project, ["--jobs", "2"], env), repeat)
    o, t = (median_spread([docs / (cpu / 1000) for _, cpu, _ in runs]) for runs in (ours, theirs))
    print(f"| build throughput, {docs} documents, docs per CPU-second, --jobs 2 ({repeat} runs each; "
          f"{same_each(ours, theirs)}) | {o[0]:.1f} [{o[1]:.1f}-{o[2]:.1f}] | "
          f"{base[:10]} {t[0]:.1f} [{t[1]:.1f}-{t[2]:.1f}] | {o[0] / t[0]:.2f}x | >= 2x | "
          f"{verdict(o[0] / t[0], '>= 2x', cause(tmp))} |", flush=True)
    return ours


def on_dask(docs: int, repeat: int, tmp: Path) -> None:
    """The same build on a Dask LocalCluster of two single-threaded workers and on the process pool,
    in turn; CPU counts the cluster's workers and this process (the scheduler runs here) too."""
    try:
        from distributed import Client, LocalCluster
    except ImportError:
        print("| build on Dask | | dask[distributed] not installed | | |")
        return
    project = tmp / f"gen-{docs}"
    if not project.exists():
        new_project(project, docs)
    with LocalCluster(n_workers=2, threads_per_worker=1, dashboard_address=None) as cluster, Client(cluster) as client:
        def cluster_cpu() -> float:
            return (sum(client.run(time.process_time).values()) + time.process_time()) * 1000

        dask = lambda: timed_build(project, ["--scheduler", cluster.scheduler_address], others=cluster_cpu)  # noqa: E731
        dask_runs, pool_runs = alternate(dask, lambda: timed_build(project, ["--jobs", "2"]), repeat)
    for i, label in ((0, "wall"), (1, "CPU")):
        row(f"`teikit build`, {docs} generated documents, {label}: Dask LocalCluster (2 workers) vs process pool "
            f"({repeat} runs each; {same(dask_runs + pool_runs)})", [r[i] for r in dask_runs], "pool --jobs 2",
            [r[i] for r in pool_runs], "", "s",
            cause="measured, no goal: on one machine Dask adds a scheduler, a nanny per worker and a round trip "
                  "per task; its use is more machines")
    per_cpu = [docs / (cpu / 1000) for _, cpu, _ in pool_runs]
    median, low, high = median_spread(per_cpu)
    print(f"| build throughput, {docs} documents, docs per CPU-second, pool --jobs 2 (from the rows above) | "
          f"{median:.1f} [{low:.1f}-{high:.1f}] | old baseline 11 (measured before, not in this run) | "
          f"{median / 11:.2f}x | >= 2x | {verdict(median / 11, '>= 2x', cause(tmp))} |", flush=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=7, help="runs of each command (default 7)")
    parser.add_argument("--docs", default="200", help="sizes of generated corpora for the throughput and Dask rows, "
                                                       "comma-separated (e.g. 1000 or 1000,10000; 0: none)")
    parser.add_argument("--build-repeat", default="3", help="builds of each code per size, comma-separated as --docs")
    parser.add_argument("--dask-docs", default=None, help="documents of the Dask against pool rows, comma-separated "
                                                          "(default: as --docs; 0: none)")
    parser.add_argument("--dask-repeat", type=int, default=1, help="builds of each (default 1)")
    parser.add_argument("--base", default="044dfdf", help="commit whose build throughput is the anchor")
    parser.add_argument("--rows", default="commands,views,build,dask",
                        help="parts of the table, comma-separated (default: all)")
    args = parser.parse_args()
    rows = set(args.rows.split(","))
    print(f"# teikit compared, {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}, {platform.node()}: "
          f"{platform.machine()}, {os.cpu_count()} cores, load {os.getloadavg()[0]:.1f}, "
          f"Python {platform.python_version()}, {' '.join(sys.argv[1:])}", flush=True)
    print("\n| work | teikit, median [min-max] | anchor, median [min-max] | ratio | goal | verdict |\n"
          "|---|---|---|---|---|---|", flush=True)
    with tempfile.TemporaryDirectory() as name:
        tmp = Path(name)
        if "commands" in rows:
            commands(args.repeat, tmp)
        if "views" in rows:
            in_process(args.repeat)
        sizes = [int(n) for n in args.docs.split(",") if int(n)]
        repeats = [int(n) for n in args.build_repeat.split(",")]
        if "build" in rows:
            for docs, repeat in zip(sizes, repeats + repeats[-1:] * len(sizes)):
                throughput(docs, repeat, tmp, args.base)
        if "dask" in rows:
            for docs in ([int(n) for n in args.dask_docs.split(",") if int(n)] if args.dask_docs else sizes):
                on_dask(docs, args.dask_repeat, tmp)
    print(f"\nend {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}, load {os.getloadavg()[0]:.1f}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
