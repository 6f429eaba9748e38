"""CMIF's own rules, beyond what tei_all checks.

The rules are those of the TEI Correspondence SIG's CMIF documentation, its ODD
(cmi-customization) and Schematron (E0001-E0004), and the v2 proposal
(``correspDesc/note/ref`` with CMIF vocabulary types). Each problem has a code:
``E…`` errors make the file unusable for correspSearch, ``W…`` warnings do not.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import urlparse

from lxml import etree

from teikit.export.edition import NS, TEI_NS, XML_ID
from teikit.export.register import authority_of
from teikit.lxmltypes import elements, itertext, sourceline

LICENCES = {"creativecommons.org/licenses/by/4.0", "creativecommons.org/publicdomain/zero/1.0"}
ACTION_CHILDREN = {"persName", "orgName", "placeName", "date"}
DATE_ATTRS = ("when", "from", "to", "notBefore", "notAfter")
CMIF_DATE = re.compile(r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$")
DATE_TIME = re.compile(r"^-?\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})?$")
UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
CMIF_VOCAB = "https://lod.academy/cmif/vocab/terms/"


@dataclass(frozen=True)
class Problem:
    code: str
    line: int
    message: str

    @property
    def is_error(self) -> bool:
        return self.code.startswith("E")

    def __str__(self) -> str:
        level = "error" if self.is_error else "warning"
        return f"{self.line}: {level}: [{self.code}] {self.message}"


def _is_url(value: str) -> bool:
    parsed = urlparse(value.strip())
    return parsed.scheme in ("http", "https") and bool(parsed.netloc) and not any(c.isspace() for c in value.strip())


def _text(el: etree._Element) -> str:
    return " ".join("".join(itertext(el)).split())


def _local(el: etree._Element) -> str:
    return etree.QName(el).localname if isinstance(el.tag, str) else ""


class _Checker:
    def __init__(self, root: etree._Element) -> None:
        self.root = root
        self.problems: list[Problem] = []

    def add(self, code: str, el: etree._Element | None, message: str) -> None:
        self.problems.append(Problem(code, (sourceline(el) or 0) if el is not None else 0, message))

    def find(self, path: str, el: etree._Element | None = None) -> list[etree._Element]:
        return elements(self.root if el is None else el, path, NS)

    def header(self) -> None:
        fd = "/t:TEI/t:teiHeader/t:fileDesc"
        if not any(_text(t) for t in self.find(f"{fd}/t:titleStmt/t:title")):
            self.add("E0101", self.root, "titleStmt/title (title of the index) is missing or empty")
        if not any(_text(t) for t in self.find(f"{fd}/t:titleStmt/t:editor")):
            self.add("E0102", self.root, "titleStmt/editor (contact for the index) is missing or empty")
        if not any(_text(p) for p in self.find(f"{fd}/t:publicationStmt/t:publisher")):
            self.add("E0103", self.root, "publicationStmt/publisher (the CC-BY attribution) is missing or empty")
        idnos = self.find(f"{fd}/t:publicationStmt/t:idno[translate(@type, 'URL', 'url')='url']")
        if not idnos:
            self.add("E0104", self.root, 'publicationStmt/idno[@type="url"] (URL of this file) is missing')
        for idno in idnos:
            if not _is_url(_text(idno)):
                self.add("E0105", idno, f"idno[@type='url'] is not an absolute http(s) URL: {_text(idno)!r}")
            elif (urlparse(_text(idno)).hostname or "").endswith("example.org"):
                self.add("W0105", idno, "the file's URL is a placeholder (example.org): set the edition's base URL")
        dates = self.find(f"{fd}/t:publicationStmt/t:date")
        if not dates or not DATE_TIME.match(dates[0].get("when", "")):
            self.add("E0106", dates[0] if dates else self.root,
                     "publicationStmt/date/@when (last change of this file) must be an xsd:dateTime")
        licences = self.find(f"{fd}/t:publicationStmt/t:availability/t:licence")
        targets = [re.sub(r"^https?://|/$", "", lic.get("target", "")) for lic in licences]
        if not any(t in LICENCES for t in targets):
            self.add("E0107", licences[0] if licences else self.root,
                     "availability/licence/@target must be https://creativecommons.org/licenses/by/4.0/ (or CC0 1.0)")
        bibls = self.find(f"{fd}/t:sourceDesc/t:bibl")
        if not bibls:
            self.add("E0108", self.root, "sourceDesc/bibl (the edition the letters come from) is missing")
        for bibl in bibls:
            if bibl.get("type") not in ("online", "print", "hybrid"):
                self.add("E0109", bibl, f"bibl/@type must be online, print or hybrid, not {bibl.get('type')!r}")
            if not bibl.get(XML_ID):
                self.add("E0110", bibl, "bibl has no xml:id for correspDesc/@source to point at")
            elif not UUID.search(bibl.get(XML_ID, "")):
                self.add("W0001", bibl, "bibl/@xml:id should contain a UUID")

    def corresp_desc(self, desc: etree._Element, bibl_ids: set[str]) -> None:
        source = desc.get("source")
        if source is not None and source.lstrip("#") not in bibl_ids:
            self.add("E0003", desc, f"correspDesc/@source {source!r} does not point at a sourceDesc/bibl/@xml:id")
        if source is None and len(bibl_ids) > 1:
            self.add("E0111", desc, "correspDesc has no @source but sourceDesc lists several editions")
        ref = desc.get("ref")
        if ref is None and not desc.get("key"):
            self.add("E0112", desc, "correspDesc needs @ref (URL of the letter) or @key (its number in the edition)")
        if ref is not None and not all(_is_url(r) for r in ref.split()):
            self.add("E0113", desc, f"correspDesc/@ref is not an absolute http(s) URL: {ref!r}")
        for child in desc:
            if _local(child) not in ("correspAction", "note", ""):
                self.add("E0114", child, f"correspDesc may hold correspAction and note, not {_local(child)}")
        actions = self.find("t:correspAction", desc)
        for kind, code in (("sent", "E0001"), ("received", "E0002")):
            if not any(a.get("type") == kind for a in actions):
                self.add(code, desc, f'correspAction type="{kind}" must be present')
        for action in actions:
            self.action(action)
        for note in self.find("t:note", desc):
            self.note(note)

    def action(self, action: etree._Element) -> None:
        if action.get("type") not in ("sent", "received"):
            self.add("E0115", action, f"correspAction/@type must be sent or received, not {action.get('type')!r}")
        if (action.text or "").strip() or any((c.tail or "").strip() for c in action):
            self.add("E0116", action, "correspAction holds text; only persName, orgName, placeName, date are allowed")
        for child in action:
            if isinstance(child.tag, str) and _local(child) not in ACTION_CHILDREN:
                self.add("E0117", child, f"correspAction may not hold {_local(child)}")
        if not self.find("t:persName | t:orgName", action):
            self.add("E0118", action, 'correspAction needs a persName or orgName ("Unknown" when unknown)')
        for name in self.find("t:persName | t:orgName | t:placeName", action):
            self.name(name)
        dates = self.find("t:date", action)
        if len(dates) > 1:
            self.add("E0119", dates[1], "correspAction has more than one date")
        for date in dates:
            self.date(date)

    def name(self, name: etree._Element) -> None:
        if len(name):
            self.add("E0120", name, f"{_local(name)} must hold text only, no elements")
        if not _text(name):
            self.add("E0121", name, f"{_local(name)} is empty")
        for ref in name.get("ref", "").split():
            if not _is_url(ref):
                self.add("E0122", name, f"{_local(name)}/@ref must be an authority URI, not {ref!r}")
            elif not authority_of(ref):
                self.add("W0122", name, f"{_local(name)}/@ref {ref!r} is not from an authority file CMIF names")

    def date(self, date: etree._Element) -> None:
        present = [a for a in DATE_ATTRS if date.get(a) is not None]
        if not present:
            self.add("E0004", date, "date needs at least one of @when, @from, @to, @notBefore, @notAfter")
        for attr in present:
            if not CMIF_DATE.match(date.get(attr, "")):
                self.add("E0123", date, f"date/@{attr}={date.get(attr)!r}: CMIF allows YYYY, YYYY-MM, YYYY-MM-DD")
        if "when" in present and len(present) > 1:
            self.add("E0124", date, "date/@when cannot be combined with a range")

    def note(self, note: etree._Element) -> None:
        prefixes = {p.get("ident") for p in self.find("//t:listPrefixDef/t:prefixDef")}
        if (note.text or "").strip():
            self.add("E0125", note, "correspDesc/note holds text; CMIF v2 puts only ref elements there")
        for ref in note:
            if not isinstance(ref.tag, str):
                continue
            if _local(ref) != "ref":
                self.add("E0126", ref, f"correspDesc/note may hold ref only, not {_local(ref)}")
                continue
            kind, target = ref.get("type", ""), ref.get("target", "")
            if not (kind.startswith("cmif:") or kind.startswith(CMIF_VOCAB)):
                self.add("E0127", ref, f"note/ref/@type must be a CMIF vocabulary term, not {kind!r}")
            elif kind.startswith("cmif:") and "cmif" not in prefixes:
                self.add("W0127", ref, "the cmif: prefix is not declared in encodingDesc/listPrefixDef")
            if not (target.startswith("cmif:") or _is_url(target)):
                self.add("E0128", ref, f"note/ref/@target must be a URI, not {target!r}")

    def run(self) -> list[Problem]:
        if self.root.tag != f"{{{TEI_NS}}}TEI":
            self.add("E0100", self.root, "the root element must be TEI in the TEI namespace")
            return self.problems
        self.header()
        bibl_ids = {b.get(XML_ID, "") for b in self.find("//t:sourceDesc/t:bibl[@xml:id]")}
        descs = self.find("/t:TEI/t:teiHeader/t:profileDesc/t:correspDesc")
        if not descs:
            self.add("E0129", self.root, "teiHeader/profileDesc holds no correspDesc")
        for stray in self.find("//t:correspDesc[not(parent::t:profileDesc)]"):
            self.add("E0130", stray, "correspDesc belongs in teiHeader/profileDesc")
        for desc in descs:
            self.corresp_desc(desc, bibl_ids)
        return sorted(self.problems, key=lambda p: (p.line, p.code))


def check_cmif(root: etree._Element | etree._ElementTree) -> list[Problem]:
    """Every CMIF problem in the document, errors and warnings, in document order."""
    if isinstance(root, etree._ElementTree):
        root = root.getroot()
    return _Checker(root).run()
