"""The edition as one reproducible zip: TEI, register, schemas, rendered site, README,
licence statement and ``MANIFEST.sha256``.

Reproducible: entries sorted by name, every timestamp ``SOURCE_DATE_EPOCH`` (or
1980-01-01, the earliest a zip can hold), permissions 0644, no extra fields, the
same compression level; the same edition gives the same bytes.
"""

from __future__ import annotations

import hashlib
import io
import os
import time
import zipfile
from dataclasses import dataclass
from pathlib import Path

from teikit import __version__
from teikit.export.edition import EditionFiles

ROOT = "teikit-edition"
SCHEMA_SUFFIXES = {".odd", ".rng", ".xsd", ".sch", ".xsl", ".xslt"}
EPOCH_1980 = (1980, 1, 1, 0, 0, 0)

LICENCE = """Licence statement

The texts of the documents are English translations published by the Wilson
Center Digital Archive (History and Public Policy Program). Their rights are
stated in each document's TEI header (teiHeader/fileDesc/publicationStmt/
availability); the archive welcomes reuse for research and education, and
some documents may be subject to copyright held by the rights holders.

The encoding (TEI markup, register, schemas, stylesheets' output) and the
correspondence metadata are offered under the Creative Commons Attribution 4.0
licence (CC BY 4.0, https://creativecommons.org/licenses/by/4.0/), attributed
to "{publisher}". teikit itself is under the MIT licence.
"""


@dataclass
class Sources:
    """Where the package takes its files from (folders may be missing)."""

    tei_dir: Path
    schema_dir: Path
    site_dir: Path
    encoding_doc: Path | None = None


def zip_time() -> tuple[int, int, int, int, int, int]:
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if epoch.isdigit() and int(epoch) >= 315532800:  # zip cannot store times before 1980
        return time.gmtime(int(epoch))[:6]
    return EPOCH_1980


def _files(folder: Path, exclude: set[Path], suffixes: set[str] | None = None, recursive: bool = True) -> list[Path]:
    if not folder.is_dir():
        return []
    found = folder.rglob("*") if recursive else folder.iterdir()
    keep = []
    for path in found:
        rel = path.relative_to(folder)
        if not path.is_file() or path.is_symlink() or any(part.startswith(".") for part in rel.parts):
            continue
        if path.resolve() in exclude or (suffixes is not None and path.suffix not in suffixes):
            continue
        keep.append(path)
    return keep


def readme(edition: EditionFiles, entries: list[str], encoding_doc: Path | None) -> str:
    letters = len(edition.letters)
    lines = [
        f"# {edition.info.title}", "",
        f"Published by {edition.info.publisher}; packaged by teikit {__version__}.", "",
        f"{len(edition.documents)} documents ({letters} letters) encoded in TEI P5.", "",
        "## Contents", "",
        "- `tei/`: one TEI file per document (`<TEI xml:id=\"d…\">`), plus the register (`register.xml`: "
        "people, organisations, places in a `standOff`) and other standOff files; documents point at "
        "entries with `@ref=\"register.xml#id\"`.",
        "- `schema/`: the project's schemas (ODD, and the XSD, RELAX NG and Schematron generated from it).",
        "- `site/`: the rendered reading and diplomatic views (and the PDF, when it was built).",
        "- `LICENCE.txt`: what may be reused, and how.",
        "- `MANIFEST.sha256`: a SHA-256 checksum for every other file (`sha256sum -c MANIFEST.sha256`).", "",
        "## How the encoding works", "",
    ]
    if encoding_doc is not None and encoding_doc.is_file():
        body = encoding_doc.read_text(encoding="utf-8").split("\n")
        if body and body[0].startswith("# "):
            body = body[1:]
        while body and not body[0].strip():
            body = body[1:]
        lines += [line.replace("## ", "### ", 1) if line.startswith("## ") else line for line in body]
    else:
        lines.append("See the editorialDecl in each TEI header.")
    lines += ["", "## Files", ""] + [f"- `{e}`" for e in entries]
    return "\n".join(lines).rstrip() + "\n"


def collect(edition: EditionFiles, sources: Sources, out: Path) -> dict[str, bytes]:
    """Archive name -> content, for every file the package holds."""
    exclude = {out.resolve()}
    files: dict[str, bytes] = {}
    for path in _files(sources.tei_dir, exclude, {".xml"}, recursive=False):
        files[f"tei/{path.name}"] = path.read_bytes()
    if edition.register is not None and f"tei/{edition.register.path.name}" not in files:
        files[f"tei/{edition.register.path.name}"] = edition.register.path.read_bytes()
    for path in _files(sources.schema_dir, exclude, SCHEMA_SUFFIXES, recursive=False):
        files[f"schema/{path.name}"] = path.read_bytes()
    for path in _files(sources.site_dir, exclude):
        if path.suffix == ".zip" and path.resolve().parent == out.resolve().parent:
            continue  # earlier packages next to this one
        files["site/" + path.relative_to(sources.site_dir).as_posix()] = path.read_bytes()
    files["LICENCE.txt"] = LICENCE.format(publisher=edition.info.publisher).encode("utf-8")
    files["README.md"] = readme(edition, sorted(files), sources.encoding_doc).encode("utf-8")
    manifest = "".join(f"{hashlib.sha256(data).hexdigest()}  {name}\n" for name, data in sorted(files.items()))
    files["MANIFEST.sha256"] = manifest.encode("utf-8")
    return files


def build_zip(files: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    stamp = zip_time()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name in sorted(files):
            info = zipfile.ZipInfo(f"{ROOT}/{name}", date_time=stamp)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.create_system = 3  # Unix, so the permissions below are read
            info.external_attr = (0o100644 << 16)
            archive.writestr(info, files[name], compress_type=zipfile.ZIP_DEFLATED, compresslevel=9)
    return buffer.getvalue()


def build_package(edition: EditionFiles, sources: Sources, out: Path) -> bytes:
    return build_zip(collect(edition, sources, out))
