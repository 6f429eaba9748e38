"""CMIF export: tei_all, the CMIF checker (on good and broken files), letters only, authority URIs."""

from __future__ import annotations

import copy
from datetime import UTC, datetime

import pytest
from lxml import etree

from conftest import TEI_DIR, xp
from export_fixtures import write_edition
from teikit.cli import build_parser
from teikit.export import cmif
from teikit.export.cmif_check import check_cmif
from teikit.export.command import configure
from teikit.export.edition import EditionInfo, load_edition

T = "{http://www.tei-c.org/ns/1.0}"
FIXED = datetime(2024, 1, 2, 3, 4, 5, tzinfo=UTC)
BASE = "https://edition.example.net/"


def make(tei_dir, **kw) -> etree._Element:
    edition = load_edition(tei_dir, info=EditionInfo(base_url=BASE, timestamp=FIXED), **kw)
    return etree.fromstring(cmif.serialize(cmif.build_cmif(edition)))


def errors(root) -> list[str]:
    return [p.code for p in check_cmif(root) if p.is_error]


@pytest.fixture(scope="module")
def seeds_cmif() -> etree._Element:
    return make(TEI_DIR)


@pytest.fixture()
def crafted(tmp_path) -> etree._Element:
    return make(write_edition(tmp_path))


def test_seeds_cmif_is_valid_tei_all(seeds_cmif, tei_all_rng):
    assert tei_all_rng.validate(seeds_cmif), tei_all_rng.error_log


def test_seeds_cmif_follows_cmif_rules(seeds_cmif):
    assert check_cmif(seeds_cmif) == []


def test_seeds_letters_only(seeds_cmif):
    descs = xp(seeds_cmif, "//t:profileDesc/t:correspDesc")
    assert [d.get("key")[:4] for d in descs] == ["d000", "d001"]
    assert descs[0].get("ref") == "https://digitalarchive.wilsoncenter.org/document/117990"
    bibl_id = xp(seeds_cmif, "string(//t:sourceDesc/t:bibl/@xml:id)")
    assert all(d.get("source") == f"#{bibl_id}" for d in descs)
    sent = descs[1].find(f"{T}correspAction[@type='sent']")
    assert [etree.QName(c).localname for c in sent] == ["persName", "orgName", "placeName", "date"]
    assert sent.find(f"{T}date").attrib == {"when": "1964-06-26"}
    assert xp(seeds_cmif, "string(//t:publicationStmt/t:date/@when)") == "2024-01-02T03:04:05Z"
    assert xp(seeds_cmif, "string(//t:licence/@target)") == "https://creativecommons.org/licenses/by/4.0/"
    assert xp(seeds_cmif, "string(//t:publicationStmt/t:idno[@type='url'])") == BASE + "cmif.xml"


def test_crafted_cmif_valid_and_clean(crafted, tei_all_rng):
    assert tei_all_rng.validate(crafted), tei_all_rng.error_log
    assert check_cmif(crafted) == []
    assert [d.get("key") for d in xp(crafted, "//t:correspDesc")] == ["dA", "dB"]  # dC is a record


def test_authority_uris_come_from_the_register(crafted):
    a, b = xp(crafted, "//t:correspDesc")
    refs = {el.text: el.get("ref") for el in a.iter(f"{T}persName", f"{T}orgName", f"{T}placeName")}
    assert refs == {
        "Gheorghe Gheorghiu-Dej": "https://viaf.org/viaf/1",  # VIAF id -> URI
        "Central Committee of the Romanian Workers Party": None,  # no idno: no @ref
        "Bucharest": "https://www.geonames.org/4",  # GeoNames preferred to Wikidata for places
        "N. S. Khrushchev": "https://d-nb.info/gnd/2",  # GND preferred to Wikidata for people
    }
    mentions = [(r.get("type"), r.get("target")) for r in xp(a, "t:note/t:ref")]
    assert ("cmif:mentionsPerson", "https://viaf.org/viaf/1") in mentions
    assert ("cmif:mentionsPlace", "https://www.geonames.org/5") in mentions  # idno already a URI
    assert not any("m-7" in (t or "") for _, t in mentions)  # a local id is no authority
    assert ("cmif:isAvailableAsTEIfile", BASE + "tei/a.xml") in mentions


def test_letter_without_header_correspdesc_uses_opener_and_closer(crafted):
    b = xp(crafted, "//t:correspDesc")[1]
    sent = b.find(f"{T}correspAction[@type='sent']")
    received = b.find(f"{T}correspAction[@type='received']")
    assert [(etree.QName(c).localname, c.text) for c in sent] == [
        ("persName", "N. Khrushchev"), ("placeName", "Moscow"), ("date", None)]
    assert sent.find(f"{T}date").get("when") == "1964-07-02"
    assert [(c.text, c.get("ref")) for c in received] == [("Gheorghe Gheorghiu Dej", "https://viaf.org/viaf/1")]


def test_unknown_party_is_named_unknown(tmp_path):
    tei = write_edition(tmp_path)
    path = tei / "b.xml"
    path.write_text(path.read_text().replace("<address>", "<!--x--><address>").replace(
        '<persName ref="register.xml#dej">Gheorghe Gheorghiu Dej</persName>', "Gheorghe Gheorghiu Dej"))
    root = make(tei)
    received = xp(root, "//t:correspDesc[@key='dB']/t:correspAction[@type='received']/*")
    assert [(etree.QName(c).localname, c.text) for c in received] == [("persName", "Unknown")]
    assert check_cmif(root) == []


# --- the checker on broken files -------------------------------------------------------------------------

def _first(root, path):
    return xp(root, path)[0]


def _drop(root, path):
    for el in xp(root, path):
        el.getparent().remove(el)


BREAKAGES = {
    "E0001": lambda r: _drop(r, "//t:correspDesc[1]/t:correspAction[@type='sent']"),
    "E0002": lambda r: _drop(r, "//t:correspDesc[1]/t:correspAction[@type='received']"),
    "E0003": lambda r: _first(r, "//t:correspDesc[1]").set("source", "#nowhere"),
    "E0004": lambda r: [_first(r, "//t:correspAction/t:date").attrib.pop(a) for a in ["when"]],
    "E0123": lambda r: _first(r, "//t:correspAction/t:date").set("when", "26 June 1964"),
    "E0100": lambda r: setattr(r, "tag", "{http://www.tei-c.org/ns/1.0}teiCorpus"),
    "E0102": lambda r: _drop(r, "//t:titleStmt/t:editor"),
    "E0104": lambda r: _drop(r, "//t:publicationStmt/t:idno"),
    "E0105": lambda r: setattr(_first(r, "//t:publicationStmt/t:idno"), "text", "cmif.xml"),
    "E0106": lambda r: _first(r, "//t:publicationStmt/t:date").set("when", "2024-01-02"),
    "E0107": lambda r: _first(r, "//t:licence").set("target", "https://creativecommons.org/licenses/by/3.0/"),
    "E0109": lambda r: _first(r, "//t:sourceDesc/t:bibl").set("type", "book"),
    "E0113": lambda r: _first(r, "//t:correspDesc[1]").set("ref", "tei/a.xml"),
    "E0115": lambda r: _first(r, "//t:correspAction[@type='received']").set("type", "copied"),
    "E0116": lambda r: setattr(_first(r, "//t:correspAction"), "text", "From Bucharest"),
    "E0117": lambda r: etree.SubElement(_first(r, "//t:correspAction"), f"{T}note").__setattr__("text", "x"),
    "E0118": lambda r: _drop(r, "//t:correspDesc[1]/t:correspAction[@type='received']/t:persName"),
    "E0119": lambda r: _first(r, "//t:correspAction").append(etree.Element(f"{T}date", when="1964")),
    "E0120": lambda r: etree.SubElement(_first(r, "//t:correspAction/t:persName"), f"{T}surname"),
    "E0122": lambda r: _first(r, "//t:correspAction/t:persName").set("ref", "register.xml#dej"),
    "E0124": lambda r: _first(r, "//t:correspAction/t:date").set("notBefore", "1964"),
    "E0127": lambda r: _first(r, "//t:correspDesc/t:note/t:ref").set("type", "mentions"),
    "E0129": lambda r: _drop(r, "//t:correspDesc"),
}


@pytest.mark.parametrize("code", sorted(BREAKAGES))
def test_checker_catches_broken_cmif(crafted, code):
    broken = copy.deepcopy(crafted)
    BREAKAGES[code](broken)
    broken = etree.fromstring(etree.tostring(broken))  # fresh line numbers
    assert code in errors(broken)


def test_checker_warns_without_failing(crafted):
    warned = copy.deepcopy(crafted)
    _first(warned, "//t:correspAction/t:persName").set("ref", "https://example.net/person/1")
    _first(warned, "//t:sourceDesc/t:bibl").set("{http://www.w3.org/XML/1998/namespace}id", "edition")
    for desc in xp(warned, "//t:correspDesc"):
        desc.attrib.pop("source", None)
    problems = check_cmif(warned)
    assert {p.code for p in problems} == {"W0122", "W0001"}
    assert not any(p.is_error for p in problems)


def test_checker_reads_cmif_from_elsewhere():
    """A minimal CMIF file as the SIG's template writes it passes (type="URL" spelled either way)."""
    root = etree.fromstring("""<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc>
      <titleStmt><title>Index</title><editor>Ed <email>e@example.net</email></editor></titleStmt>
      <publicationStmt><publisher>P</publisher><idno type="URL">https://x.example.net/c.xml</idno>
        <date when="2015-02-11T13:47:49.11+02:00"/>
        <availability><licence target="https://creativecommons.org/licenses/by/4.0/">CC-BY 4.0</licence></availability>
      </publicationStmt>
      <sourceDesc><bibl type="print" xml:id="b-1b4e28ba-2fa1-11d2-883f-0016d3cca427">Book</bibl></sourceDesc>
    </fileDesc><profileDesc><correspDesc key="12" source="#b-1b4e28ba-2fa1-11d2-883f-0016d3cca427">
      <correspAction type="sent"><persName>Unknown</persName><date notBefore="1810-07" notAfter="1810"/></correspAction>
      <correspAction type="received"><orgName ref="http://d-nb.info/gnd/1">Body</orgName></correspAction>
    </correspDesc></profileDesc></teiHeader><text><body><p/></body></text></TEI>""")
    assert check_cmif(root) == []


# --- the command ------------------------------------------------------------------------------------------

def run(argv):
    import argparse
    parser = argparse.ArgumentParser(prog="teikit")
    configure(parser.add_subparsers())
    args = parser.parse_args(argv)
    return args.func(args)


def test_command_writes_checked_cmif(tmp_path, capsys):
    tei = write_edition(tmp_path)
    out = tmp_path / "out" / "cmif.xml"
    assert run(["export", "cmif", "--tei", str(tei), "--out", str(out), "--base-url", BASE]) == 0
    assert errors(etree.parse(str(out)).getroot()) == []
    assert out.stat().st_mode & 0o777 != 0o600


def test_command_placeholder_url_warns(tmp_path, capsys):
    tei = write_edition(tmp_path)
    assert run(["export", "cmif", "--tei", str(tei), "--out", str(tmp_path / "c.xml")]) == 0
    assert "warning: [W0105]" in capsys.readouterr().err


def test_command_no_letters_fails(tmp_path, capsys):
    tei = write_edition(tmp_path)
    (tei / "a.xml").unlink()
    (tei / "b.xml").unlink()
    assert run(["export", "cmif", "--tei", str(tei), "--out", str(tmp_path / "c.xml")]) == 1
    assert f"{tei}: error: no letters" in capsys.readouterr().err
    assert not (tmp_path / "c.xml").exists()


def test_command_usage_errors_exit_2(tmp_path):
    with pytest.raises(SystemExit) as exc:
        run(["export", "pdf"])
    assert exc.value.code == 2


def test_command_missing_folder_fails(tmp_path, capsys):
    assert run(["export", "cmif", "--tei", str(tmp_path / "nope"), "--out", str(tmp_path / "c.xml")]) == 1
    assert capsys.readouterr().err.startswith(f"{tmp_path / 'nope'}: error: no such folder")


def test_export_is_wired_into_teikit_cli_when_registered():
    parser = build_parser()
    actions = [a for a in parser._actions if a.dest == "command"]
    if "export" not in actions[0].choices:
        pytest.skip("teikit.export.command not yet listed in teikit.cli.COMMAND_MODULES")
    assert parser.parse_args(["export", "json"]).kind == "json"
