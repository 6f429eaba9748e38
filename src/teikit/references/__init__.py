"""The references stage: citations of documents and works -> ``bibl``/``title`` linked to
the bibliography register or to documents of the edition.

Runs after structure and before names, so names and dates inside a reference are
marked inside its ``bibl``.
"""

from __future__ import annotations

import re

from teikit.corpus import CorpusIndex
from teikit.markup import SKIP, mark
from teikit.model import Document, Link
from teikit.readers.common import MONTHS
from teikit.references.catalogue import Catalogue
from teikit.references.detect import Reference, Span, find_references

ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4, "V": 5, "VI": 6, "VII": 7, "VIII": 8, "IX": 9, "X": 10, "XI": 11,
         "XII": 12}


def reference_date(text: str, doc_year: str) -> str:
    """'26 June 1964', '31.XII.1963', '2 January of this year' (doc year) -> ISO day, else ''."""
    m = re.match(r"(\d{1,2})\.([IVX]+)\.(\d{4})$", text)
    if m and m.group(2) in ROMAN:
        return f"{m.group(3)}-{ROMAN[m.group(2)]:02d}-{int(m.group(1)):02d}"
    m = re.match(rf"(\d{{1,2}})\s+({'|'.join(MONTHS)})(?:\s+(\d{{4}}))?", text)
    if m:
        year = m.group(3) or doc_year
        return f"{year}-{MONTHS.index(m.group(2)) + 1:02d}-{int(m.group(1)):02d}" if year else ""
    return ""


def resolve(ref: Reference, doc: Document, catalogue: Catalogue | None, corpus: CorpusIndex | None,
            doc_year: str) -> dict[str, str]:
    """Attributes for the reference's element: its kind and, when known, what it points at."""
    attrs = {"type": ref.kind}
    iso = reference_date(ref.date, doc_year) if ref.date else ""
    if ref.kind == "letter" and iso and corpus is not None:
        target = corpus.letter_of(iso, exclude=doc.stem)
        if target is not None:
            attrs["corresp"] = target.file
            return attrs
    if catalogue is not None:
        if ref.kind == "periodical":
            work = catalogue.by_exact_title(ref.text)
        else:
            work = (catalogue.by_date(ref.kind, iso) if iso else None) or catalogue.by_title(ref.text)
        if work is not None:
            attrs["corresp"] = catalogue.ref(work)
    return attrs


def spans_for(text: str, doc: Document, catalogue: Catalogue | None, corpus: CorpusIndex | None,
              doc_year: str) -> list[Span]:
    spans: list[Span] = []
    for ref in find_references(text):
        attrs = resolve(ref, doc, catalogue, corpus, doc_year)
        if ref.kind == "periodical":
            # A bare title of a newspaper or journal: a title, not a citation.
            title_attrs = {"level": "j", "type": "periodical"}
            if "corresp" in attrs:
                title_attrs["ref"] = attrs["corresp"]
            spans.append(Span(ref.start, ref.end, "title", title_attrs))
        else:
            spans.append(Span(ref.start, ref.end, "bibl", attrs))
            spans.extend(ref.parts)
    return sorted(spans, key=lambda s: (s.start, -(s.end - s.start)))


def mark_references(doc: Document, catalogue: Catalogue | None, corpus: CorpusIndex | None) -> None:
    assert doc.body is not None
    year = doc.metadata.date[-4:] if doc.metadata.date[-4:].isdigit() else ""
    mark(doc.body, lambda text: spans_for(text, doc, catalogue, corpus, year), SKIP | {"bibl", "title"})


def outgoing_files(doc: Document) -> list[str]:
    """Edition documents this document cites, in order of first citation."""
    assert doc.body is not None
    files = [n.attrs["corresp"] for n in doc.body.iter()
             if n.tag == "bibl" and n.attrs.get("corresp", "").endswith(".xml")]
    return list(dict.fromkeys(files))


def corpus_links(outgoing: dict[str, list[str]], genres: dict[str, str]) -> dict[str, list[Link]]:
    """Each document's relations, both ways, from every document's citations of others.

    ``outgoing`` maps a document stem to the edition files it cites; a letter citing a
    letter replies to it."""
    links: dict[str, set[Link]] = {stem: set() for stem in outgoing}
    for stem, targets in outgoing.items():
        for target_file in targets:
            target = target_file.removesuffix(".xml")
            both_letters = genres.get(stem) == "letter" and genres.get(target) == "letter"
            links[stem].add(Link(target_file, "replyTo" if both_letters else "references"))
            if target in links:
                links[target].add(Link(f"{stem}.xml", "repliedBy" if both_letters else "referencedBy"))
    return {stem: sorted(found, key=lambda link: (link.target, link.relation)) for stem, found in links.items()}


def link_corpus(docs: list[Document], corpus: CorpusIndex, cited_elsewhere: dict[str, list[str]] | None = None) -> None:
    """Relations between the documents (and the citations of documents not converted now,
    ``cited_elsewhere``), and the archive page's related documents resolved."""
    for doc in docs:
        for related in doc.metadata.related:
            match = corpus.matching(related.date, related.title)
            related.edition_file = match.file if match is not None else ""
    outgoing = {**(cited_elsewhere or {}), **{doc.stem: outgoing_files(doc) for doc in docs}}
    links = corpus_links(outgoing, {entry.stem: entry.genre for entry in corpus.documents})
    for doc in docs:
        doc.links = links[doc.stem]
