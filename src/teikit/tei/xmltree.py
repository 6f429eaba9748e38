"""Model nodes -> lxml elements, and the pretty-printing that never touches mixed content."""

from __future__ import annotations

from lxml import etree

from teikit.model import Node

TEI_NS = "http://www.tei-c.org/ns/1.0"
XML_NS = "http://www.w3.org/XML/1998/namespace"

# Containers whose content is elements only: indenting them changes no text.
ELEMENT_ONLY = set("""TEI teiHeader fileDesc titleStmt respStmt publicationStmt sourceDesc msDesc msIdentifier
encodingDesc editorialDecl projectDesc appInfo profileDesc langUsage abstract textClass keywords correspDesc
correspAction correspContext revisionDesc listChange text body div list sp opener closer address availability
standOff listPerson person listOrg org listPlace place listBibl front back notesStmt sourceDesc listRelation
seriesStmt editionStmt""".split())


def qname(name: str) -> str:
    if name.startswith("xml:"):
        return f"{{{XML_NS}}}{name[4:]}"
    return name


def to_element(node: Node) -> etree._Element:
    el = etree.Element(f"{{{TEI_NS}}}{node.tag}", nsmap={None: TEI_NS})  # type: ignore[dict-item]  # lxml-stubs: None is the default namespace's key
    _fill(el, node)
    return el


def sub(parent: etree._Element, node: Node) -> etree._Element:
    el = etree.SubElement(parent, f"{{{TEI_NS}}}{node.tag}")
    _fill(el, node)
    return el


def _fill(el: etree._Element, node: Node) -> None:
    for key, value in node.attrs.items():
        if value is not None and value != "":
            el.set(qname(key), value)
    last: etree._Element | None = None
    for child in node.children:
        if isinstance(child, str):
            if last is None:
                el.text = (el.text or "") + child
            else:
                last.tail = (last.tail or "") + child
        else:
            last = sub(el, child)


def indent(el: etree._Element, level: int = 0, space: str = "  ") -> None:
    """Indent element-only containers; leave every element with text exactly as it is."""
    local = etree.QName(el).localname
    children = list(el)
    if local not in ELEMENT_ONLY or not children:
        return
    if (el.text and el.text.strip()) or any(c.tail and c.tail.strip() for c in children):
        return  # mixed after all: keep as is
    inner = "\n" + space * (level + 1)
    el.text = inner
    for child in children:
        child.tail = inner
        indent(child, level + 1, space)
    children[-1].tail = "\n" + space * level
