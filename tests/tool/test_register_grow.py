"""`teikit register suggest|merge` and the forms generated for an entry (issue 17)."""

from __future__ import annotations

from pathlib import Path

from lxml import etree

from teikit.cli import main
from teikit.names.forms import PersonName, person_forms
from teikit.names.register import load_register

ROOT = Path(__file__).resolve().parents[2]
TEI = "http://www.tei-c.org/ns/1.0"
NS = {"t": TEI}

DOC = f"""<TEI xmlns="{TEI}"><teiHeader><fileDesc><titleStmt><title>t</title></titleStmt>
<publicationStmt><p/></publicationStmt><sourceDesc><p/></sourceDesc></fileDesc></teiHeader>
<text><body>
<p>Comrade <persName cert="low">Milko Balev</persName> and <persName cert="low">Balev</persName> met
<persName cert="low">Ivan Petrov</persName> and <persName cert="low">K. Petrov</persName> in
<placeName cert="medium">Peking</placeName>, later <placeName cert="medium">Beijing</placeName>;
<persName cert="low">KIM Il Sung</persName> wrote to the <orgName cert="low">Xanadu Workers' Party</orgName>.</p>
</body></text></TEI>"""

REGISTER = f"""<?xml version="1.0" encoding="UTF-8"?>
<TEI xmlns="{TEI}">
  <teiHeader><fileDesc><titleStmt><title>r</title></titleStmt><publicationStmt><p/></publicationStmt><sourceDesc><p/></sourceDesc></fileDesc></teiHeader>
  <standOff>
    <listPerson>
      <person xml:id="balev-milko">
        <persName type="main">Someone Else</persName>
      </person>
    </listPerson>
  </standOff>
</TEI>
"""


def test_person_forms_from_a_name_written_once() -> None:
    forms = person_forms(PersonName(("Nikita",), "Khrushchev", "Sergeyevich"))
    for form in ("Nikita Sergeyevich Khrushchev", "N. S. Khrushchev", "N.S. Khrushchev", "N. Khrushchev",
                 "Khrushchev N. S.", "Nikita Sergeyevich", "Khrushchev", "KHRUSHCHEV", "N. S. KHRUSHCHEV"):
        assert form in forms
    assert len(forms) == len(set(forms))
    assert "Nikita Khrushchev" in forms and "Nikita S. Khrushchev" in forms  # forename + surname, patronymic initial
    andropov = person_forms(PersonName(("Yuri",), "Andropov", "Vladimirovich"))
    assert "Yu. V. Andropov" in andropov and "Y. V. Andropov" in andropov  # a Cyrillic letter Latin writes with two
    korean = person_forms(PersonName(("Il", "Sung"), "Kim", family_first=True))
    assert korean[0] == "Kim Il Sung" and "KIM IL SUNG" in korean and "Kim" in korean


def _edition(tmp_path: Path, register: str | None = None) -> Path:
    (tmp_path / "edition.toml").write_text('[edition]\ntitle = "t"\n', encoding="utf-8")
    (tmp_path / "tei").mkdir()
    (tmp_path / "tei" / "doc.xml").write_text(DOC, encoding="utf-8")
    if register:
        (tmp_path / "tei" / "register.xml").write_text(register, encoding="utf-8")
    return tmp_path


def _entries(path: Path) -> dict[str, etree._Element]:
    root = etree.parse(str(path)).getroot()
    return {el.get("{http://www.w3.org/XML/1998/namespace}id"): el
            for el in root.iterfind(".//t:standOff//*[@{http://www.w3.org/XML/1998/namespace}id]", NS)}


def test_suggest_clusters_variants_and_proposes_geonames(tmp_path: Path) -> None:
    edition = _edition(tmp_path)
    draft = tmp_path / "draft.xml"
    assert main(["register", "suggest", "--edition", str(edition), "--out", str(draft)]) == 0
    entries = _entries(draft)
    balev = entries["balev-milko"]
    assert [n.get("type") for n in balev.findall("t:persName", NS)] == ["main", "variant"]  # 'Balev' joined
    assert "petrov-ivan" in entries and "petrov-k" in entries  # another initial: another person
    peking = [e for e in entries.values() if e.find("t:idno[@type='GeoNames']", NS) is not None]
    assert len(peking) == 1 and peking[0].findtext("t:idno", namespaces=NS) == "1816670"
    assert peking[0].find("t:location/t:geo", NS) is not None
    assert entries["kim-il-sung"].find("t:persName/t:surname", NS).text == "KIM"
    assert len(balev.findall("t:note[@type='contexts']/t:list/t:item", NS)) == 2


def test_suggest_proposes_geonames_ids_of_towns_the_recogniser_does_not_know(tmp_path: Path) -> None:
    edition = _edition(tmp_path)
    (edition / "tei" / "doc.xml").write_text(DOC.replace(
        "</p>", ' At <placeName cert="low">Snagov</placeName> and <placeName cert="low">Neustadt</placeName>.</p>'),
        encoding="utf-8")
    draft = tmp_path / "draft.xml"
    assert main(["register", "suggest", "--edition", str(edition), "--out", str(draft)]) == 0
    entries = _entries(draft)
    snagov, neustadt = entries["snagov"], entries["neustadt"]
    assert snagov.findtext("t:idno[@type='GeoNames']", namespaces=NS) == "666611"  # a Romanian town of 6 000
    assert snagov.get("type") == "city" and snagov.find("t:location/t:geo", NS) is not None
    assert neustadt.find("t:idno", NS) is None  # dozens of towns of the name: no id proposed


def test_merge_adds_entries_with_generated_forms_and_refuses_clashes(tmp_path: Path, tei_all_rng) -> None:
    edition = _edition(tmp_path, REGISTER.replace("balev-milko", "someone-else"))
    draft = tmp_path / "draft.xml"
    assert main(["register", "suggest", "--edition", str(edition), "--out", str(draft)]) == 0
    register = edition / "tei" / "register.xml"
    assert main(["register", "merge", "--edition", str(edition), str(draft)]) == 0
    reg = load_register(register)
    assert "M. Balev" in reg["balev-milko"].forms and "BALEV" in reg["balev-milko"].forms
    assert "someone-else" in reg
    assert etree.parse(str(register)).find(f".//{{{TEI}}}note[@type='contexts']") is None
    merged = etree.parse(str(register))
    assert tei_all_rng.validate(merged), tei_all_rng.error_log
    import xmlschema

    project = xmlschema.XMLSchema(str(ROOT / "schema" / "teikit.xsd"))
    entries = [e.reason for e in project.iter_errors(str(register)) if "standOff" in (e.path or "")]
    assert entries == []  # the merged entries are valid in the edition's own schema too (the test header is not)
    draft_tree = etree.parse(str(draft))
    assert tei_all_rng.validate(draft_tree), tei_all_rng.error_log
    before = register.read_bytes()
    assert main(["register", "merge", "--edition", str(edition), str(draft)]) == 1  # ids now taken: nothing written
    assert register.read_bytes() == before


def test_merge_generates_the_forms_of_a_surname_spelt_another_way() -> None:
    from teikit.names.registercmd import with_forms

    entry = etree.fromstring(
        f'<person xmlns="{TEI}" xml:id="podgorny-nikolai"><persName type="main"><forename>Nikolai</forename> '
        '<forename type="patronymic">Viktorovich</forename> <surname>Podgorny</surname></persName>'
        '<persName type="variant">Podgornyy</persName></person>')
    forms = [n.text for n in with_forms(entry).findall("t:persName", NS)[2:]]
    assert "N. V. Podgorny" in forms and "N. V. PODGORNYY" in forms and "Nikolai Podgornyy" in forms
    assert len(forms) == len(set(forms))
