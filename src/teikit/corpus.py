"""What the edition holds: one entry per document, for links between documents."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from teikit.model import Document
from teikit.readers.common import page_date_iso
from teikit.tei.xmltree import TEI_NS


@dataclass(frozen=True)
class EditionDocument:
    stem: str
    date: str  # ISO
    genre: str
    title: str

    @property
    def file(self) -> str:
        return f"{self.stem}.xml"


class CorpusIndex:
    def __init__(self, documents: list[EditionDocument]):
        self.documents = sorted(documents, key=lambda d: d.stem)

    @classmethod
    def of(cls, docs: list[Document], tei_dir: Path | None = None) -> CorpusIndex:
        """The documents being converted, and those already encoded in ``tei_dir``."""
        entries = {d.stem: EditionDocument(d.stem, page_date_iso(d.metadata.date), d.genre, d.metadata.title)
                   for d in docs}
        if tei_dir is not None and tei_dir.is_dir():
            for path in sorted(tei_dir.glob("*.xml")):
                if path.stem not in entries and (entry := _entry_from_tei(path)) is not None:
                    entries[path.stem] = entry
        return cls(list(entries.values()))

    def letter_of(self, iso: str, exclude: str = "") -> EditionDocument | None:
        return next((d for d in self.documents if d.genre == "letter" and d.date == iso and d.stem != exclude), None)

    def matching(self, date_text: str, title: str) -> EditionDocument | None:
        """The edition document an archive page lists as related (same date and title)."""
        iso = page_date_iso(date_text)
        return next((d for d in self.documents if d.date == iso and d.title.strip() == title.strip()), None)


def _entry_from_tei(path: Path) -> EditionDocument | None:
    from teikit.xmlsafe import parse_xml

    try:
        root = parse_xml(path).getroot()
    except Exception:  # noqa: BLE001 - not TEI, or broken: it is simply not part of the index
        return None
    ns = {"t": TEI_NS}
    date = root.xpath("string(//t:profileDesc/t:creation/t:date/@when)", namespaces=ns)
    genre = root.xpath("string(//t:text/t:body/t:div[1]/@type)", namespaces=ns)
    title = root.xpath("string(//t:titleStmt/t:title[1])", namespaces=ns)
    return EditionDocument(path.stem, str(date), str(genre), str(title)) if date else None


def entry_from_tei(path: Path) -> tuple[EditionDocument, list[str]]:
    """A TEI file's place in the corpus index, and the edition files it cites, read from the
    file itself: for documents the build keeps as the editor left them."""
    from teikit.lxmltypes import strings
    from teikit.render.extract import extract
    from teikit.xmlsafe import parse_xml

    root = parse_xml(path).getroot()
    record = extract(root, path.stem)
    cites = strings(root, "t:text//t:bibl/@corresp[substring(., string-length(.) - 3) = '.xml']",
                    {"t": "http://www.tei-c.org/ns/1.0"})
    return EditionDocument(path.stem, record.date, record.genre, record.title), list(dict.fromkeys(map(str, cites)))
