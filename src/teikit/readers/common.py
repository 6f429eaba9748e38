"""What every archive page shape shares: dates as printed, labelled metadata fields."""

from __future__ import annotations

import re
from collections.abc import Callable

from teikit.model import Metadata, RelatedDocument

MONTHS = ("January February March April May June July August September "
          "October November December").split()
PAGE_DATE = re.compile(rf"^(?:{'|'.join(MONTHS)}) \d{{1,2}}, \d{{4}}$")
PAGE_DATE_LOOSE = re.compile(rf"^(?:(?:{'|'.join(MONTHS)}) (?:\d{{1,2}}, )?)?\d{{4}}$")
# The page's date line in every form the archive prints: 'July 2, 1964', 'July 1964', '1964', '2 July 1964'.
DATE_LINE = re.compile(rf"^(?:(?:{'|'.join(MONTHS)}) (?:\d{{1,2}}, )?\d{{4}}"
                       rf"|\d{{1,2}} (?:{'|'.join(MONTHS)}) \d{{4}}|\d{{4}})$")
CREDIT = re.compile(r"^This document was made possible with support from (?:the )?(.+?)\.?$")
URL_IN_ANGLES = re.compile(r"<(https?://[^>\s]+)>")
BARE_URL = re.compile(r"^https?://\S+$")
IMAGE = re.compile(r"^\[image: .*\]$")
EMAIL_PROTECTED = "[email protected]"


CITED_TITLE = re.compile(r"^[\"“](?P<title>.+?),?[\"”](?=[,\s]|$)")


def title_of_citation(citation: str) -> str:
    """'"Telegram from …," November 4, 1962, …' -> 'Telegram from …' ('' when not quoted)."""
    m = CITED_TITLE.match(citation.strip())
    return m.group("title").strip() if m else ""


def unbold(line: str) -> str:
    """``**Citation:**`` -> ``Citation:`` (the card shape bolds its labels)."""
    line = line.strip()
    if line.startswith("**") and line.endswith("**") and len(line) > 4:
        return line[2:-2].strip()
    return line


def page_date_iso(text: str) -> str:
    """'July 2, 1964' -> '1964-07-02'; 'March 1964' -> '1964-03'; '' when not a page date."""
    text = text.strip()
    m = re.match(rf"^({'|'.join(MONTHS)}) (\d{{1,2}}), (\d{{4}})$", text)
    if m:
        return f"{m.group(3)}-{MONTHS.index(m.group(1)) + 1:02d}-{int(m.group(2)):02d}"
    m = re.match(rf"^({'|'.join(MONTHS)}) (\d{{4}})$", text)
    if m:
        return f"{m.group(2)}-{MONTHS.index(m.group(1)) + 1:02d}"
    m = re.match(rf"^(\d{{1,2}}) ({'|'.join(MONTHS)}) (\d{{4}})$", text)
    if m:
        return f"{m.group(3)}-{MONTHS.index(m.group(2)) + 1:02d}-{int(m.group(1)):02d}"
    m = re.match(r"^(\d{4})(-\d{2}(-\d{2})?)?$", text)
    return text if m else ""


def blocks_of(lines: list[str]) -> list[list[str]]:
    """Lines -> blocks of consecutive non-blank lines (each stripped)."""
    blocks: list[list[str]] = []
    current: list[str] = []
    for line in lines:
        if line.strip():
            current.append(line.strip())
        elif current:
            blocks.append(current)
            current = []
    if current:
        blocks.append(current)
    return blocks


def _set_text(attr: str) -> Callable[[Metadata, list[str]], None]:
    def setter(meta: Metadata, values: list[str]) -> None:
        if values:
            setattr(meta, attr, " ".join(values))
    return setter


def _set_list(attr: str) -> Callable[[Metadata, list[str]], None]:
    def setter(meta: Metadata, values: list[str]) -> None:
        getattr(meta, attr).extend(values)
    return setter


def _set_related(meta: Metadata, values: list[str]) -> None:
    for value in values:
        if PAGE_DATE.match(value) or PAGE_DATE_LOOSE.match(value):
            meta.related.append(RelatedDocument(date=value, title=""))
        elif meta.related and not meta.related[-1].title:
            meta.related[-1].title = value
        elif meta.related:
            last = meta.related[-1]
            last.summary = f"{last.summary} {value}".strip()
        else:
            meta.related.append(RelatedDocument(date="", title=value))


def _set_record_id(meta: Metadata, values: list[str]) -> None:
    # On some pages the value is missing and the donors follow straight after the label.
    for value in values:
        if value.isdigit() and not meta.record_id:
            meta.record_id = value
        else:
            meta.donors.append(value)


def _set_uploaded(meta: Metadata, values: list[str]) -> None:
    for value in values:
        if re.match(r"^\d{4}-\d{2}-\d{2}", value) and not meta.uploaded:
            meta.uploaded = value
        else:
            meta.extra.append(value)


def _set_citation(meta: Metadata, values: list[str]) -> None:
    for value in values:
        angled = URL_IN_ANGLES.search(value)
        if angled or BARE_URL.match(value):
            meta.url = meta.url or (angled.group(1) if angled else value)
        value = URL_IN_ANGLES.sub("", value).strip()
        if not value or BARE_URL.match(value):
            continue
        if value.startswith(('"', "\u201c")) and not meta.citation:
            meta.citation = value
        elif value != meta.title:  # the site repeats the title above the citation
            meta.extra.append(value)


def _set_summary(meta: Metadata, values: list[str]) -> None:
    if values:
        meta.summary = " ".join(values)


def _set_rights(meta: Metadata, values: list[str]) -> None:
    meta.rights.extend(values)


def _set_document_information(meta: Metadata, values: list[str]) -> None:
    # Some pages list the values of this section without their labels: tell them apart by content.
    for value in values:
        if value.startswith(("The History and Public Policy Program", "To enquire about")):
            meta.rights.append(value)
        elif not meta.source:
            meta.source = value
        else:
            meta.extra.append(value)


def _drop(meta: Metadata, values: list[str]) -> None:
    """Site furniture with a label (teasers of related resources): not part of the record."""


# Label as printed (without a trailing colon) -> what to do with its values.
FIELDS: dict[str, Callable[[Metadata, list[str]], None]] = {
    "Author(s)": _set_list("authors"),
    "Author": _set_list("authors"),
    "Associated People & Organizations": _set_list("associated_people"),
    "Associated Places": _set_list("places"),
    "Associated Topics": _set_list("topics"),
    "Subjects Discussed": _set_list("subjects"),
    "Related Documents": _set_related,
    "Document Information": _set_document_information,
    "Source": _set_text("source"),
    "Original Archive": _set_text("archive"),
    "Rights": _set_rights,
    "Original Uploaded Date": _set_uploaded,
    "Type": _set_text("doc_type"),
    "Language": _set_list("original_languages"),
    "Original Language": _set_list("original_languages"),
    "Record ID": _set_record_id,
    "Donors": _set_list("donors"),
    "Original Classification": _set_text("classification"),
    "Citation": _set_citation,
    "Summary": _set_summary,
    "Credits": lambda meta, values: setattr(meta, "funder", _funder(" ".join(values))),
    "Explore Related Resources": _drop,
}

# Lines where the site footer begins: everything from here on is chrome.
FOOTER_STARTS = ("About Digital Archive", "Primary Footer Nav", "Secondary Footer Nav")


def label_of(line: str) -> str | None:
    text = unbold(line).rstrip(":").strip()
    return text if text in FIELDS else None


def _funder(text: str) -> str:
    m = CREDIT.match(text.strip())
    return m.group(1) if m else text.strip()


def parse_fields(lines: list[str], meta: Metadata) -> None:
    """Labelled fields (label line, value lines) up to the site footer -> ``meta``."""
    label: str | None = None
    values: list[str] = []

    def flush() -> None:
        if label is not None:
            FIELDS[label](meta, values)

    for raw in lines:
        line = raw.strip()
        if not line or IMAGE.match(line):
            continue
        if line in FOOTER_STARTS:
            break
        found = label_of(line)
        if found is not None:
            flush()
            label, values = found, []
        elif label is not None:
            values.append(line)
        else:
            meta.extra.append(line)
    flush()


def natural_order(name: str) -> str:
    """'Gheorghiu-Dej, Gheorghe' (as catalogues print it) -> 'Gheorghe Gheorghiu-Dej'."""
    if name.count(",") == 1:
        last, first = (part.strip() for part in name.split(","))
        return f"{first} {last}"
    return name
