"""Compile teikit's ODD (schema/teikit.odd) to a closed XSD (schema/teikit.xsd).

This is a small compiler for the subset of pure ODD that teikit.odd uses, not a
general ODD processor. Its reading of the ODD is deliberately strict:

* only elements named in a ``moduleRef/@include`` exist, and each needs an
  ``elementSpec`` with a ``content`` (so nothing is inherited implicitly);
* an element's ``attList`` is its *complete* attribute list (a standard ODD
  processor would add every class attribute too; teikit's XSD does not);
* ``content`` uses ``sequence``, ``alternate``, ``elementRef``, ``macroRef``,
  ``textNode`` and ``empty``, with ``@minOccurs``/``@maxOccurs``;
* datatypes are ``dataRef/@name`` (XSD built-ins, optional ``@restriction``
  pattern), ``dataRef/@key`` naming a ``dataSpec`` of the ODD or one of the
  TEI datatypes in ``TEIDATA``; a closed ``valList`` becomes an enumeration.

Run ``python -m teikit.schema_build`` to rewrite schema/teikit.xsd,
``--check`` to fail when the committed file differs.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from lxml import etree

from teikit import resources
from teikit.lxmltypes import elements, strings

TEI = "http://www.tei-c.org/ns/1.0"
XS = "http://www.w3.org/2001/XMLSchema"
XML_NS = "http://www.w3.org/XML/1998/namespace"
NS = {"t": TEI}
SCHEMA_DIR = resources.schema_dir()  # in a checkout, the repository's schema/ (through the package's symlink)

# TEI datatypes as XSD: (base, pattern). Each is equal to or narrower than the
# TEI definition in tei_all.rng, so values the XSD accepts tei_all accepts.
TEIDATA: dict[str, tuple[str, str | None]] = {
    "teidata.pointer": ("anyURI", r"\S+"),
    "teidata.word": ("token", r"[^\p{C}\p{Z}]+"),
    "teidata.enumerated": ("token", r"[^\p{C}\p{Z}]+"),
    "teidata.text": ("string", None),
    "teidata.count": ("nonNegativeInteger", None),
    "teidata.language": ("language", None),
    "teidata.version": ("token", r"[\d]+(\.[\d]+){0,2}"),
}


class OddError(Exception):
    """The ODD uses something this compiler does not understand."""


def _xs(parent: etree._Element, tag: str, **attrs: str | None) -> etree._Element:
    return etree.SubElement(parent, f"{{{XS}}}{tag}", {k: v for k, v in attrs.items() if v is not None})


def _occurs(odd_el: etree._Element) -> dict[str, str]:
    out = {}
    if (lo := odd_el.get("minOccurs")) is not None and lo != "1":
        out["minOccurs"] = lo
    if (hi := odd_el.get("maxOccurs")) is not None and hi != "1":
        out["maxOccurs"] = hi
    return out


class Compiler:
    def __init__(self, odd: etree._ElementTree) -> None:
        specs = elements(odd, "//t:schemaSpec", NS)
        if len(specs) != 1:
            raise OddError("the ODD needs exactly one schemaSpec")
        self.spec: etree._Element = specs[0]
        self.start = self.spec.get("start", "TEI")
        self.elements: list[str] = []
        for ref in self.spec.iterfind("t:moduleRef", NS):
            self.elements += ref.get("include", "").split()
        self.element_specs = {e.get("ident"): e for e in self.spec.iterfind("t:elementSpec", NS)}
        self.macros = {m.get("ident"): m for m in self.spec.iterfind("t:macroSpec", NS)}
        self.data_specs = {d.get("ident"): d for d in self.spec.iterfind("t:dataSpec", NS)}
        self.used_teidata: set[str] = set()
        missing = [e for e in self.elements if e not in self.element_specs]
        extra = [e for e in self.element_specs if e not in self.elements]
        if missing or extra:
            raise OddError(f"elementSpec missing for {missing}, not included by a moduleRef: {extra}")

    # --- content models -------------------------------------------------
    def _mixed(self, content: etree._Element, seen: frozenset[str | None] = frozenset()) -> bool:
        """Whether text is allowed: a textNode directly or through a macro."""
        for node in content.iter(f"{{{TEI}}}textNode", f"{{{TEI}}}macroRef"):
            if node.tag.endswith("textNode"):
                return True
            key = node.get("key")
            if key not in seen and self._mixed(self._macro_content(key), seen | {key}):
                return True
        return False

    def _macro_content(self, key: str | None) -> etree._Element:
        if key not in self.macros:
            raise OddError(f"macroRef to unknown macro {key!r}")
        content = self.macros[key].find("t:content", NS)
        if content is None:
            raise OddError(f"macro {key} has no content")
        return content

    def _particle(self, parent: etree._Element, node: etree._Element) -> None:
        tag = etree.QName(node).localname
        if tag == "textNode" or tag == "empty":
            return  # text is expressed by mixed="true" on the complexType
        if tag == "elementRef":
            key = node.get("key")
            if key not in self.element_specs:
                raise OddError(f"elementRef to {key!r}, which no moduleRef includes")
            _xs(parent, "element", name=key, type=f"tei:{key}", **_occurs(node))
        elif tag == "macroRef":
            self._macro_content(node.get("key"))
            _xs(parent, "group", ref=f"tei:{node.get('key')}")
        elif tag in ("sequence", "alternate"):
            group = _xs(parent, "sequence" if tag == "sequence" else "choice", **_occurs(node))
            for child in node.iterchildren(etree.Element):
                self._particle(group, child)
        else:
            raise OddError(f"unsupported content element {tag}")

    def _content(self, ctype: etree._Element, content: etree._Element) -> None:
        children = list(content.iterchildren(etree.Element))
        particles = [c for c in children if etree.QName(c).localname not in ("textNode", "empty")]
        if len(particles) > 1:
            raise OddError("content must hold one sequence or alternate")
        if not particles:
            return
        top = particles[0]
        if etree.QName(top).localname in ("elementRef", "macroRef"):
            self._particle(_xs(ctype, "sequence"), top)
        else:
            self._particle(ctype, top)

    # --- datatypes and attributes ----------------------------------------
    def _data_ref(self, ref: etree._Element) -> str:
        """The XSD type name for a dataRef (declaring TEI datatypes on first use)."""
        if ref.get("name"):
            if ref.get("restriction"):
                raise OddError("dataRef/@restriction is only supported inside dataSpec")
            return f"xs:{ref.get('name')}"
        key = ref.get("key", "")
        if key in self.data_specs:
            return f"tei:{key}"
        if key in TEIDATA:
            self.used_teidata.add(key)
            return f"tei:{key}"
        raise OddError(f"unknown datatype {key!r}")

    def _simple_type(self, parent: etree._Element, att: etree._Element) -> None:
        dt = att.find("t:datatype", NS)
        ref = dt.find("t:dataRef", NS) if dt is not None else None
        if dt is not None and ref is None:
            raise OddError(f"attDef {att.get('ident')}: datatype without dataRef")
        base = self._data_ref(ref) if ref is not None else "xs:token"
        values = strings(att, "t:valList[@type='closed']/t:valItem/@ident", NS)
        if dt is not None and dt.get("maxOccurs", "1") != "1":
            if values:
                raise OddError("a closed valList on a list-valued attribute is not supported")
            restr = _xs(_xs(parent, "simpleType"), "restriction")
            # a list item holds no white space, so the pointer's \S+ pattern adds nothing there and
            # costs xmlschema a regex match per pointer (about 8 % of validating a document)
            item = "xs:anyURI" if base == "tei:teidata.pointer" else base
            _xs(_xs(restr, "simpleType"), "list", itemType=item)
            _xs(restr, "minLength", value=dt.get("minOccurs", "1"))
            return
        if not values:
            parent.set("type", base)
            return
        restr = _xs(_xs(parent, "simpleType"), "restriction", base=base)
        for value in values:
            _xs(restr, "enumeration", value=value)

    def _attributes(self, ctype: etree._Element, spec: etree._Element) -> None:
        for att in elements(spec, "t:attList/t:attDef", NS):
            name = att.get("ident")
            if name is None:
                raise OddError(f"elementSpec {spec.get('ident')}: attDef without @ident")
            use = "required" if att.get("usage") == "req" else None
            if name.startswith("xml:"):
                if att.find("t:valList", NS) is not None or att.find("t:datatype", NS) is not None:
                    raise OddError(f"{name}: xml: attributes keep the types of xml.xsd")
                _xs(ctype, "attribute", ref=name, use=use)
                continue
            self._simple_type(_xs(ctype, "attribute", name=name, use=use), att)

    def _data_spec(self, schema: etree._Element, spec: etree._Element) -> None:
        """A dataSpec: one dataRef, or an alternate of dataRefs (a union)."""
        refs = elements(spec, "t:content//t:dataRef", NS)
        stype = _xs(schema, "simpleType", name=spec.get("ident"))
        holder = _xs(stype, "union") if len(refs) > 1 else stype
        for ref in refs:
            inner = _xs(holder, "simpleType") if len(refs) > 1 else holder
            restr = _xs(inner, "restriction", base=f"xs:{ref.get('name')}")
            if ref.get("restriction"):
                _xs(restr, "pattern", value=ref.get("restriction"))

    # --- the schema ----------------------------------------------------------
    def compile(self) -> etree._Element:
        schema = etree.Element(
            f"{{{XS}}}schema",
            {"targetNamespace": TEI, "elementFormDefault": "qualified", "attributeFormDefault": "unqualified"},
            nsmap={"xs": XS, "tei": TEI},
        )
        schema.append(etree.Comment(" Generated from teikit.odd by teikit.schema_build: do not edit. "))
        _xs(schema, "import", namespace=XML_NS, schemaLocation="xml.xsd")
        for spec in self.data_specs.values():
            self._data_spec(schema, spec)
        teidata_at = len(schema)
        for ident in self.macros:
            group = _xs(schema, "group", name=ident)
            top = [c for c in self._macro_content(ident).iterchildren(etree.Element)
                   if etree.QName(c).localname != "textNode"]
            if len(top) != 1 or etree.QName(top[0]).localname not in ("sequence", "alternate") or _occurs(top[0]):
                raise OddError(f"macro {ident}: content must be one sequence/alternate without occurrences")
            self._particle(group, top[0])
        _xs(schema, "element", name=self.start, type=f"tei:{self.start}")
        for ident in self.elements:
            spec = self.element_specs[ident]
            content = spec.find("t:content", NS)
            if content is None:
                raise OddError(f"elementSpec {ident} has no content")
            ctype = _xs(schema, "complexType", name=ident, mixed="true" if self._mixed(content) else None)
            self._content(ctype, content)
            self._attributes(ctype, spec)
        for offset, key in enumerate(sorted(self.used_teidata)):
            base, pattern = TEIDATA[key]
            stype = etree.Element(f"{{{XS}}}simpleType", name=key)
            restr = _xs(stype, "restriction", base=f"xs:{base}")
            if pattern:
                _xs(restr, "pattern", value=pattern)
            schema.insert(teidata_at + offset, stype)
        return schema


def build(odd_path: Path = SCHEMA_DIR / "teikit.odd") -> bytes:
    """The XSD text generated from the ODD (deterministic bytes)."""
    parser = etree.XMLParser(remove_blank_text=True, resolve_entities=False, no_network=True)
    schema = Compiler(etree.parse(str(odd_path), parser)).compile()
    etree.indent(schema, space="  ")
    return etree.tostring(schema, xml_declaration=True, encoding="UTF-8") + b"\n"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--odd", type=Path, default=SCHEMA_DIR / "teikit.odd")
    ap.add_argument("--out", type=Path, default=SCHEMA_DIR / "teikit.xsd")
    ap.add_argument("--check", action="store_true", help="fail if --out differs from the generated XSD")
    args = ap.parse_args(argv)
    xsd = build(args.odd)
    if args.check:
        same = args.out.exists() and args.out.read_bytes() == xsd
        print(f"{args.out}: {'up to date' if same else 'STALE, run python -m teikit.schema_build'}")
        return 0 if same else 1
    args.out.write_bytes(xsd)
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
