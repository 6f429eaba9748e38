"""The edition as the exports see it (``EditionFiles``): TEI documents, auxiliary standOff files, the register.

Every file is read with :func:`teikit.xmlsafe.parse_xml` (no entities, no DTD, no
network), so a hostile file can neither read local files nor make requests.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from lxml import etree

from teikit.edition import Edition
from teikit.errors import TeikitError
from teikit.export.register import Register, load_register
from teikit.xmlsafe import parse_xml

TEI_NS = "http://www.tei-c.org/ns/1.0"
XML_NS = "http://www.w3.org/XML/1998/namespace"
NS = {"t": TEI_NS}
XML_ID = f"{{{XML_NS}}}id"

DEFAULT_BASE_URL = "https://example.org/teikit/"  # a placeholder: set --base-url for a published edition
CC_BY = "https://creativecommons.org/licenses/by/4.0/"


class ExportError(TeikitError):
    """An export cannot be made; ``path`` is what to blame."""

    def __init__(self, path: str | Path, message: str) -> None:
        super().__init__(f"{path}: {message}")
        self.path = str(path)
        self.message = message


@dataclass
class TeiFile:
    path: Path
    root: etree._Element

    @property
    def id(self) -> str:
        return self.root.get(XML_ID) or f"d{self.path.stem}"

    @property
    def is_document(self) -> bool:
        return self.root.tag == f"{{{TEI_NS}}}TEI" and self.root.find("t:text", NS) is not None

    def first(self, path: str) -> str:
        """Normalised string value of an XPath (empty when absent)."""
        return " ".join(str(self.root.xpath(f"string({path})", namespaces=NS)).split())


@dataclass
class EditionInfo:
    """What the exports say about the edition as a whole (from its edition.toml)."""

    title: str = "Untitled edition"
    publisher: str = "Untitled edition"
    base_url: str = DEFAULT_BASE_URL
    timestamp: datetime = field(default_factory=lambda: build_time())

    @classmethod
    def of(cls, edition: Edition, base_url: str | None = None) -> EditionInfo:
        config = edition.config
        return cls(config.title, config.publisher_or_title, base_url or config.base_url or DEFAULT_BASE_URL)

    def url(self, relative: str) -> str:
        return self.base_url.rstrip("/") + "/" + relative.lstrip("/")


def build_time() -> datetime:
    """``SOURCE_DATE_EPOCH`` when set (reproducible builds), otherwise now; UTC, whole seconds."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if epoch.isdigit():
        return datetime.fromtimestamp(int(epoch), tz=UTC)
    return datetime.now(UTC).replace(microsecond=0)


@dataclass
class EditionFiles:
    documents: list[TeiFile]
    auxiliary: list[TeiFile]  # TEI files without <text>: the register, the bibliography
    register: Register | None
    info: EditionInfo

    @property
    def letters(self) -> list[TeiFile]:
        return [d for d in self.documents if is_letter(d)]


def is_letter(doc: TeiFile) -> bool:
    """A letter: its body has a div of type "letter", or its header a correspDesc."""
    return bool(doc.root.xpath("t:text/t:body//t:div[@type='letter'] | t:teiHeader/t:profileDesc/t:correspDesc",
                               namespaces=NS))


def read_tei(path: Path) -> TeiFile:
    return TeiFile(path, parse_xml(path).getroot())


def load_edition(tei_dir: Path, register_path: Path | None = None, info: EditionInfo | None = None,
                 need_register: bool = False) -> EditionFiles:
    """All TEI files of ``tei_dir`` (sorted by name); the register if it exists (or is required)."""
    if not tei_dir.is_dir():
        raise ExportError(tei_dir, "no such folder")
    register_path = register_path if register_path is not None else tei_dir / "register.xml"
    documents: list[TeiFile] = []
    auxiliary: list[TeiFile] = []
    for path in sorted(tei_dir.glob("*.xml")):
        if path.resolve() == register_path.resolve():
            continue
        tei = read_tei(path)
        (documents if tei.is_document else auxiliary).append(tei)
    if not documents:
        raise ExportError(tei_dir, "no TEI documents (files with a <text>) in this folder")
    register = None
    if register_path.exists():
        register = load_register(register_path)
        auxiliary.insert(0, TeiFile(register_path, register.root))
    elif need_register:
        raise ExportError(register_path, "register not found")
    return EditionFiles(documents, auxiliary, register, info or EditionInfo())
