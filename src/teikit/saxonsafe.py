"""The one way XML reaches Saxon: as text without a DOCTYPE, to a processor whose own
parser refuses DOCTYPEs and whose URI resolution is limited to ``file:``.

teikit parses every file with :mod:`teikit.xmlsafe` first; what Saxon gets is that
tree serialised again. Saxon's parser still reads files itself when a stylesheet
calls ``doc()`` (a register, a sibling document), so the processor is configured
as well: a DOCTYPE anywhere is an error (no external DTD, no parameter entity that
could carry a local file to a server), and no URI but ``file:`` is ever opened.
"""

from __future__ import annotations

from lxml import etree
from saxonche import PySaxonProcessor

__all__ = ["SAXON_HARDENING", "new_processor", "without_doctype"]

_PARSER_FEATURE = "http://saxon.sf.net/feature/parserFeature?uri="

# Saxon configuration properties, each with why.
SAXON_HARDENING: dict[str, str] = {
    # a DOCTYPE is where external DTDs and (parameter) entities come from: refuse it outright
    _PARSER_FEATURE + "http%3A//apache.org/xml/features/disallow-doctype-decl": "true",
    _PARSER_FEATURE + "http%3A//xml.org/sax/features/external-general-entities": "false",
    _PARSER_FEATURE + "http%3A//xml.org/sax/features/external-parameter-entities": "false",
    _PARSER_FEATURE + "http%3A//apache.org/xml/features/nonvalidating/load-external-dtd": "false",
    # nothing but local files, for doc(), unparsed-text(), collection(), xsl:include alike
    "http://saxon.sf.net/feature/allowedProtocols": "file",
}


def new_processor() -> PySaxonProcessor:
    """A Saxon processor with :data:`SAXON_HARDENING` applied."""
    proc = PySaxonProcessor(license=False)
    for name, value in SAXON_HARDENING.items():
        proc.set_configuration_property(name, value)
    return proc


def without_doctype(tree: etree._ElementTree | etree._Element) -> str:
    """The document as text with its top-level comments and processing instructions
    (``xml-model``) but never its DOCTYPE, so Saxon's parser has nothing to fetch."""
    root = tree.getroot() if isinstance(tree, etree._ElementTree) else tree
    before = [etree.tostring(n, encoding="unicode", with_tail=False)
              for n in reversed(list(root.itersiblings(preceding=True)))]
    after = [etree.tostring(n, encoding="unicode", with_tail=False) for n in root.itersiblings()]
    return "\n".join([*before, etree.tostring(root, encoding="unicode", with_tail=False), *after])
