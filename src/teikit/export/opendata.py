"""Open data: the documents as JSON (metadata, plain text, names and dates with offsets),
the register as CSV (one row per entry, with mention counts across the edition).

The JSON follows ``document.schema.json`` (next to this module). Neither output
holds a timestamp: the same edition gives the same bytes.
"""

from __future__ import annotations

import csv
import io
import json
from collections import Counter
from pathlib import Path
from typing import Any

from teikit.export.edition import NS, EditionFiles, TeiFile
from teikit.export.plaintext import plain_text, reading_text
from teikit.export.register import Register
from teikit.lxmltypes import elements, itertext, strings

SCHEMA_PATH = Path(__file__).with_name("document.schema.json")
FORMAT = "teikit-documents"
VERSION = 1
DATE_ATTRS = ("when", "from", "to", "notBefore", "notAfter")
CSV_COLUMNS = ["id", "kind", "label", "forms", "authority_ids", "authority_uris", "mentions", "documents"]


def _date(doc: TeiFile) -> dict[str, str] | None:
    found = doc.root.find("t:teiHeader/t:profileDesc/t:creation/t:date", NS)
    if found is None:
        return None
    out = {a: found.get(a, "") for a in DATE_ATTRS if found.get(a)}
    out["text"] = " ".join("".join(itertext(found)).split())
    return out


def _genre(doc: TeiFile) -> str:
    return doc.first("t:teiHeader/t:profileDesc/t:textClass/t:keywords/t:term[@type='genre']") or \
        doc.first("t:text/t:body/t:div[1]/@type")


def mention_record(m: Any, register: Register | None) -> dict[str, Any]:
    target = m.attrs.get("ref")
    record: dict[str, Any] = {"type": m.tag, "start": m.start, "end": m.end, "text": m.text,
                              "ref": register.id_of(target) if register else None, "target": target}
    entry = register.entries[record["ref"]] if register and record["ref"] else None
    if entry is not None:
        record["label"] = entry.label
        record["authority"] = sorted(entry.authority_uris().values())
    for attr in DATE_ATTRS + ("cert", "evidence"):
        if m.attrs.get(attr):
            record[attr] = m.attrs[attr]
    return record


def document_record(doc: TeiFile, register: Register | None) -> dict[str, Any]:
    text, mentions = plain_text(doc.root)
    header = "t:teiHeader/t:fileDesc"
    return {
        "id": doc.id,
        "file": doc.path.name,
        "title": doc.first(f"{header}/t:titleStmt/t:title[1]"),
        "date": _date(doc),
        "genre": _genre(doc),
        "summary": doc.first("t:teiHeader/t:profileDesc/t:abstract") or None,
        "source_url": doc.first(f"{header}/t:publicationStmt/t:idno[@type='URL' or @type='url']") or None,
        "languages": [str(x) for x in strings(doc.root, "t:teiHeader/t:profileDesc/t:langUsage/t:language/@ident",
                                                   NS)],
        "text": text,
        "reading_text": reading_text(doc.root),
        "mentions": [mention_record(m, register) for m in mentions],
    }


def documents_json(edition: EditionFiles) -> bytes:
    data = {
        "format": FORMAT,
        "version": VERSION,
        "edition": {"title": edition.info.title, "publisher": edition.info.publisher},
        "documents": [document_record(d, edition.register) for d in edition.documents],
    }
    return (json.dumps(data, ensure_ascii=False, indent=1) + "\n").encode("utf-8")


def mention_counts(edition: EditionFiles) -> tuple[Counter[str], dict[str, set[str]]]:
    """Per register id: elements in the documents' texts that point at it, and which documents."""
    counts: Counter[str] = Counter()
    docs: dict[str, set[str]] = {}
    register = edition.register
    if register is None:
        return counts, docs
    for doc in edition.documents:
        for el in elements(doc.root, "t:text//*[@ref]", NS):
            found = register.id_of(el.get("ref"))
            if found:
                counts[found] += 1
                docs.setdefault(found, set()).add(doc.id)
    return counts, docs


def register_csv(edition: EditionFiles) -> bytes:
    if edition.register is None:
        raise ValueError("the edition has no register")
    counts, docs = mention_counts(edition)
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for entry in edition.register.entries.values():
        writer.writerow([
            entry.id, entry.kind, entry.label, " | ".join(entry.forms),
            " | ".join(f"{kind}:{value}" for kind, value in entry.idnos),
            " | ".join(entry.authority_uris().values()),
            counts[entry.id], len(docs.get(entry.id, ())),
        ])
    return out.getvalue().encode("utf-8")
