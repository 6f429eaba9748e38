"""Authority ids for register places, from GeoNames data in an installed package (never invented).

``python -m teikit.names.authority tei/register.xml`` adds to every place that
GeoNames (:mod:`teikit.names.geonames`: countries, continents, cities of 500+
people) knows by one of its forms, and that does not have them yet, its GeoNames
id (``idno type="GeoNames"``), its ISO 3166 code (``idno type="ISO"``, countries)
and, for cities, its coordinates (``location/geo``, "lat lon" as TEI's default).
A form that names several records with no clear choice is left alone: an editor decides.
"""

from __future__ import annotations

import sys
from pathlib import Path

from lxml import etree

from teikit.lxmltypes import itertext
from teikit.names.gazetteer import Authority
from teikit.names.geonames import COMPASS, Index, Record, geonames_index, pick
from teikit.names.text import fold_plain
from teikit.textio import write_atomic
from teikit.xmlsafe import parse_xml

TEI = "http://www.tei-c.org/ns/1.0"
XML_ID = "{http://www.w3.org/XML/1998/namespace}id"
NS = {"t": TEI}


KINDS = {  # register place type -> kinds of GeoNames record that can be the same place
    "city": {"city"}, "capital": {"city"}, "town": {"city"}, "village": {"city"},
    "country": {"country"}, "state": {"country"}, "republic": {"country"},  # a Soviet republic: its territory
    "region": {"country", "continent"},  # 'Vietnam', 'Kosovo', 'Europe' as regions of the period
}


def record_for(forms: list[str], kinds: set[str], index: Index, country: str | None = None) -> Record | None:
    """The GeoNames record the forms name: the first form that names records of the kinds decides
    (the main form comes first), and it must name one clearly (:func:`teikit.names.geonames.pick`)."""
    for form in forms:
        if any(r.kind in kinds for r, _ in index.get(fold_plain(form), [])):
            return pick(form, kinds, index, country)
    return None


def authority_for(forms: list[str], kind: str | None, index: Index, country: str | None = None) -> Authority | None:
    record = record_for(forms, KINDS.get(kind or "", set()), index, country)
    return None if record is None else authority_of(record)


def authority_of(record: Record) -> Authority:
    if record.kind == "city":
        return Authority(geonames=record.geonames, iso=record.iso, lat=record.lat, lon=record.lon)
    return Authority(geonames=record.geonames, iso=record.iso)


def _insert_after(prev: etree._Element, el: etree._Element) -> None:
    """Insert ``el`` after ``prev`` with the indentation of ``prev`` (the rest of the file is untouched)."""
    el.tail = prev.tail
    before, parent = prev.getprevious(), prev.getparent()
    if before is not None:
        prev.tail = before.tail
    else:
        assert parent is not None  # ``prev`` is inside the standOff
        prev.tail = parent.text
    prev.addnext(el)


def _idno(place: etree._Element, kind: str, value: str) -> bool:
    if place.find(f"t:idno[@type='{kind}']", NS) is not None:
        return False
    el = etree.Element(f"{{{TEI}}}idno", type=kind)
    el.text = value
    _insert_after(place[-1], el)
    return True


def add_authorities(place: etree._Element, auth: Authority) -> bool:
    """Add what is missing; True when something was."""
    changed = False
    last_name = place.findall("t:placeName", NS)[-1]
    if auth.lat is not None and place.find("t:location", NS) is None:
        loc = etree.Element(f"{{{TEI}}}location")
        etree.SubElement(loc, f"{{{TEI}}}geo").text = f"{auth.lat} {auth.lon}"
        _insert_after(last_name, loc)
        changed = True
    if auth.geonames is not None:
        changed |= _idno(place, "GeoNames", str(auth.geonames))
    if auth.iso is not None and place.get("type") in ("country", "state"):
        changed |= _idno(place, "ISO", auth.iso)
    return changed


def _forms(place: etree._Element) -> list[str]:
    """The place's names, the main one first."""
    names = sorted(place.findall("t:placeName", NS), key=lambda n: n.get("type") != "main")
    return [" ".join("".join(itertext(n)).split()) for n in names]


def with_larger_places(forms: list[str]) -> list[str]:
    """A part named after a larger place ('East Berlin') needs that place's form in the index too."""
    return forms + [f.partition(" ")[2] for f in forms if f.partition(" ")[0].lower() in COMPASS]


def _iso_codes(root: etree._Element) -> dict[str, str]:
    """Each register place's ISO 3166 alpha-2 code, by id (historic states have alpha-3: no city
    record carries those)."""
    return {p.get(XML_ID, ""): code for p in root.iterfind(".//t:standOff//t:place", NS)
            if len(code := p.findtext("t:idno[@type='ISO']", default="", namespaces=NS).strip()) == 2}


def _country_of(place: etree._Element, codes: dict[str, str]) -> str | None:
    """The ISO code of the country the editor put the place in (``country/@ref``), if it has one."""
    ref = place.find("t:country", NS)
    return codes.get((ref.get("ref") or "").lstrip("#")) if ref is not None else None


def annotate_register(path: Path) -> int:
    """Add what GeoNames knows to the places of ``path``; returns how many places gained ids."""
    tree = parse_xml(path)
    changed = 0
    places = {place: _forms(place) for place in tree.getroot().iterfind(".//t:standOff//t:place", NS)
              if place.find("t:idno[@type='GeoNames']", NS) is None}
    index = geonames_index(f for forms in places.values() for f in with_larger_places(forms))
    codes = _iso_codes(tree.getroot())
    for place, forms in places.items():
        country = _country_of(place, codes)
        auth = authority_for(forms, place.get("type"), index, country)
        if auth is not None and add_authorities(place, auth):
            changed += 1
    write_atomic(path, b'<?xml version="1.0" encoding="UTF-8"?>\n' + etree.tostring(tree.getroot(), encoding="UTF-8")
                 + b"\n")
    return changed


if __name__ == "__main__":
    for arg in sys.argv[1:]:
        print(f"{arg}: {annotate_register(Path(arg))} places gained authority ids")
