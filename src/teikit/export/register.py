"""The edition's register (``tei/register.xml``): entries, their name forms, authority URIs.

An entry is any element with an ``xml:id`` directly inside a ``list*`` of a
``standOff`` (person, org, place, bibl, ...). Documents point at it with
``@ref="register.xml#id"``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlparse

from lxml import etree

from teikit.names.register import register_entries
from teikit.xmlsafe import parse_xml

TEI_NS = "http://www.tei-c.org/ns/1.0"
NS = {"t": TEI_NS}
XML_ID = "{http://www.w3.org/XML/1998/namespace}id"

# idno/@type (lower case) -> URI pattern for a bare identifier.
AUTHORITY_PATTERNS = {
    "gnd": "https://d-nb.info/gnd/{}",
    "viaf": "https://viaf.org/viaf/{}",
    "lc": "http://id.loc.gov/authorities/names/{}",
    "lccn": "http://id.loc.gov/authorities/names/{}",
    "loc": "http://id.loc.gov/authorities/names/{}",
    "bnf": "https://data.bnf.fr/ark:/12148/cb{}",
    "ndl": "https://id.ndl.go.jp/auth/ndlna/{}",
    "geonames": "https://www.geonames.org/{}",
    "wikidata": "http://www.wikidata.org/entity/{}",
}
# Hosts of the authority files CMIF names (plus Wikidata), by authority.
AUTHORITY_HOSTS = {
    "d-nb.info": "gnd", "viaf.org": "viaf", "id.loc.gov": "lc", "data.bnf.fr": "bnf",
    "catalogue.bnf.fr": "bnf", "id.ndl.go.jp": "ndl", "geonames.org": "geonames",
    "sws.geonames.org": "geonames", "wikidata.org": "wikidata",
}
# Which authority to prefer, for agents and for places.
PREFERENCE = {
    "agent": ["gnd", "viaf", "lc", "bnf", "ndl", "wikidata"],
    "place": ["geonames", "wikidata", "gnd", "viaf"],
}
PLACE_KINDS = {"place", "placeName", "settlement", "country"}


def authority_of(uri: str) -> str | None:
    """The authority a URI belongs to (``gnd``, ``viaf`` …), or None."""
    host = (urlparse(uri).hostname or "").lower()
    host = host[4:] if host.startswith("www.") else host
    return AUTHORITY_HOSTS.get(host)


@dataclass
class Entry:
    id: str
    kind: str  # local name: person, org, place, bibl …
    forms: list[str]
    idnos: list[tuple[str, str]] = field(default_factory=list)  # (type, value)

    @property
    def label(self) -> str:
        return self.forms[0] if self.forms else self.id

    def authority_uris(self) -> dict[str, str]:
        """Authority -> URI, for every idno that is (or can be made) an authority URI."""
        found: dict[str, str] = {}
        for kind, value in self.idnos:
            uri = value if value.startswith(("http://", "https://")) else None
            if uri is None and kind.lower() in AUTHORITY_PATTERNS and value:
                uri = AUTHORITY_PATTERNS[kind.lower()].format(value)
            authority = authority_of(uri) if uri else None
            if uri and authority and authority not in found:
                found[authority] = uri
        return found

    def uri(self) -> str | None:
        """The preferred authority URI for CMIF, or None when the register holds none."""
        uris = self.authority_uris()
        order = PREFERENCE["place" if self.kind in PLACE_KINDS else "agent"]
        return next((uris[a] for a in order if a in uris), None)


class Register:
    def __init__(self, path: Path, root: etree._Element) -> None:
        self.path = path
        self.name = path.name
        self.root = root
        self.entries: dict[str, Entry] = {}
        for record in register_entries(root):  # the one reader of the register, and its label rule
            self.entries.setdefault(record.id, Entry(record.id, record.kind, record.forms, list(record.idnos)))
        self._by_form: dict[tuple[str, str], Entry] = {}
        for entry in self.entries.values():
            for form in entry.forms:
                self._by_form.setdefault((entry.kind, form.casefold()), entry)

    def id_of(self, ref: str | None) -> str | None:
        """``register.xml#x`` (or ``#x``) -> ``x`` when ``x`` is an entry here."""
        if not ref:
            return None
        for token in ref.split():
            target, _, frag = token.rpartition("#")
            if frag in self.entries and (target in ("", self.name) or target.endswith("/" + self.name)):
                return frag
        return None

    def resolve(self, ref: str | None) -> Entry | None:
        found = self.id_of(ref)
        return self.entries[found] if found else None

    def find(self, kind: str, name: str) -> Entry | None:
        """The entry of this kind with exactly this name form (case and spacing ignored)."""
        return self._by_form.get((kind, " ".join(name.split()).casefold()))


def load_register(path: Path) -> Register:
    return Register(path, parse_xml(path).getroot())
