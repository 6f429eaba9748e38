"""The register (``tei/register.xml``) as Python objects: the one reader of it.

The XML is the source of truth; this module only reads it. :func:`register_entries`
is what every stage reads of an entry (names, the site's register pages, the
exports), with one rule for its label (:func:`display_form`). Every ``persName``,
``orgName`` and ``placeName`` child of an entry is a *form* the matcher looks for.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree

from teikit.lxmltypes import itertext
from teikit.names.text import fold_plain
from teikit.xmlsafe import parse_xml

TEI = "http://www.tei-c.org/ns/1.0"
XML_ID = "{http://www.w3.org/XML/1998/namespace}id"
_KIND = {"person": "person", "org": "org", "place": "place"}
_NAME_TAG = {"person": "persName", "org": "orgName", "place": "placeName"}


@dataclass(frozen=True)
class Role:
    label: str
    org: str | None  # register id of the body, if any
    start: str | None  # ISO, as typed in @from
    end: str | None  # ISO, as typed in @to


@dataclass
class Entry:
    id: str
    kind: str  # "person" | "org" | "place"
    name: str  # display form
    forms: list[str]  # every form, display form first
    type: str | None = None  # org/place type (city, party, ...)
    birth: str | None = None
    death: str | None = None
    roles: list[Role] = field(default_factory=list)
    country: str | None = None
    parent: str | None = None  # for orgs: the body it belongs to
    surnames: list[str] = field(default_factory=list)  # a person's <surname>s, which no form need repeat

    @property
    def tag(self) -> str:
        return _NAME_TAG[self.kind]

    def related(self) -> set[str]:
        """Ids whose presence in a text is evidence for this entry (country, bodies)."""
        out = {r.org for r in self.roles if r.org}
        if self.country:
            out.add(self.country)
        if self.parent:
            out.add(self.parent)
        return out


class Register:
    """Entries by id, and a form → ids index (a form may belong to several entries)."""

    def __init__(self, entries: list[Entry]):
        self.entries: dict[str, Entry] = {}
        for e in entries:
            if e.id in self.entries:
                raise ValueError(f"duplicate register id {e.id!r}")
            self.entries[e.id] = e
        self._by_form: dict[str, list[str]] = {}
        for e in entries:
            for f in e.forms:
                ids = self._by_form.setdefault(f, [])
                if e.id not in ids:
                    ids.append(e.id)
        self._by_surname: dict[str, list[str]] = {}
        for e in entries:
            for sn in dict.fromkeys(e.surnames):
                self._by_surname.setdefault(fold_plain(sn), []).append(e.id)

    def __len__(self) -> int:
        return len(self.entries)

    def __getitem__(self, key: str) -> Entry:
        return self.entries[key]

    def __contains__(self, key: object) -> bool:
        return key in self.entries

    def forms(self) -> dict[str, list[str]]:
        """form → ids, in register order (deterministic)."""
        return self._by_form

    def with_surname(self, form: str) -> list[str]:
        """The persons whose marked-up surname is this form (diacritics folded): 'Péter' for
        János Péter, whom the editor did not give the bare surname as a form, since it is a forename too."""
        return list(self._by_surname.get(fold_plain(form), ()))

    def lookup(self, form: str) -> list[str]:
        direct = self._by_form.get(form)
        if direct:
            return list(direct)
        key = fold_plain(form)
        return [i for f, ids in self._by_form.items() if fold_plain(f) == key for i in ids]


def _text(el: etree._Element) -> str:
    return " ".join("".join(itertext(el)).split())


LABEL_TAGS = ("persName", "orgName", "placeName", "name", "title")
NAME_TAGS = (*LABEL_TAGS, "addName")
# Elements that are register entries when they carry an xml:id inside a standOff.
ENTRY_KINDS = frozenset({"person", "personGrp", "org", "place", "bibl", "biblStruct", "event", "object", "nym"})


@dataclass(frozen=True)
class RegisterEntry:
    """An entry as every reader of the register sees it."""

    id: str
    kind: str  # the element's local name: person, org, place, bibl, …
    label: str  # display_form: the one label of the entry everywhere
    names: tuple[tuple[str, str, str], ...]  # (tag, text, @type) of each name child, in order
    idnos: tuple[tuple[str, str], ...]  # (@type, value)
    element: etree._Element

    @property
    def forms(self) -> list[str]:
        """Every distinct name form, the label first."""
        return list(dict.fromkeys([*([self.label] if self.label else []), *(text for _, text, _ in self.names)]))


def register_entries(root: etree._Element) -> list[RegisterEntry]:
    """Every entry of a register tree, in document order (a nested entry after its parent)."""
    found = []
    for stand_off in root.iter(f"{{{TEI}}}standOff"):
        for el in stand_off.iter():
            if not isinstance(el.tag, str) or etree.QName(el).localname not in ENTRY_KINDS or XML_ID not in el.attrib:
                continue
            names = tuple((etree.QName(c).localname, _text(c), c.get("type") or "") for c in el
                          if isinstance(c.tag, str) and etree.QName(c).localname in NAME_TAGS and _text(c))
            idnos = tuple((i.get("type") or "", _text(i)) for i in el.iterfind(f"{{{TEI}}}idno"))
            found.append(RegisterEntry(el.get(XML_ID, ""), etree.QName(el).localname, display_form(el), names, idnos,
                                       el))
    return found


def display_form(entry: etree._Element) -> str:
    """An entry's label, the one rule the names stage, the site and the exports share: its
    name form typed "main" (or "full"), else its first name form; '' when it has none."""
    names = [c for c in entry if isinstance(c.tag, str) and etree.QName(c).localname in LABEL_TAGS and _text(c)]
    main = next((n for n in names if n.get("type") in ("main", "full")), names[0] if names else None)
    return _text(main) if main is not None else ""


def load_register(path: str | Path | None = None) -> Register:
    """Read a register file (default: the edition's ``tei/register.xml``)."""
    path = Path(path) if path else default_register_path()
    root = parse_xml(path).getroot()  # safe: a register may come from anywhere
    ns = {"t": TEI}
    entries: list[Entry] = []
    for record in register_entries(root):
        kind, el = _KIND.get(record.kind), record.element
        if not kind:
            continue
        forms = [text for tag, text, _ in record.names if tag == _NAME_TAG[kind]]
        if not forms:
            continue
        e = Entry(id=record.id, kind=kind, name=record.label or forms[0], forms=forms, type=el.get("type"))
        if kind == "person":
            b, d = el.find("t:birth", ns), el.find("t:death", ns)
            e.birth = b.get("when") if b is not None else None
            e.death = d.get("when") if d is not None else None
            e.surnames = [_text(sn) for sn in el.iterfind("t:persName/t:surname", ns) if _text(sn)]
            for r in el.findall("t:affiliation", ns) + el.findall("t:occupation", ns):
                ref = r.get("ref")
                e.roles.append(Role(_text(r), ref.lstrip("#") if ref else None, r.get("from"), r.get("to")))
        c = el.find("t:country", ns)
        if c is not None and (country := c.get("ref")):
            e.country = country.lstrip("#")
        entries.append(e)
    reg = Register(entries)
    for rel in root.iterfind(".//t:relation[@name='partOf']", ns):
        a, p = rel.get("active", "").lstrip("#"), rel.get("passive", "").lstrip("#")
        if a in reg.entries:
            reg.entries[a].parent = p
    return reg


def entry_fingerprints(path: Path) -> dict[str, str]:
    """A hash per entry (by xml:id), and under '' one of everything else (relations, header):
    a build compares them to convert again only the documents an edit of the register concerns."""
    if not path.exists():
        return {"": "<missing>"}
    root = parse_xml(path).getroot()
    entries = [el for el in root.iterfind(f".//{{{TEI}}}standOff//*")
               if etree.QName(el).localname in _KIND and XML_ID in el.attrib]
    prints = {el.get(XML_ID, ""): hashlib.sha256(etree.tostring(el, with_tail=False)).hexdigest() for el in entries}
    for el in entries:  # what is left is the rest (a nested entry goes with its parent)
        parent = el.getparent()
        if parent is not None:
            parent.remove(el)
    prints[""] = hashlib.sha256(etree.tostring(root)).hexdigest()
    return prints


def default_register_path() -> Path:
    """The register of the edition the working directory lies in."""
    from teikit.edition import Edition

    return Edition.open().register_path
