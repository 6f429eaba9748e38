"""The safe parser: positions for bad input, and no entity, DTD or network tricks."""

from __future__ import annotations

import contextlib
import socket
import threading
from pathlib import Path

import pytest

from teikit.xmlsafe import XMLInputError, parse_xml

SECRET = "TOP-SECRET-CONTENT-42"


def test_parses_and_keeps_line_numbers() -> None:
    tree = parse_xml(b"<a>\n  <b/>\n</a>")
    assert tree.getroot()[0].sourceline == 2


def test_not_well_formed_reports_position(tmp_path: Path) -> None:
    f = tmp_path / "bad.xml"
    f.write_bytes(b"<a>\n  <b></a>\n")
    with pytest.raises(XMLInputError) as info:
        parse_xml(f)
    err = info.value
    assert (err.path, err.line) == (str(f), 2)
    assert err.col > 0 and "mismatch" in err.message
    assert str(err).startswith(f"{f}:2:")


def test_missing_file_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(XMLInputError, match="cannot read file"):
        parse_xml(tmp_path / "nope.xml")


def test_xxe_is_refused_without_disclosing_the_file(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text(SECRET)
    doc = f'<!DOCTYPE r [<!ENTITY x SYSTEM "{secret.as_uri()}">]><r>&x;</r>'.encode()
    with pytest.raises(XMLInputError) as info:
        parse_xml(doc, "xxe.xml")
    assert "declares entities" in info.value.message
    assert SECRET not in str(info.value)


def test_billion_laughs_is_refused_fast() -> None:
    decls = '<!ENTITY lol "lol">' + "".join(
        f'<!ENTITY lol{i} "{("&lol%s;" % (i - 1 if i > 1 else "")) * 10}">' for i in range(1, 10))
    doc = f'<?xml version="1.0"?><!DOCTYPE lolz [{decls}]><lolz>&lol9;</lolz>'.encode()
    with pytest.raises(XMLInputError, match="declares entities"):  # refused before any expansion
        parse_xml(doc, "lol.xml")


def test_external_dtd_is_never_loaded(tmp_path: Path) -> None:
    dtd = tmp_path / "ext.dtd"
    dtd.write_text(f'<!ENTITY secret "{SECRET}">')
    doc = f'<!DOCTYPE r SYSTEM "{dtd.as_uri()}"><r>&secret;</r>'.encode()
    with pytest.raises(XMLInputError) as info:
        parse_xml(doc, "ext.xml")
    assert "external DTD" in info.value.message and info.value.report().startswith("ext.xml:1:1: error: ")
    assert SECRET not in str(info.value)


def test_external_dtd_over_http_is_not_fetched() -> None:
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(1)
    server.settimeout(0.5)
    port = server.getsockname()[1]
    hits: list[object] = []

    def accept() -> None:
        with contextlib.suppress(OSError):
            hits.append(server.accept())

    thread = threading.Thread(target=accept)
    thread.start()
    try:
        with pytest.raises(XMLInputError, match="external DTD"):
            parse_xml(f'<!DOCTYPE r SYSTEM "http://127.0.0.1:{port}/x.dtd"><r a="1"/>'.encode())
    finally:
        thread.join()
        server.close()
    assert hits == []


@pytest.mark.parametrize("doctype", ['<!DOCTYPE r PUBLIC "-//TEI//DTD x//EN" "x.dtd">', '<!DOCTYPE r SYSTEM "x.dtd">'])
def test_any_external_identifier_is_refused(doctype: str) -> None:
    with pytest.raises(XMLInputError, match="external DTD"):
        parse_xml(f"{doctype}<r/>".encode())


def test_a_doctype_without_external_dtd_or_entities_is_accepted() -> None:
    assert parse_xml(b"<!DOCTYPE r [<!ELEMENT r ANY>]><r/>").getroot().tag == "r"


def test_deep_nesting_is_refused() -> None:
    depth = 100_000
    with pytest.raises(XMLInputError, match="depth"):
        parse_xml(b"<a>" * depth + b"</a>" * depth, "deep.xml")


def test_undeclared_entity_is_an_error() -> None:
    with pytest.raises(XMLInputError, match="not defined"):
        parse_xml(b"<r>&nope;</r>")
