"""What the genre modules (apparatus, speech, verse, renditions, …) cost: each view of each file
rendered by this checkout's stylesheets and by those of a base commit (``git archive`` of its
xslt/), alternated in one process so that load falls on both alike. Prints CPU time (Saxon runs
in this process) as medians [min] in ms and the ratio of the medians. The base's Saxon warnings
go to stderr.

    .venv/bin/python bench/genres.py [--base main] [--repeat 5] [TEI...]
"""

from __future__ import annotations

import argparse
import io
import subprocess
import tarfile
import tempfile
import time
from pathlib import Path

from saxonche import PyXdmNode, PyXsltExecutable
from timing import median_spread, samples_ms

from teikit.render import stylesheets
from teikit.render.html import VIEWS
from teikit.xmlsafe import parse_xml

ROOT = Path(__file__).resolve().parents[1]
MORE = ROOT.parent / "shared" / "external-tei" / "more"
DEFAULT = [MORE / "dracor_faust1.xml", MORE / "tcp_A00002.xml", MORE / "schnitzler_L01900.xml",
           ROOT.parent / "shared" / "external-tei" / "frus1964-68v17.xml", ROOT / "tei" / "004_199396b955c38b4b.xml"]


def base_xslt(commit: str, into: Path) -> Path:
    """The base commit's xslt/ folder, unpacked under ``into``."""
    archive = subprocess.run(["git", "archive", commit, "xslt"], cwd=ROOT, capture_output=True, check=True).stdout
    with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        tar.extractall(into, filter="data")
    return into / "xslt"


def compile_view(folder: Path, view: str) -> PyXsltExecutable:
    compiler = stylesheets.processor().new_xslt30_processor()
    return compiler.compile_stylesheet(stylesheet_file=str(folder / f"{view}.xsl"))


def run(exe: PyXsltExecutable, node: PyXdmNode, stem: str) -> None:
    exe.set_parameter("doc-base", stylesheets.to_xdm(stem))
    exe.set_global_context_item(xdm_item=node)
    exe.transform_to_string(xdm_node=node)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--base", default="main")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("files", nargs="*", type=Path)
    args = parser.parse_args()
    files = [f for f in (args.files or DEFAULT) if f.exists()]
    with tempfile.TemporaryDirectory() as tmp:
        base = base_xslt(args.base, Path(tmp))
        print(f"{'document':34} {'view':10} {'this, median [min]':>20} {args.base + ', median [min]':>20} {'ratio':>6}")
        for path in files:
            node = stylesheets.xdm_document(parse_xml(path), path.resolve().as_uri())
            for view in VIEWS:
                ours, theirs = stylesheets.executable(view), compile_view(base, view)
                times: dict[str, list[float]] = {"ours": [], "base": []}
                for _ in range(args.repeat):  # alternate, so both see the same load
                    for key, exe in (("ours", ours), ("base", theirs)):
                        times[key] += samples_ms(lambda e=exe, n=node, s=path.stem: run(e, n, s), 1, time.process_time)
                (mo, lo, _), (mb, lb, _) = median_spread(times["ours"]), median_spread(times["base"])
                print(f"{path.name[:34]:34} {view:10} {mo:11.1f} [{lo:6.1f}] {mb:11.1f} [{lb:6.1f}] {mo / mb:6.2f}")


if __name__ == "__main__":
    main()
