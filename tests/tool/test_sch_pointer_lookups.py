"""teikit-pointer-register opens each file its pointers name once: it still flags exactly the
pointers whose id that file lacks, on a real document with pointers spoiled at random."""

from __future__ import annotations

import random
import re
import shutil
from pathlib import Path

from lxml import etree

from teikit.validate.locate import Locator
from teikit.validate.schematron import load_schematron

ROOT = Path(__file__).resolve().parents[2]
TEI = "http://www.tei-c.org/ns/1.0"
XML_ID = "{http://www.w3.org/XML/1998/namespace}id"
POINTERS = ("ref", "who", "target", "resp", "active", "passive", "corresp")
FILE_POINTER = re.compile(r"^[A-Za-z0-9_.\-]+\.xml(#\S+)?$")


def _spoil(tree: etree._ElementTree, rng: random.Random) -> None:
    """Some pointers to ids the registers lack, to files that do not exist, several to an attribute."""
    named = [el for el in tree.iter(f"{{{TEI}}}*") if (el.get("ref") or "").startswith("register.xml#")]
    for el in rng.sample(named, k=min(len(named), 30)):
        el.set("ref", rng.choice([
            "register.xml#nobody", f"register.xml#missing-{rng.randint(1, 5)}", "bibliography.xml#no-work",
            "absent.xml#someone", f"{el.get('ref')} register.xml#also-missing", f"register.xml#nobody {el.get('ref')}",
            "register.xml", "#local-only"]))


def _expected(tree: etree._ElementTree, folder: Path) -> set[str]:
    ids = {name: {el.get(XML_ID) for el in etree.parse(str(folder / name)).iter() if el.get(XML_ID)}
           for name in ("register.xml", "bibliography.xml")}
    bad = set()
    for el in tree.iter(f"{{{TEI}}}*"):
        for attr in POINTERS:
            if attr == "corresp" and etree.QName(el).localname == "bibl":  # a bibl's own corresp: its rule
                continue
            for token in (el.get(attr) or "").split():
                file, _, ident = token.partition("#")
                if FILE_POINTER.match(token) and ident and file in ids and ident not in ids[file]:
                    bad.add(token)
    return bad


def _flagged(path: Path) -> set[str]:
    data = path.read_bytes()
    tree = etree.ElementTree(etree.fromstring(data, base_url=str(path)))
    found = load_schematron(ROOT / "schema" / "teikit.sch", "edition").validate(
        tree, Locator(data.decode("utf-8"), tree), str(path), path.resolve().as_uri())
    messages = [d.message for d in found if d.rule == "teikit-pointer-register"]
    return {token for m in messages for token in re.match(r"Pointer (.*?) on ", m).group(1).split()}  # type: ignore[union-attr]


def test_register_pointers_flagged_as_the_files_say(tmp_path: Path) -> None:
    for name in ("register.xml", "bibliography.xml"):
        shutil.copy(ROOT / "tei" / name, tmp_path / name)
    for seed, source in enumerate(sorted((ROOT / "tei").glob("00[0-4]_*.xml"))):
        tree = etree.parse(str(source))
        _spoil(tree, random.Random(seed))
        target = tmp_path / source.name
        tree.write(str(target), encoding="UTF-8", xml_declaration=True)
        expected = _expected(tree, tmp_path)
        assert expected, source.name  # every document gets bad pointers to flag
        assert _flagged(target) == expected, source.name
