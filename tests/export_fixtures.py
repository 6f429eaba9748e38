"""A small crafted edition for the export tests: two letters (one with a header correspDesc,
one without), a record of conversation, a register with authority ids, and names and
dates marked in the texts (tests/tool/test_export_fixtures.py checks the fixture itself)."""

from __future__ import annotations

from pathlib import Path

TEI = 'xmlns="http://www.tei-c.org/ns/1.0"'

REGISTER = f"""<?xml version="1.0" encoding="UTF-8"?>
<TEI {TEI} xml:id="register">
  <teiHeader><fileDesc><titleStmt><title>Register</title></titleStmt>
    <publicationStmt><publisher>test</publisher></publicationStmt><sourceDesc><p>Crafted.</p></sourceDesc>
  </fileDesc></teiHeader>
  <standOff>
    <listPerson>
      <person xml:id="dej"><persName type="variant">Dej</persName><persName type="main">Gheorghe Gheorghiu-Dej</persName>
        <idno type="VIAF">1</idno></person>
      <person xml:id="khrushchev"><persName type="main">Nikita Khrushchev</persName><persName>N. Khrushchev</persName>
        <idno type="wikidata">Q1</idno><idno type="GND">2</idno></person>
      <person xml:id="translator"><persName>A Person Whose Id Collides</persName></person>
      <person xml:id="maurer"><persName>Ion Gheorghe Maurer</persName><idno type="local">m-7</idno></person>
    </listPerson>
    <listOrg>
      <org xml:id="cc-rwp"><orgName>Central Committee of the Romanian Workers Party</orgName></org>
    </listOrg>
    <listPlace>
      <place xml:id="bucharest"><placeName>Bucharest</placeName><idno type="wikidata">Q3</idno>
        <idno type="GeoNames">4</idno></place>
      <place xml:id="moscow"><placeName>Moscow</placeName><idno type="URI">https://www.geonames.org/5</idno></place>
    </listPlace>
  </standOff>
</TEI>
"""


def header(stem: str, title: str, genre: str, when: str, extra: str = "") -> str:
    return f"""<teiHeader>
    <fileDesc>
      <titleStmt><title>{title}</title>
        <respStmt><resp>translation</resp><persName xml:id="translator">T. Ranslator</persName></respStmt>
        <respStmt><resp>TEI encoding</resp><name xml:id="teikit">teikit</name></respStmt></titleStmt>
      <publicationStmt><publisher>test</publisher>
        <idno type="URL">https://archive.example.org/document/{stem}</idno></publicationStmt>
      <sourceDesc><p>Crafted for the tests.</p></sourceDesc>
    </fileDesc>
    <profileDesc>
      <creation><date when="{when}">{when}</date></creation>
      <abstract><p>Summary of {stem}.</p></abstract>
      <textClass><keywords><term type="genre">{genre}</term></keywords></textClass>{extra}
    </profileDesc>
    <revisionDesc><change who="#teikit">made</change></revisionDesc>
  </teiHeader>"""


LETTER_A = f"""<?xml version="1.0" encoding="UTF-8"?>
<TEI {TEI} xml:id="dA" xml:lang="en">
  {header("A", "Letter A", "letter", "1964-06-26", '''
      <correspDesc>
        <correspAction type="sent">
          <persName ref="register.xml#dej">Gheorghe Gheorghiu-Dej</persName>
          <orgName ref="register.xml#cc-rwp">Central Committee of the Romanian Workers Party</orgName>
          <placeName ref="register.xml#bucharest">Bucharest</placeName>
          <date when="1964-06-26">June 26, 1964</date>
        </correspAction>
        <correspAction type="received"><persName ref="register.xml#khrushchev">N. S. Khrushchev</persName></correspAction>
      </correspDesc>''')}
  <text>
    <body>
      <div type="letter">
        <opener><dateline><placeName ref="register.xml#bucharest">Bucharest</placeName><lb/><date when="1964-06-26">26 June 1964</date></dateline>
          <salute>Dear   Comrade,</salute></opener>
        <p>Comrades <persName ref="register.xml#maurer">Ion Gheorghe Maurer</persName>, <persName cert="low">E. Bodnaras</persName>
          <supplied reason="omitted" rend="brackets">and</supplied> <persName ref="register.xml#khrushchev"><supplied reason="omitted" rend="brackets">N.</supplied> Khrushchev</persName> met in
          <placeName ref="register.xml#moscow">Moscow</placeName> on <date from="1964-06-05" to="1964-06-10">5-10 June</date>.<anchor n="*" xml:id="dA-a1"/></p>
        <p>The <orgName ref="register.xml#cc-rwp">Central Committee of the <placeName ref="register.xml#bucharest">Romanian</placeName> Workers Party</orgName> writes
          <note type="translator" resp="#translator" rend="brackets">Translator's note: in <placeName>Romania</placeName></note> again.</p>
        <note type="footnote" n="*" target="#dA-a1" xml:id="dA-n1">Not reviewed by <persName ref="register.xml#dej">Dej</persName>.</note>
        <closer><signed><persName ref="register.xml#dej">Gheorghe Gheorghiu-Dej</persName></signed></closer>
      </div>
    </body>
  </text>
</TEI>
"""

LETTER_B = f"""<?xml version="1.0" encoding="UTF-8"?>
<TEI {TEI} xml:id="dB" xml:lang="en">
  {header("B", "Letter B", "letter", "1964-07-02")}
  <text>
    <body>
      <div type="letter">
        <opener><dateline><placeName ref="register.xml#moscow">Moscow</placeName><lb/><date when="1964-07-02">2 July 1964</date></dateline>
          <address><addrLine>To Comrade <persName ref="register.xml#dej">Gheorghe Gheorghiu Dej</persName></addrLine></address></opener>
        <p>We agree.</p>
        <closer><signed><persName ref="register.xml#khrushchev">N. Khrushchev</persName></signed></closer>
      </div>
    </body>
  </text>
</TEI>
"""

RECORD_C = f"""<?xml version="1.0" encoding="UTF-8"?>
<TEI {TEI} xml:id="dC" xml:lang="en">
  {header("C", "Record C", "record", "1965-07-20")}
  <text>
    <body>
      <div type="records"><div type="record" xml:id="dC-r1">
        <head>RECORD<lb/>between <persName ref="register.xml#khrushchev">Khrushchev</persName> and <persName ref="register.xml#dej">Dej</persName></head>
        <sp who="register.xml#dej"><speaker><persName ref="register.xml#dej">Dej</persName>:</speaker>
          <p>In <placeName ref="register.xml#moscow">Moscow</placeName>, <choice><abbr>RWP</abbr> <expan rend="brackets">Romanian Workers' Party</expan></choice>.</p></sp>
      </div></div>
    </body>
  </text>
</TEI>
"""


def write_edition(folder: Path, register: bool = True) -> Path:
    """The crafted edition in ``folder/tei``; returns that folder."""
    tei = folder / "tei"
    tei.mkdir(parents=True, exist_ok=True)
    for name, data in [("a.xml", LETTER_A), ("b.xml", LETTER_B), ("c.xml", RECORD_C)]:
        (tei / name).write_text(data, encoding="utf-8")
    if register:
        (tei / "register.xml").write_text(REGISTER, encoding="utf-8")
    return tei
