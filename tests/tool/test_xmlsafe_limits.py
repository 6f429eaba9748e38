"""parse_xml's limits: the one-pass libxml2 check lets through exactly what the element walk
lets through, at each limit's edge, and a document past one still gets the walk's message."""

from __future__ import annotations

import pytest

from teikit.xmlsafe import MAX_ATTRIBUTES, MAX_DEPTH, MAX_NAME, XMLInputError, parse_xml


def nested(depth: int) -> bytes:
    return ("<a>" * depth + "x" + "</a>" * depth).encode()


def with_attributes(count: int) -> bytes:
    return ("<r><e " + " ".join(f'a{i}="1"' for i in range(count)) + "/></r>").encode()


def named(length: int, attribute: bool) -> bytes:
    name = "n" * length
    inner = f'<e {name}="1"/>' if attribute else f"<{name}/>"
    return f'<r xmlns:p="urn:p"><!-- a comment --><?pi x?>{inner}<p:e/></r>'.encode()


EDGES = [
    (nested(MAX_DEPTH), nested(MAX_DEPTH + 1), "nested more than"),
    (with_attributes(MAX_ATTRIBUTES), with_attributes(MAX_ATTRIBUTES + 1), "attributes"),
    (named(MAX_NAME, False), named(MAX_NAME + 1, False), "a name longer"),
    (named(MAX_NAME, True), named(MAX_NAME + 1, True), "a name longer"),
]


@pytest.mark.parametrize(("at_limit", "past_limit", "message"), EDGES, ids=["depth", "attributes", "tag", "attribute"])
def test_limits_at_their_edge(at_limit: bytes, past_limit: bytes, message: str) -> None:
    parse_xml(at_limit)  # at the limit: read
    with pytest.raises(XMLInputError, match=message) as caught:
        parse_xml(past_limit)
    assert caught.value.line == 1
