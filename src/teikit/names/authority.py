"""Authority ids for register places, from the gazetteer's data (never invented).

``python -m teikit.names.authority tei/register.xml`` adds to every place the
gazetteer knows by one of its forms, and that does not have them yet, its
GeoNames id (``idno type="GeoNames"``), its ISO 3166 code (``idno type="ISO"``)
and, for cities, its coordinates (``location/geo``, "lat lon" as TEI's default).
A form the gazetteer gives to several records is left alone: an editor decides.
"""

from __future__ import annotations

import sys
from pathlib import Path

from lxml import etree

from teikit.lxmltypes import itertext
from teikit.names.gazetteer import Authority, Gazetteer, load_gazetteer
from teikit.xmlsafe import parse_xml

TEI = "http://www.tei-c.org/ns/1.0"
NS = {"t": TEI}


KINDS = {"city": {"city"}, "capital": {"city"}, "country": {"country", "state"}, "state": {"country", "state"}}


def authority_for(forms: list[str], gazetteer: Gazetteer, kind: str | None) -> Authority | None:
    """The one gazetteer record of the same kind (city, country) the forms name, if exactly one."""
    wanted = KINDS.get(kind or "", set())
    ids = {i for f in forms for i in gazetteer.lookup(f)
           if i in gazetteer.authority and gazetteer.register[i].type in wanted}
    return gazetteer.authority[ids.pop()] if len(ids) == 1 else None


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


def annotate_register(path: Path, gazetteer: Gazetteer | None = None) -> int:
    """Add what the gazetteer knows to the places of ``path``; returns how many places gained ids."""
    gazetteer = gazetteer or load_gazetteer()
    tree = parse_xml(path)
    changed = 0
    for place in tree.getroot().iterfind(".//t:standOff//t:place", NS):
        if place.find("t:idno[@type='GeoNames']", NS) is not None:
            continue
        forms = [" ".join("".join(itertext(n)).split()) for n in place.findall("t:placeName", NS)]
        auth = authority_for(forms, gazetteer, place.get("type"))
        if auth is not None and add_authorities(place, auth):
            changed += 1
    path.write_bytes(b'<?xml version="1.0" encoding="UTF-8"?>\n'
                     + etree.tostring(tree.getroot(), encoding="UTF-8") + b"\n")
    return changed


if __name__ == "__main__":
    for arg in sys.argv[1:]:
        print(f"{arg}: {annotate_register(Path(arg))} places gained authority ids")
