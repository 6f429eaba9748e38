"""CMIF (Correspondence Metadata Interchange Format, v2): one ``correspDesc`` per letter.

The file is what correspSearch harvests: sender, addressee, place and date of
sending, authority URIs from the register where it holds them (names without
one carry no ``@ref``), the letter's URL in ``correspDesc/@ref`` and ``@source``
pointing at the edition's ``bibl``. CMIF v2 extras go to ``correspDesc/note/ref``:
persons and places the letter mentions (authority URIs only) and the TEI file.
"""

from __future__ import annotations

import re
import uuid

from lxml import etree

from teikit.export.edition import CC_BY, NS, TEI_NS, XML_ID, EditionFiles, TeiFile
from teikit.export.register import Register, authority_of
from teikit.lxmltypes import elements, itertext

CMIF_VOCAB = "https://lod.academy/cmif/vocab/terms/"
LICENCE_TEXT = "This file is licensed under the terms of the Creative Commons License CC-BY 4.0"
NAME_KIND = {"persName": "person", "orgName": "org", "placeName": "place"}
DATE_ATTRS = ("when", "from", "to", "notBefore", "notAfter")
CMIF_DATE = re.compile(r"^-?\d{4}(-\d{2}(-\d{2})?)?")
MENTION_TYPE = {"persName": "cmif:mentionsPerson", "placeName": "cmif:mentionsPlace"}


def _el(parent: etree._Element, tag: str, text: str | None = None, **attrs: str) -> etree._Element:
    el = etree.SubElement(parent, f"{{{TEI_NS}}}{tag}")
    for key, value in attrs.items():
        el.set(XML_ID if key == "xml_id" else key, value)
    if text:
        el.text = text
    return el


def _text(el: etree._Element) -> str:
    return " ".join("".join(itertext(el)).split())


def authority_uri(el: etree._Element, register: Register | None) -> str | None:
    """The authority URI for a name: via its register entry, else the entry with exactly this name."""
    ref = el.get("ref", "")
    for token in ref.split():
        if token.startswith(("http://", "https://")) and authority_of(token):
            return token
    if register is None:
        return None
    local = etree.QName(el).localname
    entry = register.resolve(ref) or (register.find(NAME_KIND.get(local, ""), _text(el)) if not ref else None)
    return entry.uri() if entry else None


def cmif_date(el: etree._Element) -> dict[str, str]:
    """The dating attributes cut to CMIF's formats (YYYY, YYYY-MM, YYYY-MM-DD)."""
    out: dict[str, str] = {}
    for attr in DATE_ATTRS:
        match = CMIF_DATE.match(el.get(attr, ""))
        if match:
            out[attr] = match.group(0)
    return out


def _body_actions(doc: TeiFile) -> dict[str, list[etree._Element]]:
    """Sender and addressee when the header has no correspDesc: closer, dateline, address."""
    def find(path: str) -> list[etree._Element]:
        return elements(doc.root, path, NS)

    sent = find("t:text/t:body//t:closer/t:signed//*[self::t:persName or self::t:orgName]")
    places = find("t:text/t:body//t:opener/t:dateline//t:placeName | t:text/t:body//t:closer/t:dateline//t:placeName")
    dates = find("t:text/t:body//t:opener/t:dateline//t:date | t:text/t:body//t:closer/t:dateline//t:date"
                 " | t:teiHeader/t:profileDesc/t:creation/t:date")
    received = find("t:text/t:body//t:opener/t:address//*[self::t:persName or self::t:orgName]")
    return {"sent": sent + places[:1] + dates[:1], "received": received}


def _actions(doc: TeiFile) -> dict[str, list[etree._Element]]:
    header = doc.root.find("t:teiHeader/t:profileDesc/t:correspDesc", NS)
    if header is None:
        return _body_actions(doc)
    actions: dict[str, list[etree._Element]] = {"sent": [], "received": []}
    for action in header.findall("t:correspAction", NS):
        kind = action.get("type", "")
        if kind in actions:
            actions[kind].extend(c for c in action if isinstance(c.tag, str))
    return actions


def _action(parent: etree._Element, kind: str, parts: list[etree._Element], register: Register | None) -> None:
    action = _el(parent, "correspAction", type=kind)
    names = [p for p in parts if etree.QName(p).localname in ("persName", "orgName")]
    if not names:
        _el(action, "persName", "Unknown")
    seen: set[tuple[str, str]] = set()
    for part in names + [p for p in parts if etree.QName(p).localname == "placeName"]:
        local, text = etree.QName(part).localname, _text(part)
        if not text or (local, text) in seen:
            continue
        seen.add((local, text))
        uri = authority_uri(part, register)
        _el(action, local, text, **({"ref": uri} if uri else {}))
    dated = next((cmif_date(p) for p in parts if etree.QName(p).localname == "date" and cmif_date(p)), None)
    if dated:
        _el(action, "date", **dated)


def _mentions(doc: TeiFile, register: Register | None) -> list[tuple[str, str, str]]:
    """(type, authority URI, label) for persons and places the letter's text mentions."""
    found: list[tuple[str, str, str]] = []
    seen: set[str] = set()
    for el in elements(doc.root, "t:text//t:persName | t:text//t:placeName", NS):
        uri = authority_uri(el, register) if el.get("ref") else None
        if uri and uri not in seen:
            seen.add(uri)
            entry = register.resolve(el.get("ref")) if register else None
            found.append((MENTION_TYPE[etree.QName(el).localname], uri, entry.label if entry else _text(el)))
    return found


def corresp_desc(parent: etree._Element, doc: TeiFile, edition: EditionFiles, source_id: str) -> etree._Element:
    attrs = {"key": doc.id, "source": f"#{source_id}"}
    url = doc.first("t:teiHeader/t:fileDesc/t:publicationStmt/t:idno[@type='URL' or @type='url']")
    if url:
        attrs["ref"] = url
    desc = _el(parent, "correspDesc", **attrs)
    actions = _actions(doc)
    for kind in ("sent", "received"):
        _action(desc, kind, actions[kind], edition.register)
    note = _el(desc, "note")
    for kind, uri, label in _mentions(doc, edition.register):
        _el(note, "ref", label, type=kind, target=uri)
    _el(note, "ref", type="cmif:isAvailableAsTEIfile", target=edition.info.url(f"tei/{doc.path.name}"))
    return desc


def source_id(edition: EditionFiles) -> str:
    """A static UUID for the edition's bibl (derived from its URL), starting with a letter."""
    return "cmif-" + str(uuid.uuid5(uuid.NAMESPACE_URL, edition.info.base_url))


def build_cmif(edition: EditionFiles, cmif_url: str | None = None) -> etree._ElementTree:
    info = edition.info
    root = etree.Element(f"{{{TEI_NS}}}TEI", nsmap={None: TEI_NS})  # type: ignore[dict-item]  # lxml-stubs: None is the default namespace's key
    root.set("{http://www.w3.org/XML/1998/namespace}lang", "en")
    header = _el(root, "teiHeader")
    file_desc = _el(header, "fileDesc")
    title_stmt = _el(file_desc, "titleStmt")
    _el(title_stmt, "title", f"Correspondence index: {info.title}")
    _el(title_stmt, "editor", info.publisher)
    pub = _el(file_desc, "publicationStmt")
    _el(_el(pub, "publisher"), "ref", info.publisher, target=info.base_url)
    _el(pub, "idno", cmif_url or info.url("cmif.xml"), type="url")
    _el(pub, "date", when=info.timestamp.strftime("%Y-%m-%dT%H:%M:%SZ"))
    _el(_el(pub, "availability"), "licence", LICENCE_TEXT, target=CC_BY)
    bibl = _el(_el(file_desc, "sourceDesc"), "bibl", type="online", xml_id=source_id(edition))
    bibl.text = f"{info.title}. "
    _el(bibl, "publisher", info.publisher).tail = ". "
    _el(bibl, "ref", info.base_url, target=info.base_url).tail = "."  # text, so indenting leaves it alone
    prefixes = _el(_el(header, "encodingDesc"), "listPrefixDef")
    _el(prefixes, "prefixDef", ident="cmif", matchPattern="([A-Za-z]+)", replacementPattern=f"{CMIF_VOCAB}$1")
    profile = _el(header, "profileDesc")
    for doc in edition.letters:
        corresp_desc(profile, doc, edition, source_id(edition))
    _el(_el(_el(root, "text"), "body"), "p")
    return root.getroottree()


def serialize(tree: etree._ElementTree) -> bytes:
    etree.indent(tree, space="  ")  # the only mixed content (bibl) ends in text, which indent() keeps
    return etree.tostring(tree, xml_declaration=True, encoding="UTF-8", pretty_print=True)
