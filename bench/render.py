"""Per-document render time of each view, with a SaxonC identity transform of the same
document as the floor (parse + serialise, no rendering work).

    .venv/bin/python bench/render.py [TEI...]   (default: tei/*.xml and the external TEI)
"""

from __future__ import annotations

import sys
from pathlib import Path

from timing import best_ms

from teikit.render import stylesheets
from teikit.render.html import VIEWS
from teikit.xmlsafe import parse_xml

ROOT = Path(__file__).resolve().parents[1]
IDENTITY = """<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:mode on-no-match="shallow-copy"/></xsl:stylesheet>"""


def main(paths: list[Path], register: Path | None = None) -> None:
    """Print the table; with ``register``, views render name cards from it as `teikit build` does."""
    params = {"register": stylesheets.file_node(register)} if register is not None else {}
    proc = stylesheets.processor()
    identity = proc.new_xslt30_processor().compile_stylesheet(stylesheet_text=IDENTITY)
    for view in VIEWS:
        stylesheets.executable(view)  # compile outside the timings
    print(f"{'document':48} {'KiB':>6} {'parse':>7} {'identity':>9} " + " ".join(f"{v:>11}" for v in VIEWS)
          + "  (ms, best)")
    for path in paths:
        runs = 3 if path.stat().st_size > 1_000_000 else 10
        tree = parse_xml(path)
        node = stylesheets.xdm_document(tree, path.resolve().as_uri())
        parse = best_ms(lambda: stylesheets.xdm_document(parse_xml(path), path.resolve().as_uri()), runs)
        ident = best_ms(lambda: identity.transform_to_string(xdm_node=node), runs)
        views = [best_ms(lambda v=v: stylesheets.transform(v, node, {"doc-base": path.stem, **params}), runs)
                 for v in VIEWS]
        print(f"{path.name[:48]:48} {path.stat().st_size / 1024:6.0f} {parse:7.1f} {ident:9.1f} "
              + " ".join(f"{t:11.1f}" for t in views))
    print(f"compilations: {stylesheets.compile_count()}")


if __name__ == "__main__":
    args = [Path(a) for a in sys.argv[1:]] or [*sorted((ROOT / "tei").glob("[0-9]*.xml")),
                                               *sorted((ROOT.parent / "shared" / "external-tei").glob("*.xml"))]
    main(args, ROOT / "tei" / "register.xml")
