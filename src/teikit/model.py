"""The one document model every conversion stage reads and writes.

Like docutils' doctree, the body is a small tree whose node names are the TEI
element names the writer will emit, so no stage needs a second vocabulary.
The metadata is what the archive page says about the document, unparsed beyond
splitting it into labelled fields; the TEI header writer structures it.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Protocol, Union

if TYPE_CHECKING:
    from teikit.names.annotate import FirstPass
    from teikit.readers.citation import Citation

Child = Union["Node", str]


@dataclass
class Node:
    """An element: a TEI tag, its attributes and its children (nodes or text)."""

    tag: str
    attrs: dict[str, str] = field(default_factory=dict)
    children: list[Child] = field(default_factory=list)

    def append(self, child: Child) -> Node:
        self.children.append(child)
        return self

    def iter(self) -> Iterator[Node]:
        """This node and every descendant node, in document order (a stack, not nested
        generators: a deep tree cost a generator hop per level per node)."""
        stack: list[Node] = [self]
        while stack:
            node = stack.pop()
            yield node
            stack.extend(c for c in reversed(node.children) if isinstance(c, Node))

    def text(self) -> str:
        """The concatenated text of the node, as the source typed it (no brackets)."""
        return "".join(c if isinstance(c, str) else c.text() for c in self.children)



@dataclass
class RelatedDocument:
    date: str
    title: str
    summary: str = ""
    edition_file: str = ""  # the TEI file of the edition that is this document, when there is one


@dataclass(frozen=True)
class Link:
    """A relation to another document of the edition (file name), e.g. replyTo / repliedBy."""

    target: str
    relation: str


@dataclass
class Metadata:
    """What the archive page says about the document (all optional but the title)."""

    title: str = ""
    date: str = ""  # as printed on the page, e.g. "July 2, 1964"
    citation: str = ""
    url: str = ""
    summary: str = ""
    funder: str = ""
    original_languages: list[str] = field(default_factory=list)
    translation_language: str = ""
    authors: list[str] = field(default_factory=list)
    associated_people: list[str] = field(default_factory=list)
    places: list[str] = field(default_factory=list)
    topics: list[str] = field(default_factory=list)
    subjects: list[str] = field(default_factory=list)
    related: list[RelatedDocument] = field(default_factory=list)
    source: str = ""
    archive: str = ""
    rights: list[str] = field(default_factory=list)
    uploaded: str = ""
    doc_type: str = ""
    record_id: str = ""
    donors: list[str] = field(default_factory=list)
    classification: str = ""
    extra: list[str] = field(default_factory=list)  # labelled text no field claimed: kept, never dropped
    sender: str = ""  # for letters, from the title: 'Letter of X to Y'
    addressee: str = ""


@dataclass
class Document:
    """A document on its way through the pipeline."""

    stem: str  # the source file name without extension; the TEI file is named after it
    shape: str  # which reader recognised the page: card, site, bare, plain
    metadata: Metadata
    lines: list[str]  # the document text as lines, chrome and metadata removed
    body: Node | None = None  # filled by the structure stage
    genre: str = "document"  # letter, note, notification, record, telegram, document
    warnings: list[str] = field(default_factory=list)
    citation: Citation | None = None  # the archive's citation, parsed once by the reader
    refs: dict[tuple[str, str], str] = field(default_factory=dict)  # (tag, metadata name) -> register ref
    links: list[Link] = field(default_factory=list)  # relations to other documents of the edition
    register_ids: list[str] = field(default_factory=list)  # register entries the names stage consulted
    #: what teaching the edition memory found in the text (names.annotate.FirstPass), for the names
    #: stage to take up where the text is the same; emptied by it
    first_pass: FirstPass | None = field(default=None, repr=False, compare=False)

    @property
    def xml_id(self) -> str:
        return "d" + "".join(ch if ch.isalnum() or ch in "-_." else "_" for ch in self.stem)


class MentionLike(Protocol):
    """A name or date found in a text, as the stages that place it read it (read-only, so frozen
    dataclasses qualify): markup.nest, the names memory."""

    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def tag(self) -> str: ...
    @property
    def attrs(self) -> dict[str, str]: ...
