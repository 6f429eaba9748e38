"""The conversion pipeline, one direction: read -> structure -> references -> names -> TEI -> check.

Documents converted together go through each stage together, so that links between
them (a letter and its reply) are known before any is written.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from lxml import etree

from teikit.corpus import CorpusIndex
from teikit.edition import Edition
from teikit.errors import TeikitError
from teikit.markup import mark_names, resolve_metadata, running_texts
from teikit.model import Document
from teikit.names import Annotator, Context, load_register
from teikit.names.memory import Memory
from teikit.readers import read_file
from teikit.readers.common import page_date_iso
from teikit.references import link_corpus, mark_references
from teikit.references.catalogue import Catalogue
from teikit.structure import build_body
from teikit.structure.inline import MAX_BRACKET_DEPTH, bracket_nesting
from teikit.tei import fidelity
from teikit.tei.writer import serialize

if TYPE_CHECKING:
    from teikit.validate.api import _Schema
    from teikit.validate.diagnostics import Diagnostic


@dataclass
class Resources:
    """What every document of a run shares, loaded once: the edition and its registers."""

    edition: Edition
    catalogue: Catalogue | None = None
    annotator: Annotator | None = None

    @classmethod
    def of(cls, edition: Edition, register: Path | None = None, bibliography: Path | None = None) -> Resources:
        """The edition's registers (or the ones given). Without a register names are still
        found, unlinked; without a bibliography references stay unlinked."""
        register = register or edition.register_path
        bibliography = bibliography or edition.bibliography_path
        return cls(edition, catalogue=Catalogue.load(bibliography) if bibliography.exists() else None,
                   annotator=Annotator(load_register(register) if register.exists() else None))

    @classmethod
    def beside(cls, tei_dir: Path | None, edition: Edition | None = None) -> Resources:
        """For TEI written into ``tei_dir``: the registers there, else the edition's. The edition
        is the one ``tei_dir`` lies in (found as git finds a repository), unless given."""
        if edition is None:
            edition = Edition.around(tei_dir) if tei_dir is not None else Edition.open()
        folder = tei_dir if tei_dir is not None else edition.tei_dir
        return cls.of(edition, *(p if p.exists() else None for p in (folder / "register.xml",
                                                                    folder / "bibliography.xml")))


@dataclass
class Result:
    source: Path
    document: Document
    xml: bytes
    warnings: list[str] = field(default_factory=list)


@dataclass
class Failure:
    source: Path
    message: str


def prepare(path: Path) -> Document:
    doc = read_file(path)
    refuse_deep_brackets(doc.lines)
    build_body(doc)
    return doc


def refuse_deep_brackets(lines: list[str]) -> None:
    """Checked once, up front: brackets nested past MAX_BRACKET_DEPTH make the page fail alone."""
    # the whole text at once: a bracket may span lines (the structure joins such blocks)
    if (depth := bracket_nesting("\n".join(lines))) > MAX_BRACKET_DEPTH:
        raise TeikitError(f"square brackets nested {depth} deep; teikit reads at most {MAX_BRACKET_DEPTH} "
                          "levels (each pair becomes an element)")


def _context(doc: Document) -> Context:
    return Context(doc_date=page_date_iso(doc.metadata.date) or None)


def teach(doc: Document, resources: Resources) -> Memory:
    """What a document read and structured teaches the others (see :meth:`Annotator.learn`)."""
    assert doc.body is not None
    texts, parts = running_texts(doc.body)
    found = (resources.annotator or Annotator(None)).first_pass(texts, _context(doc), parts)
    doc.first_pass = found  # what annotate need not find again
    return found.taught


def annotate(doc: Document, resources: Resources, corpus: CorpusIndex | None, memory: Memory | None = None) -> None:
    """References first, so names and dates inside a reference are marked inside its bibl;
    ``memory`` is what the edition's documents taught (:func:`teach`)."""
    assert doc.body is not None
    mark_references(doc, resources.catalogue, corpus)
    annotator = resources.annotator or Annotator(None)
    annotator.edition_memory = memory or Memory()
    ctx = _context(doc)
    annotator.consulted = set()
    annotator.known, doc.first_pass = doc.first_pass, None
    try:
        mark_names(doc.body, annotator, ctx)
    finally:
        annotator.known = None
    resolve_metadata(doc, annotator, ctx)
    doc.register_ids = sorted(annotator.consulted)


@lru_cache(maxsize=1)
def project_schemas() -> tuple[list[_Schema], str]:
    """The project XSD + Schematron, compiled once per process (tei_all while they are absent)."""
    from teikit.validate.api import SchemaError, load_schemas

    try:
        return load_schemas(["teikit"]), "project schema"
    except SchemaError:
        return load_schemas(["tei_all"]), "tei_all (the project schema is missing)"


def preload_xsd() -> None:
    """The project XSD of :func:`project_schemas`, loaded (and kept per process) without its
    Schematron, which needs Saxon: for a process about to fork its workers."""
    from teikit.validate.api import _schema_files
    from teikit.validate.xsd import load_xsd

    try:
        for path in _schema_files("teikit"):
            if path.suffix == ".xsd":
                load_xsd(path)
    except TeikitError:  # missing or unusable: each worker finds so itself, as without this
        return


def check_output(data: bytes, target: Path) -> list[Diagnostic]:
    """Validate TEI about to be written to ``target`` (pointers resolve against its folder)."""
    from teikit.validate.api import check_bytes
    from teikit.validate.diagnostics import Diagnostic
    from teikit.validate.schematron import preload
    from teikit.xmlsafe import XMLInputError

    for register in ("register.xml", "bibliography.xml"):  # looked up by the pointer rules: parse them once
        path = target.parent / register
        if path.exists():
            try:
                preload(path)
            except XMLInputError as exc:  # never let the Schematron's own parser read it instead
                return [Diagnostic(str(path), exc.line, exc.col, "error", f"register not usable: {exc.message}",
                                   "xml-syntax")]
    return check_bytes(data, str(target), target.resolve().as_uri(), project_schemas()[0])


def write(doc: Document, out_dir: Path | None, edition: Edition) -> bytes:
    data = serialize(doc, edition, out_dir)
    fidelity.check(doc.lines, etree.fromstring(data), doc.stem)
    return data


def annotate_together(docs: list[Document], out_dir: Path | None, resources: Resources) -> None:
    """References, names and dates in each document, then the links between them."""
    corpus = CorpusIndex.of(docs, out_dir)
    memory = edition_memory(teach(doc, resources) for doc in docs)
    for doc in docs:
        annotate(doc, resources, corpus, memory)
    link_corpus(docs, corpus)


def edition_memory(taught: Iterable[Memory]) -> Memory:
    """The union of what the documents teach: the same in any order (workers finish in any)."""
    out = Memory()
    for memory in taught:
        out = out | memory
    return out


def convert_documents(docs: list[Document], out_dir: Path | None, resources: Resources) -> list[bytes]:
    """Documents already read and structured -> their TEI, linked to each other."""
    annotate_together(docs, out_dir, resources)
    return [write(doc, out_dir, resources.edition) for doc in docs]


def convert_files(paths: list[Path], out_dir: Path | None,
                  resources: Resources | None = None) -> list[Result | Failure]:
    """Convert together; a document that fails is reported and the others go on."""
    resources = resources if resources is not None else Resources.beside(out_dir)
    prepared: list[tuple[Path, Document]] = []
    outcome: dict[Path, Result | Failure] = {}
    for path in paths:
        try:
            prepared.append((path, prepare(path)))
        except TeikitError as exc:
            outcome[path] = Failure(path, str(exc))
    annotate_together([doc for _, doc in prepared], out_dir, resources)
    for path, doc in prepared:
        try:
            outcome[path] = Result(path, doc, write(doc, out_dir, resources.edition), list(doc.warnings))
        except TeikitError as exc:
            outcome[path] = Failure(path, str(exc))
    return [outcome[path] for path in paths]


def convert_file(path: Path, out_dir: Path | None = None, resources: Resources | None = None) -> Result:
    """One document on its own (links only to documents already in ``out_dir``)."""
    result = convert_files([path], out_dir, resources)[0]
    if isinstance(result, Failure):
        raise TeikitError(result.message)
    return result


def convert_document(doc: Document, out_dir: Path | None = None, resources: Resources | None = None) -> bytes:
    """A document read by the caller (e.g. from bytes): structure, annotate and write it."""
    build_body(doc)
    return convert_documents([doc], out_dir, resources or Resources.beside(out_dir))[0]
