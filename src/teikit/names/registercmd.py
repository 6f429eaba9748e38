"""`teikit register suggest|merge`: the register grows with the edition.

``suggest [PATH...] --out DRAFT`` reads the edition's TEI, takes every name left
without a register link (and offered no candidates), clusters the variants of one
name ('Milko Balev', 'Balev', 'BALEV'), proposes a type and, for places the
gazetteer knows by exactly one record, a GeoNames id and coordinates, and lists
every context. The draft is TEI: the editor deletes what is wrong, corrects ids
and names, and runs ``merge DRAFT``, which adds the remaining entries to the
register (with the generated forms of each person's name) and refuses, writing
nothing, an id the register already has.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree

from teikit.edition import Edition
from teikit.lxmltypes import itertext
from teikit.names.authority import add_authorities, authority_of, record_for, with_larger_places
from teikit.names.command import NAME_TAGS, _files, collect
from teikit.names.forms import PersonName, person_forms
from teikit.names.gazetteer import Authority, Gazetteer, load_gazetteer
from teikit.names.geonames import GEONAMES_KINDS, Index, geonames_index
from teikit.names.recognise import EAST_ASIAN_SURNAMES
from teikit.names.register import TEI, XML_ID, load_register
from teikit.names.text import fold_plain
from teikit.xmlsafe import parse_xml

KIND_OF_TAG = {"persName": "person", "orgName": "org", "placeName": "place"}
LIST_OF_KIND = {"person": "listPerson", "org": "listOrg", "place": "listPlace"}
NS = {"t": TEI}


def configure(subparsers) -> None:
    p = subparsers.add_parser("register", help="grow the register: suggest entries, merge a reviewed draft",
                              description=__doc__.split("\n\n")[0])
    sub = p.add_subparsers(dest="register_command", metavar="ACTION")
    s = sub.add_parser("suggest", help="unresolved names, clustered into candidate entries (a TEI draft)")
    s.add_argument("paths", nargs="*", type=Path, metavar="PATH",
                   help="TEI files or folders (default: the edition's tei/)")
    s.add_argument("--out", type=Path, default=Path("register-draft.xml"))
    s.set_defaults(func=run_suggest)
    m = sub.add_parser("merge", help="add the entries of a reviewed draft to the register")
    m.add_argument("draft", type=Path)
    m.add_argument("--register", type=Path, default=None, help="register to add to (default: the edition's)")
    m.set_defaults(func=run_merge)
    for action in (s, m):  # also after the action; SUPPRESS keeps 'register --edition DIR suggest' working
        action.add_argument("--edition", type=Path, default=argparse.SUPPRESS, metavar="DIR",
                            help="the edition's folder (default: the nearest folder above with edition.toml)")
    p.set_defaults(func=lambda args: (p.print_help(sys.stderr), 2)[1])


# -- clustering -----------------------------------------------------------------------------

@dataclass
class Cluster:
    kind: str
    forms: dict[str, int] = field(default_factory=dict)  # form as written -> mentions
    contexts: list[str] = field(default_factory=list)

    @property
    def main(self) -> str:
        """The fullest form not in capitals: most words that are not initials, then most mentions."""
        return min(self.forms, key=lambda f: (f.isupper(), -len(_words(f)), -len(f), -self.forms[f], f))

    @property
    def count(self) -> int:
        return sum(self.forms.values())


def _words(form: str) -> list[str]:
    return [w for w in form.replace("’s", "").split() if not re.fullmatch(r"(?:[A-Z][a-z]?\.)+", w)]


def _family_first(words: list[str]) -> bool:
    return len(words) > 1 and words[0].title() in EAST_ASIAN_SURNAMES


def _key(tag: str, form: str, gazetteer: Gazetteer) -> str:
    folded = fold_plain(form).casefold()
    if tag == "placeName":  # 'Peking' and 'Beijing' are one GeoNames record
        ids = [i for i in gazetteer.lookup(form) if i in gazetteer.authority]
        return ids[0] if len(ids) == 1 else folded
    if tag != "persName":
        return folded
    words = fold_plain(form).split()
    names = _words(" ".join(words))
    if not names or _family_first(names):
        return folded
    return names[-1].casefold()


def _initial(form: str) -> str:
    """First letter of the first forename or initial ('' for a bare surname)."""
    words = form.split()
    if len(words) < 2:
        return ""
    names = _words(form)
    first = words[0] if not (names and words[0] == names[-1]) else words[-1]  # 'Kunadze G.F.'
    return first[0].upper()


def clusters(groups: list[dict], gazetteer: Gazetteer) -> list[Cluster]:
    by_key: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for g in groups:
        if g["tag"] in NAME_TAGS and not g["candidates"]:
            by_key[(g["tag"], _key(g["tag"], g["name"], gazetteer))].append(g)
    out: list[Cluster] = []
    for (tag, _), members in sorted(by_key.items()):
        parts: dict[str, list[dict]] = defaultdict(list)
        for g in members:  # a different forename or initial is a different person
            parts[_initial(g["name"]) if tag == "persName" else ""].append(g)
        if len(parts) == 2 and "" in parts:  # bare surnames go with the only full name
            parts = {"": [g for ms in parts.values() for g in ms]}
        for _, ms in sorted(parts.items()):
            c = Cluster(KIND_OF_TAG[tag])
            for g in ms:
                c.forms[g["name"]] = c.forms.get(g["name"], 0) + g["count"]
                c.contexts += [f"{o['file']}:{o['line']} {o['context']}" for o in g["occurrences"]]
            out.append(c)
    return sorted(out, key=lambda c: (c.kind, -c.count, c.main))


# -- the draft --------------------------------------------------------------------------------

def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", fold_plain(text).casefold()).strip("-") or "entry"


def person_name(form: str) -> PersonName:
    words = form.replace("’s", "").split()
    names = _words(form)
    if _family_first(names):
        return PersonName(tuple(words[1:]), words[0], family_first=True)
    if len(words) > 1 and names and words[0] == names[-1]:  # 'Kunadze G.F.'
        return PersonName(tuple(words[1:]), words[0])
    return PersonName(tuple(words[:-1]), words[-1])


def _person(c: Cluster, eid: str) -> etree._Element:
    el = etree.Element(f"{{{TEI}}}person", {XML_ID: eid})
    name = person_name(c.main)
    main = etree.SubElement(el, f"{{{TEI}}}persName", type="main")
    parts = [("surname", name.surname)] + [("forename", f) for f in name.forenames]
    if not name.family_first:
        parts = parts[1:] + parts[:1]
    for i, (tag, text) in enumerate(parts):
        part = etree.SubElement(main, f"{{{TEI}}}{tag}")
        part.text = text
        part.tail = " " if i < len(parts) - 1 else None
    return el


def _place_authority(c: Cluster, gazetteer: Gazetteer, index: Index) -> tuple[str, Authority] | None:
    """Type and ids for a suggested place: the recognition gazetteer's one record, else the one
    record all GeoNames data of the package name clearly (towns of 500+ people included)."""
    ids = {i for f in c.forms for i in gazetteer.lookup(f) if i in gazetteer.authority}
    if len(ids) == 1:
        gid = ids.pop()
        return gazetteer.register[gid].type or "place", gazetteer.authority[gid]
    record = record_for([c.main] + sorted(set(c.forms) - {c.main}), GEONAMES_KINDS, index)
    return None if record is None else (record.kind, authority_of(record))


def _entry(c: Cluster, eid: str, gazetteer: Gazetteer, index: Index) -> etree._Element:
    if c.kind == "person":
        el = _person(c, eid)
    else:
        el = etree.Element(f"{{{TEI}}}{c.kind}", {XML_ID: eid})
        etree.SubElement(el, f"{{{TEI}}}{'orgName' if c.kind == 'org' else 'placeName'}", type="main").text = c.main
    tag = {"person": "persName", "org": "orgName", "place": "placeName"}[c.kind]
    for form in sorted(c.forms):
        if form != c.main:
            etree.SubElement(el, f"{{{TEI}}}{tag}", type="variant").text = form
    found = _place_authority(c, gazetteer, index) if c.kind == "place" else None
    if found is not None:
        el.set("type", found[0])
        add_authorities(el, found[1])
    note = etree.SubElement(el, f"{{{TEI}}}note", type="contexts")
    lst = etree.SubElement(note, f"{{{TEI}}}list")
    for ctx in c.contexts:
        etree.SubElement(lst, f"{{{TEI}}}item").text = ctx
    return el


def draft(found: list[Cluster], taken: set[str], gazetteer: Gazetteer) -> etree._Element:
    root = etree.fromstring(
        f'<TEI xmlns="{TEI}"><teiHeader><fileDesc><titleStmt><title>Register draft: suggested entries</title>'
        "</titleStmt><publicationStmt><p>Draft for review: delete wrong entries, correct the rest, then run "
        "teikit register merge.</p></publicationStmt><sourceDesc><p>Names without a register link in the "
        "edition's TEI.</p></sourceDesc></fileDesc></teiHeader><standOff/></TEI>")
    stand_off = root.find("t:standOff", NS)
    assert stand_off is not None  # in the skeleton above
    lists: dict[str, etree._Element] = {}
    index = geonames_index(f for c in found if c.kind == "place" for f in with_larger_places(sorted(c.forms)))
    for c in found:
        lst = lists.get(c.kind)
        if lst is None:
            lst = lists[c.kind] = etree.SubElement(stand_off, f"{{{TEI}}}{LIST_OF_KIND[c.kind]}")
        base = _slug(c.main if c.kind != "person" else person_name(c.main).surname + " " +
                     " ".join(person_name(c.main).forenames))
        eid, n = base, 2
        while eid in taken:
            eid, n = f"{base}-{n}", n + 1
        taken.add(eid)
        lst.append(_entry(c, eid, gazetteer, index))
    _indent(root, 0)
    return root


def run_suggest(args: argparse.Namespace) -> int:
    edition = Edition.of_args(args)
    try:
        files = _files(args.paths or [edition.tei_dir])
    except FileNotFoundError as exc:
        print(f"teikit register: no such file or directory: {exc}", file=sys.stderr)
        return 2
    files = [f for f in files if f.name not in ("register.xml", "bibliography.xml")]
    register = load_register(edition.register_path) if edition.register_path.exists() else None
    gazetteer = load_gazetteer()
    found = clusters(collect(files, register), gazetteer)
    taken = set(register.entries) if register else set()
    root = draft(found, taken, gazetteer)
    args.out.write_bytes(b'<?xml version="1.0" encoding="UTF-8"?>\n' + etree.tostring(root, encoding="UTF-8") + b"\n")
    print(f"{args.out}: {len(found)} suggested entries from {len(files)} files")
    return 0


# -- merging ------------------------------------------------------------------------------------

def _indent(el: etree._Element, level: int) -> None:
    """Indent, but keep the spaces between the parts of a structured name."""
    etree.indent(el, space="  ", level=level)
    for name in el.iter(f"{{{TEI}}}persName"):
        if len(name):
            name.text = None
            for i, part in enumerate(name):
                part.tail = " " if i < len(name) - 1 else None


def _append(parent: etree._Element, el: etree._Element, level: int) -> None:
    """Append ``el`` indented as its new siblings are, touching nothing else in the file."""
    inner, outer = "\n" + "  " * level, "\n" + "  " * (level - 1)
    _indent(el, level)
    if len(parent):
        parent[-1].tail = inner
    else:
        parent.text = inner
    el.tail = outer
    parent.append(el)


def with_forms(entry: etree._Element) -> etree._Element:
    """A person's generated forms added as variants; the draft's contexts dropped."""
    for note in entry.findall("t:note[@type='contexts']", NS):
        entry.remove(note)
    main = entry.find("t:persName[@type='main']", NS)
    surname = main.find("t:surname", NS) if main is not None else None
    if etree.QName(entry).localname != "person" or main is None or surname is None:
        return entry
    fores = tuple(f.text or "" for f in main.findall("t:forename", NS) if f.get("type") != "patronymic")
    patro = next((f.text or "" for f in main.findall("t:forename[@type='patronymic']", NS)), "")
    family_first = main.index(surname) == 0 and len(main) > 1
    have = {" ".join("".join(itertext(n)).split()) for n in entry.findall("t:persName", NS)}
    last = entry.findall("t:persName", NS)[-1]
    # a one-word variant is another spelling of the surname ('Podgornyy'): its forms too
    surnames = [surname.text or ""] + sorted(v for v in have if " " not in v and v != surname.text and v.istitle())
    generated = [f for s in surnames for f in person_forms(PersonName(fores, s, patro, family_first))]
    for form in dict.fromkeys(generated):
        if form not in have:
            variant = etree.Element(f"{{{TEI}}}persName", type="generated")
            variant.text = form
            last.addnext(variant)
            last = variant
            have.add(form)
    return entry


def run_merge(args: argparse.Namespace) -> int:
    register_path = args.register or Edition.of_args(args).register_path
    try:
        draft_root = parse_xml(args.draft).getroot()
        tree = parse_xml(register_path)
    except (OSError, etree.XMLSyntaxError) as exc:
        print(f"teikit register: {exc}", file=sys.stderr)
        return 1
    existing = {el.get(XML_ID) for el in tree.getroot().iter() if el.get(XML_ID)}
    entries = [el for kind in LIST_OF_KIND for el in draft_root.iterfind(f".//t:standOff//t:{kind}", NS)]
    clashes = sorted({el.get(XML_ID) for el in entries if el.get(XML_ID) in existing or not el.get(XML_ID)}, key=str)
    if clashes:
        print(f"{args.draft}: error: ids missing or already in {register_path}: {', '.join(map(str, clashes))}; "
              "nothing merged", file=sys.stderr)
        return 1
    stand_off = tree.getroot().find("t:standOff", NS)
    if stand_off is None:
        print(f"{register_path}: error: no standOff to add entries to; nothing merged", file=sys.stderr)
        return 1
    for el in entries:
        kind = etree.QName(el).localname
        lst = stand_off.find(f"t:{LIST_OF_KIND[kind]}", NS)
        if lst is None:
            lst = etree.Element(f"{{{TEI}}}{LIST_OF_KIND[kind]}")
            _append(stand_off, lst, 2)
        _append(lst, with_forms(el), 3)
    register_path.write_bytes(b'<?xml version="1.0" encoding="UTF-8"?>\n'
                              + etree.tostring(tree.getroot(), encoding="UTF-8") + b"\n")
    load_register(register_path)  # the result must load: duplicate forms are fine, broken entries are not
    print(f"{register_path}: {len(entries)} entries merged from {args.draft}")
    return 0
