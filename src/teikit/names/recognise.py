"""Names the register does not know, found from how the text introduces them.

Only strong cues count, because a wrong name is worse than a missed one:
initials before a surname ('I. K. Zhelyagin'), a title before a name
('Comrade X', 'Cdes. X, Y and Z', 'Ambassador X'), an acronym whose expansion or
neighbour says it is a party ('XYZ [...Party]', 'the XYZ CC'), a capitalised
phrase headed by an organisation noun ('Ministry of Light Industry'), and a
capitalised word after 'in'/'at'/'near'. A capital at the start of a sentence is
never evidence on its own. Every such mention is ``cert="low"`` and has no ref.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass

from teikit.names.dates import MONTH_ABBREVIATIONS, MONTHS, WEEKDAYS
from teikit.names.forenames import is_forename
from teikit.names.gazetteer_tables import ORGANISATIONS
from teikit.names.spans import Spans

INITIAL = r"(?:(?:[A-Z][a-z]{0,2}|YA|YU|YE|ZH|KH|CH|SH|TS)\.\s?)"  # and a Russian initial in capitals: 'A. YA.'
# and a surname's prefix joined to a capital: 'McGhee', 'MacArthur', 'FitzGerald', 'DeGaulle', 'LaRocque'
_JOINED_PREFIX = "|".join(f"(?<=\\b{p})" for p in ("Mc", "Mac", "Fitz", "De", "Di", "Da", "La", "Le", "Van", "Von"))
WORD = rf"[A-Z][a-z]+(?:(?:{_JOINED_PREFIX})[A-Z][a-z]+)?(?:[-'][A-Za-z][a-z]+)*"
ORG_WORD = WORD + r"(?:'s)?"  # 'People's' inside a body's name; a person's possessive stays outside
SURNAME = WORD

TITLES = (r"(?:Vice|Deputy|Acting|Ex)[- ](?:Minister|Premier|President|Chairman|Chancellor|Director|Consul)|"
          r"Counsellor|Counselor|Consul|Comrades|Comrade|Cdes\.|Cde\.|Comr\.|Coms\.|Com\.|Ambassador|Marshal|General|"
          r"(?:Vice|Rear)[- ][Aa]dmiral|"
          r"Lieutenant-(?:Colonel|General)|Major-General|Generalissimo|Admiral|Colonel|Major|Captain|"
          r"Lieutenant|Maj\.|Gen\.|Col\.|Lt\.|Capt\.|Adm\.|Sgt\.|Comandante|Sec\.|"
          r"Premier|Mrs\.?|Mr\.?|Ms\.|Dr\.|Prof\.|Acad\.|MP|Sir|Professor|Academician|"
          r"Prime[- ]Minister|Foreign[- ]Minister|"
          r"Minister|Under-?[Ss]ecretary|Sub-?[Ss]ecretary|First Secretary|President|Chairman|"
          # a State Department paper's: 'Under Secretary Ball', 'Assistant Secretary Hilsman', 'Messrs. Nitze and Ball'
          r"(?:Under|(?:Deputy\s)?Assistant)\s[Ss]ecretary|Messrs\.|"
          r"Director|Chancellor|(?<=[a-z] )c\.(?=\s[A-Z])|"
          # a ruler's, a peer's and a cleric's style: 'King Hassan', 'Lord Carrington', 'Ayatollah Khomeini'
          r"Crown Prince|Prince|Princess|King|Queen|Emperor|Empress|Shah|Lord|Lady|Sheikh|Shaikh|Emir|Amir|"
          r"Ayatollah|Imam|Pope|Cardinal|Archbishop|Bishop|Patriarch|Senator|Governor|Judge|"
          # and a German original's, folded: 'Präsident Mitterrand', 'Bundeskanzler Kohl', 'Genosse Honecker'
          r"Prasident|Bundeskanzler|Bundesprasident|Ministerprasident|Staatssekretar|Genosse|Genossen|Herrn|Herr")
_PLURAL_TITLES = {"Comrades", "Cdes.", "Coms.", "Messrs."}
_TITLES_RX = re.compile(rf"(?:{TITLES})", re.IGNORECASE)

# Capitalised words that are never (part of) a person's name
STOP = set("""
The A An This That These Those Our Your Their His Her Its We You They He She It I In On At Of For And But Or If As To By
From With Without During After Before Since Until Between Among Against Through Under About Into Then Thus Also
Moreover However Therefore Although When While Comrade Comrades Cde Cdes Com Coms Comr Ambassador Minister
Ministers Secretary Secretaries First Second Third General President Chairman Messrs
Premier Marshal Admiral Colonel Major Captain Lieutenant Director Mr Mrs Ms Dr Professor Academician Prime Foreign
Genosse Genossen Herr Herrn Prasident Bundeskanzler Bundesprasident Ministerprasident Staatssekretar
Deputy Vice Head Chief Member Members Party Parties Committee Central Political Bureau Presidium Politburo Plenum
Plenary Congress Council Government Ministry Army Navy Embassy Office Department Union Republic Republics State States
Assembly Conference Front League Federation Organization Organisation Agency Institute University Academy Commission
Bank Society Association Command Staff Secretariat Delegation Group Section Directorate Treaty Pact Declaration
Statement Agreement Convention Communique Soviet Soviets Romanian Romanians Chinese Vietnamese American Americans
Albanian Albanians Yugoslav Bulgarian Hungarian Polish Czechoslovak German Korean Cuban Mongolian Japanese French
Italian British Western Eastern Socialist Communist Communists Marxist Leninist Marxism Leninism Note Translator Record
Conversation Secret Top Memorandum Letter Telegram Translation English Source Document Documents Dear Yes No Good Of Why
Advocate
What Who How Where Which Whom Whose There Here North South East West Northern Southern Eastern Western Upper Lower
Greater Great Grand National Federal People Peoples Sir Madam Excellency His Majesty King Queen Prince God Lord Saint St
Co-chairman Co-Chairman Assistant Asistant Adviser Advisor
Counsellor Counselor Attache Interpreter Consul Envoy Charge
Drafter Addressee Distribution Classification Routing Notetaker Note-taker Attendees Participants
Excerpt Excerpts Extract Fragment Illegible Unclear Sic Signature Signed Handwritten Stamp Omitted Missing
Letterhead Seal Emblem Aide-Memoire Aide-Mémoire Fyi
""".split()) | set(MONTHS) | set(WEEKDAYS)

ORG_HEADS = ("Party|Committee|Ministry|Council|Union|Front|League|Federation|Organization|Organisation|Bureau|Agency|"
             "Assembly|Institute|University|Academy|Embassy|Commission|Department|Bank|Society|Association|Army|Navy|Board|"
             "Command|Secretariat|Presidium|Politburo|Trust|Combine|Enterprise|Cooperative|Directorate|Section|"
             "Office|Service|Legation|Consulate|Division|Regiment|Corps|Fleet|Radio|MFA|EMBASSY|MINISTRY|"
             "Foundation|Fund|Center|Centre|City Government|Communist Youth|Socialist Youth|People's Volunteers|MoFA|"
             "Shipyard|Shipyards|Works|Steelworks|Factory|Plant|Kombinat|Cabinet|Military District|Supreme Soviet|"
             "Headquarters|General Staff|GENERAL STAFF|School|Conservatory|Troops|Company|Armed Forces|"
             "Chief Directorate|Main Directorate|"
             "(?:Main|Chief|Political|Central|State) Administration")  # the Soviet glavnoe upravlenie
GENERIC = set("""
The Our Your Their His Her Its This That CC C.C. Central Political Executive Permanent Standing Supreme Joint Combined
Unified General Grand National Federal State Foreign First Party Communist Workers Workers' Socialist People's Peoples
Revolutionary Democratic International Military Economic Affairs Trade Defence Defense Internal Interior Ministry
Committee Council Union Front League Federation Organization Organisation Bureau Agency Assembly Institute University
Academy Embassy Commission Department Bank Society Association Army Navy Command Secretariat Presidium Politburo Trust
Combine Enterprise Cooperative Directorate Section Armed Forces Of Cadres Propaganda Agitation Planning Security
Provincial Regional District Main
""".split())
# bodies of a state named by generic words alone: a name all the same ('the State Council')
_STATE_ORGAN = re.compile(r"(?:(?:State|National|Supreme|Federal|Federation|People's)\s){1,2}(?:Executive\s)?"
                          r"(?:Council|Assembly|Soviet)"

                          r"|(?:Council|Cabinet)\sof\sMinisters")
# a ministry named by its domain is the ministry of the document's state: 'Ministry of Foreign Affairs'
_DOMAIN_BODY = re.compile(r"Ministry\sof\s(?:Foreign|Internal|Economic)\s(?:Affairs|Trade)|Ministry\sof\s(?:Defen[cs]e|"
                          r"Interior|Foreign\sTrade|State\sSecurity)|(?:Foreign|Foreign\sAffairs|Defen[cs]e|Interior|"
                          r"Foreign\sTrade)\sMinistry|(?:Foreign\sAffairs|International\sRelations)\s"
                          r"(?:Department|Bureau|Section|Division|Commission)")
# an office after 'and' ends a body's name: 'the CC of the CPSU and Chairman of ...'
_OFFICE_NEXT = (r"(?!(?:Chairman|Chairmen|Chairperson|Chairwoman|President|Secretary|General|First|Deputy|Vice|"
                r"Minister|Head|Member)\b|[A-Z]{2,}\b)")  # nor an acronym: 'the Department of Defense and CIA' are two
# papers named by one word, which is no surname either ('Comrade Pravda' never)
_ONE_WORD_PAPERS = ("Pravda", "Izvestia", "Izvestiya", "Scinteia", "Borba", "Granma", "Nepszabadsag", "Kommunist")
NEWSPAPERS = {*_ONE_WORD_PAPERS, "Trud", "Humanite", "Unita", "Trybuna"}
# the titles of the papers and journals the documents cite, a body each ('published in Pravda')
NEWSPAPER_TITLES = "|".join((*_ONE_WORD_PAPERS, "Politika", "Rude Pravo", "Neues Deutschland", "Trybuna Ludu",
                             "Rabotnichesko Delo", "Zeri i Popullit", "Renmin Ribao", "People's Daily", "Red Flag",
                             "Hongqi", "Rodong Sinmun", "Nodong Sinmun", "Nhan Dan", "Krasnaya Zvezda",
                             "Komsomolskaya Pravda", "Literaturnaya Gazeta", "L'Humanite", "l'Unita",
                             "Krasnoye Znamya", "New York Times", "Washington Post", "Daily Express", "Daily Mail",
                             "Daily Telegraph", "Daily Worker", "Le Monde",
                             # and the news agencies they quote
                             "Associated Press", "United Press"))
_COMMON: dict[str, int] | None = None


def _common_word(word: str) -> bool:
    """A frequent English word ('Connection' in a title-case heading) is not a place."""
    return word_frequency(word) >= 500


def word_frequency(word: str) -> int:
    """How often the word occurs in the English dictionary's corpus (names too: 'john' 6 920)."""
    global _COMMON
    if _COMMON is None:
        try:
            from teikit.structure.inline import english  # the one dictionary of the process

            _COMMON = english().word_frequency.dictionary
        except Exception:  # noqa: BLE001 - no dictionary, whatever the reason: the guesser still works, less precisely
            _COMMON = {}
    return _COMMON.get(word.lower(), 0)


ADJ_END = re.compile(r"(?:an|ian|ese|ish|ic|ist|ists|ism|ani|eli|qi)$")  # and 'Pakistani', 'Israeli', 'Iraqi'


# abbreviations that look like initials ('No. 5', 'Cde. Smith')
_NOT_INITIALS = {"No", "Nr", "Pp", "Vol", "Art", "Fig", "Co", "Jr", "Sr", "Lt", "Gen", "Col", "Ed", "Mr", "Mrs", "Ms",
                 "Dr", "St", "Cde", "Cdes", "Com", "Comr", "Gov", "Rev", "Prof", "Sen", "Rep", "Cf", "Ibid", "Op",
                 "Doc", "Tel", "Maj", "Adm", "Sgt", "Cpt", "Pvt", "Sec"}


@dataclass(frozen=True)
class Guess:
    start: int
    end: int
    tag: str
    priority: int = 50  # lower wins between spans of equal length
    land: bool = False  # a place that is a country or a continent, never a town: no forename ('Asia China')


CAPS = r"[A-Z][A-Z'\-]*[A-Z]"
NAME_TOKEN = rf"(?:{WORD}|{CAPS})"
_INITIALS_RX = re.compile(rf"(?<![\w.])(?P<ini>{INITIAL}{{1,3}}|[A-Z]\.[A-Z]\s)"  # and "L.I Brezhnev"
                          rf"(?P<sur>{WORD}|{CAPS})\b(?:\s(?P<sur2>{WORD})\b)?")
_INITIALS_AFTER = re.compile(rf"(?<![\w.])(?P<sur>{WORD}) (?P<ini>[A-Z]\.(?:\s?[A-Z]\.){{0,2}})(?![\w])")
_TITLE_RX = re.compile(rf"(?<![\w])(?P<title>(?i:{TITLES}))\s"
                       rf"(?P<name>(?:{INITIAL}{{0,3}}){NAME_TOKEN}(?:\s{NAME_TOKEN}){{0,2}})")
_LIST_SEP = re.compile(r"(?:,\s?(?:\[and\]\s|and\s)?|\s\[and\]\s|\sand\s)")
_NAME_AT = re.compile(rf"(?:{INITIAL}{{0,3}}){NAME_TOKEN}(?:\s{NAME_TOKEN}){{0,2}}")
_SPEAKER = re.compile(rf"^\[?(?P<n>{CAPS}(?:\s{CAPS}){{0,2}}|{WORD}(?:\s{WORD}){{0,2}})\]?"
                      rf"(?:\s\([^)]{{1,40}}\))?[.:]\s(?!No\.|\d|#|№)")  # not 'Ser. No. 326', 'Iskh. #253'
_SIDE_SPEAKER = re.compile(rf"^{WORD}\s\((?P<n>{CAPS})\):")
# family name first, as East Asian names are written: 'Kim Il Sung', 'PAK Seong-cheol', 'Yu Hongliang'
# (pinyin, Korean, Vietnamese and the Wade-Giles forms of older translations: 'Chou', 'Teng', 'Hung')
EAST_ASIAN_SURNAMES = set("""Kim Lee Li Park Pak Choi Choe Chang Jang Kang Jung Jeong Chung Ryu Yu Han Yun Yoon Cho Jo
Lim Im Shin Song Hong Ho Hwang Ahn Oh Seo Kwon Moon Yang Zhou Mao Liu Wang Zhang Chen Deng Zhao Peng Lin Hu Xu Sun Ma
Gao Luo Guo Kang Ye Tan Nguyen Pham Tran Le Vo Hoang Phan Vu Dang Bui Do Ngo Duong Ly Ri Rhee Huang Yao Feng Wu Zhu
Jiang Qiao Xie Zeng Geng Qian Dong Lu Su Ha Chou Teng Chiang Hung Tsai Kuo Hsu Liao Tseng Chao Hsieh
Nam Heo Hyon Hyun Hyeon Kwak Paek Baek Pyon Chon Jon Chun Jeon Mun Yom Yeom Ryom Tak Pang Bang Eom Shim Kye
Truong Dinh Luong Trinh Tian Tang Yan Cheng Zheng Cao Xiao Hsiao Zou Tsou Yeh Ren Meng Shi Tao Pan He
Ji Qi Bo Kong Wei Gu Fu Fang Du Lei Jin Hao Wan Tong Qu Xue Yin Shen Pu Jia Qin Gong Liang Yuan Hou Xiong
Bai Niu Ding Zhan Mei Ke Lo Yung Kao Chu Tsao Tung Wen Ou""".split())
# a family name that is a pronoun too: the given names after it must be no English words ('He Yunhong', not 'He Also')
_PRONOUN_SURNAMES = {"He"}
# 'Seong-cheol', in a telegram 'HEON-YEONG', and the Vietnamese middle name in small letters: 'Vo van Mang'
_GIVEN = r"(?:[A-Z][a-z]+(?:-[a-z]+)?|[A-Z]{2,}(?:-[A-Z]{2,})?|(?:van|thi)(?=\s[A-Z][a-z]))"
# and the family name supplied by an editor: '[Yang] Shangkun'
_EAST_ASIAN = re.compile(rf"(?<![\w.])(?=(?P<ed>\[)?(?P<sur>[A-Z][a-zA-Z]+)(?(ed)\])\s"
                         rf"(?P<given>{_GIVEN}(?:\s{_GIVEN}){{0,2}})\b)")
_ACR_EXPAN = re.compile(r"(?<![\w.])(?P<a>[A-Z]{2,6})\s[\[(](?P<x>[^\])]{4,80})[\])]")
_ACR_DEFINED = re.compile(r"(?P<x>(?:[A-Z][\w']*\s(?:(?:of|for|and|on)\s(?:the\s)?)?){1,8})[\[(](?P<a>[A-Z]{2,6})[\])]")
_CC = r"(?:Central Committee|C\.\s?C\.|CC|CK|UV|ZK)"
DOTTED = r"(?:[A-Z]\.){2,6}"  # 'R.W.P.': an acronym written with full stops
# and its suffix: 'MPLA-PT' (MPLA - Labour Party)
_ACRONYM = rf"(?:[A-Z]{{2,6}}(?:-[A-Z]{{1,4}}(?![\w])|\(b\))?(?![\w])|{DOTTED}(?![\w]))"  # and 'VKP(b)'
_ACR_CC = re.compile(rf"(?<![\w.])(?P<a>{_ACRONYM})\s{_CC}(?![\w])"
                     rf"|(?<![\w.]){_CC}\s(?:of\s(?:the\s)?)?(?P<b>{_ACRONYM})")
# an editor's words in brackets inside a body's name, after its head: 'the Yili Office of the [Xinjiang] Foreign
# Affairs Department' (before it they are the editor's: '[DRV] Ministry of Foreign Affairs' is the state and its body)
_EDITORS_WORDS = r"\[[A-Z][\w'-]*(?:\s[A-Z][\w'-]*){0,2}\]"
_DOCUMENT_KINDS = "Document|Telegram|Cable|Memorandum|Note|Letter|Report|Record|Minutes|Transcript"
# 'Comrades X' ends it, a military rank ('... KGB Administration Lieut. Col. X'), a day or a month ('... Ministry of
# Foreign Affairs Thursday, September 12th'), and a document's kind: 'PRC Ministry of Foreign Affairs Document No. 105'
ORG_TOKEN = (rf"(?!(?:Comrades?|Cdes?\.?|Comr?\.|Mr\.|Messrs\.|(?:Lieut|Lt|Col|Maj|Capt|Sgt)\.?)\s"
             rf"|(?:{_DOCUMENT_KINDS}|{'|'.join((*WEEKDAYS, *MONTHS))})\b)"
             rf"(?:{ORG_WORD}|{CAPS}|{DOTTED}|{_EDITORS_WORDS})")
_TAIL = rf"(?:\s(?:of|for|with)\s(?:the\s)?{ORG_TOKEN}(?:\s(?:and\s{_OFFICE_NEXT})?{ORG_TOKEN}){{0,3}}){{0,3}}"
_LOWER_TAIL = r"(?:\s(?:of|for)\s(?:the\s)?(?:foreign|internal|home|economic|cultural)\s(?:affairs|trade|relations))"
_LOWER_DOMAIN = re.compile(rf"Ministry{_LOWER_TAIL}")  # 'the Ministry of foreign affairs': one capital only
_ORG_RX = re.compile(rf"(?<![\w'])(?:(?:{ORG_WORD}|[A-Z]+(?:\(b\))?|[A-Z][a-z]+'s?)\s"
                     rf"(?:(?:of|for|on)\s(?:the\s)?|and\s(?=[A-Z]){_OFFICE_NEXT})?){{0,5}}"
                     rf"(?:{ORG_HEADS})(?:{_LOWER_TAIL}|{_TAIL})(?:\b|(?<=\.)(?!\w))")
# who someone is, not a body: 'Deputy Heads of the Foreign Affairs Department' names the department only
# the words before a body's name that are not part of it, and an address line's 'TO CC BCP POLITBURO'
# and an addressee line's 'To Ministry of ...'
_DETERMINER = re.compile(r"(?:The|THE|Of|OF|Our|Your|Their|His|Her|Its|This|That|A|An|IN|In|TO|To|FROM|From)\s")
# 'the XI Party Congress': a congress counted, not a body named 'XI Party' ('II Department' is one)
_ROMAN_LEAD = re.compile(r"[IVXL]{1,6}\s(?=[A-Z])")
_EVENT_AFTER = re.compile(r"\s(?:Congress|Plenum|Plenary|Conference|Session)\b")
_ROLE_WORDS = ("Deputy Vice First Second General Co-chairman Chairman Head Heads Minister Ministers Secretary "
               "Secretaries Member Members Director Chief Officer Assistant Asistant Plenum Plenary Session Meeting "
               "Congress Delegation Representative Ambassador").split()
# an office before a body, and in a heading's capitals: 'DEPUTY CHIEF OF THE GENERAL STAFF'
_ROLE_LEAD = re.compile(rf"(?:(?:{'|'.join(_ROLE_WORDS)})\s)+(?:(?:of|for)\s(?:the\s)?)?"
                        rf"|(?:(?:{'|'.join(w.upper() for w in _ROLE_WORDS)})\s)+(?:(?:OF|FOR)\s(?:THE\s)?)?")
FEATURES = ("River|Sea|Lake|Palace|Building|Station|Street|Square|Bridge|Canal|Peninsula|Mountains|Island|Islands|"
            "Gulf|Bay|Straits|Strait|Airport|Hotel|Kremlin|Boulevard|Avenue|Park|Harbour|Harbor|Port|Valley|Plateau|Desert|Trail|"
            "Province|Oblast'|Oblast|Krai|Kray|Region|County|Prefecture|Road|Highway")
_FEATURE_WORD = re.compile(FEATURES)
_FEATURE_RX = re.compile(rf"(?<![\w'])(?P<p>(?:{WORD}\s){{1,3}}(?:{FEATURES}))(?![\w])")
_PLACE_RX = re.compile(rf"(?<=\b(?:in|at) )(?P<p>{WORD}(?:\s{WORD})?)(?![\w'\-.]|\s?\()|(?<=\bnear )(?P<q>{WORD})\b")


def _name_ok(name: str) -> bool:
    toks = [t for t in re.split(r"\s", name) if t and not t.endswith(".")]
    if not toks:
        return False
    return all(_word_ok(t) for t in toks) and (len(toks[-1]) >= 3 or toks[-1] in EAST_ASIAN_SURNAMES)  # 'Minister Wu'


def _word_ok(tok: str) -> bool:
    t = tok.title() if tok.isupper() else tok
    return t not in STOP and t.rstrip("'s") not in STOP


def _before_title(name: str) -> str:
    """The words of a name before another title: 'Varkonyi' of 'Varkonyi Comrade Roska'."""
    toks = name.split(" ")
    cut = next((i for i, t in enumerate(toks) if i and _TITLES_RX.fullmatch(t)), len(toks))
    return " ".join(toks[:cut])


def _trim_name(name: str, keep: Callable[[str], bool] = _word_ok) -> str:
    """Drop trailing words that are not names ('Kardelj Told' never, but 'X The')."""
    toks = name.split(" ")
    while toks and not keep(toks[-1]):
        toks.pop()
    return " ".join(toks)


Rule = Callable[[str], Iterator[Guess]]


INITIALS_PRIORITY = 10


def initials(folded: str) -> Iterator[Guess]:
    """'I. K. Zhelyagin', 'A. M. PUZANOV'."""
    for m in _INITIALS_RX.finditer(folded):
        inis = [i for i in re.split(r"\.\s?", m.group("ini")) if i]
        if any(i in _NOT_INITIALS or i in MONTH_ABBREVIATIONS for i in inis) or not _word_ok(m.group("sur")) \
                or m.group("sur") in NEWSPAPERS:  # 'on 21 May. Zhukov': a date's month, no initial
            continue
        if "".join(inis) in _STATE_INITIALS or _outline_label(folded, m.start(), inis, m.group("sur")):
            continue
        # a second name word when it is no common word: 'P. V. Narasimha Rao'
        sur2 = m.group("sur2")
        two = (sur2 and _word_ok(sur2) and not _common_word(sur2) and sur2 not in EAST_ASIAN_SURNAMES
               # not 'L. I. Brezhnev Deng Xiaoping', not 'N. S. Khrushchev Nehru's letter'
               and not re.match(r"\s[A-Z]|'s\b", folded[m.end():m.end() + 3]))

        yield Guess(m.start(), m.end() if two else m.end("sur"), "persName", INITIALS_PRIORITY)


_STATE_INITIALS = {"US", "UK", "UN"}  # 'U.S. Officials', 'U.N. forces': a state's initials before a noun


def _outline_label(folded: str, start: int, inis: list[str], word: str) -> bool:
    """'A. NSC Action No. 817', 'F. Demonstrations in East Berlin': a heading's letter at the start of its
    line, before a common word or an acronym, not an initial ('A. Gromyko', 'A. PUZANOV')."""
    # and after a label's colon: 'References: A. NSC Action Nos. 817'
    at_line_start = start == 0 or folded[start - 1] == "\n" or folded[max(0, start - 2):start] == ": "
    acronym = word.isupper() and len(word) <= 4
    return at_line_start and len(inis) == 1 and (acronym or _common_word(word))


# an initial and the forename it stands for in brackets, as attendance lists write them: 'D. (David) Hacohen'
_EXPANDED_INITIAL = re.compile(rf"(?<![\w.])(?P<i>[A-Z])\.\s?\((?P<f>{WORD}(?:\s{WORD})?)\)\s"
                               rf"(?P<s>{WORD}|{CAPS})(?![\w'-])")


def expanded_initials(folded: str) -> Iterator[Guess]:
    for m in _EXPANDED_INITIAL.finditer(folded):
        if m.group("f")[0] == m.group("i") and _word_ok(m.group("s")):
            yield Guess(m.start(), _more_surnames(folded, m.end()), "persName", 10)


def initials_after(folded: str) -> Iterator[Guess]:
    """'Kunadze G.F.': name order of lists and diaries."""
    for m in _INITIALS_AFTER.finditer(folded):
        if _word_ok(m.group("sur")) and not _common_word(m.group("sur")):
            yield Guess(m.start(), m.end(), "persName", 12)


_TITLE_CASE_WORD = re.compile(r"\s(?:Between|Of|And|On|The|For|With|To|In|At|About)\s")  # a heading's


TITLED_WORD = 5_000  # 'kirk' (916), 'smith' (1,006); 'copy', 'level', 'extraordinary' are tens of thousands
# after a title that only a person's name follows, only the commonest words are no surname: 'Mr. Ball',
# 'Mrs. Brown', 'Mr. White' (228,772), not 'Mr. Long' (1,276,636)
PERSONAL_TITLE_WORD = 1_000_000
_PERSONAL_TITLES = frozenset({"mr", "mr.", "mrs", "mrs.", "ms.", "messrs.", "dr."})


def _common_words_only(name: str, folded: str, title: str) -> bool:
    """A name of common words is no evidence alone, nor in a heading in title case (a capitalised
    'Between' or 'Of' inside it) whatever its length: 'Mr. James Brown', but not 'Minister Level Talks'."""
    words = name.split()
    if len(words) == 1:  # a rarer word is a surname after a title: 'Ambassador Kirk', 'Mr. Smith' ('Comr. Copy' is not)
        personal = title.lower() in _PERSONAL_TITLES and words[0] not in _ADDRESSED
        return word_frequency(words[0]) >= (PERSONAL_TITLE_WORD if personal else TITLED_WORD)
    return all(_common_word(w) for w in words) and bool(_TITLE_CASE_WORD.search(folded))


_ADDRESSED = frozenset({"Speaker", "Justice", "Deputy", "Mayor", "Colleague"})  # 'Mr. Speaker': an office addressed


def _title_ok(m: re.Match) -> bool:
    title = m.group("title")
    # 'c.': comrade; an abbreviation's stop makes a title in lower case too ('prof. Prijono', 'comr. Tikhonov')
    if not (title[:1].isupper() or title.lower().startswith("comrade") or title.endswith(".")):
        return False
    return not (title.isupper() and len(title) > 3 and not m.group("name").isupper())


def _title_matches(folded: str) -> Iterator[re.Match]:
    """Title matches; after a refused one ('our ambassador') the search goes on inside its name
    ('Com. Nikolai Firyubin')."""
    pos = 0
    while m := _TITLE_RX.search(folded, pos):
        if _title_ok(m):
            yield m
            # 'Comrade Varkonyi Comrade Roska': the next title may stand in this name
            pos = m.start("name") if _TITLES_RX.search(m.group("name")) else m.end()
        else:
            pos = m.start("name")


def titled(folded: str) -> Iterator[Guess]:
    """'Comrade X', 'Cdes. X, Y and Z', 'MARSHAL STALIN', 'Mr. EDEN'."""
    for m in _title_matches(folded):
        title = m.group("title")
        plural = title.title() in _PLURAL_TITLES
        pos = m.start("name")
        while (inner := _TITLES_RX.match(folded, pos)) and folded[inner.end():inner.end() + 1] == " ":
            pos = inner.end() + 1  # 'Deputy Minister Comrade Kohout'
        while True:
            nm = _NAME_AT.match(folded, pos)
            if not nm:
                break
            name = _before_title(_trim_name(nm.group(0)))
            if not name or not _name_ok(name) or _TITLES_RX.fullmatch(name):
                break
            if _common_words_only(name, folded, title) and name.split()[0].title() not in EAST_ASIAN_SURNAMES:
                break  # 'Comr. Copy', 'Minister Level Talks Between ...' (but 'Mr. James Brown')
            end = nm.start() + len(name)
            end = _more_surnames(folded, end) if len(name.split()) < 3 else _generation(folded, end)
            if (outside := _surname_after_bracket(folded, m.start(), end)) is not None:
                yield outside  # '[Mexican President Adolfo] Lopez Mateos': the editor's words stay outside
                break
            yield Guess(nm.start(), end, "persName", 11)  # 'Vice-admiral Castro Madero'
            pos = end
            if not plural:
                break
            sep = _LIST_SEP.match(folded, pos)
            if not sep:
                break
            pos = sep.end()


def _surname_after_bracket(folded: str, title_at: int, end: int) -> Guess | None:
    """The name after an editor's bracket that holds an office and a forename ('[US President John F.]
    Kennedy'): the name the text itself writes, after the bracket."""
    if folded[end:end + 2] != "] " or folded.rfind("[", 0, title_at) <= folded.rfind("]", 0, title_at):
        return None
    nm = _NAME_AT.match(folded, end + 2)
    if not nm or not _name_ok(name := _trim_name(nm.group(0))):
        return None
    return Guess(nm.start(), _more_surnames(folded, nm.start() + len(name)), "persName", 11)


def speakers(folded: str) -> Iterator[Guess]:
    """A paragraph opened by a name and a colon or full stop: 'GROMYKO.', 'Zhou Enlai:', 'North (KIM):'."""
    for rx in (_SPEAKER, _SIDE_SPEAKER):
        m = rx.match(folded)
        if not m:
            continue
        words = m.group("n").split()
        if m.group("n") in _NOT_INITIALS:
            continue  # 'Prof. Prijono and his wife': a title's abbreviation, no speaker
        # every word a name ('Nicolae Ceausescu:', 'KIM IL SUNG:'); a short inner word only amid others
        if all(_word_ok(w) and (rx is _SIDE_SPEAKER or not _common_word(w)) and len(w) >= (3 if w is words[-1] else 2)
               for w in words):
            yield Guess(m.start("n"), m.end("n"), "persName", 13)


def _given_ok(word: str) -> bool:
    """'Sung' is a word too, so only long common words are out; 'Trail' of 'Ho Chi Minh Trail', 'Apr' of
    'Zhou Enlai Apr. 4' (a date after the name)."""
    return (_word_ok(word) and not (len(word) >= 6 and _common_word(word)) and not _FEATURE_WORD.fullmatch(word)
            and word not in MONTH_ABBREVIATIONS)


def _caps_as_names(folded: str, start: int, end: int) -> bool:
    """Capitals a text uses for names only: lower-case letters around them, or an editor's
    bracket after them ('FENG XI [STALIN]': a code name resolved)."""
    return (any(c.islower() for c in folded[max(0, start - 30):start] + folded[end:end + 40])
            or folded[end:end + 2].lstrip().startswith("["))



IBERIAN_PARTICLES = ("da", "de", "do", "dos", "das", "del", "della", "y", "e")  # 'Azeredo da Silveira'
_CAPS_PARTICLES = tuple(p.upper() for p in IBERIAN_PARTICLES)

# a whole name in capitals inside running text, as Spanish and Portuguese letters write their people:
# 'engineer HELCIO MODESTO DA COSTA, member of ...' (forename first, or three words and more)
_CAPS_WORD_RUN = r"[A-ZÁÉÍÓÚÃÕÇÑ](?:['-]?[A-ZÁÉÍÓÚÃÕÇÑ]){2,}"  # ends in a letter: 'BORIS VELCHEV- Member'
_CAPS_NAME = re.compile(rf"(?<![\w.])(?:[A-Z]\.\s)?(?P<n>{_CAPS_WORD_RUN}(?:\s(?:(?:{'|'.join(_CAPS_PARTICLES)})\s)?"
                        rf"{_CAPS_WORD_RUN}){{1,5}})(?![\w'])(?!-\w)")
CAPS_NAME_WORD = 2_000  # 'COSTA', 'RIBEIRO' are rare; 'TOP', 'SECRET', 'URGENT' are words


def caps_names(folded: str) -> Iterator[Guess]:
    for m in _CAPS_NAME.finditer(folded):
        words = [w for w in m.group("n").split() if w not in _CAPS_PARTICLES]
        if not _caps_as_names(folded, m.start(), m.end()) or not any(c.islower() for c in folded):
            continue
        if any(word_frequency(w.lower()) >= CAPS_NAME_WORD or w.title() in GENERIC or w.title() in STOP
               or not re.search("[AEIOUY]", w) for w in words):
            continue
        if len(words) >= 3 or is_forename(words[0].title()):
            yield Guess(m.start("n"), m.end("n"), "persName", 28)


EAST_ASIAN_PRIORITY = 14


def east_asian(folded: str) -> Iterator[Guess]:
    """Family name first: a known East Asian family name, then given names."""
    for m in _EAST_ASIAN.finditer(folded):  # overlapping: 'USSR Yu Hongliang'
        if m.group("sur").title() not in EAST_ASIAN_SURNAMES:
            continue
        given = m.group("given").split(" ")
        if m.group("sur").title() in _PRONOUN_SURNAMES and any(_common_word(w.title()) or w.title() in STOP
                                                                for w in given):
            continue
        caps = given[0].isupper()
        if bad := [i for i, w in enumerate(given) if w.isupper() != caps or not _given_ok(w.title() if caps else w)]:
            given = given[:bad[0]]  # 'PAK Seong-cheol Deputy Co-chairman', 'KIM IL SUNG AND'
        end = m.start("given") + len(" ".join(given))
        if caps and not (m.group("sur").isupper() and _caps_as_names(folded, m.start(), end)):
            continue  # a line in capitals: 'KIM WILL COME' may be any words
        if given:
            yield Guess(m.start("ed") if m["ed"] else m.start("sur"), end, "persName", EAST_ASIAN_PRIORITY)


# a Burmese name with its honorific, which is written as part of it: 'U Nu', 'U Hla Maung', 'Daw Khin Kyi'
_BURMESE = re.compile(rf"(?<![\w.])(?:U|Daw)\s(?P<n>{WORD}(?:\s{WORD}){{0,2}})(?![\w'-])")


def _burmese_word(word: str) -> bool:
    return _given_ok(word) and not _common_word(word) and word not in GENERIC


def burmese_names(folded: str) -> Iterator[Guess]:
    for m in _BURMESE.finditer(folded):
        words = m.group("n").split()
        while words and not _burmese_word(words[-1]):  # 'U Boat Street': no name
            words.pop()
        if words and all(map(_burmese_word, words)):
            yield Guess(m.start(), m.start("n") + len(" ".join(words)), "persName", 14)


def acronyms(folded: str) -> Iterator[Guess]:
    """'XYZ [...Party]', 'the XYZ CC', 'CC of the XYZ' (the whole and the acronym), '... Yugoslavia (LCY)'."""
    for m in _ACR_EXPAN.finditer(folded):
        x = m.group("x")
        if re.search(ORG_HEADS, x):
            yield Guess(m.start("a"), m.end("a"), "orgName", 30)
        elif re.search(r"Republic|Kingdom", x):
            yield Guess(m.start("a"), m.end("a"), "placeName", 30)
    pos = 0
    while cc := _ACR_CC.search(folded, pos):
        g = "a" if cc.group("a") else "b"
        if word_frequency(cc.group(g).lower()) >= FUNCTION_WORD:
            pos = cc.end(g) if cc.start() == cc.start(g) else cc.end()
            continue  # an address line's 'TO CC BCP' (then 'CC BCP' is read), 'CC OF': no party ('ALP CC' is one)
        pos = cc.end()
        yield Guess(cc.start(g), cc.end(g), "orgName", 30)
        yield Guess(cc.start(), cc.end(), "orgName", 31)
    for m in _ACR_DEFINED.finditer(folded):
        if m.group("a") not in GENERIC and re.search(ORG_HEADS + r"|Communists|Party", m.group("x")):
            yield Guess(m.start("a"), m.end("a"), "orgName", 32)


# an acronym standing alone in running text names a body ('CNEA said', 'the VOKS delegation'): not
# an English word in capitals ('SALT'), a roman number, a weapon or treaty, nor inside a run of capitals
# and the ministries' acronyms written with their small words: 'MoFA', the GDR's 'MfS', 'MdI', 'MfNV'
_BARE_ACRONYM = re.compile(r"(?<![\w.'&/-])(?P<a>[A-Z]{3,10}(?:-[A-Z]{1,4})?|Mo[A-Z]{1,3}|M[fd][A-Z]{1,3})"
                           r"(?![\w'&/-]|\(b\))")
NOT_BODIES = frozenset("""ICBM IRBM ABM MIRV SLBM NPT MLF GNP GDP INF TNF SDI MBFR SALT START TNT USD
OK TV AM PM AD BC NB PS PPS ETA RSVP ASAP FYI HTML PDF XML SSR ASSR AKM NSSM NSDM NIE SNIE""".split())
# 'Ukrainian SSR'; AKM: a rifle; NSSM, NSDM, NIE, SNIE: series of American papers ('NSSM 1', 'SNIE 13-5/1-62')
# a paper's number after a body's initials names the paper: 'NSC 143/2', 'FEC 271/25' (not 'the NSC met')
PAPER_NUMBER = re.compile(r"\s\d+(?:[-/]\d+)+(?!\w)")
FUNCTION_WORD = 100_000  # 'to', 'of', 'from' (tens of millions); 'alp', 'pr' are rare words and acronyms
ACRONYM_AS_WORD = 50  # 'SALT' (salt), 'END': words in capitals; 'CNEA', 'VOKS' are no words


def bare_acronyms(folded: str) -> Iterator[Guess]:
    for m in _BARE_ACRONYM.finditer(folded):
        a = m.group("a")
        if a in NOT_BODIES or _ROMAN.fullmatch(a) or word_frequency(a.lower()) >= ACRONYM_AS_WORD:
            continue
        if _caps_neighbour(folded, m.start(), m.end()) or PAPER_NUMBER.match(folded, m.end()):
            continue
        yield Guess(m.start(), m.end(), "orgName", 70)


# a body's acronym after its people's adjective or its state's: 'the Chinese PLA', 'the Indonesian MID', 'USSR MVD'
_QUALIFIED_ACRONYM = re.compile(r"(?<![\w'-])(?P<q>[A-Z][a-z]+|[A-Z]{2,5})(?P<own>['’]s)?\s(?P<a>[A-Z]{2,6})"
                                r"(?![\w'&/(-])")
_PEOPLES_NOT_IN_ADJ_END = {"Soviet", "Czechoslovak", "Yugoslav", "Czech", "Slovak", "Thai", "Lao", "Dutch", "French",
                           "Greek", "Swiss"}


def _peoples(word: str) -> bool:
    return word in _PEOPLES_NOT_IN_ADJ_END or (word[1:].islower() and bool(ADJ_END.search(word)))


_SHIPPED_ACRONYMS = frozenset(f for forms in ORGANISATIONS.values() for f in forms if f.isupper())
_ACRONYMS_AS_WORDS = {"MID"}  # the Soviet MFA (Ministerstvo inostrannykh del), also the word 'mid'


def _body_acronym(a: str) -> bool:
    """A body's own acronym: not a word, a weapon or a roman number, nor an international body the shipped
    table holds ('the Soviet UN delegation' is the UN's)."""
    return not (a in NOT_BODIES or a in _SHIPPED_ACRONYMS or _ROMAN.fullmatch(a)
                or (word_frequency(a.lower()) >= ACRONYM_AS_WORD and a not in _ACRONYMS_AS_WORDS))


def _qualified(folded: str, qualifier_ok: Callable[[re.Match], bool]) -> Iterator[Guess]:
    for m in _QUALIFIED_ACRONYM.finditer(folded):
        if _body_acronym(m["a"]) and qualifier_ok(m):
            yield Guess(m.start(), m.end(), "orgName", 35)


def qualified_acronyms(folded: str) -> Iterator[Guess]:
    """'the Chinese PLA', 'the Indonesian MID': one body with the people's adjective."""
    return _qualified(folded, lambda m: not m["q"].isupper() and not m["own"] and _peoples(m["q"]))


def _state_acronyms(folded: str, states: set[tuple[int, int]]) -> Iterator[Guess]:
    """'USSR MVD', "Bulgaria's CP": one body with its state's acronym or possessive, where the gazetteer's
    places (``states``) hold the state."""
    return _qualified(folded, lambda m: (m["q"].isupper() or bool(m["own"])) and m.span("q") in states)


_CAPS_WORD = re.compile(r"[A-Z]{2,}")


def _caps_neighbour(folded: str, start: int, end: int) -> bool:
    """A word in capitals next to it: a heading, a telegram typed in capitals, a signature line."""
    before = folded[max(0, start - 25):start].split()
    after = folded[end:end + 25].split()
    return any(_CAPS_WORD.fullmatch(w.strip(".,:;()[]")) for w in before[-1:] + after[:1])


_HEAD_RX = re.compile(rf"\b(?:{ORG_HEADS})\b")
_OF_RX = re.compile(r"\sof\s(?:the\s)?")
_AND_RX = re.compile(r"\sand\s")


# a head, 'of' and a capital name a body even in generic words: 'Department of International Affairs';
# not a bare body of a bare body: 'the Politburo of the Central Committee'
_HEAD_OF = re.compile(rf"(?:{ORG_HEADS})\sof\s(?:the\s)?(?=[A-Z])")


def _named_by_domain(span: str) -> bool:
    """'Department of International Affairs', 'Federal Department of Security' (generic words before)."""
    m = _HEAD_OF.search(span)
    return m is not None and not _HEAD_RX.search(span[:m.start()]) and not _HEAD_RX.search(span, m.end())


# an assembly or a council in generic words is one body all the same ('the General Assembly', 'the
# National Assembly', 'the State Council'), where a committee or a party is any ('the Central Committee')
_ONE_OF_A_KIND = {"Assembly", "Council"}


_BARE_FORCES = re.compile(r"(?i:armed forces)\b")


def _body_ok(span: str) -> bool:
    """Two capitalised words, not all generic ('the Central Committee'), headed before any 'of'."""
    if _LOWER_DOMAIN.fullmatch(span):
        return True
    if _BARE_FORCES.match(span):
        return False  # 'the Armed Forces of Cuba' describes them; 'the Revolutionary Armed Forces' names them
    caps = [w for w in span.split() if w[:1].isupper()]
    if len(caps) < 2 or not _HEAD_RX.search(span.split(" of ")[0]):
        return False
    return (not all(w.strip(",") in GENERIC for w in caps) or bool(_STATE_ORGAN.fullmatch(span))
            or bool(_COUNTED_UNIT.match(span))  # '12th Department of the Foreign Ministry': its number names it
            or bool(_DOMAIN_BODY.fullmatch(span.split(" of ")[0]))
            or _named_by_domain(span) or span.split(" of ")[0].split()[-1] in _ONE_OF_A_KIND)


_ORDINAL_LEADS = {"First ", "Second "}


def _body_start(folded: str, s: int, e: int) -> int:
    """Past the office and the article before the body: 'Deputy Heads of the ... Department'."""
    head = _HEAD_RX.search(folded, s, e)
    for lead in _ROLE_LEAD.finditer(folded, s, head.start() if head else e):
        if lead.group().title().startswith("General") and (lead.start() > s or _HEAD_RX.match(folded, lead.end())
                                                           or lead.group().title() == "General "):
            continue  # 'UN General Assembly', 'General Directorate of ...', 'General Electric Company': no office
        if lead.group().title() in _ORDINAL_LEADS:
            continue  # 'Second Africa Division': a body counted, not an office ('Second Secretary of ...')
        s = lead.end()
    while d := _DETERMINER.match(folded, s, e):
        s = d.end()
    if head and (lead_in := _FOR_BEFORE_HEAD.search(folded, s, head.start())):
        s = lead_in.end()  # 'Director of Policy for the Ministry of ...': the ministry
    if both := _ACRONYM_AND.match(folded, s, e):
        s = both.end()  # 'the CPSU and Sandinista National Liberation Front': two bodies, the acronym one of its own
    return s


_FOR_BEFORE_HEAD = re.compile(r"\sfor\s(?:the\s)?(?=(?:[A-Z][\w'-]*\s)*$)")  # '... for the Central Committee
_ACRONYM_AND = re.compile(r"[A-Z]{2,6}\sand\s(?:the\s)?(?=[A-Z])")


_INITIALS_NAME = re.compile(r"\s(?:[A-Z]\.\s?){1,3}[A-Z][a-z]+$")
_LAST_WORD = re.compile(r"\s[A-Z][a-z]+$")
_INITIAL_AT_END = re.compile(r"\s(?!St$)[A-Z][a-z]?$")  # before its stop: '... of Ministers Yu' of 'Yu. Tsedenbal'
# ('General' leads bodies: 'the American General Staff')
_TITLE_NAME_END = re.compile(rf"\s(?!General\s)(?:{TITLES})\s(?!(?:{ORG_HEADS})$)[A-Z][a-z][\w'-]*$")
_CONNECTOR_END = re.compile(r"(?:,|\s(?:and|of|the|for|with))+$")


def _before_person(folded: str, s: int, e: int) -> int:
    """A body's name ends before a person's name that follows it: 'the Ministry of Foreign
    Affairs Ha Van Lau relayed ...', '... of Bulgaria Todor Zhivkov', '... Committee S.A. Mikhailov',
    '... Council of Ministers Yu. Tsedenbal', '... of Somalia Vice President Samantar'."""
    initial = _INITIAL_AT_END.search(folded, s, e) if folded.startswith(".", e) else None
    if m := initial or _INITIALS_NAME.search(folded, s, e) or _TITLE_NAME_END.search(folded, s, e):
        return s + len(_CONNECTOR_END.sub("", folded[s:m.start()]))  # not '... CC CPSU and'
    for m in _EAST_ASIAN.finditer(folded, s + 1, e):
        if m.group("sur").title() in EAST_ASIAN_SURNAMES and folded[m.start() - 1] == " ":
            return m.start() - 1
    if (last := _LAST_WORD.search(folded, s, e)) and last.group().strip() in EAST_ASIAN_SURNAMES \
            and folded.startswith(" [", e):  # '... Ministry of Foreign Affairs Zhang [Hanfu]'
        return last.start()
    for m in _FORENAME_RX.finditer(folded, s + 1, e):  # '... of the People's Republic of Bulgaria Todor Zhivkov'
        first = m.group("f")
        if (m.end("s") == e and folded[m.start() - 1] == " " and not m.group("mid") and is_forename(first)
                and word_frequency(first) < FORENAME_AS_WORD and _full_name_ok(first, None, m.group("s"))):
            return m.start() - 1
    return e


def _coordinated(folded: str, s: int, e: int) -> list[tuple[int, int]]:
    """'the State Council and Council of Ministers': two bodies, where each side has a head."""
    for a in _AND_RX.finditer(folded, s, e):
        right = _body_start(folded, a.end(), e)
        if (_HEAD_RX.search(folded, s, a.start()) and _HEAD_RX.search(folded, right, min(e, right + 20))
                and _body_ok(folded[s:a.start()])):  # not 'Organization and Guidance Department'
            return [(s, a.start()), *_coordinated(folded, a.end(), e)]
    return [(s, e)]


_STATE_HEADS = {"Union", "Federation"}  # 'Soviet Union', 'Union of Soviet Socialist Republics': states


def _nested(folded: str, s: int, e: int) -> Iterator[tuple[int, int]]:
    """Bodies named inside a body's name: 'Communist Party of Cuba' in its 'Central Committee of ...';
    not a state whose name has a body's head ('... of the Soviet Union')."""
    for o in _OF_RX.finditer(folded, s, e):
        inner = _ORG_RX.match(folded, o.end(), e)
        if not inner or set(_HEAD_RX.findall(inner.group())) <= _STATE_HEADS:
            continue
        if e in (inner.end(), _seated(folded, o.end(), inner.end())):
            yield o.end(), e
        elif (cc := _CC_AFTER.match(folded, inner.end())) and cc.end() == e:
            yield from ((o.end(), e), (o.end(), inner.end()))  # '... of the Vietnamese Workers Party CC'


_POSSESSIVE = re.compile(r"(?<!People)(?<!Peoples)(?<!Worker)'s\s(?=[A-Z])")  # and a misspelt 'Worker's Party'
_PEOPLE_END = re.compile(r"\s(?:of\s)?[A-Z][a-z]+(?:ian|ean|ese|ish|can)(?=\s[a-z]|$)")  # not "of Iran"
_NUMBER_AFTER = re.compile(r"\s(?:[IVX]{1,5}|\d{1,2})(?:/[A-Z]{2,5})?(?![\w/]|\.\d)")  # not a date's day: '22.08.1968'


def _numbered(folded: str, end: int) -> int:
    """'Regional Division IV', 'Main Department XX/AGA': a body's number after its head."""
    if (n := _NUMBER_AFTER.match(folded, end)) and _HEAD_RX.search(folded, max(0, end - 14), end):
        return n.end()
    return end


_PLACE_LEADS = set("""North South East West New United Saudi Sri Costa Hong Ulan Addis Buenos Rio San Santo Sao
Abu Dar Phnom Kuala Port Puerto Tel Los Las El Al Inner Outer Upper Lower Great PR DPR Soviet""".split())
_MISSION = r"(?:Embassy|Consulate(?:\sGeneral)?|Consulate-General|Legation|Trade\sMission|Mission)"
_MISSION_RX = re.compile(rf"\b(?:{_MISSION}|EMBASSY)\b")
_SEAT = re.compile(rf"\s(?:in|to)\s(?:the\s)?(?P<p>{NAME_TOKEN})(?P<q>\s{NAME_TOKEN})?(?![\w'-])"
                   rf"(?P<of>\sof\s(?:the\s)?{NAME_TOKEN})?")  # and 'in the Republic of Cuba'
_STATE_FORM_LAST = re.compile(r"Republic|Kingdom|Federation|Union|Emirates|States|REPUBLIC|KINGDOM")


def _seated(folded: str, start: int, end: int) -> int:
    """A mission's name ends after its seat: 'the Hungarian Embassy in Pyongyang', 'the Embassy in
    Helsinki', 'Embassy of the USSR in the PRC', 'GDR Embassy to DPRK', '... in New Delhi' (a second
    word only after a word that leads place names: not 'in Beijing Regarding', 'in Moscow Ivan Petrov')."""
    if not _MISSION_RX.search(folded, start, end) or not (m := _SEAT.match(folded, end)):
        return end
    two_words = m.group("q") and m.group("p") in _PLACE_LEADS  # 'in the Soviet Union', 'in New Delhi'
    # 'the Embassy of the GDR in the Republic of Cuba': a state's form of government and its name
    state_of = m.group("of") and _STATE_FORM_LAST.fullmatch((m.group("q") or m.group("p")).strip())
    if (m.group("p") in STOP and not two_words and not state_of) or not (
            _body_ok(folded[start:end]) or _MISSION_RX.fullmatch(folded, start, end)):
        return end  # 'the Embassy in Helsinki' is one body too, as the gold sets read it
    if state_of:
        return m.end("of")
    if two_words:
        return m.end("q")
    return m.end("p")


# the heads of numbered units and offices: 'the 3rd Army Corps', '1st Department', '42nd Border Detachment'
UNIT_HEADS = ("Army|Division|Corps|Regiment|Brigade|Fleet|Battalion|Squadron|Front|Department|Directorate|Sector|"
              "Group|Detachment|Flotilla")
_CC_AFTER = re.compile(r"\s(?:CC|C\.\s?C\.)(?![\w.])")
_COUNT_BEFORE = re.compile(r"(?<![\w])\d{1,3}(?:st|nd|rd|th)\s$")
_UNIT_HEAD = re.compile(rf"(?:{UNIT_HEADS}|Section|Administration)\b")
_COUNT_REACH = len("123rd ")
_COUNTED_UNIT = re.compile(rf"\d{{1,3}}(?:st|nd|rd|th)\s{_UNIT_HEAD.pattern}")


def _counted(folded: str, start: int) -> int:
    """A numbered office or unit keeps its number: 'the 1st Department of the Foreign Ministry'."""
    reach = max(0, start - _COUNT_REACH)
    if _UNIT_HEAD.match(folded, start) and (n := _COUNT_BEFORE.search(folded, reach, start)):
        return n.start()
    return start


def organisations(folded: str) -> Iterator[Guess]:
    """A capitalised phrase headed by an organisation noun: 'Ministry of Light Industry', and the
    bodies coordinated with it or named inside it; a letterhead line is one body (:func:`letterhead`)."""
    if _LETTERHEAD.match(folded):
        return
    for m in _ORG_RX.finditer(folded):
        start = _counted(folded, _body_start(folded, *m.span()))
        if folded.startswith("Soviet Union", start):
            continue  # the state: 'the visit to the Soviet Union of the delegation'
        end = _seated(folded, start, _numbered(folded, _before_person(folded, start, m.end())))
        if (unit := _UNIT_RX.match(folded, start)) and unit.end() > end:
            continue  # '2nd Army of the NOA 1st Army Group': a unit's name runs on (:func:`units`)
        if folded.endswith("Party", start, end) and (cc := _CC_AFTER.match(folded, end)):
            if _body_ok(folded[start:end]) and not _OF_RX.search(folded, start, end):
                yield Guess(start, end, "orgName", 40)  # (a body of the party: its party is nested, below)
            end = cc.end()  # 'Vietnamese Workers Party CC': the party's committee, and the party
        if _ROMAN_LEAD.match(folded, start) and _EVENT_AFTER.match(folded, end):
            continue
        own = _POSSESSIVE.search(folded, start, end)
        if own and not _TITLES_RX.fullmatch(folded[start:own.start()].split()[-1]) \
                and not _STATE_ORGAN.fullmatch(folded[start:end]):
            if _body_ok(folded[start:own.start()]):  # 'Tudeh Party's Central Committee': the party
                yield Guess(start, own.start(), "orgName", 40)
            start = own.end()  # 'DPRK's Supreme People's Assembly': the assembly
        while (adj := _PEOPLE_END.search(folded, start, end)) and adj.end() == end:
            end = adj.start()  # 'Union of Iranian students' is no 'Union of Iranian'
        for s, e in _coordinated(folded, start, end):
            for a, b in ((s, e), *_nested(folded, s, e), *_organ_of(folded, s, e)):  # the inner body also after
                if _body_ok(folded[a:b]) and not _states_delegation(folded, a, b):  # an office the leads do not
                    yield Guess(a, b, "orgName", 40)  # know: 'Premier of the State Council of ...'


_STATES_PARTY = re.compile(r"[A-Z]{2,6}\sParty")
_AND_GOVERNMENT = re.compile(r"\sand\s(?:the\s)?(?:Government|State)\b")


def _states_delegation(folded: str, s: int, e: int) -> bool:
    """'the DPRK Party and Government Delegation': the state's delegation, no party's name."""
    return bool(_STATES_PARTY.fullmatch(folded, s, e) and _AND_GOVERNMENT.match(folded, e))


# a body's organ named after it: 'the USSR Supreme Soviet Presidium' (the Supreme Soviet's)
_ORGAN_END = re.compile(r"\s(?:Presidium|Politburo|Secretariat|Plenum|Central Committee)$")


def _organ_of(folded: str, s: int, e: int) -> Iterator[tuple[int, int]]:
    if ((organ := _ORGAN_END.search(folded, s, e)) and _HEAD_RX.search(folded, s, organ.start())
            and not _CONNECTOR_END.search(folded, s, organ.start())):  # not '... Department of the Central Committee'
        yield s, organ.start()


_SMALL_WORDS = {"OF", "THE", "IN", "AND", "FOR", "ON", "WITH", "TO", "AT", "FROM", "BY"}


def _title_cased(line: str) -> str:
    """A line in capitals as a title would write it, letter for letter the same length:
    'MINISTRY OF FOREIGN AFFAIRS' -> 'Ministry of Foreign Affairs'."""
    def word(m: re.Match) -> str:
        w = m.group()
        return w.lower() if w in _SMALL_WORDS and m.start() else w[0] + w[1:].lower()
    return re.sub(r"[A-Z][A-Z'’-]*", word, line)


def bodies_in_capitals(folded: str) -> Iterator[Guess]:
    """A heading or letterhead typed in capitals names its bodies as a title-cased line would:
    'EMBASSY OF THE ... IN FINLAND', 'MINISTRY OF FOREIGN AFFAIRS'."""
    if re.search("[a-z]", folded) or len(folded.split()) < 2:
        return
    titled_line = _title_cased(folded)
    for rule in (organisations, governments, letterhead):
        for g in rule(titled_line):
            end = titled_line.find(" with ", g.start, g.end)  # a heading's 'X WITH Y' joins two parties
            if g.tag == "orgName":
                yield Guess(g.start, g.end if end < 0 else end, g.tag, g.priority + 1)


# a state's government by its formal name is a body ('the Government of Japan'); 'the Soviet
# Government' describes one, as 'the Romanian embassy' does
_GOVERNMENT_OF = re.compile(rf"(?<![\w'])Government\sof\s(?:the\s)?{ORG_TOKEN}"
                            rf"(?:\s(?:of\s(?:the\s)?)?{ORG_TOKEN}){{0,4}}")


def governments(folded: str) -> Iterator[Guess]:
    for m in _GOVERNMENT_OF.finditer(folded):
        end = _before_person(folded, m.start(), m.end())
        if end > m.start() + len("Government of "):
            yield Guess(m.start(), end, "orgName", 40)
    for m in _STATES_GOVERNMENT.finditer(folded):
        words = m.group("s").split()
        while words and words[0] in _NOT_A_STATES:
            words = words[1:]
        if words and not _GOVERNMENT_NAMES_MORE.match(folded, m.end()):
            yield Guess(m.end("s") - len(" ".join(words)), m.end(), "orgName", 40)


# a state's government with a capital G after its adjective or name is a body, the adjective inside ('the Soviet
# Government', 'U.S. Govt', 'the Netherlands Government', 'the Nationalist Government'); a lower-case 'the
# Soviet government' is not tagged, as a lower-case 'the Romanian embassy' is not
_STATE_WORD = r"(?:U\.S\.|[A-Z][\w'’-]*\.?)"
_STATES_GOVERNMENT = re.compile(rf"(?<![\w'’])(?P<s>{_STATE_WORD}(?:\s{_STATE_WORD}){{0,2}})"
                                r"\s(?:Government|Govt\.?|Gov(?=[\s,.;:]))(?![\w])")
_NOT_A_STATES = frozenset("""The A An This That Our Their His Her Its Your Each Every Any No Of In To And For By With
From On At As Head Military Local Whole New Former Present""".split())
# a longer name goes on ('... Government of the Chinese People's Republic'), or a noun the government qualifies
_GOVERNMENT_NAMES_MORE = re.compile(r"\s(?:of\s(?:the\s)?[A-Z]|[Dd]elegation|Building|House|Palace|"
                                    r"[Cc]ommission)")


# a power plant or an atomic centre is a place, as the gold sets read it ('Atucha I Nuclear Power Plant',
# 'Ezeiza Atomic Center', 'Supung Hydroelectric Station', 'Aswan Dam'); a 'Center for ...' or a factory is a body
_FACILITY_RX = re.compile(rf"(?<![\w'])(?P<p>(?:(?:{WORD}|[IVX]+)\s){{1,4}}"
                          r"(?:(?:(?:Nuclear|Atomic|Hydroelectric|Thermal)\s(?:Power\s)?|Power\s)"
                          r"(?:Plant|Station|Center|Centre|Complex)|(?:High\s)?Dam))(?![\w])")


def features(folded: str) -> Iterator[Guess]:
    """Rivers, seas, palaces, buildings, streets, power plants: the whole name, not the place or
    person inside it."""
    for m in (*_FEATURE_RX.finditer(folded), *_FACILITY_RX.finditer(folded)):
        s = m.start("p")
        words = m.group("p").split()
        while words and not _word_ok(words[0]):
            s += len(words[0]) + 1
            words = words[1:]
        if len(words) >= 2 and not (words[-1] == "Dam" and words[-2] in EAST_ASIAN_SURNAMES):  # 'Heo Dam'
            yield Guess(s, m.end("p"), "placeName", 20)


# the same in the languages that put the kind first: 'Palacio da Alvorada', 'Casa Rosada', 'Place de la
# Concorde', 'Lake Baikal', 'Palace of Revolution'
_KIND_FIRST = ("Palacio|Palácio|Palais|Palazzo|Casa|Castillo|Plaza|Praça|Piazza|Place|Rue|Avenida|Calle|Quai|Ponte|"
               "Puente|Lake|Mount|Palace|Bay|Island|Isle|Cape|Gulf|Strait")  # 'Island Damansky', 'Gulf of Tonkin'
_KIND_FIRST_RX = re.compile(rf"(?<![\w'])(?:{_KIND_FIRST})\s(?:(?:da|de|do|dos|das|del|della|di|des|du|la|of|the)\s)*"
                            rf"{WORD}(?:\s{WORD})?(?![\w'-])")


# a kind of place in lower case before its name: 'the city of Kirin', 'the island of Hokkaido' (the name alone)
_KIND_OF_RX = re.compile(rf"(?<![\w'])(?:city|town|village|island|port|settlement|province|oblast|district|region|"
                         rf"area|station|capital)\sof\s(?P<p>{WORD}(?:\s{WORD})?)(?![\w'-])")


# a capital with its federal district: 'Mexico, D. F.', 'Washington, D.C.' (one place)
_FEDERAL_DISTRICT = re.compile(rf"(?<![\w'])(?:{WORD}\s)?{WORD},\s(?:D\.\s?[CF]\.|DF\b|DC\b)")


# a circle of latitude: 'the 38th parallel', 'the 17th Parallel'
_PARALLEL = re.compile(r"(?<![\w.-])[1-8]?\d(?:st|nd|rd|th)\s[Pp]arallel\b")


# a Russian original's initials and surname, either way round: 'Н.С. Хрущевым', 'Р.Роа', 'Добрынину А.Ф.'
_CYRILLIC_SURNAME = r"[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?"
_CYRILLIC_NAME = re.compile(rf"(?<![\w.])(?:(?:[А-ЯЁ]\.\s?){{1,2}}{_CYRILLIC_SURNAME}"
                            rf"|{_CYRILLIC_SURNAME}\s(?:[А-ЯЁ]\.){{1,2}})(?![\w])")


def cyrillic_initials(folded: str) -> Iterator[Guess]:
    """Initials make a Cyrillic word a person's name."""
    for m in _CYRILLIC_NAME.finditer(folded):
        yield Guess(m.start(), m.end(), "persName", INITIALS_PRIORITY)


def parallels(folded: str) -> Iterator[Guess]:
    """A circle of latitude that divides states is a place: 'north of the 38th parallel'."""
    for m in _PARALLEL.finditer(folded):
        yield Guess(m.start(), m.end(), "placeName", 20)


def federal_districts(folded: str) -> Iterator[Guess]:
    if ", D" not in folded:  # every match holds it: most paragraphs are spared the search
        return
    for m in _FEDERAL_DISTRICT.finditer(folded):
        yield Guess(m.start(), m.end(), "placeName", 14)


def kind_first(folded: str) -> Iterator[Guess]:
    for m in _KIND_FIRST_RX.finditer(folded):
        words = m.group().split()  # after 'of' a capital says it is a name: 'Palace of Culture'
        if _word_ok(words[-1]) and ("of" in words or not _common_word(words[-1])):
            yield Guess(m.start(), m.end(), "placeName", 20)


def kind_of_place(folded: str) -> Iterator[Guess]:
    """'the city of Kirin was captured': the word after a kind of place and 'of' names a place."""
    for m in _KIND_OF_RX.finditer(folded):
        if name := _trim_name(m.group("p"), lambda w: _word_ok(w) and not _common_word(w)):
            yield Guess(m.start("p"), m.start("p") + len(name), "placeName", 20)


def after_preposition(folded: str) -> Iterator[Guess]:
    """A capitalised word after 'in'/'at'/'near' that is no common word or adjective."""
    for m in _PLACE_RX.finditer(folded):
        g = "p" if m.group("p") else "q"
        toks = m.group(g).split()
        if any(t in STOP or t in NEWSPAPERS or ADJ_END.search(t) or _common_word(t) for t in toks):
            continue
        yield Guess(m.start(g), m.end(g), "placeName", 60)


_STREET_RX = re.compile(r"(?<![\w-])[A-ZÄÖÜ][\w]*(?:-[A-ZÄÖÜ][\w]*)*-?(?:[Ss]tra(?:ß|ss)e|[Pp]latz|[Aa]llee|[Uu]fer|"
                        r"[Dd]amm|[Gg]asse)(?![\w])")
_UNIT = (r"(?:\d{1,3}(?:st|nd|rd|th)|[IVX]{1,5})(?:\s\[[A-Z][a-z]+\])?\s(?:[A-Z][a-z]+\s){0,2}"
         rf"(?:{UNIT_HEADS}|department|directorate|sector)(?![\w])")
# and the unit or body it belongs to, tagged too: 'the 12th Regiment of the 4th Division', '6th Department of
# the KGB Administration', '2nd Army of the NOA 1st Army Group'; an editor's word after the number: 'VI [Sixth]
# Directorate'
_UNIT_RX = re.compile(rf"(?<![\w]){_UNIT}(?:\sof\s(?:the\s)?(?P<of>{_UNIT}|[A-Z]{{2,6}}(?:\s(?:{_UNIT}|{WORD}))?"
                      r"(?![\w'-])))?")
_RADIO_RX = re.compile(rf"(?<![\w])Radio\s(?P<n>{WORD}(?:\s{WORD})?)")
# not the name of a paper made up after it ('a "New Pravda" appeared'), nor a longer name's part
_NEWSPAPER_RX = re.compile(rf"(?<![\w'’-])(?<!New\s)(?:{NEWSPAPER_TITLES})(?![\w'’-]|\s[A-Z])")
_PATRONYMIC_RX = re.compile(rf"(?<![\w.])(?P<f>{WORD})\s(?P<p>[A-Z][a-z]+(?:ovich|evich|ovna|evna|ichna))\b"
                            rf"(?:\s(?P<s>{WORD})\b)?")


def streets(folded: str) -> Iterator[Guess]:
    """'Karl-Liebknecht-Straße', 'Leninplatz': the street, not the person it is named after."""
    for m in _STREET_RX.finditer(folded):
        yield Guess(m.start(), m.end(), "placeName", 19)


_CAPITAL_OF_AFTER = re.compile(r"\sof\s(?:the\s)?[A-Z]")


def units(folded: str) -> Iterator[Guess]:
    """Army units and numbered offices: 'the 3rd Army Corps', '10th department', '1st Sector'."""
    for m in _UNIT_RX.finditer(folded):
        if not m["of"] and _CAPITAL_OF_AFTER.match(folded, m.end()) and m.group().split()[-1][0].isupper():
            continue  # '1st Department of the Foreign Ministry': the body's name goes on (:func:`organisations`)
        yield Guess(m.start(), m.end(), "orgName", 33)
        if m["of"] and not m["of"].isupper():
            yield Guess(m.start("of"), m.end("of"), "orgName", 33)


def radio(folded: str) -> Iterator[Guess]:
    """'Radio Prague', 'Radio Free Europe': a station, not the place it broadcasts from."""
    for m in _RADIO_RX.finditer(folded):
        words = m.group("n").split()
        while words and not _word_ok(words[-1]):
            words.pop()
        if words:
            yield Guess(m.start(), m.start("n") + len(" ".join(words)), "orgName", 34)


def newspapers(folded: str) -> Iterator[Guess]:
    """'Izvestia only published a summary', 'an article in Rude Pravo': the paper, a body."""
    for m in _NEWSPAPER_RX.finditer(folded):
        yield Guess(m.start(), m.end(), "orgName", 34)


def patronymics(folded: str) -> Iterator[Guess]:
    """'Ivan Petrovich', 'Nikita Sergeyevich Khrushchev': a forename and a patronymic address a person."""
    for m in _PATRONYMIC_RX.finditer(folded):
        if _word_ok(m.group("f")):  # the ending is the evidence: 'Ivan' is a common word too
            surname = m.group("s") and _word_ok(m.group("s")) and not _common_word(m.group("s"))
            yield Guess(m.start(), m.end() if surname else m.end("p"), "persName", 12)


# a participant list: 'Vice President of the Federal Executive Council Kiro Gligorov', 'members of the
# Presidium Ivan Novak and Petar Horvat' - the office, the body, then the person holding it
_ROLE_RX = re.compile(r"(?<![\w'])(?:(?:Vice|Deputy|deputy|First|first|Acting|acting)[\s-])?"
                      r"(?:President|Presidents|Vice-President|Vice-Presidents|Minister|Ministers|Ambassador|"
                      r"Ambassadors|Secretary|Secretaries|Secretary-General|Chairman|Chairmen|Member|Members|"
                      r"member|members|Head|Chief|Commander|Governor|Assistant|Counsellor|Director|Consul|Envoy)"
                      r"(?=\s)")
_ROLE_SEGMENT_END = re.compile(r"[,;:()\[\]]|\.(?:\s|$)|\sand\s|\swith\s|\swho\s|\n|$")
_ROLE_CONNECTORS = {"of", "for", "to", "the", "on", "at", "in", "foreign", "internal", "economic", "affairs",
                    "trade", "relations", "cultural", "home"}
_NAME_WORD = r"[A-Z][a-z]+(?:[-'][A-Za-z][a-z]+)*"  # 'Novak', 'Vukmanovic-Tempo'
_ROLE_NAME_TOKEN = re.compile(_NAME_WORD)
_AND_NAME = re.compile(rf"\sand\s(?P<n>{_NAME_WORD}(?:\s{_NAME_WORD}){{1,3}})(?=[,;:.]|\sand\s|$)")


def _after_domain(tokens: list[str], words: list[str]) -> bool:
    """One rare word after an office's domain: 'Minister of Foreign Affairs Subandrio', 'Secretary of
    State Kissinger' (a domain word before it, not 'of': 'President of Cuba' is no name)."""
    return (len(words) == 1 and len(tokens) >= 3 and tokens[-2] in GENERIC and tokens[0] == "of"
            and _rare_words([words[0].title()]) and len(words[0]) >= 4)


def _person_run(tokens: list[str]) -> int:
    """How many of the last tokens are a person's name: capitalised, no title, body or common word."""
    n = 0
    for tok in reversed(tokens):
        if tok.isupper() and len(tok) >= 4 and tokens[0] == "of" and not n:
            tok = tok.title()  # a name in capitals at the end: 'Minister of Foreign Affairs SUBANDRIO'
        if (not _ROLE_NAME_TOKEN.fullmatch(tok) or not _word_ok(tok) or tok in GENERIC or tok in NEWSPAPERS
                or (ADJ_END.search(tok) and _common_word(tok))):
            break
        n += 1
    return n


def _plain_words(words: list[str]) -> bool:
    """Each word could be part of a name: none a title, a body's generic word or a common word."""
    return all(_word_ok(w) and w not in GENERIC for w in words)


def _name_run_ok(words: list[str]) -> bool:
    return (2 <= len(words) <= 4 and len(words[-1]) >= 3
            and not (len(words[-1]) >= 6 and _common_word(words[-1]))  # 'Sino-Mongolian Cooperation'
            and not all(_common_word(w) for w in words))  # 'Level Talks'



def holders_of_office(folded: str) -> Iterator[Guess]:
    """A participant list: an office and its body, then a forename and surname."""
    for m in _ROLE_RX.finditer(folded):
        end = _ROLE_SEGMENT_END.search(folded, m.end(), m.end() + 160)
        if end is None:
            continue
        segment = folded[m.end():end.start()]
        tokens = segment.split()
        if not tokens or any(not (t[:1].isupper() or t in _ROLE_CONNECTORS) for t in tokens):
            continue  # lower-case words: a sentence, not a list
        n = _person_run(tokens)
        if n < len(tokens) and tokens[-n - 1] in _ROLE_CONNECTORS:
            n -= 1  # 'President of Cuba Fidel Castro': the first word after 'of' is the state or body
        words = tokens[len(tokens) - min(n, 4):] if n > 0 else []
        named = _name_run_ok(words) or _after_domain(tokens, words)
        if not named or len(tokens) == n and not segment.startswith(" "):
            continue
        start = end.start() - len(" ".join(words))
        if folded[start:end.start()] != " ".join(words):
            continue
        yield Guess(start, end.start(), "persName", 27)
        pos = end.start()
        while (a := _AND_NAME.match(folded, pos)) and not _ROLE_RX.match(folded, a.start("n")):
            words = a.group("n").split()
            if not (_name_run_ok(words) and _plain_words(words)):
                break
            yield Guess(a.start("n"), a.end("n"), "persName", 27)
            pos = a.end("n")


# a name and, after a comma, who the person is: 'Novak, the ambassador of Chile in Rome'
_APPOSITION_RX = re.compile(rf"(?<![\w'.])(?P<n>{_NAME_WORD}(?:\s{_NAME_WORD}){{0,2}})"
                            r",\s(?:the|a|an)\s(?:(?:new|former|then|acting|deputy|first|vice|chief|Soviet|"
                            r"[A-Z][a-z]+(?:an|ese|ish|ic|i))\s)?"
                            r"(?:ambassador|minister|president|chairman|secretary|head|leader|commander|consul|envoy|"
                            r"counsellor|correspondent|director|premier|chargé|charge|foreign minister|prime minister)"
                            r"\b")


# the subject of a verb of speech in a record of conversation is a person: 'Subandrio asked me'
_SPEECH_VERBS = ("said|says|asked|noted|emphasized|emphasised|stressed|replied|stated|declared|remarked|added|"
                 "answered|explained|informed|agreed|expressed|proposed|suggested|underlined|underscored|insisted|"
                 "observed|objected|responded|continued|reported|recalled|pointed out|told|retorted|claimed|commented|"
                 "countered|argued|maintained|warned|assured|admitted|conceded|affirmed|confirmed|mentioned|denied|"
                 "complained|protested")
_SPEAKING = re.compile(rf"(?<![\w'.-])(?P<n>{WORD})\s(?:also\s|further\s|then\s|again\s|once again\s)?"
                       rf"(?:{_SPEECH_VERBS})\b")


def speaking(folded: str) -> Iterator[Guess]:
    """One rare word before a verb of speech: a person ('Subandrio further noted'); a place the
    gazetteer knows wins ('Moscow replied'), being the same span at a stronger priority."""
    for m in _SPEAKING.finditer(folded):
        n, before = m.group("n"), folded[max(0, m.start() - 30):m.start()].split()[-1:]
        if before and before[0][:1].isupper() and before[0] not in STOP and before[0][-1] not in ".:;!?,\"”":
            continue  # the end of a longer name: 'Comrade Nam Il asked'
        if n in STOP or n in NEWSPAPERS or _people_word(n.removesuffix("s")) or _TITLES_RX.fullmatch(n):
            continue
        if _rare_words([n]) or _speaking_surname(n, folded[max(0, m.start() - 12):m.start()]):
            yield Guess(m.start("n"), m.end("n"), "persName", 55)


# a people's adjective ending in '-an' ('Cuban'); other words so ending are surnames too ('Kennan', 'Cochran')
_AN_PEOPLES = frozenset("""Cuban Korean American Mexican Chilean Moroccan Tibetan Afghan Dominican Jamaican
Venezuelan Guatemalan Honduran Nicaraguan Angolan Ugandan Kenyan Rwandan Zambian Libyan Samoan Eritrean Guinean
Gambian Andorran Puerto-Rican Costa-Rican Sri-Lankan Tongan Fijian Ecuadorean Salvadoran Paraguayan Uruguayan
African European Asian Latin-American""".split())
# nouns that say things without a determiner in telegraphese ('Radio reported'), and words for many people
# (STOP, checked first, already holds 'Memorandum', 'Telegram', 'Statement', 'Delegation', 'Source')
_SAYING_NOUNS = frozenset("""Radio Press Cable Report Communique Paper Article Editorial Broadcast
Announcement Spokesman Representative Everybody Somebody
Comm Comite Govt Dept Emb Amb Sov Del Mission Legation Consulate""".split())  # and a telegram's 'Comm agreed'
SPEAKING_COMMON_WORD = 10_000  # 'Boon said', 'Bunker replied' (5,619); not 'Energy said', 'Others said'
_DETERMINER_BEFORE = re.compile(r"\b(?:the|a|an|this|that|his|her|our|their|its|every|each|some|no|any)\s$",
                                re.IGNORECASE)


def _people_word(word: str) -> bool:
    """'Cuban', 'Pakistani', 'Chinese': a people's word, not a surname ('Kennan' ends in '-an' too)."""
    return bool(ADJ_END.search(word)) and (not word.endswith("an") or word.endswith("ian") or word in _AN_PEOPLES)


def _speaking_surname(word: str, before: str) -> bool:
    """A common word before a verb of speech is a surname when nothing marks it as a noun: no determiner
    before it, no plural of a common word ('Sources said'), not one of the words for many people."""
    return (_plain_words([word]) and word not in _SAYING_NOUNS and word_frequency(word) < SPEAKING_COMMON_WORD
            and not (word.endswith("s") and _common_word(word[:-1])) and not _DETERMINER_BEFORE.search(before)
            and word not in MONTH_ABBREVIATIONS)  # 'Sept said' in a garbled line


# an editor's name for the holder of an office, in brackets after it: 'the Ambassador (Kohler) saw Gromyko'
_OFFICE_NAMED = re.compile(r"(?<![\w'])(?:Ambassador|Secretary|President|Minister|Chairman|Premier|Director|"
                           r"Chancellor|Counselor|Counsellor|Governor|Consul|Charg[eé]|Attorney General)"
                           rf"\s\((?P<n>{INITIAL}{{0,3}}{WORD}(?:\s{WORD}){{0,2}})\)")


def office_named(folded: str) -> Iterator[Guess]:
    """'the Secretary (Rusk)', 'the Ambassador (Llewellyn E. Thompson)': the bracket names the holder."""
    for m in _OFFICE_NAMED.finditer(folded):
        if _plain_words(m.group("n").split()[-1:]):
            yield Guess(m.start("n"), m.end("n"), "persName", 20)


def apposition(folded: str) -> Iterator[Guess]:
    """'Novak, the ambassador of Chile': the office said after the name."""
    for m in _APPOSITION_RX.finditer(folded):
        words = m.group("n").split()
        while words and not _plain_words(words[:1]):
            words = words[1:]
        if (not words or not _plain_words(words)
                or (ADJ_END.search(words[-1]) and _common_word(words[-1]))
                or (len(words) == 1 and _common_word(words[0]))):
            continue
        start = m.end("n") - len(" ".join(words))
        if start > 0 and folded[start - 1] == "." or (start == 0 and len(words) == 1):
            continue  # a sentence's first word alone is no evidence
        yield Guess(start, m.end("n"), "persName", 28)


# a Soviet republic: 'Ukrainian SSR', 'Kazakh SSR', 'UkrSSR' (the adjective's stem joined)
_SOVIET_REPUBLIC = re.compile(r"(?<![\w'])(?:(?P<adj>[A-Z][a-z]+)\s(?:Soviet\sSocialist\sRepublic|A?SSR)"
                              r"|[A-Z][a-z]{2,5}A?SSR)(?![\w'])")
# a state's full name: 'Korean People's Democratic Republic', 'PR China', 'Republic of Cuba'
_STATE_WORDS = r"(?:People's|Democratic|Socialist|Federal|Federative|Popular|Soviet|Islamic|Arab|United)"
_STATE_RXS = (
    re.compile(rf"(?<![\w'])(?P<adj>(?:(?:East|West|North|South)\s)?{WORD})\s(?:{_STATE_WORDS}\s){{0,3}}Republic(?![\w'])"),
    re.compile(rf"(?<![\w.])(?:PR|P\.R\.|DR|D\.R\.)\s(?P<n>{WORD})(?![\w'])"),
    re.compile(rf"(?<![\w'])(?:{_STATE_WORDS}\s){{0,3}}Republic\sof\s(?:the\s)?(?P<n>{WORD})(?![\w'])"),
    _SOVIET_REPUBLIC,
)


def states(folded: str) -> Iterator[Guess]:
    """A state named by its form of government and its people or country ('Kazakh SSR': a people's
    adjective in -h too); the gazetteer's own forms ('People's Republic of China') win where they
    are the same span."""
    for rx in _STATE_RXS:
        if rx is _SOVIET_REPUBLIC and "SSR" not in folded and "Socialist Republic" not in folded:
            continue
        for m in rx.finditer(folded):
            if m.groupdict().get("adj") and not (ADJ_END.search(m.group("adj")) or m.group("adj").endswith("h")):
                continue  # 'Korean', 'Chinese': a people's adjective leads
            if "n" in rx.groupindex and not _plain_words([m.group("n")]):
                continue
            yield Guess(m.start(), m.end(), "placeName", 18)



# a state's initials before a hyphen and another people's word: 'US-Soviet talks', 'U.S.-Japanese'
_STATE_BEFORE_HYPHEN = re.compile(r"(?<![\w.-])(?:US|U\.S\.|USSR|UK|PRC|GDR|FRG|DPRK|ROK|UAR)(?=[-–][A-Z])")


def states_before_hyphen(folded: str) -> Iterator[Guess]:
    for m in _STATE_BEFORE_HYPHEN.finditer(folded):
        yield Guess(m.start(), m.end(), "placeName", 18)


# a forename of the shipped list, an optional second forename or initial, a surname: 'Zoltan Tildy',
# 'Boris P. Zorvatin', 'Charles De Gaulle', 'Krishna MENON'
# Arabic articles also joined to the name: 'Anwar el-Sadat', 'Hafez al-Assad'
JOINED_ARTICLE = r"(?:al|el|Al|El|ad|ar|as|ash|at|az|an|ud|ul)-"
_PARTICLE = (r"(?:(?:de|De|do|dos|das|van|Van|von|da|Da|di|Di|del|al|el|Al|El|bin|ibn|Le|La|du|Du)\s"
             rf"|{JOINED_ARTICLE}(?=[A-Z]))")
_FORENAME_RX = re.compile(rf"(?<![\w.'-])(?=(?P<f>{WORD})(?P<mid>\s(?!{_PARTICLE})(?:{WORD}|[A-Z]\.))?\s"
                          rf"(?P<s>(?:{_PARTICLE})?(?:{WORD}|{CAPS}))(?![\w'-]))")


def _surname_ok(word: str) -> bool:
    """A surname after a forename: a rare word that is no title, body, people, month or known place
    word ('Prague Spring' has no forename; 'Peter Street' ends in a feature)."""
    last = word.split()[-1]
    t = last.title() if last.isupper() else last
    return (len(t) >= 3 and _word_ok(t) and t not in GENERIC and not _common_word(t)
            and not _FEATURE_WORD.fullmatch(t) and not (ADJ_END.search(t) and t.endswith(("ian", "ese", "ish"))))


FORENAME_PRIORITY = 30
COMMON_SURNAME = 5_000  # 'smith' (1 006) after a forename no word shares: 'Ian Smith'
RARE_FORENAME = 2_500  # 'ian' (1 036), 'harold' (1 389): forenames English uses as nothing else'
FORENAME_AS_WORD = 10_000  # 'Charles' (1 824) and 'John' (6 920) are names; 'Grant', 'Rose', 'Guy' words
_ROMAN = re.compile(r"[IVX]+")


def forename_surname(folded: str) -> Iterator[Guess]:
    """A person named by forename and surname, whatever the language: the forename is on the
    shipped list (:mod:`teikit.names.forenames`), the surname a rare word; the surnames that
    follow it too (:func:`_more_surnames`)."""
    for m in _FORENAME_RX.finditer(folded):
        first, mid = m.group("f"), m.group("mid")
        if (not is_forename(first) or not _word_ok(first) or word_frequency(first) >= FORENAME_AS_WORD
                or _TITLES_RX.fullmatch(first)):
            continue  # not 'Will Smith' ('will' is a word first), not 'Emir Adil Arsalan' (a title first)
        if mid and _full_name_ok(first, mid.strip(), m.group("s")):
            yield Guess(m.start("f"), _more_surnames(folded, m.end("s")), "persName", FORENAME_PRIORITY)
        elif mid and not mid.endswith("."):
            if _full_name_ok(first, None, mid.strip()):  # 'James Bakerton III', 'Carlos Castro Madero'
                yield Guess(m.start("f"), _more_surnames(folded, m.end("mid")), "persName", FORENAME_PRIORITY)
        elif _full_name_ok(first, None, m.group("s")):
            yield Guess(m.start("f"), _more_surnames(folded, m.end("s")), "persName", FORENAME_PRIORITY)


# what follows a surname in Iberian and Latin American names: the second surname, joined or not by
# a particle, and a generation's word ('Azeredo da Silveira', 'Proenca Junior', 'Castro Madero')
# and the Arabic chain of names: 'Zayed bin Sultan Al Nahyan' (a space, not across lines)
ARABIC_PARTICLES = ("bin", "ibn", "bint", "Al", "al", "el", "El")
_NEXT_PARTICLES = (*IBERIAN_PARTICLES, *ARABIC_PARTICLES)
_NEXT_SURNAME = re.compile(rf" (?:(?P<p>{'|'.join(_NEXT_PARTICLES)}) )?(?P<a>{JOINED_ARTICLE})?"
                           rf"(?P<w>{WORD}|{CAPS})(?![\w'-])")
_GENERATION = {"Junior", "Júnior", "Filho", "Neto", "Netto", "Sobrinho"}
MORE_SURNAMES = 2


def _more_surnames(folded: str, end: int) -> int:
    """The end of the surnames after the first: rare words that are no title, body, month or
    feature word, each followed by no other capitalised word unless it is a surname too."""
    surnames = 0
    while m := _NEXT_SURNAME.match(folded, end):
        word = m.group("w")
        if word.isupper() != folded[end - 1].isupper():
            break  # capitals go on from capitals only: 'Raul CASTRO RUZ'
        if word in _GENERATION:  # 'Proenca Junior', 'Barros Netto': one more word, not one more surname
            return m.end()
        # after an Arabic article the word is a name, however common ('Taha Yassin Al Ali')
        named = m.group("a") or m.group("p") in ARABIC_PARTICLES
        if (surnames == MORE_SURNAMES or _TITLES_RX.fullmatch(word)
                or not (_surname_ok(word) or named and _word_ok(word))):
            break
        end, surnames = m.end(), surnames + 1
    return end


def _generation(folded: str, end: int) -> int:
    """Past 'Junior', 'Filho', 'Neto' after a name."""
    m = _NEXT_SURNAME.match(folded, end)
    return m.end() if m and m.group("w") in _GENERATION else end


def _full_name_ok(first: str, mid: str | None, sur: str) -> bool:
    """'Boris P. Zorvatin', 'Ana Maria Pauker' (a second forename); not 'Baker III', not
    'KRISHNA MENON' in a telegram's capitals (the caps rules decide there). A surname that is a
    word too ('Ian Smith') needs a forename that is no word ('Grant Wood' is not taken)."""
    common_surname = (_word_ok(sur) and sur not in GENERIC and word_frequency(sur) < COMMON_SURNAME
                      and word_frequency(first) < RARE_FORENAME and not _FEATURE_WORD.fullmatch(sur))
    if not (_surname_ok(sur) or common_surname) or _ROMAN.fullmatch(sur) or (sur.isupper() and first.isupper()):
        return False
    return mid is None or mid.endswith(".") or is_forename(mid)


# a surname by its ending: Russian, Ukrainian, Polish, Romanian, Armenian ('Ustinov', 'Ponomarev',
# 'Kosygin', 'Zhivkova', 'Gomulka' not; 'Rapacki', 'Chervonenko', 'Maurer' not; 'Manescu', 'Mikoyan')
_SURNAME_ENDING = re.compile(r"(?<![\w'.-])(?P<n>[A-Z][a-z]{2,}(?:ov|ev|ova|eva|in|ina|sky|skiy|skii|ski|cki|"
                             r"enko|ovich|evich|wicz|escu|eanu|yan|ian|adze|shvili))(?![\w'-])")


_NOUN_AFTER = re.compile(r"\s[a-z]")


def surname_endings(folded: str) -> Iterator[Guess]:
    """A rare word with a surname's ending names a person (a place the gazetteer knows, 'Kharkov',
    'Berlin', wins: it is the same span at a stronger priority); 'Armenian', 'Georgian' are peoples."""
    for m in _SURNAME_ENDING.finditer(folded):
        name = m.group("n")
        if (_word_ok(name) and name not in GENERIC and not _common_word(name) and not _FEATURE_WORD.fullmatch(name)
                and not name.endswith(("ian", "ean")) and not _NAME_GOES_ON.match(folded, m.end())
                and not (folded.endswith("the ", 0, m.start()) and not _NOUN_AFTER.match(folded, m.end()))):
            # 'to the Negev': a person takes no article (but 'the Ustinov plan')
            yield Guess(m.start(), m.end(), "persName", 45)


# an editor's completion of a name in brackets, after a space: the given name after an East Asian
# surname or a forename ('Ho [Chi Minh]', 'Rubayi [Ali]'), initials or a forename before a surname
# ('[V.V.] Grishin', '[Konstantin V.] Rusakov'); a surname in the bracket resolves a code name or an
# address ('Filippov [Stalin]', 'Yegor Kuzmich [Ligachev]'): two mentions
_COMPLETED_AFTER = re.compile(rf"(?<![\w'.])(?<!\w-)(?P<n>{WORD}|{CAPS})\s\[(?P<c>{WORD}(?:[\s-]{WORD})?)\](?![\w])")
_COMPLETED_BEFORE = re.compile(rf"(?<![\w])\[(?P<c>(?:[A-Z][a-z]?\.\s?){{1,3}}"
                               rf"|{WORD}(?:\s(?:{JOINED_ARTICLE})?{WORD})?(?:\s[A-Z]\.){{0,2}})"
                               rf"\]\s(?:(?:{'|'.join(IBERIAN_PARTICLES)})\s)?"  # '[Jacques] de Beaumarchais'
                               rf"(?P<n>{WORD}|{CAPS})(?:(?='s\b)|(?![\w'-]))")  # and its possessive
_PLACE_BEFORE = re.compile(r"\b(?:of|in|to|from|at|for)\s$")


def completed_names(folded: str) -> Iterator[Guess]:
    for m in _COMPLETED_AFTER.finditer(folded):
        name, words = m.group("n"), m.group("c").replace("-", " ").split()
        if (_surname_like(name) and _given_names(words) and not (len(words) > 1 and is_forename(words[0]))
                and not _another_form(name, words)
                and not _TITLES_RX.search(name) and not _PLACE_BEFORE.search(folded, max(0, m.start() - 6), m.start())):
            # not 'Commander-in-Chief [Fidel Castro]': a whole name in the bracket names the office's holder
            yield Guess(m.start(), m.end(), "persName", 26)
    for m in _COMPLETED_BEFORE.finditer(folded):
        given = re.sub(JOINED_ARTICLE, "", m.group("c")).split()
        # a forename or initials, or given names no other word reads as: '[Gamal Abdel] Nasser', '[Abdyl] Kellezi'
        if _surname_like(m.group("n")) and m.group("n") not in NEWSPAPERS and (
                given[0].endswith(".") or is_forename(given[0]) or _given_names(given)):
            yield Guess(m.start(), _more_surnames(folded, m.end()), "persName", 26)  # '[Pablo] Campos Ortiz'


def _another_form(name: str, words: list[str]) -> bool:
    """A whole East Asian name in the bracket after a given name is the same person's other form:
    'Jiang Jieshi [Chiang Kai-shek]' (but 'Kim [Il Sung]' completes the surname Kim); so is a full name
    ending in the same surname ('Papaioanu [Ezekias Papaioannou]')."""
    if len(words) > 1 and words[-1][:4].lower() == name[:4].lower():
        return True  # 'Papaioanu [Ezekias Papaioannou]': the name again, spelt in full
    return len(words) > 1 and words[0] in EAST_ASIAN_SURNAMES and name.title() not in EAST_ASIAN_SURNAMES


def _surname_like(word: str) -> bool:
    """'CHEN', 'Ohira', 'SUDARIKOV'; not an acronym in capitals ('PNR [Poland]')."""
    if word.title() in EAST_ASIAN_SURNAMES:
        return True
    return not (word.isupper() and (len(word) < 4 or not re.search("[AEIOUY]", word))) and _surname_ok(word)


def _given_names(words: list[str]) -> bool:
    """What completes a surname: a forename, or rare words with no surname's ending ('Chi Minh',
    'Masayoshi'); a surname resolves a code name or an address instead ('Filippov [Stalin]',
    'Yegor Kuzmich [Ligachev]'), a common word is a heading ('[Excerpt]')."""
    if len(words) == 1 and is_forename(words[0]):
        return True
    return (_plain_words(words) and not any(_SURNAME_ENDING.fullmatch(w) for w in words)
            and not _OFFICE_WORD.search(" ".join(words)) and not all(_common_word(w) for w in words))


# a list's or journal's header: surname, comma, initials ('SINITSIN, S.Ia.', 'Ivanov, A. B.')
_SURNAME_INITIALS = re.compile(rf"(?<![\w.'-])(?P<n>(?:{WORD}|{CAPS}),\s(?:[A-Z][a-z]?\.\s?){{1,3}})(?![\w])")


_NEXT_WORD = re.compile(rf"\s?({WORD}|{CAPS})")


# a list's inverted name, the surname in capitals: 'PEDERSEN, Odd', 'EGER, Kjell' (a place in capitals
# before a comma, 'MOSCOW, Kremlin', is the gazetteer's: see :func:`guess`)
_CAPS_SURNAME_FORENAME = re.compile(rf"(?<![\w.'-])(?P<s>[A-Z][A-Z'-]{{2,}}),\s(?P<f>{WORD})(?![\w'-]|\s[A-Z])")


def caps_surname_forename(folded: str) -> Iterator[Guess]:
    for m in _CAPS_SURNAME_FORENAME.finditer(folded):
        sur = m.group("s")
        if re.search("[AEIOUY]", sur) and sur not in NOT_BODIES and _surname_ok(sur) and _word_ok(m.group("f")):
            yield Guess(m.start(), m.end(), "persName", 31)


def surname_initials(folded: str) -> Iterator[Guess]:
    for m in _SURNAME_INITIALS.finditer(folded):
        sur = m.group("n").split(",")[0]
        after = _NEXT_WORD.match(folded, m.end())
        if after and _surname_ok(after.group(1)):
            continue  # 'O. Dorticos, R. Castro': the initials belong to the next name
        if _surname_ok(sur):
            yield Guess(m.start("n"), m.start("n") + len(m.group("n").rstrip()), "persName", 11)


# who handled a telegram: 'Deciphered by Morozov', 'Typed by Ivanova'
_HANDLED_BY = re.compile(rf"(?<![\w])(?:(?:De|En)?[Cc]iphered|[Dd]ecoded|[Ee]ncoded|[Tt]yped|[Cc]opied|[Cc]hecked|"
                         rf"[Dd]ecrypted|[Ee]ncrypted|[Tt]ranscribed)\sby\s(?P<n>{_NAME_WORD}(?:\s{_NAME_WORD})?)"
                         rf"(?![\w'-])")
# a line that is only a name: the addressee ('To Vyshinsky.') or a signature in spaced capitals
# the addressee after his titles: 'To: Comrade Vice-Minister Naszkowski'
_ADDRESSEE = re.compile(rf"^\s*To:?\s(?:(?:{TITLES})\s){{0,3}}(?P<n>{_NAME_WORD}(?:\s{_NAME_WORD}){{0,2}})\.?\s*$")
_SPACED = re.compile(r"^\s*(?P<n>[A-Z](?: [A-Z]){3,})\s*$")
_SIGNATURE = re.compile(rf"^\s*(?P<n>{NAME_TOKEN}(?:\s{NAME_TOKEN}){{0,2}})\.?\s*$")  # 'Morski', 'Fidel CASTRO RUZ'
_BARE_INITIALS_SIGNATURE = re.compile(rf"^\s*(?P<n>(?:[A-Z]\s){{1,3}}(?P<sur>{_NAME_WORD}))\.?\s*$")  # 'R A R Barltrop'
# copies to persons: 'Stalin - 2, Molotov-1, Beria - 1'
_COPY_ITEM = rf"{_NAME_WORD}\s?[-–]\s?\d{{1,2}}"
_COPY_LIST = re.compile(rf"(?<![\w'-]){_COPY_ITEM}(?:,\s{_COPY_ITEM}){{2,}}")
_COPY_NAME = re.compile(rf"(?P<n>{_NAME_WORD})\s?[-–]\s?\d")
# an editorial bracket that names the person an office stands for: 'the president of Venezuela
# [Luis Perez]', '[Poland's Foreign Minister – Jan Nowak]'
_BRACKET_NAME = re.compile(rf"\[(?P<pre>[^\[\]]{{0,60}}\s[–-]\s)?(?P<n>{_NAME_WORD}(?:\s{_NAME_WORD}){{1,3}})\]")
_OFFICE_WORD = re.compile(r"\b(?:president|minister|ambassador|secretary|chairman|premier|chancellor|leader|king|"
                          r"commander|envoy)\b", re.IGNORECASE)


def _single_name_ok(words: list[str]) -> bool:
    return _plain_words(words) and not (len(words) == 1 and _common_word(words[0]))


# a letterhead line: the mission and where it is, one body ('Embassy of the GDR in the PR China')
_LETTERHEAD = re.compile(rf"^\s*(?P<o>{_MISSION}\sof\s(?:the\s)?{NAME_TOKEN}(?:\s{NAME_TOKEN})?"
                         rf"\sin\s(?:the\s)?{NAME_TOKEN}(?:\s{NAME_TOKEN})?)\s*$")


def letterhead(folded: str) -> Iterator[Guess]:
    """A paragraph that is only a mission's name and seat: the letterhead names one body."""
    if m := _LETTERHEAD.match(folded):
        yield Guess(m.start("o"), m.end("o"), "orgName", 21)


# a routing or record header's line that names a person: 'Drafter: Suzuki', 'Interpreter: Ivanov'
_PERSON_LABEL = re.compile(rf"(?<![\w])(?:Drafter|Drafted\sby|Prepared\sby|Recorded\sby|Approved\sby|Interpreter|"
                           rf"Translator|Note-?taker|Author)\s?:\s+(?P<n>{_NAME_WORD}(?:\s{_NAME_WORD})?)(?![\w'-])")


def handled_by(folded: str) -> Iterator[Guess]:
    """The clerk who ciphered, typed or copied a telegram, who drafted or interpreted it."""
    labels = _PERSON_LABEL.finditer(folded) if ":" in folded else ()  # a label has its colon
    for m in (*_HANDLED_BY.finditer(folded), *labels):
        if _single_name_ok(m.group("n").split()):
            yield Guess(m.start("n"), m.end("n"), "persName", 26)


def _signature_ok(words: list[str]) -> bool:
    """Rare words, no acronym first ('MFA USSR', 'CPSU CC') and no body's head."""
    if (words[0].isupper() and (len(words[0]) < 4 or words[0] in _SHIPPED_ACRONYMS)) \
            or any(_HEAD_RX.fullmatch(w) for w in words):
        return False
    return _rare_words([w.title() if w.isupper() else w for w in words])


def _bare_initials_ok(m: re.Match) -> bool:
    """A rare surname after initials, which are not one 'A' or 'I' (words, not initials)."""
    return m.group("n").split()[:-1] not in (["A"], ["I"]) and _signature_ok([m.group("sur")])


def name_lines(folded: str) -> Iterator[Guess]:

    """A paragraph that is only an addressee's name or a signature (in spaced capitals too): the
    words of a bare line must be rare, and a place the gazetteer knows ('Hanoi') stays a place."""

    if (m := _ADDRESSEE.match(folded)) and _single_name_ok(m.group("n").split()):
        yield Guess(m.start("n"), m.end("n"), "persName", 29)
    if (m := _SPACED.match(folded)) and not _common_word(m.group("n").replace(" ", "").title()):
        yield Guess(m.start("n"), m.end("n"), "persName", 26)  # a signature, not 'R E P O R T'
    if (m := _SIGNATURE.match(folded)) and _signature_ok(m.group("n").split()):
        yield Guess(m.start("n"), m.end("n"), "persName", 29)  # a signature: below the gazetteer's places
    if (m := _BARE_INITIALS_SIGNATURE.match(folded)) and _bare_initials_ok(m):
        yield Guess(m.start("n"), m.end("n"), "persName", 29)  # initials without stops, as British letters sign


def copy_lists(folded: str) -> Iterator[Guess]:
    """A distribution list: three or more names, each with its number of copies."""
    for run in _COPY_LIST.finditer(folded):
        for m in _COPY_NAME.finditer(folded, run.start(), run.end()):
            if _single_name_ok([m.group("n")]):
                yield Guess(m.start("n"), m.end("n"), "persName", 26)


# an editor's bracket around a name alone: '[Meyer] noted', 'asked [Meyer]' (the translator
# resolved a name the original gives otherwise); rare words only, so not '[sic]', '[Illegible]'
_PARTICLE_SPACE = rf"(?:(?:{'|'.join(IBERIAN_PARTICLES)})\s)?"
_BRACKET_ALONE = re.compile(rf"(?<![\w\]])\[(?P<n>{_NAME_WORD}(?:\s{_PARTICLE_SPACE}{_NAME_WORD}){{0,2}})\]"
                            r"(?!\s?[A-Z\[])")


_WORD_BEFORE = re.compile(r"(\S+)\s$")


def _gloss(folded: str, bracket: int) -> bool:
    """The bracket follows a capitalised term inside a sentence: it gives the original's word."""
    m = _WORD_BEFORE.search(folded, max(0, bracket - 40), bracket)
    if m is None:
        return False
    word = m.group(1)
    return (word[:1].isupper() and not _sentence_start(folded, m.start(1)) and not _OFFICE_WORD.search(word)
            and not _TITLES_RX.fullmatch(word))


def bracketed_names(folded: str) -> Iterator[Guess]:
    """A person's name in an editor's brackets after (or with) the office it resolves, or alone."""
    for m in _BRACKET_ALONE.finditer(folded):
        if _gloss(folded, m.start()):
            continue  # 'Flash Telegram [Fulger]': the original's word for a term
        if _rare_words([w for w in m.group("n").split() if w not in IBERIAN_PARTICLES]):
            yield Guess(m.start("n"), m.end("n"), "persName", 60)  # a place the gazetteer knows wins
    for m in _BRACKET_NAME.finditer(folded):
        office = m.group("pre") or folded[max(0, m.start() - 40):m.start()]
        words = m.group("n").split()
        if _OFFICE_WORD.search(office) and _plain_words(words) and _name_run_ok(words):
            yield Guess(m.start("n"), m.end("n"), "persName", 27)


# an editor's forename in brackets before the surname the text writes: '[Vaclav] David', '[Ernesto] Che Guevara'
_SUPPLIED_FORENAME = re.compile(rf"(?<![\w\]])\[(?P<f>(?:{WORD}|[A-Z]\.)(?:\s(?:{WORD}|[A-Z]\.))?)\]\s"
                                rf"(?P<s>{WORD}(?:\s{WORD})?)(?![\w'-])")


_INITIAL_ONLY = re.compile(r"[A-Z]\.")


def _supplied_rare(given: list[str], name: str) -> bool:
    """'[Suren] Tovmassian': one rare word in the bracket before a rare surname (not '[North] Korea', not a
    paper's '[Moscow] Pravda'; a place in the bracket is no forename: :func:`guess`)."""
    return len(given) == 1 and bool(name) and " " not in name and _rare_words([given[0], name]) \
        and not _TITLES_RX.fullmatch(given[0]) and name not in NEWSPAPERS


def supplied_forenames(folded: str) -> Iterator[Guess]:
    """The editor's bracket holds forenames or initials only ('[U. Alexis] Johnson'; a rare word too:
    '[Suren] Tovmassian'), the text a name after it: one person, bracket and all."""
    for m in _SUPPLIED_FORENAME.finditer(folded):
        # '[Ahmed] Ben Bella', but '[Vaclav] David The ...' is David
        name = _trim_name(m.group("s"))
        given = m.group("f").split()
        if (all(is_forename(f) or _INITIAL_ONLY.fullmatch(f) for f in given) and name
                and all(map(_word_ok, name.split()))) or _supplied_rare(given, name):
            yield Guess(m.start(), m.start("s") + len(name), "persName", 26)


# a whole name (no capitalised word or 'of' after it: 'Shahanshah of Iran' is an office)
_BESIDE_AFTER = re.compile(rf"(?:,\s|\sand\s)(?P<n>{_NAME_WORD}(?:\s{_NAME_WORD}){{0,2}})(?![\w'-]|\s[A-Z]|\sof\s)")
_BESIDE_BEFORE = re.compile(rf"(?<![\w'-])(?P<n>{_NAME_WORD}(?:\s{_NAME_WORD}){{0,2}})(?:,\s|\sand\s)$")
_NAME_GOES_ON = re.compile(r"\s[A-Z]")



def beside_persons(folded: str, persons: Sequence[Guess], lands: Sequence[Guess] = ()) -> Iterator[Guess]:
    """A name coordinated with a known person is a person, and so on along the list: 'Kosygin,
    Petrov and Sidorov'. ``persons`` are the mentions other sources (the table of well-known
    persons) found; a country they found leads no name ('Ambassador to Ethiopia Ratanov and Mengistu')."""
    place_ends = {g.start: g.end for g in lands}
    queue = [p for p in persons if not _NAME_GOES_ON.match(folded, p.end)]  # not 'George Bush Library'
    seen = {(p.start, p.end) for p in persons}
    while queue:
        p = queue.pop()
        after = _BESIDE_AFTER.match(folded, p.end)
        before = _BESIDE_BEFORE.search(folded, max(0, p.start - 40), p.start)
        for m in (after, before):
            if not m:
                continue
            start = place_ends[m.start("n")] + 1 if m.start("n") in place_ends else m.start("n")
            if (start < m.end("n") and (start, m.end("n")) not in seen
                    and _rare_words(folded[start:m.end("n")].split()) and not _sentence_start(folded, start)):
                g = Guess(start, m.end("n"), "persName", 35)
                seen.add((g.start, g.end))
                queue.append(g)
                yield g



def _rare_words(words: list[str]) -> bool:
    """Words that can only be a name: 'Kardelj', not 'Digital Archive'."""
    return _plain_words(words) and not any(_common_word(w) or _common_parts(w) for w in words)


def _common_parts(word: str) -> bool:
    """A compound of common words: '[Polish-Soviet]' (not 'Gheorghiu-Dej')."""
    return "-" in word and all(_common_word(part) for part in word.split("-"))


def _sentence_start(folded: str, pos: int) -> bool:

    return not folded[:pos].strip() or folded[:pos].rstrip()[-1] in ".:;!?\"“"


RULES: tuple[Rule, ...] = (
    initials, expanded_initials, titled, initials_after, speakers, caps_names, east_asian, burmese_names,
    patronymics, features, streets, forename_surname, surname_initials, caps_surname_forename, completed_names,
    surname_endings, units, radio, newspapers, acronyms, bare_acronyms, qualified_acronyms, organisations,
    holders_of_office, apposition, speaking, governments, kind_first, kind_of_place, federal_districts,
    after_preposition, states, parallels, cyrillic_initials, handled_by, name_lines, copy_lists, bracketed_names,
    supplied_forenames, letterhead, bodies_in_capitals, office_named, states_before_hyphen,
)


LINE_RULES = frozenset({name_lines, letterhead, bodies_in_capitals})


def select(cands: list[Guess], taken: list[tuple[int, int]]) -> list[Guess]:
    """Longest span first (then priority); an organisation keeps the organisations inside it."""
    out: list[Guess] = []
    blocked, chosen = Spans(taken), Spans()  # span look-ups in log time: a paragraph of many names stays linear
    for g in sorted(set(cands), key=lambda g: (-(g.end - g.start), g.priority, g.start, g.tag)):
        if g.end <= g.start or blocked.overlaps(g.start, g.end):
            continue
        clash = ([o for o in out if not (g.end <= o.start or g.start >= o.end)] if chosen.overlaps(g.start, g.end)
                 else [])
        if not clash or (g.tag == "orgName" and all(o.tag == "orgName" and o.start <= g.start and g.end <= o.end
                                                     and (o.start, o.end) != (g.start, g.end) for o in clash)):
            out.append(g)
            chosen.add(g.start, g.end)
    out.sort(key=lambda g: (g.start, -g.end))
    return out


# a list of names, 'A B, C D, E F and G H': where a third of its items are persons, the others are too
# ('Mawloud Mukhlis, Ismail Namek, Mohammad Mahdi Kubba, ... and Nour-Eddin Daoud')
_LIST_WORD = rf"(?:{JOINED_ARTICLE})?'?[A-Z][a-z']+(?:-[A-Z][a-z']+)*"
_LIST_ITEM = rf"{_LIST_WORD}(?:\s(?:(?:bin|ibn|de|da|van|von)\s)?{_LIST_WORD}){{1,3}}"
_NAME_LIST = re.compile(rf"(?<![\w'-]){_LIST_ITEM}(?:,\s{_LIST_ITEM})+,?\sand\s{_LIST_ITEM}(?![\w'-])")
_ITEM_RX = re.compile(_LIST_ITEM)


def _listed_persons(folded: str, cands: list[Guess], places: set[tuple[int, int]]) -> Iterator[Guess]:
    if ", " not in folded or " and " not in folded:  # every list holds both
        return
    persons = [g for g in cands if g.tag == "persName"]
    for m in _NAME_LIST.finditer(folded):
        items = [(i.start(), i.end()) for i in _ITEM_RX.finditer(folded, m.start(), m.end())]
        named = [it for it in items if any(it[0] <= g.start and g.end <= it[1] for g in persons)]
        if len(items) < 3 or len(named) < 2 or 3 * len(named) < len(items):
            continue
        for a, b in items:
            words = re.sub(JOINED_ARTICLE, "", folded[a:b]).split()
            if not any(start == a for start, _ in places) and all(  # not 'Ghana Kwame Osei Mensah'
                    _word_ok(w) and w not in GENERIC and not _TITLES_RX.fullmatch(w) for w in words):
                yield Guess(a, b, "persName", 27)


_LABEL_OF_DELEGATE = re.compile(r":\s(?:[A-Z]\.\s?)+[A-Z]")
_OTHER_NAME = re.compile(r"\S+\s\[(?P<o>[^\]]+)\]")


_READ_AS_PLACE = {EAST_ASIAN_PRIORITY, INITIALS_PRIORITY}  # the rules whose persons a place of the same span beats


def _place_and_other_name(folded: str, g: Guess, places: set[tuple[int, int]]) -> bool:
    """'Yining [Gulja]', 'Wulumuqi [Urumqi]': a place and its other name in brackets, not a name completed."""
    m = _OTHER_NAME.fullmatch(folded, g.start, g.end)
    return m is not None and ((g.start, m.start("o") - 2) in places or (m.start("o"), m.end("o")) in places)


def guess(folded: str, taken: list[tuple[int, int]], extra: Sequence[Guess] = (), line: bool = True) -> list[Guess]:
    """Low-certainty mentions in folded text, avoiding spans already taken; ``extra``
    are candidates of other sources (the gazetteer) competing on the same terms. A place
    of the gazetteer is no body of the same words ('Soviet Union' inside a party's name).
    ``line``: the text is a line of its own, not the text of an inline element (a title)."""
    states = {(g.start, g.end) for g in extra if g.tag == "placeName"}
    lands = {(g.start, g.end) for g in extra if g.land}
    place_then_comma = {g.start for g in extra if g.tag == "placeName" and folded.startswith(",", g.end)}
    # a delegation list's label ('Bulgaria: K. Tellalov - head of ...') is the state, not a speaker
    # ('Montgomery: I'd like ...' is one)
    place_labels = {(g.start, g.end) for g in extra if g.tag == "placeName" and _LABEL_OF_DELEGATE.match(folded, g.end)}
    def place_not_person(g: Guess) -> bool:
        """'MOSCOW, Kremlin', 'Bulgaria: K. Tellalov', 'Yining [Gulja]': places the rules read as persons."""
        return ((g.start in place_then_comma and "," in folded[g.start:g.end]) or (g.start, g.end) in place_labels
                or _place_and_other_name(folded, g, states)
                # 'Hong Kong', 'G. Britain': the place, not a family name or an initial before a surname
                or (g.priority in _READ_AS_PLACE and (g.start, g.end) in states)
                # 'Ambassador to Ethiopia Ratanov', 'Primary: Asia China': a place first is no forename
                or (g.priority == FORENAME_PRIORITY and (g.start, folded.find(" ", g.start)) in lands)
                or (folded.startswith("[", g.start) and (g.start + 1, folded.find("]", g.start)) in states))

    own = [g for g in candidates(folded, line) if not (g.tag == "orgName" and (g.start, g.end) in states)
           and not (g.tag == "persName" and place_not_person(g))]
    own += _state_acronyms(folded, states)
    own += _central_committees_of(folded, own)
    own += _acronyms_of_states(folded, own, states)
    taken = [*taken, *(m.span() for m in _SHIP.finditer(folded))]
    return _no_qualified_copy(folded, select([*extra, *own, *_listed_persons(folded, own, states)], taken))


# a ship's name is none of the three kinds: 'the USS Pueblo', 'HMS Ajax' (not the town, nor a body 'USS')
_SHIP = re.compile(rf"(?<![\w])(?:USS|USNS|HMS|HMCS|HMAS|RMS)\s{WORD}(?:\s{WORD})?")
_CC_OF_BEFORE = re.compile(r"(?<![\w])(?:CC|C\.\s?C\.)\sof\s(?:the\s)?$")


def _acronyms_of_states(folded: str, own: list[Guess], states: set[tuple[int, int]]) -> list[Guess]:
    """'the MdI of the SRV': a body's acronym with the state it belongs to, one body (the state inside)."""
    ends = dict(states)
    return [Guess(g.start, ends[of.end()], "orgName", g.priority) for g in own
            if g.tag == "orgName" and folded[g.start:g.end].isalpha() and not folded[g.start:g.end].islower()
            and " " not in folded[g.start:g.end] and (of := _OF_RX.match(folded, g.end)) and of.end() in ends
            and not _NAME_GOES_ON.match(folded, ends[of.end()])]  # not 'the MVD of the Azerbaijan SSR'


def _central_committees_of(folded: str, own: list[Guess]) -> list[Guess]:
    """"the CC of the People's Party of Iran", "the CC of Bulgaria's CP": the committee of a body found."""
    return [Guess(cc.start(), g.end, "orgName", g.priority) for g in own if g.tag == "orgName"
            and (cc := _CC_OF_BEFORE.search(folded, max(0, g.start - len("C. C. of the ")), g.start))]


# one word before a body that makes no other body of it: 'Soviet MFA', 'USSR MVD', '6th Department of ...'
# ('CC VKP(b)' is an organ of the party: both are bodies)
_QUALIFIER = re.compile(rf"(?!{_CC}\s)(?:\d{{1,3}}(?:st|nd|rd|th)|[A-Z][a-z]+|[A-Z]{{2,6}})\s")


_QUALIFIER_REACH = 16  # a qualifier word and its space: 'Czechoslovak ', '123rd '


def _no_qualified_copy(folded: str, chosen: list[Guess]) -> list[Guess]:
    """Without the body a longer one only qualifies: 'Soviet MFA' holds no 'MFA' of its own, nor 'the MdI of
    the SRV' an 'MdI'."""
    starts_by_end: dict[int, list[int]] = {}
    ends_by_start: dict[int, list[int]] = {}
    for g in chosen:
        if g.tag == "orgName":
            starts_by_end.setdefault(g.end, []).append(g.start)
            ends_by_start.setdefault(g.start, []).append(g.end)

    def qualified(g: Guess) -> bool:
        return any(g.start - _QUALIFIER_REACH <= s < g.start and _QUALIFIER.fullmatch(folded, s, g.start)
                   for s in starts_by_end.get(g.end, ()))

    def of_a_state(g: Guess) -> bool:
        return (" " not in folded[g.start:g.end] and _OF_RX.match(folded, g.end) is not None
                and any(e > g.end for e in ends_by_start.get(g.start, ())))
    return [g for g in chosen if not (g.tag == "orgName" and (qualified(g) or of_a_state(g)))]


@functools.lru_cache(maxsize=512)
def candidates(folded: str, line: bool = True) -> tuple[Guess, ...]:
    """What the rules find in ``folded``, before selection: the same in each of the four calls
    a paragraph gets (two passes over a document, each guessing before and after the dates).
    The rules for a line of its own (a signature, an addressee, a letterhead) need one."""
    return tuple(_with_particle(folded, _no_possessive(folded, g)) for rule in RULES if line or rule not in LINE_RULES
                 for g in rule(folded))


# the Turkic and Caucasian 'son of' and 'daughter of' after the father's name end a person's name (folded:
# 'oğlu' reads 'oglu')
_PARTICLE_AFTER = re.compile(r"\s(?:ogly|oglu|ogli|kyzy|gyzy|qizi|kizi)(?![\w'-])")


def _with_particle(folded: str, g: Guess) -> Guess:
    """'Jami Nowruz Eypullakh ogly': the particle is part of the name."""
    if g.tag == "persName" and (p := _PARTICLE_AFTER.match(folded, g.end)):
        return Guess(g.start, p.end(), g.tag, g.priority)
    return g


_OWNER_END = re.compile(r"(?<!People)(?<!Peoples)'s$")


def _no_possessive(folded: str, g: Guess) -> Guess:
    """A body's name ends before its possessive: 'the Government of Japan's view' ('People's' is a word
    of names: 'the Korean People's Army')."""
    if g.tag == "orgName" and _OWNER_END.search(folded, g.start, g.end):
        return Guess(g.start, g.end - 2, g.tag, g.priority)
    return g
