"""Names in messages as the document spells them: with its own prefixes, never as ``{namespace}name``
or with the schema's prefixes (``mith:folio``, ``xml:id``, ``persName`` in a TEI default namespace)."""

from __future__ import annotations

import re
from collections.abc import Mapping

__all__ = ["prefixed", "qualify", "XML_NS"]

XML_NS = "http://www.w3.org/XML/1998/namespace"
NsMap = Mapping[str | None, str]

_CLARK = re.compile(r"\{([^{}]*)\}([\w.\-]+)")
_QUOTED_QNAME = re.compile(r"'([\w.\-]+):([\w.\-]+)'")


def prefixed(clark: str, nsmap: NsMap) -> str:
    """``{uri}local`` with the prefix ``nsmap`` binds to uri (none for the default namespace);
    unchanged when no prefix is bound to it."""
    if not clark.startswith("{"):
        return clark
    uri, local = clark[1:].split("}", 1)
    if uri == XML_NS:
        return f"xml:{local}"
    for prefix, bound in sorted(nsmap.items(), key=lambda item: item[0] or ""):  # default first
        if bound == uri:
            return f"{prefix}:{local}" if prefix else local
    return clark


def qualify(message: str, nsmap: NsMap, schema_prefixes: Mapping[str, str] | None = None) -> str:
    """Every Clark name in ``message``, and every quoted 'prefix:name' whose prefix is the schema's,
    spelled as in the document."""
    def from_schema(m: re.Match[str]) -> str:
        uri = (schema_prefixes or {}).get(m.group(1))
        return f"'{prefixed(f'{{{uri}}}{m.group(2)}', nsmap)}'" if uri else m.group(0)

    message = _QUOTED_QNAME.sub(from_schema, message)
    return _CLARK.sub(lambda m: prefixed(m.group(0), nsmap), message)
