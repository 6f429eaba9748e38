"""The print edition's HTML: TEI files + register -> one teiCorpus -> xslt/print.xsl.

Every file is parsed by teikit's hardened parser and handed to Saxon as a tree,
so the stylesheet never opens a file itself (its register lookup is switched
off; the register travels inside the corpus).
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from lxml import etree

from teikit.edition import Edition
from teikit.export.edition import build_time
from teikit.render import stylesheets
from teikit.render.stylesheets import ParamValue, asset_path, xdm_document
from teikit.xmlsafe import parse_xml

__all__ = ["EditionMeta", "assemble", "print_css", "print_html"]

TEI_NS = "http://www.tei-c.org/ns/1.0"


@dataclass(frozen=True)
class EditionMeta:
    """What the title page and the PDF's metadata say: the edition's config, never the tool's."""

    title: str = "Untitled edition"
    subtitle: str = ""
    editor: str = ""
    date: str = ""  # empty: SOURCE_DATE_EPOCH's date when set, else none
    licence: str = ""
    rights: str = ""  # of the texts themselves (e.g. translations reproduced from an archive)

    @classmethod
    def of(cls, edition: Edition) -> EditionMeta:
        c = edition.config
        licence = (f"Edition, encoding and editorial matter: {c.licence}"
                   + (f", {c.licence_url}" if c.licence_url else ""))
        return cls(c.title, c.subtitle, "; ".join(c.editors), "", licence if c.licence else "", c.rights)

    def params(self) -> dict[str, ParamValue]:
        # a date only when the build is reproducible (SOURCE_DATE_EPOCH): never the day someone ran it
        date = self.date or (f"{build_time():%-d %B %Y}" if os.environ.get("SOURCE_DATE_EPOCH", "").strip() else "")
        return {"edition-title": self.title, "edition-subtitle": self.subtitle, "edition-editor": self.editor,
                "edition-date": date, "edition-licence": self.licence, "edition-rights": self.rights}


def assemble(tei_files: Iterable[Path], register: Path | None = None) -> etree._ElementTree:
    """One teiCorpus holding the documents (file order; the stylesheet sorts by date) and the register."""
    corpus = etree.Element(f"{{{TEI_NS}}}teiCorpus", nsmap={None: TEI_NS})  # type: ignore[dict-item]  # lxml-stubs: None is the default namespace's key
    for path in tei_files:
        root = parse_xml(Path(path)).getroot()
        if root.tag == f"{{{TEI_NS}}}TEI":
            corpus.append(root)
        elif root.tag == f"{{{TEI_NS}}}teiCorpus":  # a corpus (nested ones too): take its TEI members
            corpus.extend(list(root.iter(f"{{{TEI_NS}}}TEI")))
    if register is not None and Path(register).exists():
        corpus.append(parse_xml(Path(register)).getroot())
    return etree.ElementTree(corpus)


def print_css() -> Path:
    return asset_path("print.css")


def print_html(corpus: etree._ElementTree, *, diplomatic: bool = False, paper: str = "A4",
               meta: EditionMeta | None = None, front_matter: bool = True, indexes: bool = True,
               index_targets: Iterable[str] = (), extra: Mapping[str, ParamValue] | None = None) -> str:
    """The print HTML of a corpus (see xslt/print.xsl for the parameters)."""
    if paper not in ("A4", "Letter"):
        raise ValueError(f"unknown paper {paper!r}; expected A4 or Letter")
    params: dict[str, ParamValue] = {
        "diplomatic": diplomatic, "paper": paper, "css-href": print_css().resolve().as_uri(),
        "front-matter": front_matter, "indexes": indexes, "index-targets": " ".join(index_targets),
        "register-uri": "", **(meta or EditionMeta()).params(), **(extra or {})}
    node = xdm_document(corpus, stylesheets.XSLT_DIR.resolve().as_uri() + "/edition.xml")
    result = stylesheets.run("print", node, params)
    if not result:
        raise RuntimeError("print.xsl produced no output")
    return result
