"""Metadata (and the letter parts of the body) -> teiHeader."""

from __future__ import annotations

import re

from teikit import __version__
from teikit.edition import EditionConfig
from teikit.model import Child, Document, Node
from teikit.readers import citation_of
from teikit.readers.citation import ARCHIVES, Citation
from teikit.readers.common import natural_order, page_date_iso

LANGUAGE_CODES = {"English": "en", "Romanian": "ro", "Russian": "ru", "Chinese": "zh", "German": "de", "French": "fr",
                  "Hungarian": "hu", "Polish": "pl", "Bulgarian": "bg", "Czech": "cs", "Slovak": "sk", "Serbian": "sr",
                  "Albanian": "sq", "Korean": "ko", "Vietnamese": "vi", "Japanese": "ja", "Spanish": "es",
                  "Italian": "it", "Mongolian": "mn", "Ukrainian": "uk"}
EDITORIAL_DECL = [
    "The text is the English translation as published by the archive, transcribed without change; "
    "site navigation and page furniture were removed.",
    "Editorial brackets typed in the source are encoded by what they mean (supplied, sic, gap, foreign, "
    "translator's notes, abbreviation expansions) and carry rend=\"brackets\" so the brackets can be printed "
    "again exactly as typed. Asterisk note calls are anchors, the asterisk notes stand where they stood.",
    "Names and dates were marked automatically by teikit and linked to the edition's register where known; "
    "unresolved names carry cert=\"low\".",
]


def E(tag: str, *children: Child, **attrs: str) -> Node:
    return Node(tag, {k.replace("_", ":", 1) if k.startswith("xml_") else k: v
                      for k, v in attrs.items() if v}, list(children))


def build_header(doc: Document, edition: EditionConfig) -> Node:
    meta = doc.metadata
    citation = citation_of(doc)
    translator = citation.translator
    when = page_date_iso(meta.date)
    record_id = meta.record_id or _record_from_url(meta.url)

    title_stmt = E("titleStmt", E("title", meta.title or doc.stem))
    if translator:
        title_stmt.append(E("respStmt", E("resp", "translation from the original"),
                            E("persName", translator, xml_id="translator",
                              ref=doc.refs.get(("persName", translator), ""))))
    elif doc.body is not None and any(n.attrs.get("resp") == "#translator" for n in doc.body.iter()):
        # The text has translator's notes but the archive does not name the translator.
        title_stmt.append(E("respStmt", E("resp", "translation from the original"),
                            E("name", "translator not named by the archive", xml_id="translator")))
    title_stmt.append(E("respStmt", E("resp", "TEI encoding"), E("name", "teikit " + __version__, xml_id="teikit")))
    for funder in dict.fromkeys([meta.funder, *meta.donors]):
        if funder:
            title_stmt.append(E("funder", funder))

    publication = E("publicationStmt", E("publisher", edition.publisher_or_title))
    if meta.rights:
        publication.append(E("availability", *[E("p", text) for text in meta.rights]))
    if meta.uploaded:
        publication.append(E("date", meta.uploaded, type="uploaded", when=meta.uploaded[:10]))
    if record_id:
        publication.append(E("idno", record_id, type="WCDA"))
    if meta.url:
        publication.append(E("idno", meta.url, type="URL"))

    source = E("sourceDesc")
    no_citation = "The archive's page gives no citation and names no repository for this document."
    if citation.children:
        bibl = E("bibl", *citation.children, type="citation")
        for name in bibl.iter():  # the names the names stage resolved (translator, repository)
            if name.tag in ("persName", "orgName") and (ref := doc.refs.get((name.tag, name.text()))):
                name.attrs["ref"] = ref
        source.append(bibl)
    if meta.archive or citation.repository:
        source.append(_ms_desc(meta.archive, citation))
    elif not citation.children and not meta.related:
        source.append(E("p", no_citation))
    if meta.related:
        related = [E("bibl", E("date", r.date, when=page_date_iso(r.date)), " ", E("title", r.title),
                     type="related", corresp=r.edition_file) for r in meta.related]
        source.append(E("listBibl", *related, type="related"))
    notes = [E("note", text, type="archive-page") for text in meta.extra]
    if not citation.children and not meta.archive and meta.related:  # sourceDesc holds no prose beside a listBibl
        notes.insert(0, E("note", no_citation, type="archive-page"))
    if doc.genre != "letter":  # letters say it in correspContext
        notes += [E("relatedItem", type=link.relation, target=link.target) for link in doc.links]
    file_desc = E("fileDesc", title_stmt, publication, *([E("notesStmt", *notes)] if notes else []), source)

    encoding = E("encodingDesc",
                 E("projectDesc",
                   E("p", edition.description or f"{edition.title}: a digital edition made with teikit.")),
                 E("editorialDecl", *[E("p", text) for text in EDITORIAL_DECL]),
                 E("appInfo", E("application", E("label", "teikit"), ident="teikit", version=__version__)))

    profile = E("profileDesc")
    if when:
        profile.append(E("creation", E("date", meta.date, when=when)))
    languages = [E("language", f"{lang} (original)", ident=LANGUAGE_CODES.get(lang, "und"))
                 for lang in meta.original_languages]
    translation = meta.translation_language or "English"
    languages.append(E("language", f"{translation} (translation)", ident=LANGUAGE_CODES.get(translation, "en")))
    profile.append(E("langUsage", *languages))
    if meta.summary:
        profile.append(E("abstract", E("p", meta.summary)))
    terms = [E("term", t, type="subject") for t in meta.subjects] + [E("term", t, type="topic") for t in meta.topics]
    terms += [E("term", E("placeName", p, ref=doc.refs.get(("placeName", p), "")), type="place") for p in meta.places]
    terms += [E("term", E("persName", p, ref=doc.refs.get(("persName", p), "")), type="person")
              for p in meta.associated_people]
    terms.append(E("term", doc.genre, type="genre"))
    if meta.doc_type:
        terms.append(E("term", meta.doc_type, type="archive-type"))
    if meta.classification:
        terms.append(E("term", meta.classification, type="classification"))
    profile.append(E("textClass", E("keywords", *terms)))
    if doc.genre == "letter":
        profile.append(_corresp_desc(doc, when))

    revision = E("revisionDesc", E("change", f"Converted from {doc.stem} ({doc.shape} page) by teikit {__version__}.",
                                   who="#teikit"))
    return E("teiHeader", file_desc, encoding, profile, revision)


def _record_from_url(url: str) -> str:
    match = re.search(r"/document/(\d+)", url)
    return match.group(1) if match else ""


def _ms_desc(archive: str, citation: Citation) -> Node:
    repository = archive or ARCHIVES.get(citation.repository, citation.repository)
    ident = E("msIdentifier", E("repository", repository))
    for collection in citation.collections:
        ident.append(E("collection", collection))
    if citation.file_idno:
        ident.append(E("idno", citation.file_idno, type="file"))
    return E("msDesc", ident)


def _corresp_desc(doc: Document, when: str) -> Node:
    meta = doc.metadata
    sent = E("correspAction", type="sent")
    received = E("correspAction", type="received")
    for author in meta.authors:
        sent.append(E("persName", natural_order(author), ref=doc.refs.get(("persName", author), "")))
    if meta.sender:
        sent.append(_party(doc, meta.sender))
    if meta.addressee:
        received.append(_party(doc, meta.addressee))
    place = _opener_place(doc)
    if place:
        sent.append(E("placeName", place, ref=_place_ref(doc, place)))
    if when:
        sent.append(E("date", meta.date, when=when))
    if not received.children:
        received.append(E("note", "addressee not stated in the archive's metadata"))
    if not any(c.tag in ("persName", "orgName") for c in sent.children if isinstance(c, Node)):
        sent.children.insert(0, E("note", "sender not stated in the archive's metadata"))
    desc = E("correspDesc", sent, received)
    if doc.links:
        desc.append(E("correspContext", *[E("ref", _relation_label(link.relation), type=link.relation,
                                            target=link.target) for link in doc.links]))
    return desc


ORGANISATION = re.compile(r"\b(?:Committee|Ministry|Embassy|Party|Government|Council|Department|Office|Presidium|"
                          r"Politburo|Bureau|Secretariat|Delegation|Legation|Mission|Command|Union|Republic|Section)\b")


def _party(doc: Document, name: str) -> Node:
    """A sender or addressee from the title: a body ('the Central Committee …') or a person ('Khrushchev')."""
    tag = "orgName" if ORGANISATION.search(name) else "persName"
    return E(tag, name, ref=doc.refs.get((tag, name), ""))


def _relation_label(relation: str) -> str:
    return {"replyTo": "in reply to", "repliedBy": "replied to by", "references": "cites",
            "referencedBy": "cited by"}.get(relation, relation)


def _opener_place(doc: Document) -> str:
    """The place of the first dateline: its placeName, or the text before a comma or digit."""
    if doc.body is None:
        return ""
    for node in doc.body.iter():
        if node.tag == "dateline":
            place = next((n for n in node.iter() if n.tag == "placeName"), None)
            if place is not None:
                return place.text()
            first = next((c for c in node.children if isinstance(c, str)), "")
            text = re.split(r",|\d", first)[0].strip()
            return text if text and text[0].isupper() else ""
    return ""


def _place_ref(doc: Document, place: str) -> str:
    """The register entry the text's own dateline links the place to."""
    assert doc.body is not None
    return next((n.attrs.get("ref", "") for n in doc.body.iter() if n.tag == "placeName" and n.text() == place), "")
