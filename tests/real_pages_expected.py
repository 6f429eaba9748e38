"""What a careful encoder would mark on each page of ../shared/real-pages, written by reading
the pages (not the converter's output).

layout: which reader should recognise the page —
  site            the current site page ("Skip to content" …)
  search-in       the older layout ("Search in", "get citation", "share document", "English HTML")
  citation-block  the older layout with an indented summary/citation block under the date
  docslib         the archive's PDF as text on docslib.org (labels inline or on their own lines)
  bare            the page's text without chrome: date, title, text, labels (sometimes a summary first)
genre: from the closed list of the ODD (schema/teikit.odd, term[@type='genre']).
Structures (absent = not asserted):
  turns           minimum number of speaker turns (sp)
  speakers        texts that must each be the whole of some <speaker> (read without editorial
                  brackets and without the colon or full stop that closes the label)
  stages          minimum number of <stage>
  closer          True: the text ends with a closer (signature, date under it)
  header          True: the telegram/cable/memo header is one structured opener (typed seg,
                  dateline), not a run of <head>s
  list_depth      minimum nesting depth of lists (1 = a flat list, 2 = a list inside an item)
  no_text         True: the page carries no document text at all
"""

from __future__ import annotations

EXPECTED: dict[str, dict] = {
    "110206_khrushchev-ulbricht-conversation-1961": dict(
        layout="citation-block", genre="record", turns=2, speakers=["N. S. Khrushchev", "W. Ulbricht"]),
    "110429_alekseev-telegram-1962_oldlayout": dict(layout="search-in", genre="telegram"),
    "110969_mikoyan-dorticos-guevara-1962": dict(
        layout="site", genre="record", turns=1, speakers=["O. DORTICOS"]),
    "111215_cuban-leadership-mikoyan-1962": dict(layout="citation-block", genre="record"),
    "111545_bcp-cc-plenum-1989-11-16": dict(layout="site", genre="transcript", list_depth=1),
    "112266_czech-commercial-delegation-cairo-1955": dict(layout="site", genre="report", header=True),
    "112572_koucki-visit-uar-1967_docslib": dict(layout="docslib", genre="document"),  # the title names no genre
    "112660_zhou-pham-van-dong-giap-1967": dict(layout="citation-block", genre="record"),
    "113101_zhou-nguyen-thi-binh-1970": dict(layout="site", genre="record", turns=1, speakers=["Zhou Enlai"]),
    "116213_khrushchev-ulbricht-letter-1961_docslib": dict(layout="docslib", genre="letter"),
    # added later, counted in the source: the turns inline in the run-on text ('Stalin:', 'Molotov:', 'Stalin:',
    # 'Stalin (chuckling, ironically):', 'Stalin (similarly):'; '[Stalin:]' and 'Tito [says]' have no label of their own)
    "117099_yugoslav-record-stalin-tito-1946_docslib": dict(
        layout="docslib", genre="record", turns=5, speakers=["Stalin", "Molotov", "Stalin (chuckling, ironically)"]),
    "117230_politburo-notes-1987-01_oldlayout": dict(
        layout="search-in", genre="minutes", turns=3, speakers=["SHERVARDNADZE", "GROMYKO", "SHEVARDNADZE"]),
    "117701_brezhnev-delegation-mongolia-1966": dict(layout="site", genre="report"),
    "117757_duma-zhou-enlai-1969_oldlayout": dict(layout="search-in", genre="telegram", header=True),
    "119255_kunadze-mikhailov-letter-1993": dict(layout="site", genre="letter", list_depth=1),
    "119436_puzanov-journal-1960-07-23": dict(layout="site", genre="diary"),
    "119547_katori-summit-bilateral-1984_oldlayout": dict(
        layout="search-in", genre="cable", header=True, turns=2, speakers=["Premier Zhao", "Prime Minister Nakasone"]),
    "119981_chinese-embassy-romania-bulletin-1961": dict(layout="site", genre="cable"),
    "120533_bagirov-azerbaijan-workers-1946": dict(layout="site", genre="document", closer=True),
    "123190_kremlin-meeting-churchill-stalin-1944": dict(layout="citation-block", genre="record"),
    "123798_uk-bulganin-khrushchev-visit-1956_docslib": dict(layout="docslib", genre="document"),
    "133956_bush-zhao-ziyang-1989_docslib": dict(layout="docslib", genre="record"),
    "agreement-cssr-kgb-1989": dict(layout="site", genre="agreement", list_depth=2),
    "agreement-cssr-ussr-interior-1971": dict(layout="bare", genre="agreement", list_depth=1),
    "cable-3026-nakasone-deng-1986": dict(layout="site", genre="cable", header=True),
    "cryptogram-1144-polish-embassy-beijing-1973": dict(layout="site", genre="ciphergram", list_depth=2),
    "decree-politburo-bagirov-iran-1945": dict(layout="site", genre="decree", list_depth=2),
    "galili-handwritten-note-1963": dict(layout="site", genre="note"),
    "kapo-luo-shigao-1963": dict(layout="bare", genre="record", turns=1, speakers=["Hysni Kapo"], list_depth=1),
    "kapo-xu-jianguo-1965": dict(layout="site", genre="minutes"),
    "kunadze-yu-hongliang-1991": dict(layout="site", genre="record", closer=True),
    "mao-speech-moscow-conference-1957": dict(
        layout="site", genre="speech", turns=1, speakers=["MAO ZEDONG (translation)"], stages=1),
    "minutes-ceausescu-sadat-1972-04-06": dict(
        layout="site", genre="minutes", turns=10,
        speakers=["Nicolae Ceausescu", "Anwar El-Sadat", "Ceausescu", "Sadat"]),
    "node-103091_egbal-stalin-1946": dict(layout="bare", genre="letter", closer=True, list_depth=1),
    "node-108048_hswp-report-andropov-gromyko-1966": dict(layout="bare", genre="report"),
    "node-88161_politburo-transcript-1986-03-20": dict(
        layout="bare", genre="transcript", turns=5, speakers=["GORBACHEV", "GROMYKO", "LIGACHEV"]),
    "node-88995_zhou-pham-van-dong-1967_zh-en": dict(layout="site", genre="record"),
    "node-89366_zhou-nguyen-tien-1972": dict(layout="bare", genre="record", turns=1, speakers=["Zhou Enlai"]),
    "node-89472_lee-hurak-kim-il-sung-1972": dict(
        layout="site", genre="record", turns=4, speakers=["North (KIM)", "South (LEE)"]),
    "node-95338_chinese-embassy-romania-bulletin-1961_bare": dict(layout="bare", genre="cable"),
    "node-99083_interview-tzvi-tzur-2001": dict(layout="site", genre="interview", turns=1, speakers=["Boaz"]),
    "politburo-afghanistan-chernyaev-1986-11-13": dict(
        layout="site", genre="minutes", turns=1, speakers=["Gorbachev"]),
    "protocol-129-polish-politburo-1956": dict(layout="site", genre="protocol"),
    "puzanov-journal-1960-03-07": dict(layout="bare", genre="diary", closer=True),
    "soviet-indian-talks-1982-09-21": dict(layout="site", genre="record", turns=1, speakers=["I. GANDHI"]),
    "speech-khrushchev-puwp-plenum-1956_docslib": dict(layout="docslib", genre="speech"),
    "stalin-qavam-1946": dict(layout="bare", genre="record"),
    "tel-8600-vyshinsky-mao-1950": dict(layout="site", genre="ciphergram", header=True, list_depth=1),
    "tel-8600-vyshinsky-mao-1950_bare": dict(layout="bare", genre="ciphergram", header=True, list_depth=1),
    "telegram-mfa-bucharest-beijing-stopover-1966": dict(layout="site", genre="telegram", header=True),
    "zhou-ayub-khan-1965_no-body": dict(layout="bare", genre="record", no_text=True),
}

# Text that is the site's furniture, never the document's: none of it may appear in <text>.
CHROME = ["Skip to content", "Search in", "get citation", "share document", "English HTML",
          "CITATION SHARE DOWNLOAD", "International History Declassified", "Total Page:", "File Type:pdf",
          "[Show full text]", "Document Information", "Citation:", "Contents:", "Original Language:",
          "This document was made possible with support from", "History and Public Policy Program Digital Archive"]
