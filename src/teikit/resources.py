"""The tool's own files, shipped inside the package: stylesheets, site assets, schemas.

They are found in the package's own folder when it is installed unzipped (a wheel or an
editable install), else with :mod:`importlib.resources`, so teikit works the same from a
zip; a one-shot command then need not import importlib.resources and zipfile. Nothing is
read relative to a checkout. In the repository, ``src/teikit/xslt`` and
``src/teikit/schema`` are symlinks to the top-level folders.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

__all__ = ["xslt_dir", "schema_dir", "tei_all_rng", "template_dir", "assets_dir"]


@cache
def _folder(name: str) -> Path:
    """A folder of the package as a real path (installed unzipped: the folder itself; from a
    zip, ``as_file`` hands back an extracted copy)."""
    folder = Path(__file__).parent / name  # what files("teikit") / name is for a package on disk
    if not folder.is_dir():
        from importlib.resources import as_file, files

        with as_file(files("teikit") / name) as path:
            folder = Path(path)
    if not folder.is_dir():
        raise FileNotFoundError(f"teikit is installed without its {name}/ folder ({folder})")
    return folder


def xslt_dir() -> Path:
    """The shipped stylesheets (``reading.xsl``, …, ``common/``, ``print/``)."""
    return _folder("xslt")


def assets_dir() -> Path:
    """CSS and scripts the site copies into ``build/assets``."""
    return xslt_dir() / "assets"


def schema_dir() -> Path:
    """The project customization: ``teikit.odd``, ``teikit.xsd``, ``teikit.sch``, ``tei/tei_all.rng``."""
    return _folder("schema")


def tei_all_rng() -> Path:
    return schema_dir() / "tei" / "tei_all.rng"


def template_dir() -> Path:
    """What ``teikit init`` copies into a new edition."""
    return _folder("templates")
