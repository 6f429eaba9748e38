"""Date expressions → TEI date attributes, as a table of forms.

Each :class:`DateForm` is one small rule: a pattern, a normaliser that turns the
match into ``when`` / ``from``-``to`` / ``notBefore``-``notAfter``, an optional
plausibility check, and its priority (its place in :data:`FORMS`; the longest
match wins, then the earlier form). Where the year is not written ('6 July of
the current year', 'September', 'on the 10th', '30.IV') it is inferred from the
document date, to the nearest occurrence in either direction (December events
in a January document are of the year before; 'in January' in a December
document of the year after), and the mention says so:
``cert="medium" evidence="conjecture"``. Numbers that only look like dates (file,
serial and page numbers, ordinals before a name, aircraft types) are refused by
the shared context check :func:`_context_ok`; the date a registration number
carries after its slash ('No 0483/1.3.1974') is a date. A part of the month
with no month named ('the end of the month') is of the month last named, else
the document's.

Conventions for vague spans (stated once here, used everywhere):
beginning/early = days 1-10, middle/mid = 11-20, end/late = 21-last,
first half = 1-15, second half = 16-last; of a year: first half Jan-Jun,
second half Jul-Dec, beginning/early Jan-Mar, middle/mid May-Aug, end/late Oct-Dec,
quarters of three months; the turn of two years ('end of 1918/beginning of 1919')
December-January. Seasons: spring = March-May, summer = June-August, autumn =
September-November, winter = December-February. Of a decade: early = its years
0-3, mid = 4-6, late = 7-9, first half 0-4, second half 5-9; of a century the same,
ten times as long (early = 00-39, second half 50-99). A decade, its parts
and every vague span take ``notBefore``/``notAfter``; ranges ('5-10 June', '1977-1978')
and lists ('19, 20 and 21 October', '1977 and 1978') one ``from``/``to`` from the
first to the last.
"""

from __future__ import annotations

import calendar
import contextlib
import datetime
import functools
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, replace

from teikit.names.calendars import SOLAR_HIJRI_MONTHS, solar_hijri_to_gregorian
from teikit.names.text import fold

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
_ABBR = {"Jan": 1, "Feb": 2, "Mar": 3, "Apr": 4, "Jun": 6, "Jul": 7, "Aug": 8, "Sep": 9,
         "Sept": 9, "Oct": 10, "Nov": 11, "Dec": 12}
MONTH_ABBREVIATIONS = frozenset(_ABBR) | {"May"}  # May's name is its abbreviation too
_ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4, "V": 5, "VI": 6, "VII": 7, "VIII": 8, "IX": 9,
          "X": 10, "XI": 11, "XII": 12}
_DECADES = {"twenties": 20, "thirties": 30, "forties": 40, "fifties": 50, "sixties": 60, "seventies": 70,
            "eighties": 80, "nineties": 90}
_SEASONS = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11), "winter": (12, 2)}

_MONTH_NAMES = "|".join(MONTHS + [m.upper() for m in MONTHS])
_CAPS_MONTH_NAMES = "|".join(m.upper() for m in MONTHS)
# the months of originals printed beside their translations, in the Latin alphabet (German, French, Spanish,
# Portuguese, Italian, Polish, Czech, Romanian, Hungarian), read only in a day's full date: '25. Juli 1991',
# '12 juillet 1962', '5 de mayo de 1962'
def _months_of(names: str) -> dict[str, int]:
    """A language's twelve month words, January first, as a table."""
    return {name: i + 1 for i, name in enumerate(names.split())}


FOREIGN_MONTHS = {
    # German's, but the four English reads already ('April', 'August', 'September', 'November'), and Austria's
    # and a typewriter's spellings
    "Januar": 1, "Jänner": 1, "Februar": 2, "März": 3, "Maerz": 3, "Mai": 5, "Juni": 6, "Juli": 7, "Oktober": 10,
    "Dezember": 12,
    **_months_of("janvier février mars avril mai juin juillet août septembre octobre novembre décembre"),
    **_months_of("enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre"),
    **_months_of("janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro"),
    **_months_of("gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre"),
    # the genitives of Polish and Czech, the months of Romanian and Hungarian
    **_months_of("stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia"),
    **_months_of("ledna února března dubna května června července srpna září října listopadu prosince"),
    **_months_of("ianuarie februarie martie aprilie mai iunie iulie august septembrie octombrie noiembrie decembrie"),
    **_months_of("január február március április május június július augusztus szeptember október november december"),
}
# the months of Russian and Bulgarian originals, in the genitive a Russian date writes them ('14 сентября 1960
# года'): no word of English, so read without a year too
CYRILLIC_MONTHS = {**_months_of("января февраля марта апреля мая июня июля августа сентября октября ноября декабря"),
                   **_months_of("януари февруари март април май юни юли август септември октомври ноември декември")}
_FOREIGN_FOLDED = {fold(name)[0]: month for name, month in FOREIGN_MONTHS.items()}  # the forms read folded text
_FOREIGN_MONTH = "|".join(sorted(_FOREIGN_FOLDED, key=len, reverse=True))
# '5 Jan 1975': an abbreviation without its full stop, between a day and a year; and a telegram's '12 SEPT'
CAPS_MONTH = "|".join(sorted(map(str.upper, _ABBR), key=len, reverse=True))
TITLE_MONTH = "|".join(sorted(_ABBR, key=len, reverse=True))
SHORT_MONTH = f"{TITLE_MONTH}|{CAPS_MONTH}"
# abbreviations: with a full stop, or before a digit ('Jul 13th, 1951', 'DEC 5'), as no English word is
# 'this January', 'next September', 'last May': the month's year from the document's date
REL = r"(?i:this|next|coming|last|past)"  # 'this January', 'Last summer'
M = (rf"(?:(?P<rel>{REL})\s)?"
     rf"(?P<m>{_MONTH_NAMES}|(?:{SHORT_MONTH})(?:\.|(?=\s\d)))")
# 'the 24 of this past month of October' (Spanish 'del pasado mes de octubre')
MONTH_OF = r"(?:(?:the|this)\s)?(?:(?:past|last|coming|next)\s)?month\sof\s"
M2 = M.replace("?P<m>", "?P<m2>").replace("?P<rel>", "?P<rel2>")
YEAR = r"(?:1[6-9]\d\d|20\d\d)"
Y = rf"(?P<y>{YEAR})"
# a month in lower case, after its day only ('signed on 17 march 1980'; 'may' is the verb, a month only between a
# day and a year: '14-19 may 1980')
LOWER_MONTH = "|".join([m.lower() for m in MONTHS if m != "May"] + [rf"may(?=\s{YEAR})"])
Y2 = rf"(?P<y2>{YEAR})"
SUFFIX = r"(?:st|nd|rd|th|ST|ND|RD|TH)"  # and in a telegram's capitals: 'MAY 3RD'
D = rf"(?P<d>[0-3]?\d)(?:\s?{SUFFIX})?"  # and a suffix typed apart: '28 th September, 1955'
D2 = D.replace("?P<d>", "?P<d2>")
ROMAN_MONTH = "XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I"  # the longer numeral first
R = rf"(?P<r>{ROMAN_MONTH})"
# 'of the current year', 'this year', 'next year [1968]': the document's year, the one after or before it
# and 'this', 'current': 0; 'the following year' counts from the year written last (_YEAR_TAIL_AFTER)
_YEAR_AFTER = {"next": 1, "coming": 1, "last": -1, "past": -1, "previous": -1, "preceding": -1}
_WHICH_YEAR = rf"(?P<cw>current|this|present|{'|'.join(_YEAR_AFTER)})"
CUR = rf"(?P<cur>,?\s(?:of\s)?(?:the\s)?{_WHICH_YEAR}\syear(?:\s(?P<cb>[\[(])(?P<cy>1[6-9]\d\d|20\d\d)(?(cb)[\])]))?)"
DASH = r"\s?[-–—/~]\s?"  # and the tilde of East Asian usage: '1972 September 25th ~ 28th'
_TO_WORDS = "through|to|until|till|and|THROUGH|TO|UNTIL|AND"  # and a telegram's capitals
TO = rf"(?:{DASH}|\s(?:{_TO_WORDS})\s(?:the\s)?)"  # '18th until the 23rd of December'
TO_WORD = r"(?:\s(?:through|to|until|till|and)\s|\s?[-–—]\s?)"  # no slash: '1974/1975' is no pair of months
# a written year, an editorial one in brackets ('5 August [1961]') or 'of this year'
YY = r"['’](?P<yy>\d\d)\b"  # "May '75"
# and 'early January of 1962', an editor's year between slashes: 'January /1968/'
# and an editor's note of the hand: '22 September [handwritten: 1966]'
YEAR_TAIL = (rf"(?:(?:,\s?|\s)(?:of\s)?(?:(?P<yb>\[(?:handwritten:\s)?)|(?P<ys>/))?{Y}(?(yb)\])(?(ys)/)|,?\s{YY}"
             rf"|{CUR})?")


Month = tuple[int, int]  # (year, month)


@dataclass(frozen=True)
class DateHit:
    start: int
    end: int
    attrs: dict


@dataclass(frozen=True)
class Found:
    """What a normaliser sees: the match, the document date and the last month named."""
    groups: dict[str, str | None]
    doc: Month | None  # of the document
    last: Month | None  # of the last full date, for 'on the 10th'
    # of the paragraph's last date with its year written: 'June/July of 1976 (I had suggested
    # September/October)' in a February 1976 note is of 1976, not the September before it
    anchor: Month | None = None
    told: Month | None = None  # of the last date with its year written, here or in a paragraph before
    year: int | None = None  # a bare year the sentence named before: 'In 1956, ... in the beginning of December'
    doc_day: int | None = None  # the document's day, when its date has one: 'last July 22nd' on 30 July

    def with_groups(self, **groups: str | None) -> Found:
        return replace(self, groups={**self.groups, **groups})

    def group(self, name: str) -> str:
        """A group the match filled (the form's pattern, or a ``get`` just before, says it is there)."""
        value = self.groups[name]
        assert value is not None, name
        return value


Normaliser = Callable[[Found], "dict | None"]


@dataclass(frozen=True)
class DateForm:
    name: str
    pattern: str
    normalise: Normaliser
    plausible: Callable[[str, int, int, re.Match], bool] | None = None
    bounded: bool = True  # wrapped in word-boundary guards


def _month(name: str) -> int:
    name = name.rstrip(".")
    title = name.title()
    return MONTHS.index(title) + 1 if title in MONTHS else _ABBR[title]


def _last_day(y: int, m: int) -> int:
    return calendar.monthrange(y, m)[1]


def _ok_day(y: int, m: int, d: int) -> bool:
    return 1 <= m <= 12 and 1 <= d <= _last_day(y, m)


def _day(y: int, m: int, d: int) -> str:
    return f"{y:04d}-{m:02d}-{d:02d}"


CONJECTURE = {"cert": "medium", "evidence": "conjecture"}


def _year_for(f: Found, month: int) -> tuple[int | None, bool]:
    """The written year (four digits, or two: '2.IV.75', "May '75"), else the one that puts
    ``month`` nearest the document date."""
    if f.groups.get("yy"):
        return _two_digit(f.group("yy")), False
    if f.groups.get("y"):
        y = int(f.group("y"))
        return (y + 1900 if y < 100 else y), False
    if f.doc is None:
        return None, True
    dy, dm = f.doc
    if f.groups.get("cy"):  # 'of this year [1974]': the editor's year
        return int(f.group("cy")), False
    if f.groups.get("cur"):  # 'of the current year', 'next year'
        return dy + _YEAR_AFTER.get(f.group("cw").lower(), 0), True
    rel = (f.groups.get("rel") or "").lower()
    if rel == "this":  # 'this January'
        return dy, True
    if rel in ("next", "coming"):  # the first such month after the document's, or after a later date told
        ry, rm = _told_after(f.doc, f.told)  # 'the meeting on Dec 12th, 1951 decided ... next September' (1952)
        return (ry if month > rm else ry + 1), True
    if rel in ("last", "past"):  # the last one before it: 'last July 22nd' on 30 July is this July's
        day = f.groups.get("d")
        earlier_this_month = month == dm and day and f.doc_day is not None and int(day) <= f.doc_day
        return (dy if month < dm or earlier_this_month else dy - 1), True
    if f.year is not None:
        return f.year, True
    return _nearest_year(*(f.anchor or f.doc), month), True


HOURS_YEARS_AHEAD = 10  # a 'year' this far after the document's that reads as hours is the hour


def _hours_at(doc: Month | None, folded: str, m: re.Match) -> int | None:
    """Where the hours a match reads as its year begin: 'Ankara, Turkish language, 22 October, 2000.' in a
    1945 digest is 20:00 hours after a date and its comma, no year 2000."""
    name = next((g for g in ("y", "ty") if m.groupdict().get(g)), None)
    if doc is None or name is None or folded[m.start(name) - 2:m.start(name)] != ", ":
        return None
    y = m.group(name)
    far = int(y) >= 2000 and int(y) - doc[0] > HOURS_YEARS_AHEAD
    return m.start(name) if far and int(y[:2]) < 24 and int(y[2:]) < 60 else None


def _without_hours(cands: list[Candidate], folded: str, doc: Month | None,
                   forms: list[tuple[int, tuple[DateForm, re.Pattern]]]) -> list[Candidate]:
    """The candidates with hours read as a year cut before their comma (matched again by every form that
    fits the shorter span), and the hours' own 'year' dropped."""
    hours = {c[0]: at for c in cands if (at := _hours_at(doc, folded, c[4])) is not None}
    if not hours:
        return cands
    out = [c for c in cands if c[0] not in hours and c[0] not in hours.values()]
    for s, at in hours.items():
        cut = at - 2
        out += [(s, s - cut, prio, form, m) for prio, (form, rx) in forms
                if (m := rx.match(folded, s, cut)) and m.end() == cut]
    out.sort(key=lambda c: (c[0], c[1], c[2]))
    return out


TOLD_AHEAD_MONTHS = 12  # how far after the document's date a date told may move 'next September'


def _told_after(doc: Month, told: Month | None) -> Month:
    """The month a 'next' counts from: a date told after the document's, within a year of it (a
    report dated by its month tells of later meetings), else the document's."""
    if told is None or not 0 < (told[0] - doc[0]) * 12 + told[1] - doc[1] <= TOLD_AHEAD_MONTHS:
        return doc
    return told


ACROSS_YEAR_MONTHS = 4  # 'January' in a November document is the next; in an August one, the same year


def _nearest_year(dy: int, dm: int, month: int) -> int:
    """The document's year, unless the month lies just across a year's boundary from its date
    (December events in a January document; 'in March' said in November 1990 is 1991)."""
    def distance(y: int) -> int:
        return abs((y * 12 + month) - (dy * 12 + dm))

    other = min((dy - 1, dy + 1), key=distance)
    return other if distance(other) <= ACROSS_YEAR_MONTHS and distance(other) < distance(dy) else dy


def _two_digit(y: str, first: int = 1900) -> int:
    """A year in two digits, of the century of ``first`` (a range's first year)."""
    return first // 100 * 100 + int(y) if len(y) == 2 else int(y)


def _result(out: dict, conj: bool) -> dict:
    return {**out, **CONJECTURE} if conj else out


# -- normalisers: one per shape --------------------------------------------------------

def _month_of(f: Found) -> int:
    """The month written as a roman numeral, a number or a name."""
    g = f.groups
    return _ROMAN[f.group("r")] if g.get("r") else int(f.group("mm")) if g.get("mm") else _month(f.group("m"))


def _days(y: int | None, mm: int, f: Found, conj: bool) -> dict | None:
    """Day ``d`` of a month, or the range ``d``-``d2`` where the form has one."""
    d, d2 = int(f.group("d")), f.groups.get("d2")
    if y is None or not _ok_day(y, mm, d):
        return None
    if d2 is None:
        return _result({"when": _day(y, mm, d)}, conj)
    if not (_ok_day(y, mm, int(d2)) and d < int(d2)):
        return None
    return _result({"from": _day(y, mm, d), "to": _day(y, mm, int(d2))}, conj)


def day_month(f: Found) -> dict | None:
    mm = _month_of(f)
    y, conj = _year_for(f, mm)
    return _days(y, mm, f, conj)


NEAR_YEARS = 2  # how far from the document's year a two-digit year without its apostrophe may lie


def day_month_near_year(f: Found) -> dict | None:
    """'11 September 57' in a 1957 document; a number near no document year is no year."""
    return day_month(f) if _near_year(f) else None


def _near_year(f: Found) -> bool:
    return f.doc is not None and abs(_two_digit(f.group("yy")) - f.doc[0]) <= NEAR_YEARS


def first_of_two_days(f: Found) -> dict | None:
    """'10' of '10 or 11 March': the first day alone, of the month after the second."""
    return day_month(f.with_groups(d2=None))


def numeric_either(f: Found) -> dict | None:
    """'25.11.63', '11.25.63', '03.15.' (month first, as translations of telegrams write it): the
    order that gives a real date; day first when both do, unless only month first falls in the
    document's month."""
    return _numeric(f, month_first=False)


def numeric_near_year(f: Found) -> dict | None:
    """'30. 10. 62' in a 1962 telegram; not a section's '2. 3. 45'."""
    return numeric_either(f) if _near_year(f) else None


def slashed(f: Found) -> dict | None:
    """'10/14/50' in a translated telegram's header: month first, the American order; day first
    only where month first gives no date ('14/10/50')."""
    return _numeric(f, month_first=True)


def _numeric(f: Found, month_first: bool) -> dict | None:
    a, b = int(f.group("a")), int(f.group("b"))
    dated: list[tuple[int, int, int, bool]] = []
    for d, mm in ((b, a), (a, b)) if month_first else ((a, b), (b, a)):
        if 1 <= mm <= 12:
            y, conj = _year_for(f, mm)
            if y is not None and _ok_day(y, mm, d):
                dated.append((y, mm, d, conj))
    if not dated:
        return None
    pick = dated[0]
    if len(dated) == 2 and f.doc is not None and (dated[0][:2] != f.doc) and dated[1][:2] == f.doc:
        pick = dated[1]
    y, mm, d, conj = pick
    return _result({"when": _day(y, mm, d)}, conj)


def of_this_month(f: Found) -> dict | None:
    """'the 22nd of this month', 'the 15th-16th of this month': of the document's month."""
    return None if f.doc is None else _days(f.doc[0], f.doc[1], f, True)


_UNITS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"]
ORDINAL_DAYS = {w: n for n, w in enumerate(
    _UNITS + ["tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
              "eighteenth", "nineteenth", "twentieth"]
    + [f"twenty-{u}" for u in _UNITS] + ["thirtieth", "thirty-first"], 1)}


def ordinal_of_this_month(f: Found) -> dict | None:
    """'the sixth [of this month]': a day in words of the document's month."""
    return of_this_month(f.with_groups(d=str(ORDINAL_DAYS[f.group("dw").lower()])))


def ordinal_day_month(f: Found) -> dict | None:
    """'the fifth of May', 'the twenty-first of June 1975'."""
    return day_month(f.with_groups(d=str(ORDINAL_DAYS[f.group("dw").lower()])))


def day_range(f: Found) -> dict | None:
    """'5-10 June', 'the night of 3/4 May', '19, 20 and 21 October 1956', 'December 19 and 24',
    '20-21.V.1975'."""
    mm = _month_of(f)
    y, conj = _year_for(f, mm)
    return _days(y, mm, f, conj) if f.groups.get("d2") else None


_UNITS = "one two three four five six seven eight nine".split()
_DAY_NUMBERS = {**{w: i for i, w in enumerate((*_UNITS, *"ten eleven twelve thirteen fourteen fifteen sixteen "
                                                "seventeen eighteen nineteen twenty".split()), 1)},
                **{f"twenty-{w}": 21 + i for i, w in enumerate(_UNITS)}, "thirty": 30, "thirty-one": 31}
_DAY_WORD = "(?i:" + "|".join(sorted((w.replace("-", "[- ]") for w in _DAY_NUMBERS), key=len, reverse=True)) + ")"


def day_in_words(f: Found) -> dict | None:
    """A telegram's days in words, against garbling: 'on five September', 'one and two September'."""
    def number(word: str) -> str:
        return str(_DAY_NUMBERS[word.lower().replace(" ", "-")])
    second = f.groups.get("dw2")
    found = f.with_groups(d=number(f.group("dw")), d2=number(second) if second else None)
    return day_range(found) if second else day_month(found)


def _first_year(y2: int, m1: int, m2: int) -> int:
    """The year a range starts in, from the year it ends in: December to January spans the year's end."""
    return y2 - 1 if m1 > m2 else y2


def cross_month(f: Found) -> dict | None:
    """'30 April/1 May', '29 June through 8 August 1960', 'July 30th to August 3rd of this year',
    '1 June to 15 June' (a December-January range spans the year)."""
    m1, m2, d1, d2 = _month(f.group("m")), _month(f.group("m2")), int(f.group("d")), int(f.group("d2"))
    y2, conj = _year_for(f, m2)
    if y2 is None:
        return None
    first = f.groups.get("y1")  # '20 December 1955 through 19 January 1956': the first date's own year
    y1 = int(first) if first else _first_year(y2, m1, m2)
    if not (_ok_day(y1, m1, d1) and _ok_day(y2, m2, d2)) or (y1, m1, d1) >= (y2, m2, d2):
        return None
    return _result({"from": _day(y1, m1, d1), "to": _day(y2, m2, d2)}, conj)


def dotted_range(f: Found) -> dict | None:
    """'15.5.-20.5.1962', '30.IV-2.V', '15.5. and 16.5.': from the first day to the last."""
    m1, m2 = (_ROMAN.get(v) or int(v) for v in (f.group("dm"), f.group("dm2")))
    return cross_month(f.with_groups(m=MONTHS[m1 - 1], m2=MONTHS[m2 - 1]))


def iso(f: Found) -> dict | None:
    y = _two_digit(f.group("yy")) if f.groups.get("yy") else int(f.group("y"))
    mm, dd = int(f.group("mm")), int(f.group("dd"))
    return {"when": _day(y, mm, dd)} if _ok_day(y, mm, dd) else None


def iso_near_year(f: Found) -> dict | None:
    """'80. 10. 02.' in a 1980 document; a number near no document year is no year."""
    return iso(f) if _near_year(f) else None


def solar_hijri(f: Found) -> dict | None:
    """'the 30th of Tir 1331', '28 Mordad': the Gregorian day; a yearless one takes the Gregorian year the
    other yearless dates would, and a Gregorian equivalent written after it ('30 Tir 1331 (21 July 1952)',
    'the 30th of Mordad, the 22nd of August') is its day, as the document counts it, within a few days."""
    jm, jd = SOLAR_HIJRI_MONTHS[f.group("pm").title()], int(f.group("d"))
    if f.groups.get("py"):
        day, conj = solar_hijri_to_gregorian(int(f.group("py")), jm, jd), False
    else:
        day, conj = _solar_hijri_yearless(f, jm, jd), True
    if day is None:
        return None
    if f.groups.get("gd") and (said := _said_gregorian(f, day)):
        day, conj = said, conj and not f.groups.get("gy")
    return _result({"when": day.isoformat()}, conj)


EQUIVALENT_DAYS = 3  # how far a Gregorian day written after another calendar's may lie from the reckoned one


def _solar_hijri_yearless(f: Found, jm: int, jd: int) -> datetime.date | None:
    if f.doc is None or (near := solar_hijri_to_gregorian(f.doc[0] - 621, jm, jd)) is None:
        return None
    gy = _year_for(f, near.month)[0] or f.doc[0]
    days = (solar_hijri_to_gregorian(jy, jm, jd) for jy in (gy - 622, gy - 621))
    return next((d for d in days if d is not None and d.year == gy), None)


def _said_gregorian(f: Found, day: datetime.date) -> datetime.date | None:
    gy = int(f.group("gy")) if f.groups.get("gy") else day.year
    with contextlib.suppress(ValueError):
        said = datetime.date(gy, _month(f.group("gm")), int(f.group("gd")))
        if abs((said - day).days) <= EQUIVALENT_DAYS:
            return said
    return None


def month_range(f: Found) -> dict | None:
    """'January-February 1975', 'from January to March', 'April and May' (December to February
    spans the year)."""
    m1, m2 = _month(f.group("m")), _month(f.group("m2"))
    y2, conj = _year_for(f, m2)
    if y2 is None or m1 == m2:
        return None
    y1 = _first_year(y2, m1, m2)
    return _result({"from": f"{y1:04d}-{m1:02d}", "to": f"{y2:04d}-{m2:02d}"}, conj)


def month_year_range(f: Found) -> dict | None:
    """'December 1975 - January 1976', 'from May 1945 to June 1946'."""
    y1, y2, m1, m2 = int(f.group("y")), int(f.group("y2")), _month(f.group("m")), _month(f.group("m2"))
    return {"from": f"{y1:04d}-{m1:02d}", "to": f"{y2:04d}-{m2:02d}"} if (y1, m1) < (y2, m2) <= (y1 + 100, m1) else None


def year_turn(f: Found) -> dict | None:
    """'end of 1918/beginning of 1919': the turn of the year, December to January."""
    y1, y2 = int(f.group("y")), int(f.group("y2"))
    return {"notBefore": f"{y1:04d}-12-01", "notAfter": f"{y2:04d}-01-31"} if y2 == y1 + 1 else None


# the part of a decade or a century before it: 'the late 1950s', 'the second half of the 20th century'
_PART_BEFORE = (r"(?P<part>(?:[Ee]arly|[Mm]id|[Ll]ate)[-\s]?|(?:(?:first|second)\shalf|beginning|start|middle|end)"
                r"\sof\sthe\s)")
_PART_OF_MONTH = {"firsthalf": (1, 15), "secondhalf": (16, 31), "beginning": (1, 10), "start": (1, 10),
                  "early": (1, 10), "middle": (11, 20), "mid": (11, 20), "end": (21, 31), "late": (21, 31),
                  "firstdays": (1, 10), "earlydays": (1, 10), "lastdays": (21, 31),
                  **{f"{nth}{unit}": days for nth, days in (("first", (1, 10)), ("second", (11, 20)),
                                                            ("third", (21, 31)), ("last", (21, 31)))
                     for unit in ("tendays", "ten-dayperiod", "decade")},
                  **{f"{nth}week": (7 * i + 1, 7 * i + 7)
                     for i, nth in enumerate(("first", "second", "third", "fourth"))},
                  "lastweek": (-6, 31)}  # a start below 1 counts back from the month's last day
_PART_OF_YEAR = {"firsthalf": ("01-01", "06-30"), "secondhalf": ("07-01", "12-31"),
                 "beginning": ("01-01", "03-31"), "start": ("01-01", "03-31"), "early": ("01-01", "03-31"),
                 "middle": ("05-01", "08-31"), "mid": ("05-01", "08-31"),
                 "end": ("10-01", "12-31"), "late": ("10-01", "12-31"),
                 "firstquarter": ("01-01", "03-31"), "secondquarter": ("04-01", "06-30"),
                 "thirdquarter": ("07-01", "09-30"), "fourthquarter": ("10-01", "12-31")}
_PART_OF_DECADE = {"early": (0, 3), "beginning": (0, 3), "start": (0, 3), "mid": (4, 6), "middle": (4, 6),
                   "late": (7, 9), "end": (7, 9),
                   "firsthalf": (0, 4), "secondhalf": (5, 9)}


def part_of_month(f: Found) -> dict | None:
    mm = _month(f.group("m"))
    y, conj = _year_for(f, mm)
    return None if y is None else _month_part(f, (y, mm), conj)


def _month_part(f: Found, month: Month, conj: bool) -> dict:
    """The days of ``month`` the match's part names ('end' of it: 21 to its last day)."""
    lo, hi = _PART_OF_MONTH[_part(f)]
    last = _last_day(*month)
    return _result({"notBefore": _day(*month, lo if lo > 0 else last + lo), "notAfter": _day(*month, min(hi, last))},
                   conj)


def part_of_the_month(f: Found) -> dict | None:
    """'until the end of the month': of the month last named, else the document's."""
    month = f.last or f.doc
    return None if month is None else _month_part(f, month, True)


def part_range(f: Found) -> dict | None:
    """'late May-early June': from the first part's first day to the second part's last."""
    second = f.with_groups(part=f.group("part2"))
    return _from_a_part(f, lambda y2, m2: _month_part(second, (y2, m2), False)["notAfter"])


def part_then_month(f: Found) -> dict | None:
    """'late April and May': from the part's first day to the end of the month after it."""
    return _from_a_part(f, lambda y2, m2: _day(y2, m2, _last_day(y2, m2)))


def _from_a_part(f: Found, until: Callable[[int, int], str]) -> dict | None:
    """From the first day of a part of month ``m`` to ``until`` (a day of month ``m2``, in its year)."""
    m1, m2 = _month(f.group("m")), _month(f.group("m2"))
    y2, conj = _year_for(f, m2)
    if y2 is None or m1 == m2:
        return None
    first = _month_part(f, (_first_year(y2, m1, m2), m1), conj)
    return {**first, "notAfter": until(y2, m2)}


def part_of_this_year(f: Found) -> dict | None:
    """'by the end of the year' (of the paragraph's year, else the document's), 'the second half of next year'."""
    said = f.groups.get("cw")
    base = f.doc if said else f.anchor or f.doc
    if base is None:
        return None
    return _result(_year_part(f, base[0] + _YEAR_AFTER.get((said or "").lower(), 0)), True)


def part_of_year(f: Found) -> dict | None:
    return _year_part(f, int(f.group("y")))


_MONTHS_COUNTED = ("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven")


def _day_of(f: Found, mm: int, d: int) -> dict | None:
    """Day ``d`` of month ``mm``, in the year written or the one the document's date implies."""
    y, conj = _year_for(f, mm)
    return _result({"when": _day(y, mm, d)}, conj) if y is not None and _ok_day(y, mm, d) else None


def cyrillic_day_month(f: Found) -> dict | None:
    """'14 сентября 1960 года', '18 сентября', '12 октомври' (of the year the document's date implies)."""
    return _day_of(f, CYRILLIC_MONTHS[f.group("rm")], int(f.group("d")))


def cjk_month_day(f: Found) -> dict | None:
    """'10月12日': of the year the document's date implies."""
    return _day_of(f, int(f.group("mm")), int(f.group("dd")))


def foreign_day_month(f: Found) -> dict | None:
    """'25. Juli 1991': a day of an original's month, with its year."""
    y, mm, d = int(f.group("y")), _FOREIGN_FOLDED[f.group("fm")], int(f.group("d"))
    return {"when": _day(y, mm, d)} if _ok_day(y, mm, d) else None


def first_months(f: Found) -> dict | None:
    """'the first 5 months of 1984': January to the end of the fifth month."""
    n = f.group("nm")
    if f.groups.get("y"):
        y = int(f.group("y"))
    elif f.doc is not None:
        y = f.doc[0] + _YEAR_AFTER.get(f.group("cw").lower(), 0)
    else:
        return None
    last = int(n) if n.isdigit() else _MONTHS_COUNTED.index(n) + 2
    return {"notBefore": f"{y:04d}-01-01", "notAfter": _day(y, last, _last_day(y, last))}


def _year_part(f: Found, y: int) -> dict:
    lo, hi = _PART_OF_YEAR[_part(f)]
    return {"notBefore": f"{y:04d}-{lo}", "notAfter": f"{y:04d}-{hi}"}


_NTH = {"1st": "first", "2nd": "second", "3rd": "third", "4th": "fourth"}  # 'the 1st quarter of 1963'


def _part(f: Found) -> str:
    """'first half', 'mid-', 'Late' -> the key of the tables of parts."""
    part = f.group("part").replace(" ", "").rstrip("-").lower().removesuffix("ofthe").removesuffix("of")
    return _NTH.get(part[:3], part[:3]) + part[3:] if part[:1].isdigit() else part


def _season_days(name: str, y: int) -> tuple[str, str]:
    """The first and last day of the season ``name`` that begins in ``y`` (a winter ends in the next)."""
    m1, m2 = _SEASONS[name.lower()]
    y2 = y + 1 if m2 < m1 else y
    return _day(y, m1, 1), _day(y2, m2, _last_day(y2, m2))


def _season_year(f: Found) -> tuple[int, bool] | None:
    """The written year, else the document's (or the one after or before: 'the summer of last year')."""
    if f.groups.get("y") or f.groups.get("yy"):  # and "the spring of '62"
        return _two_digit(f.groups.get("y") or f.group("yy")), False
    return None if f.doc is None else (f.doc[0] + _YEAR_AFTER.get((f.groups.get("cw") or "").lower(), 0), True)


def season(f: Found) -> dict | None:
    """'the spring of 1970', 'summer 1975', 'the winter of 1970/71', 'the autumn of this year', and a
    third of one: 'the late spring' (its last month), 'early summer 1975' (its first)."""
    if (said := _season_year(f)) is None:
        return None
    first, last = _season_days(f.group("season"), said[0])
    if f.groups.get("y2") and _two_digit(f.group("y2"), said[0]) != int(last[:4]):
        return None  # '1970/71' names the winter's two years; no other season has two
    if f.groups.get("spart"):
        first, last = _season_third(first, _SEASON_THIRDS[f.group("spart").lower().rstrip("-")])
    return _result({"notBefore": first, "notAfter": last}, said[1])


_SEASON_THIRDS = {"early": 0, "mid": 1, "late": 2}


def _season_third(first: str, nth: int) -> tuple[str, str]:
    """The first and last day of a season's ``nth`` month, from its first day."""
    y, mm = divmod(int(first[:4]) * 12 + int(first[5:7]) - 1 + nth, 12)
    return _day(y, mm + 1, 1), _day(y, mm + 1, _last_day(y, mm + 1))


def fiscal_year(f: Found) -> dict | None:
    """'FY 1970', "FY '74": the United States government's fiscal year (July to June to FY 1976, October
    to September from FY 1977); 'CY 1973', "early CY '73": the calendar year, as a year."""
    y = _two_digit(f.groups.get("y") or f.group("yy"))
    if f.group("fy") == "CY":
        return _year_part(f, y) if f.groups.get("part") else {"when": f"{y:04d}"}
    if f.groups.get("part"):
        return None  # an 'early FY 1970' is not said
    first, last = ("07-01", "06-30") if y <= LAST_JULY_FISCAL_YEAR else ("10-01", "09-30")
    return {"notBefore": f"{y - 1:04d}-{first}", "notAfter": f"{y:04d}-{last}"}


LAST_JULY_FISCAL_YEAR = 1976  # the Congressional Budget Act of 1974 moved the start to 1 October


def season_pair(f: Found) -> dict | None:
    """'the autumn and the winter of 1956', 'winter and spring of 1962': from the first's first day to the
    second's last (a winter before a spring is the one that ends in the year)."""
    if (said := _season_year(f)) is None:
        return None
    first, second = _season_days(f.group("season"), said[0]), _season_days(f.group("season2"), said[0])
    if first[0] > second[1]:
        first = _season_days(f.group("season"), said[0] - 1)
    return None if first == second else _result({"notBefore": first[0], "notAfter": second[1]}, said[1])


def relative_season(f: Found) -> dict | None:
    """'last summer', 'next spring', 'this winter': the season before, after or around the document's date."""
    if f.doc is None:
        return None
    name, rel, doc = f.group("season"), f.group("rel").lower(), _day(*f.doc, 1)
    seasons = [(y, _season_days(name, y)) for y in range(f.doc[0] - 2, f.doc[0] + 2)]
    if rel == "this":
        y = next((y for y, (lo, hi) in seasons if lo <= doc <= hi), f.doc[0])
    elif rel in ("next", "coming"):
        y = min(y for y, (lo, _hi) in seasons if lo > doc)
    else:
        y = max(y for y, (_lo, hi) in seasons if hi < doc)
    first, last = _season_days(name, y)
    return _result({"notBefore": first, "notAfter": last}, True)


def month_year(f: Found) -> dict | None:
    mm = _month(f.group("m"))
    return {"when": f"{_year_for(f, mm)[0]:04d}-{mm:02d}"}


def _decade_span(y: int, f: Found) -> dict:
    lo, hi = _PART_OF_DECADE[_part(f)] if f.groups.get("part") else (0, 9)
    return {"notBefore": f"{y + lo:04d}", "notAfter": f"{y + hi:04d}"}


_CENTURY_WORDS = {"sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20,
                  "twenty-first": 21}


def century(f: Found) -> dict | None:
    """'the 20th century', 'the second half of the 20th century', 'the late nineteenth century':
    the parts of a decade, ten times as long (early = 00-39, mid = 40-69, late = 70-99)."""
    c = int(f.group("c")) if f.groups.get("c") else _CENTURY_WORDS[f.group("cw").lower()]
    lo, hi = _PART_OF_DECADE[_part(f)] if f.groups.get("part") else (0, 9)
    y = (c - 1) * 100
    return {"notBefore": f"{y + lo * 10:04d}", "notAfter": f"{y + hi * 10 + 9:04d}"}


def decade(f: Found) -> dict | None:
    """'the 1950s', 'the late 1950s', 'the second half of the 1960s'."""
    return _decade_span(int(f.group("y")), f)


def decade_range(f: Found) -> dict | None:
    """'the 1940s-1950s', 'from the 1940s to the 1960s': from the first decade's first year to the last's last."""
    y1, y2 = int(f.group("y")), int(f.group("y2"))
    return {"notBefore": f"{y1:04d}", "notAfter": f"{y2 + 9:04d}"} if y1 < y2 else None


_COMING_DECADE = 10  # years after the document's within which a decade named without its century begins


def decade_in_words(f: Found) -> dict | None:
    """'the thirties', "the '60s": of the document's century, or the one before if that is further off
    than the coming decade ('the seventies' of 1968 are the 1970s; its 'eighties' the 1880s)."""
    if f.doc is None:
        return None
    tens = int(f.group("tens")) if f.groups.get("tens") else _DECADES[f.group("dec").lower()]
    y = f.doc[0] // 100 * 100 + tens
    if y > f.doc[0] + _COMING_DECADE:
        y -= 100
    return _result(_decade_span(y, f), True)


def year_range(f: Found) -> dict | None:
    """'1966-1970', '1974/75', '1962-3', '1945 to 1950', '1973 and 1974', '1973, 1974 and 1975'."""
    y1, y2 = int(f.group("y")), f.group("y2")
    y2i = int(y2) if len(y2) == 4 else y1 - y1 % 10 ** len(y2) + int(y2)
    return {"from": f"{y1:04d}", "to": f"{y2i:04d}"} if y1 < y2i <= y1 + 100 else None


def year(f: Found) -> dict | None:
    return {"when": f.group("y")}


def year_in_two_digits(f: Found) -> dict | None:
    return {"when": str(_two_digit(f.group("yy")))}


def month(f: Found) -> dict | None:
    mm = _month(f.group("m"))
    y, conj = _year_for(f, mm)
    return None if y is None else _result({"when": f"{y:04d}-{mm:02d}"}, conj)


_RELATIVE_MONTH = {"inst": 0, "ult": -1, "prox": 1, **_YEAR_AFTER}  # and 'of last month', 'of the next month'


def _relative_month(doc: Month, word: str) -> Month:
    y, mm = divmod(doc[0] * 12 + doc[1] - 1 + _RELATIVE_MONTH[word.lower()], 12)
    return y, mm + 1


def day_of_relative_month(f: Found) -> dict | None:
    """'the 15th inst.' (this month), 'the 20th ultimo', 'the 15th of last month', 'the 2nd prox.' (next month)."""
    return None if f.doc is None else _days(*_relative_month(f.doc, f.groups.get("rel") or f.group("rw")), f, True)


def part_of_relative_month(f: Found) -> dict | None:
    """'at the beginning of next month', 'the end of last month', 'early next month'."""
    return None if f.doc is None else _month_part(f, _relative_month(f.doc, f.group("rw")), True)


def day_alone(f: Found) -> dict | None:
    """'on the 10th', 'from the 5th till the 9th': of the month last named, else the document's."""
    month = f.last or f.doc
    return None if month is None else _days(month[0], month[1], f, True)


# -- plausibility checks of single forms --------------------------------------------------

def _month_alone_ok(folded: str, s: int, e: int, m: re.Match) -> bool:
    mon = m.group("m")
    needs_cue = (mon.endswith(".") and not m.groupdict().get("m2")) or mon in ("May", "MAY")
    if needs_cue and not (m.group("rel") or _MONTH_CUE_BEFORE.search(folded[max(0, s - 12):s])):
        return False  # 'May' is usually the verb; 'in May', 'since May', 'early May', 'Sep.-Oct.' are the month
    # 'the October Plenum', 'Ambassador [August] Lindt'; after a year a capital opens the next words; 'the CPSU
    # October plenum' names its plenum
    return bool(m.groupdict().get("y")) or not (re.match(r"\]?\s[A-Z]", folded[e:e + 3]) or (
        _EVENT_NAMED_AFTER.match(folded, e) and not _MONTH_CUE_BEFORE.search(folded[max(0, s - 12):s])))


_EVENT_NAMED_AFTER = re.compile(r"\s(?:plenum|plenary|congress|session|war)\b")  # 'the October war' (1973)


_MONTH_CUE_BEFORE = re.compile(r"\b(?:in|since|until|till|by|from|of|during|early|late|mid-|before|after|next|last|for|"
                               r"this|that|through|to)\s?$", re.IGNORECASE)
# a telegram's header line ('Received: 30.10. at 09.00', 'Taken into process: 1.XI 62.') dates what follows
_HEADER_LABEL = r"(?:received|sent|dispatched|date|dated|completed|deciphered|process):"
_DAY_CUE_BEFORE = re.compile(r"\b(?:on|dated|since|until|till|from|by|"
                             r"(?:morning|evening|night|afternoon|course|day)\sof"
                             rf"|{_HEADER_LABEL})\s$", re.IGNORECASE)
_DAY_CUE_REACH = len("afternoon of ")


def _day_cue_before(folded: str, s: int, e: int, m: re.Match) -> bool:
    """'on 21.08, when': a day and month written as numbers after a word that dates, not 'a rate of 21.08, ...'."""
    return bool(_DAY_CUE_BEFORE.search(folded, max(0, s - _DAY_CUE_REACH), s))


_CLOCK_AFTER = re.compile(r"\s(?:at\s)?[0-2]?\d(?::[0-5]\d|\d\d\b|\.[0-5]\d\b)")  # and '09.00'
_DATE_CUE_BEFORE = re.compile(rf"\b(?:on|dated|of|since|until|till|from|by|{_HEADER_LABEL})\s$", re.IGNORECASE)


def _numeric_no_year_ok(folded: str, s: int, e: int, m: re.Match) -> bool:
    """'03.15.' only beside a clock time or after 'on', 'dated': else a section or list number."""
    return bool(_CLOCK_AFTER.match(folded, e) or _DATE_CUE_BEFORE.search(folded[max(0, s - _DAY_CUE_REACH):s]))


_ARCHIVE_FILE = re.compile(r"\b(?:dosar|file|fond|folio|filele|f\.|d\.)\s\d+/$", re.IGNORECASE)


def _not_archive_file(folded: str, s: int, e: int, m: re.Match) -> bool:
    """A telegram's number and year ('No. 211/1972'), not an archive's file ('dosar 36/1964')."""
    return not _ARCHIVE_FILE.search(folded, max(0, s - 20), s)


def _not_pronoun(folded: str, s: int, e: int, m: re.Match) -> bool:
    """'1. I raised the question': a list number and the pronoun, not 1 January."""
    return not (m.group("r") == "I" and folded[e - 1] != "." and re.match(r"\s[A-Za-z]", folded[e:e + 2]))


_CLAUSE_WORDS = "at|in|and|to|till|until|he|she|they|we|I|the|a|an|it|there|was|were|is"
# what may follow a bare day: a clause goes on ('on the 7th the delegation', 'by the 20th at noon');
# a noun makes it an ordinal ('from the 7th military district', 'the 20th anniversary')
_DAY_FOLLOWS = re.compile(rf"\s(?:{_CLAUSE_WORDS}|of|on|for|from|with|by|during|before|after|or|but|when|will|would|"
                          r"had|has|have|this|that|our|his|her|their|its|as|inst|ult|instant|prox|last|next|ultimo|"
                          r"proximo)\b")


_OR_DAY = re.compile(rf"\s(?:or|and)\s(?:the\s)?[0-3]?\d{SUFFIX}")  # and 'of the 3rd and the 5th armies'


def _not_before_name(folded: str, s: int, e: int, m: re.Match) -> bool:
    """'on the 7th the delegation', not 'the 7th Army' nor 'from the 7th military district', nor
    'from the 10th or 11th floor' (what follows the second of two counts decides for both)."""
    if other := _OR_DAY.match(folded, e):
        e = other.end()
    return not re.match(r"\s[A-Za-z]", folded[e:e + 2]) or bool(_DAY_FOLLOWS.match(folded, e))


def _not_before_date(folded: str, s: int, e: int, m: re.Match) -> bool:
    """'2045 11 October 1991': a registration number before the date; '4 March 1946 at 1800':
    a clock time (a year is never 'at' a year)."""
    if re.search(r"\bat\s$", folded[max(0, s - 4):s]) and int(m.group("y")[2:]) < 60 and int(m.group("y")[:2]) < 24:
        return False
    y = m.group("y")
    cue = _OLD_YEAR_CUE if int(y[2:]) >= 60 or int(y[:2]) >= 24 else _OLD_YEAR_CUE_NOT_CLOCK
    if int(y) < OLD_YEAR and not cue.search(folded, max(0, s - 8), s):
        return False  # 'SENT DEPT 1653', '[stamp: 1786': a number; 'in 1648', 'the 1789 revolution' are years
    return not re.match(r"\s[0-3]?\d\s", folded[e:e + 4])


OLD_YEAR = 1800  # a year before it is a date only after a word that introduces one
_OLD_YEAR_CUE = re.compile(r"\b(?:in|of|since|from|until|till|to|by|before|after|and|the|year)\s$", re.IGNORECASE)
# a number that reads as a clock's hours is a year only after these: 'at 1500 and 1700', 'until after 1700'
_OLD_YEAR_CUE_NOT_CLOCK = re.compile(r"\b(?:in|of|since|the|year)\s$", re.IGNORECASE)


# 'on the 28th', 'by the 28th', 'until the 28th': a day of the month last named (lookbehinds of fixed width)
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_DAY_WORDS = ("on", "by", "until", "till", "since", "from", "between", "dated", "before", "after",
              "than",  # 'no later than the 20th'
              "morning of", "evening of", "night of",
              "afternoon of", "session of", "meeting of", "sitting of",  # 'at the meeting of the 19th'
              *WEEKDAYS, *(w.upper() for w in WEEKDAYS),  # and 'Saturday the 22nd'
              *(w + "," for w in WEEKDAYS), *(w.upper() + "," for w in WEEKDAYS))  # 'MONDAY, the 29th'
# '19, 20 and 21', '22 and 31', and three or more without 'and': '5, 6, 7 May'
_DAY_LIST = rf"{D}(?:(?:,\s[0-3]?\d{SUFFIX}?)*,?\s(?:and|AND|&)\s|(?:,\s[0-3]?\d{SUFFIX}?)+,\s){D2}"
# and the ten-day periods and weeks of Soviet usage: 'the last ten days of May', 'the first week of June'
_MONTH_PART = (r"(?P<part>(?:first|second|third|last)\s(?:ten\sdays|ten-day\speriod|decade)"
               r"|(?:first|second|third|fourth|last)\sweek|(?:first|second|1st|2nd)\shalf|(?:first|early|last)\sdays|beginning|start|middle|end)")
# one side of a range of parts of months: 'end of May', 'the middle of June', 'mid-June', 'early July'
_SIDE_PART = rf"(?P<part>(?:{_MONTH_PART.removeprefix('(?P<part>')}\sof|[Ee]arly|[Mm]id-?|[Ll]ate)\s?"
_YEAR_PART = (r"(?P<part>(?:first|second|1st|2nd)\shalf|(?:first|second|third|fourth|1st|2nd|3rd|4th)\squarter"
              r"|beginning|start|middle|end)")
# a day and its month as a number or a roman numeral, dotted: '15.5', '15. V'
_HOUR = r"[0-2]?\d:[0-5]\d"
_STOP_AFTER = r"(?=\.\s[A-Z])"  # a stop before a capital: the sentence's, not the date's
_DOTTED = rf"(?P<d>[0-3]?\d)\.\s?(?P<dm>1[0-2]|0?[1-9]|{ROMAN_MONTH})"
_DOTTED2 = _DOTTED.replace("?P<d>", "?P<d2>").replace("?P<dm>", "?P<dm2>")
_ORDINAL_WORD = r"(?P<dw>" + "|".join(w for o in sorted(ORDINAL_DAYS, key=len, reverse=True)
                                     for w in (o, o.title())) + ")"  # and 'the Fourth of July'


def _after_any(words: tuple[str, ...], then: str = " ") -> str:
    """Lookbehinds of fixed width for each of ``words`` followed by ``then``."""
    return "(?:" + "|".join(rf"(?<=\b{w}{then})" for w in words) + ")"


_AFTER_YEAR_CUE = _after_any(("in", "In", "since", "until", "by", "of", "from", "to", "and", "before", "after"))
# after a word that introduces a day only: not 'One May morning', 'at one September meeting'
_DAY_WORDS_CUE = _after_any(("on", "On", "of", "by", "until", "till", "since", "from", "before", "after", "dated",
                             "between"), " ")
_DAY_ALONE_AFTER = _after_any(tuple(w + b for v in _DAY_WORDS for w in (v, v.title()) for b in ("", r"\]")),
                              " the ")  # and after an editor's words: '[starting from] the 8th'
_DAY_OR_AFTER = "(?:" + "|".join(rf"(?<=\d{sx} or )" for sx in ("st", "nd", "rd", "th")) + ")"

_WHICH_MONTH = rf"(?P<rw>{'|'.join(_YEAR_AFTER)})\smonth\b"  # 'the end of last month', 'early next month'
# and a sentence's first word ('In the autumn'), and 'as of' with no article ('as of Spring we have not responded')
_SEASON_CUE = "(?:" + _after_any(tuple(w for c in ("during", "in", "by", "since", "until", "over", "throughout")
                                       for w in (c, c.title())), " the ") + "|" + _after_any(("as of", "As of")) + ")"
_SEASON_THIRD = r"(?:(?P<spart>[Ee]arly|[Mm]id-?|[Ll]ate)\s?)?"  # 'the late spring', 'early summer 1975'
_SEASON = r"(?P<season>[Ss]pring|[Ss]ummer|[Aa]utumn|[Ff]all|[Ww]inter)"
_OF_WHICH_YEAR = rf"\sof\s(?:the\s)?{_WHICH_YEAR}\syear"  # 'of this year', 'of the current year', 'of last year'

_SOLAR_HIJRI_MONTH = "|".join(sorted(SOLAR_HIJRI_MONTHS, key=len, reverse=True))
_GREGORIAN_AFTER = (rf"(?:\s[(\[]|,\s(?:the\s)?)(?P<gd>[0-3]?\d){SUFFIX}?\s(?:of\s)?(?P<gm>{_MONTH_NAMES})"
                    rf"(?:,?\s(?P<gy>{YEAR}))?")

_NO_CLOCK = r"(?!\d|:\d)"  # the day is no hour: 'March 10:30', but 'the telegram of March 10:' is a date
_ROMAN_SEP = r"(?:\.\s?|\s|\s?[-/]\s?)"  # between a day, a roman month and a year
_FORM_STOP = r"(?:\.(?=\s[a-z]))?"  # a registry's stop inside its line ('30.X 62. at 09.00'), not a sentence's

FORMS: tuple[DateForm, ...] = (
    DateForm("iso", rf"{Y}-(?P<mm>[01]\d)-(?P<dd>[0-3]\d)", iso),
    DateForm("year_first", rf"{Y}(?P<sep>\.\s?|/|-)(?P<mm>[01]?\d)(?P=sep)(?P<dd>[0-3]?\d)\.?(?![\d.])",
             iso),  # '1962.05.12', '1972.7.4', '1972. 7. 4.', '1962-5-5'
    # a year in two digits first, as Korean and Hungarian headers write it: 'PYONGYANG, 80. 10. 02.' (no day
    # is 32), near the document's year
    DateForm("year_first_short", r"(?P<yy>3[2-9]|[4-9]\d)\.\s?(?P<mm>[01]?\d)\.\s?(?P<dd>[0-3]?\d)\.(?![\d.])",
             iso_near_year),
    # the Iranian solar calendar, with the Gregorian day written after it or not: '30th of Tir 1331 (21 July 1952)'
    DateForm("solar_hijri", rf"{D}\s(?:of\s)?(?P<pm>{_SOLAR_HIJRI_MONTH})(?:,?\s(?P<py>1[2-4]\d\d))?\b"
             rf"(?:(?={_GREGORIAN_AFTER}))?", solar_hijri),
    DateForm("roman", rf"{D}\.\s?{R}\.\s?{Y}", day_month),
    DateForm("roman_dashed", rf"{D}-{R}-{Y}", day_month),  # '12-VI-1975'
    # a day and a roman month without a year after a day's cue: 'Sent out on 25-XI]', 'on 25/XI the', 'on 5 VI the'
    DateForm("roman_joined_no_year", rf"(?<![\w/-]){D}(?:-|/|\s(?!I\b)){R}(?:{_FORM_STOP}(?![-/\w.])|{_STOP_AFTER})",
             day_month, _day_cue_before, bounded=False),
    DateForm("roman_spaced", rf"{D}\s{R}\s{Y}", day_month),  # '16 XI 1962'
    DateForm("roman_spaced_short_year", rf"{D}\s{R}\s(?P<yy>\d\d)(?![\d.,]\d)", day_month_near_year),  # '19 X 56'
    DateForm("roman_slashed", rf"{D}/{R}[/.]{Y}", day_month),  # '17/V/1975', '28/XI.1980'
    DateForm("roman_slashed_short_year", rf"{D}(?P<sep>[/-]){R}(?:(?P=sep)|\.)(?P<yy>\d\d)(?![\d/])",
             day_month),  # '5/V/62', '28/XI.80'
    DateForm("roman_day_range", rf"{D}\.?{TO}{D2}(?P<sep>[./])\s?{R}(?P=sep)\s?{Y}", day_range),  # '20-21.V.1975'
    # two days before one numbered month and its year: 'on 25 and 26.10.1962', '25.-26.10.1962'
    DateForm("numeric_day_range", rf"{D}\.?{TO}{D2}\.(?P<mm>1[0-2]|0?[1-9])\.\s?{Y}", day_range),
    # and without the year: 'on 26 and 27.X. the', 'on 26/27.X.', like roman_no_year
    DateForm("roman_day_range_no_year", rf"{D}\.?{TO}{D2}\.\s?{R}(?:(?![.\w])|\.(?=\s[a-z]|[),;])|{_STOP_AFTER})",
             day_range),
    DateForm("roman_spaced_range", rf"{D}{TO}{D2}\s{R}\s{Y}", day_range),  # '5-8 XII 1962', '5 to 8 XII 1962'
    DateForm("roman_year_first", rf"{Y}\.\s?{R}\.\s?{D}\.?", day_month),
    DateForm("roman_short_year", rf"{D}\.\s?{R}\.\s?(?P<yy>\d\d)", day_month),
    # a Yugoslav registry's 'Received: 30.X 62. at 09.00' (its stop is the form's, not a sentence's)
    DateForm("roman_spaced_short_year_stop", rf"{D}\.{R}\s(?P<yy>\d\d){_FORM_STOP}(?!\d|\.\d)", day_month),
    # the separators mixed as typists mix them, after the forms above: '30. X 62', '30 X. 1962', '30-X 1962',
    # '30/X-62' (a roman month between a day and a year is always a date); the form's stop kept, not a sentence's
    DateForm("roman_any_separators", rf"{D}{_ROMAN_SEP}{R}{_ROMAN_SEP}{Y}(?!\d){_FORM_STOP}", day_month),
    DateForm("roman_any_separators_short_year", rf"{D}{_ROMAN_SEP}{R}{_ROMAN_SEP}(?P<yy>\d\d)(?!\d){_FORM_STOP}",
             day_month_near_year),
    DateForm("roman_no_year", rf"{D}\.\s?{R}(?:(?![.\w])|\.(?=\s[a-z]|[),;])|{_STOP_AFTER})", day_month,
             _not_pronoun),  # 'on 5.V. the', '(5.V.)'; 'on 4.XII. The talks' keeps the sentence's stop outside
    # a range or list of dotted dates, day first: '15.5.-20.5.1962', '15.V-20.V.1962', 'on 15.5. and 16.5.'
    DateForm("dotted_range", rf"{_DOTTED}\.?{TO}{_DOTTED2}\.\s?{Y}", dotted_range),
    DateForm("dotted_range_short_year", rf"{_DOTTED}\.(?:\d\d)?{TO}{_DOTTED2}\.(?P<yy>\d\d)(?![\d.])",
             dotted_range),  # '5.12.62-8.12.62', '5.12.-8.12.62'
    DateForm("dotted_range_no_year", rf"{_DOTTED}\.{TO}{_DOTTED2}\.(?![\w.])", dotted_range, _numeric_no_year_ok),
    DateForm("numeric", rf"(?P<a>[0-3]?\d)\.\s?(?P<b>[0-3]?\d)\.\s?{Y}", numeric_either),  # and '12. 5. 1962'
    DateForm("numeric_dashed", rf"(?P<a>[0-3]?\d)-(?P<b>[0-3]?\d)-{Y}", numeric_either),  # '21-8-1968'
    # a registration number's date: 'No 0483/1.3.1974'
    DateForm("numeric_in_number", rf"(?<=\d/)(?P<a>[0-3]?\d)\.(?P<b>[0-3]?\d)\.{Y}(?![\w/])", numeric_either,
             bounded=False),
    DateForm("year_in_number", rf"(?<=\d/){Y}(?![\w.]|/\d)", year, _not_archive_file,
             bounded=False),  # 'No. 211/1972', '131/1963/top secret'
    DateForm("numeric_short_year", r"(?P<a>[0-3]?\d)\.(?P<b>[0-3]?\d)\.(?P<yy>\d\d)(?!\d|\.\d)", numeric_either),
    DateForm("slashed", r"(?P<a>[0-3]?\d)/(?P<b>[0-3]?\d)/(?:(?P<yy>\d\d)|(?P<y>1[6-9]\d\d|20\d\d))(?![/\d])", slashed),
    DateForm("numeric_bracket_year", r"(?P<a>[0-3]?\d)\.(?P<b>[0-3]?\d)\.\s?\[(?P<y>1[6-9]\d\d|20\d\d)\]",
             numeric_either),  # '14.12. [1978]': the editor's year
    DateForm("numeric_no_year", r"(?P<a>[0-3]?\d)\.(?P<b>[0-3]?\d)\.(?![\w.]|\s[A-Z])", numeric_either,
             _numeric_no_year_ok),
    # without the last stop after a day's cue: 'on 21.08, when', 'on 24.8—the', 'of 23.8. Capitulation' (the
    # sentence's stop outside); not a number's range: 'from 15.5 to 20.5'.
    DateForm("numeric_no_year_cued",
             rf"(?P<a>[0-3]?\d)\.(?P<b>[01]?\d)(?=[,;:—–)]|{_STOP_AFTER}|\s(?:{_CLAUSE_WORDS})\b(?!\s\d))",
             numeric_either, _day_cue_before),
    # without the last stop, after 'on' and before the hour: 'Deciphered on 9.6 at 20:50 hours'
    # and a Polish ciphergram's 'received at 11.17 at 16:00' (two clock times running are no time and a day)
    # and a ciphergram's time of writing: '(27.10 at 22 GMT)', '(10.28 21 GMT)'
    DateForm("numeric_no_year_at", rf"(?:(?<=\bon\s)|(?<=\bat\s)|(?<=\())(?P<a>[0-3]?\d)\.(?P<b>[0-3]?\d)"
             rf"(?=\sat\s{_HOUR}|\s(?:at\s)?[0-2]?\d(?::[0-5]\d)?\s(?:GMT|UTC)\b)", numeric_either, bounded=False),
    # after a header's label, before the hour: 'Received: 30.10 at 09.00'
    DateForm("numeric_no_year_label", r"(?P<a>[0-3]?\d)\.(?P<b>[0-3]?\d)(?=\sat\s[0-2]?\d[:.][0-5]\d)", numeric_either,
             _day_cue_before),
    # a two-digit year after spaced stops: '30. 10. 62' (not a phone's '6-23-86')
    DateForm("numeric_spaced_short_year", r"(?P<a>[0-3]?\d)\.\s(?P<b>[0-3]?\d)\.\s(?P<yy>\d\d)(?!\d|\.\d)",
             numeric_near_year),
    # an editor's doubtful reading of a day in brackets, taken for the day: 'Received on 10.27 [28?].1962'
    # (a correction without doubt leaves the document's day: 'the 7th [6th] of November', below)
    DateForm("numeric_day_read", rf"(?P<a>[0-3]?\d)\.[0-3]?\d\s\[(?P<b>[0-3]?\d)\?\]\.{Y}", numeric_either),
    # a ciphergram's routing line, between slashes and alone on its line: '/16.11./'
    DateForm("numeric_slashed_line", r"(?<=(?<![^\n])/)(?P<a>[0-3]?\d)\.(?P<b>[01]?\d)\.(?=/[ \t\xa0]*(?:\n|$))",
             numeric_either, bounded=False),
    # day and month before an editor's gloss of the same date: '24.10 [24 October]'
    DateForm("numeric_glossed", rf"(?P<a>[0-3]?\d)\.(?P<b>[01]?\d)\.?(?=\s\[(?:[0-3]?\d\s)?(?:{_MONTH_NAMES})\b)",
             numeric_either),
    DateForm("dashed_month_name", rf"{D}-(?P<m>{_MONTH_NAMES}|{SHORT_MONTH})-(?:{Y}|(?P<yy>\d\d))(?![\d-])",
             day_month),  # '05-MAY-62', '5-May-1962'
    DateForm("dotted_month_name", rf"{D}\.(?P<m>{_MONTH_NAMES}|{SHORT_MONTH})\.\s?(?:{Y}|(?P<yy>\d\d)(?!\d))",
             day_month),  # '13.June.1951', '30.Oct.62' (unglued: '30.Oct. 62')
    # a military message's forms: a day, its month and year run together ('30OCT62'), and the date-time group,
    # day, hour and minute, zone, month, year ('301200Z OCT 62')
    DateForm("glued_caps_month", rf"(?P<d>[0-3]?\d)(?P<m>{CAPS_MONTH})(?:(?P<y>{YEAR})|(?P<yy>\d\d))(?!\d)", day_month),
    DateForm("date_time_group",
             rf"(?P<d>[0-3]\d)[0-2]\d[0-5]\d\s?Z\s(?P<m>{CAPS_MONTH}|{_CAPS_MONTH_NAMES})\s(?P<yy>\d\d)(?!\d)",
             day_month),
    DateForm("slashed_month_name", rf"{D}/(?P<m>{_MONTH_NAMES})(?:/|\s){Y}", day_month),  # '11/August 1955'
    DateForm("day_list", rf"{_DAY_LIST}\s(?:of\s)?{M}{YEAR_TAIL}", day_range),
    DateForm("month_day_list", rf"{M}\s{D}(?:,\s[0-3]?\d{SUFFIX}?)+,?\s(?:and|AND|&)\s{D2}(?:,?\s{Y})?{_NO_CLOCK}",
             day_range),  # 'May 5, 6 and 7'
    DateForm("day_range", rf"{D}\.?{TO}{D2}\.?\s(?:of\s)?{M}{YEAR_TAIL}", day_range),  # and '5.-7. May 1976'
    # an editor's year after the first date too: '29 October [1962] and 1 November [1962]'
    DateForm("cross_month", rf"{D}\s(?:of\s)?{M}(?:\s\[{YEAR}\]|\s(?P<y1>{YEAR}))?{TO}{D2}\s(?:of\s)?{M2}{YEAR_TAIL}",
             cross_month),
    DateForm("cross_month_first", rf"{M}\s{D}{TO}{M2}\s{D2}{_NO_CLOCK}{YEAR_TAIL}", cross_month),
    DateForm("day_month", rf"{D}\s(?:of\s)?(?:{MONTH_OF})?{M}{YEAR_TAIL}", day_month),
    DateForm("day_in_words", rf"{_DAY_WORDS_CUE}(?P<dw>{_DAY_WORD})(?:\s(?:and|to|through)\s(?P<dw2>{_DAY_WORD}))?"
             rf"\s{M}{YEAR_TAIL}", day_in_words),  # 'on five September', 'one and two September'
    # a range to a bare day after the month: 'from the 5th of December to the 8th'
    DateForm("day_month_to_day", rf"{D}\sof\s{M}{TO}(?P<d2>[0-3]?\d){SUFFIX}(?!\s(?:of\s)?[A-Z]){YEAR_TAIL}",
             day_range),
    # one of two days, the month named after the other: '10 or 11 March' (two dates)
    DateForm("day_or_day", rf"{D}(?=\sor\s{D2}\s(?:of\s)?{M}{YEAR_TAIL})", first_of_two_days),
    # a handwritten date's two-digit year, of the document's years only: '11 September 57' (not '57 delegates')
    DateForm("day_month_short_year", rf"{D}\s{M}\s(?P<yy>\d\d)(?!\s(?!was\b|has\b|is\b)[a-z]+s\b)",
             day_month_near_year),
    DateForm("day_bracket_month", rf"{D}\s\[(?:of\s)?(?P<m>{_MONTH_NAMES})\]{YEAR_TAIL}", day_month),  # '29 [October]'
    # the editor's correction of the day, the document's day its value (DATES.md): 'the 7th [6th] of November'
    DateForm("day_corrected_month", rf"{D}\s\[[0-3]?\d{SUFFIX}?\]\s(?:of\s)?{M}{YEAR_TAIL}", day_month),
    DateForm("day_list_bracket_month", rf"{_DAY_LIST}\s\[(?:of\s)?(?P<m>{_MONTH_NAMES})\]{YEAR_TAIL}",
             day_range),  # '22 and 31 [October]'
    # the editor's bracket gives the month and the year: '8 [September 1965]', 'the 8th and 9th [of September 1965]'
    DateForm("day_bracket_month_year", rf"{D}\s\[(?:of\s)?(?P<m>{_MONTH_NAMES}),?\s{Y}\]", day_month),
    DateForm("day_list_bracket_month_year", rf"{_DAY_LIST}\s\[(?:of\s)?(?P<m>{_MONTH_NAMES}),?\s{Y}\]", day_range),
    DateForm("day_range_bracket_month_year", rf"{D}\.?{TO}{D2}\.?\s\[(?:of\s)?(?P<m>{_MONTH_NAMES}),?\s{Y}\]",
             day_range),  # 'from 12 to 15 [May 1962]'
    DateForm("day_caps_month", rf"{D}\s(?P<m>{CAPS_MONTH})\.?(?![\w.])", day_month),  # a telegram's 'ON 12 SEPT THE'
    DateForm("day_short_month_alone", rf"{D}\s(?P<m>{TITLE_MONTH})(?=[,;)]|\s[a-z])", day_month),  # 'on 13 Aug, the'
    DateForm("day_lower_month", rf"{D}\s(?:of\s)?(?P<m>{LOWER_MONTH}){YEAR_TAIL}", day_month),
    DateForm("day_range_lower_month", rf"{D}{TO}{D2}\s(?:of\s)?(?P<m>{LOWER_MONTH}){YEAR_TAIL}", day_range),
    # the ordinal's full stop of Scandinavian and German usage: '22. October 1976', 'October 21. 1976'
    DateForm("dotted_day_month", rf"{D}\.\s{M}\s{Y}", day_month),  # with the year: not 'point 5. October was'
    # (and a Polish date's 'r.' (roku), the word for 'year', as the Russian form keeps its 'г.')
    DateForm("foreign_day_month", rf"{D}\.?\s(?:de\s)?(?P<fm>{_FOREIGN_MONTH})\s(?:de\s)?{Y}(?:\sr\.)?",
             foreign_day_month),
    # a Hungarian original's year first: '1962. október 12.'
    DateForm("foreign_year_month_day", rf"{Y}\.\s(?P<fm>{_FOREIGN_MONTH})\s{D}\.?", foreign_day_month),
    # Chinese and Japanese: '1962年10月12日', '10月12日' (Korean's syllables do not survive folding)
    DateForm("cjk_year_month_day",
             r"(?P<y>1[6-9]\d\d|20\d\d)\s?年\s?(?P<mm>1[0-2]|0?[1-9])\s?月\s?(?P<dd>[0-3]?\d)\s?日", iso,
             bounded=False),
    DateForm("cjk_month_day", r"(?<![\d年])(?P<mm>1[0-2]|0?[1-9])\s?月\s?(?P<dd>[0-3]?\d)\s?日", cjk_month_day,
             bounded=False),
    # the word for 'year' after it is the date's, as 'of this year' is: '1960 года', '1960 г.'
    DateForm("cyrillic_day_month", rf"{D}\s(?P<rm>{'|'.join(CYRILLIC_MONTHS)})(?:\s{Y}(?:\sгода|\sг\.)?)?(?![\w])",
             cyrillic_day_month, bounded=False),
    DateForm("month_dotted_day", rf"{M}\s{D}\.\s{Y}", day_month),
    DateForm("day_short_month", rf"{D}\s(?P<m>{SHORT_MONTH})\s{Y}", day_month),
    DateForm("day_dotted_month_short_year", rf"{D}\s(?P<m>(?:{SHORT_MONTH}|Sept)\.)\s(?P<yy>\d\d)(?![\d:.,])",
             day_month),  # '20 Nov. 79'
    # a typed form's blank for the day: '"15" January 1963'
    DateForm("quoted_day_month", rf"[\"“„«]?{D}[\"”»]\s(?:of\s)?{M}{YEAR_TAIL}", day_month),  # and '29" September'
    DateForm("year_month_day_range", rf"{Y},?\s{M}\s{D}{TO}{D2}{_NO_CLOCK}", day_range),  # '1972 September 25th ~ 28th'
    DateForm("year_month_day", rf"{Y},?\s{M}\s{D}{_NO_CLOCK}", day_month),  # '1975 May 5', '1975, May 5'
    DateForm("of_this_month", rf"(?P<d>[0-3]?\d){SUFFIX}?(?:{TO}(?P<d2>[0-3]?\d){SUFFIX}?)?"
             r"\s(?:of\s)?(?:this|the\scurrent|the\spresent)\smonth",  # '25-26 of this month', '27th this month'
             of_this_month),
    DateForm("ordinal_of_this_month", _ORDINAL_WORD + r"\s\[?(?:of\s)?(?:this|the\scurrent|the\spresent)\smonth\]?",
             ordinal_of_this_month),
    DateForm("month_day_range", rf"{M}\s{D}{TO}{D2}(?:,?\s{Y}|{CUR})?{_NO_CLOCK}", day_range),  # '10 -13 this year'
    # and an editor's year: 'August 25 [1976]'
    # not the day of the month after it: 'September 28 October 1966' (a header's corrected month)
    # a telegram's capitals with a two-digit year: 'OCT 30 62'
    DateForm("caps_month_day_short_year", rf"(?P<m>{CAPS_MONTH}|{_CAPS_MONTH_NAMES})\.?\s{D}\s(?P<yy>\d\d)(?!\d)",
             day_month_near_year),
    DateForm("month_day", rf"{M}\s{D}{_NO_CLOCK}(?!\s(?:of\s)?(?:{_MONTH_NAMES})\b)"
             rf"(?:,?\s?(?P<yb>\[)?{Y}(?(yb)\])|,?\s{YY}|{CUR})?", day_month),
    # a comma between month and day, before no noun: 'on May, 30.' (not 'in May, 30 people')
    DateForm("month_comma_day", rf"{M},\s{D}(?=[,.;)]|\s\d{{4}}|$)(?:,?\s{Y})?", day_month),
    DateForm("month_the_day", rf"{M}\sthe\s(?P<d>[0-3]?\d){SUFFIX}(?:,?\s{Y}|{CUR})?", day_month),  # 'May the 5th'
    DateForm("ordinal_day_month", rf"{_ORDINAL_WORD}\sof\s{M}{YEAR_TAIL}", ordinal_day_month),  # 'the fifth of May'
    DateForm("month_ordinal_day", rf"{M}\s{_ORDINAL_WORD}(?:,?\s{Y})?", ordinal_day_month),  # 'June fifteenth'
    DateForm("month_range", rf"{M}{DASH}{M2}\s(?:of\s)?{Y}", month_range),
    # a list of months: 'April, May and June 1962' (one mention, the first to the last)
    DateForm("month_list", rf"{M}(?:,\s(?:{_MONTH_NAMES}))+,?\s(?:and|&)\s{M2}(?:,?\s(?:of\s)?{Y}|{CUR})?", month_range,
             _month_alone_ok),
    # parts of two months, a range ('end of January and the beginning of February' are two): 'late May-early June',
    # 'end of September - beginning of October of this year', 'from the end of May to mid-June 1962'
    DateForm("part_range", rf"{_SIDE_PART}{M}(?:{DASH}|\s(?:to|until|till|through)\s)(?:the\s)?"
             rf"{_SIDE_PART.replace('?P<part>', '?P<part2>')}{M2}{YEAR_TAIL}", part_range),
    # a part of one month and the whole of the next ('the end of January and the beginning of February' are two)
    DateForm("part_then_month", rf"{_SIDE_PART}{M}\s(?:and|to|until|till|through)\s{M2}{YEAR_TAIL}", part_then_month),
    # and a slash between a month's year and the next month: 'December 1962/January 1963'
    DateForm("month_year_range", rf"{M}\s(?:of\s)?{Y}(?:{TO_WORD}|/){M2}\s(?:of\s)?{Y2}", month_year_range),
    DateForm("month_span", rf"{M}(?:{TO_WORD}|/){M2}(?:,?\s(?:of\s)?{Y}|{CUR})?", month_range,
             _month_alone_ok),  # and 'September/October'
    DateForm("year_turn", rf"(?:end|late)\s(?:of\s)?{Y}\s?(?:/|and|-|–)\s?(?:the\s)?(?:beginning|start|early)"
             rf"\s(?:of\s)?{Y2}", year_turn),
    DateForm("part_of_month", rf"{_MONTH_PART}(?:\sof|(?<=week)\sin)\s{M}{YEAR_TAIL}", part_of_month),
    DateForm("early_month", rf"(?P<part>[Ee]arly|[Mm]id-?|[Ll]ate)(?:\s?|\sin\s){M}{YEAR_TAIL}", part_of_month),
    DateForm("part_of_the_month", rf"{_MONTH_PART}\sof\s(?:the|this)\smonth\b", part_of_the_month),
    DateForm("part_of_relative_month", rf"{_MONTH_PART}\sof\s(?:the\s)?{_WHICH_MONTH}", part_of_relative_month),
    DateForm("early_relative_month", rf"(?P<part>early|mid-?|late)\s?{_WHICH_MONTH}", part_of_relative_month),
    DateForm("part_of_year", rf"{_YEAR_PART}\sof\s{Y}", part_of_year),
    DateForm("first_months_of_year", rf"first\s(?P<nm>[1-9]|1[01]|{'|'.join(_MONTHS_COUNTED)})\smonths\sof\s"
             rf"(?:{Y}|(?:the\s)?{_WHICH_YEAR}\syear\b)", first_months),  # '... of 1984', '... of this year'
    DateForm("part_of_this_year", rf"{_YEAR_PART}\sof\s(?:the\s)?(?:{_WHICH_YEAR}\s)?year\b",
             part_of_this_year),  # 'by the end of the year', 'the second half of this year'
    DateForm("early_year", rf"(?P<part>[Ee]arly|[Mm]id-?|[Ll]ate)(?:\s?|\sin\s){Y}", part_of_year),  # 'late in 1962'
    DateForm("part_of_decade", _PART_BEFORE + r"(?P<y>1[6-9]\d0|20\d0)['’]?s\b", decade),
    DateForm("season", rf"{_SEASON_THIRD}{_SEASON}"
             rf"(?:,?\s(?:of\s)?(?:{Y}(?:[/–-](?P<y2>\d\d|{YEAR}))?|{YY})|{_OF_WHICH_YEAR})", season),
    DateForm("season_pair", rf"{_SEASON}\sand\s(?:the\s)?{_SEASON.replace('?P<season>', '?P<season2>')}"
             rf"(?:\s(?:of\s)?{Y}|{_OF_WHICH_YEAR})", season_pair),  # 'the autumn and the winter of 1956'
    DateForm("relative_season", rf"(?P<rel>{REL})\s{_SEASON}", relative_season),  # 'last summer'
    # a season alone, of the document's year, after a cue ('during the summer'; not 'since the fall of Grenada')
    DateForm("season_alone", rf"{_SEASON_CUE}{_SEASON_THIRD}{_SEASON.replace('|[Ff]all', '')}\b"
             # not 'the summer months'; 'in the spring -', 'in the late spring when'
             rf"(?=[,.;:)]|$|\s[-–—]\s|\s(?:{_CLAUSE_WORDS}|when|while|had|has|have)\b)", season),
    DateForm("month_year", rf"{M},?\s(?:(?:of\s)?(?:(?P<yp>\()|(?P<ys>/))?{Y}(?(yp)\))(?(ys)/)|{YY})",
             month_year),  # 'August (1955)', 'January /1968/'
    DateForm("decade_range", r"(?P<y>1[6-9]\d0|20\d0)['’]?s(?:\s?[-–—]\s?|\sto\s(?:the\s)?)"
             r"(?P<y2>1[6-9]\d0|20\d0)['’]?s\b", decade_range),  # 'the 1940s-1950s'
    DateForm("decade", r"(?P<y>1[6-9]\d0|20\d0)['’]?s\b", decade),  # and 'the 1960's'
    DateForm("century", rf"(?:{_PART_BEFORE})?(?:(?P<c>1[6-9]|2[01])(?:st|th)|(?P<cw>{'|'.join(_CENTURY_WORDS)}))"
             r"\s[Cc]entury\b", century),
    DateForm("short_decade", r"(?<=\bthe )(?:(?P<part>[Ee]arly|[Mm]id-?|[Ll]ate)\s?)?['’]?(?P<tens>[1-9]0)['’]?s\b",
             decade_in_words, bounded=False),  # "the '60s", 'the late 50s'
    DateForm("decade_in_words", rf"(?<=\bthe )(?:(?P<part>early|mid-?|late)\s?)?['’]?(?P<dec>{'|'.join(_DECADES)})\b",
             decade_in_words, bounded=False),
    DateForm("year_range", r"(?P<y>1[6-9]\d\d|20\d\d)[-–—/](?P<y2>1[6-9]\d\d|20\d\d|\d\d?)\b", year_range),
    # a life's years with spaced dashes: '(1902 – 1966)', '(1905 -1969)'
    DateForm("year_range_spaced", rf"{Y}(?:\s[-–—]\s?|[-–—]\s)(?P<y2>{YEAR})\b", year_range),
    DateForm("year_list", rf"{Y}(?:(?:,|\sand)\s{YEAR})*(?:,?\s(?:and|&)(?:\sin)?|\s(?:to|through|until|till))\s{Y2}",
             year_range),
    DateForm("fiscal_year", rf"(?:(?P<part>[Ee]arly|[Mm]id-?|[Ll]ate)\s)?(?P<fy>FY|CY)[\s-]?(?:{Y}|['’]?(?P<yy>\d\d))",
             fiscal_year),  # "FY 1970", "FY '74", "early CY '73"
    DateForm("year", Y, year, _not_before_date),
    # 'the pre-1967 border', 'the post-1945 order'
    DateForm("year_prefixed", rf"(?:(?<=\b[Pp]re-)|(?<=\b[Pp]ost-)){Y}(?![\w-])", year, bounded=False),
    DateForm("year_in_slashes", rf"(?<=(?<!\S)/){Y}(?=/(?!\w))", year, bounded=False),  # an editor's 'in Angola /1987/'
    DateForm("month_this_year", rf"{M}{CUR}", month),  # 'May of this year'
    DateForm("month_of", rf"month\sof\s(?P<m>{_MONTH_NAMES}){YEAR_TAIL}", month),  # 'in the month of April'
    DateForm("month", M, month, _month_alone_ok),
    DateForm("day_of_relative_month", r"(?P<d>[0-3]?\d)(?:st|nd|rd|th)?\s(?:(?P<rel>inst|ult|prox)(?:ant\b|imo\b|\.)?"
             rf"|of\s(?:the\s)?(?P<rw>{'|'.join(_YEAR_AFTER)})\smonth)",
             day_of_relative_month),
    # 'on 21st they left' (a day's suffix, and no noun after it: not 'on 21st century issues')
    DateForm("day_alone_on", rf"(?<=\b[Oo]n )(?P<d>[0-3]?\d){SUFFIX}(?=[,.;:)]|$|\s(?:{_CLAUSE_WORDS})\b)", day_alone,
             bounded=False),
    # a Japanese cable's form with its year and month left blank: 'Sent: China 01:35 Year Month 25'
    DateForm("blank_year_month", r"Year\sMonth\s(?P<d>[0-3]?\d)", day_alone),
    DateForm("day_of_the_month", rf"(?P<d>[0-3]?\d){SUFFIX}?\sof\sthe\smonth\b", day_alone),  # 'the 21st of the month'
    # "in '68": a year in two digits after a preposition (not "the '60s")
    DateForm("short_year", rf"{_AFTER_YEAR_CUE}['’](?P<yy>\d\d)\b(?!['’]?s\b)", year_in_two_digits, bounded=False),
    # a day before its weekday: '[Handwritten] - 13 Thursday - Frankfurt' (of the month last named)
    DateForm("day_weekday", rf"(?P<d>[0-3]?\d){SUFFIX}?(?=,?\s(?:{'|'.join(WEEKDAYS)})\b)", day_alone),
    # a day after 'of the', before no noun: 'your telegram of the 7th, the', 'the statement of the 7th and'
    # (not 'of the 7th Congress', 'of the 20th century')
    DateForm("day_of_the", rf"(?<=\bof the )(?P<d>[0-3]?\d){SUFFIX}\b", day_alone, _not_before_name, bounded=False),
    # 'the 5th or 6th': the second of two days with their suffixes (each is a date)
    DateForm("day_after_or", rf"{_DAY_OR_AFTER}(?P<d>[0-3]?\d){SUFFIX}\b", day_alone, _not_before_name, bounded=False),
    DateForm("day_alone", rf"{_DAY_ALONE_AFTER}(?P<d>[0-3]?\d)(?:{SUFFIX}"
             rf"(?:(?:\s(?:to|till|until|through|and)\s(?:the\s)?|[-–])(?P<d2>[0-3]?\d){SUFFIX})?\b|\.(?=,|\s[a-z]))",
             day_alone, _not_before_name, bounded=False),
)
# bounded: no word or slash around it, but a slash before the hour ('21.08.1976/04:30')
_COMPILED = [(f, re.compile(rf"(?<![\w/.\-]){f.pattern}(?![\w])(?!/(?!{_HOUR}))" if f.bounded else f.pattern))
             for f in FORMS]
# Forms that can match text without a digit; every other form needs one (tests/tool/test_dates_speed.py
# checks it on the patterns), so text without a digit is searched with these alone.
WITHOUT_DIGIT = frozenset({"season", "ordinal_day_month", "month_this_year", "part_of_month", "early_month", "month",
                           "month_span", "decade_in_words", "month_ordinal_day", "month_list", "part_range",
                           "part_of_this_year", "ordinal_of_this_month", "century",
                           "part_of_the_month", "season_pair", "relative_season", "season_alone", "month_of",
                           "part_then_month", "part_of_relative_month",
                           "early_relative_month", "first_months_of_year", "day_in_words"})
_DIGIT = re.compile(r"\d")
_MONTH_NAME = re.compile(rf"{M}|\b(?:{SHORT_MONTH})\s\d|\d\s(?:of\s)?(?:{LOWER_MONTH}|{SHORT_MONTH})\b"
                         # and '30-Oct', 'Oct.30', '30OCT62'
                         rf"|\d[-.]?(?:{SHORT_MONTH})\b|\b(?:{SHORT_MONTH})[-.]\d|\d(?:{CAPS_MONTH})\d")


def _needs_month(form: DateForm) -> bool:
    """A form with a month group needs a month name: no form's month is optional
    (tests/tool/test_dates_speed.py checks it on the patterns)."""
    return "(?P<m>" in form.pattern


# (priority, (form, pattern)) of the forms that can match a text, by (has a digit, has a month name)
_RANKED = {
    (digit, month): [(prio, (f, rx)) for prio, (f, rx) in enumerate(_COMPILED)
                     if (digit or f.name in WITHOUT_DIGIT) and (month or not _needs_month(f))]
    for digit in (False, True) for month in (False, True)
}

# words after which a number is an identifier, not a date
_ID_BEFORE = re.compile(r"(?:No|Nr|Nos|no|nr|nos|Nº|dosar|file|fond|folio|filele|pp?|Doc|Document|Article|art|stamp)"
                        r"\.?:?\s"
                        r"(?P<list>(?:\d+(?:,|\sand)\s)+)?$|#\s?$")  # a list's: 'Nº Nº 1 and 2'; '#1631'
_ID_REACH = 30


# a date that names something: 'the 26 July Movement', '1 May Square', 'the 13 December Charter', 'the 14 July
# Revolution', and the month before its day in such a name ('the March 1 Movement')
_NAMED_AFTER = re.compile(r"(?:\s[0-3]?\d(?:st|nd|rd|th)?)?\s(?:Movement|Charter|Front|Group|Street|Square|Avenue"
                          r"|Boulevard|Prize|Factory|Works|Revolution)\b")


_LETTER = re.compile(r"[A-Za-z]")


def _listed(numbers: str, folded: str, s: int, e: int) -> bool:
    """The next number of a list after 'No.' ('Nº Nº 1 and 2 to the 15 May'), not a date written after the
    number and a comma ('Telegram no. 74320, 22 August 1968')."""
    return folded[s].isdigit() and (numbers.endswith("and ") or not _LETTER.search(folded, s, e))


_TIME_AFTER = re.compile(rf"/{_HOUR}")  # '21.08.1976/04:30': a date and the hour


def _context_ok(folded: str, s: int, e: int) -> bool:
    """Shared by every form: no date right after 'No.', 'file', 'pp.', none inside a serial number
    or a name."""
    number = _ID_BEFORE.search(folded[max(0, s - _ID_REACH):s])
    if (number and (not number["list"] or _listed(number["list"], folded, s, e))) or _NAMED_AFTER.match(folded, e):
        return False  # a number of a list after 'No.' too, but not the date after it ('No 1653, May 29')
    after = folded[e:e + 3]
    slash_after = after[:1] == "/" and not (_TIME_AFTER.match(folded, e) or _IN_SLASHES.fullmatch(folded, s - 1, e + 1))
    return not (slash_after or re.match(r"-\d", after) or _military_hours(folded, s, e))


# hours on the 24-hour clock: 'from 1900 to 0600', '2300-0500', '1930 hours'
_HOURS_AFTER = re.compile(r"\s?(?:to|till|until|-|–)\s?0\d{3}\b|\shours\b|\shrs\b")
_HOURS_BEFORE = re.compile(r"\b0\d{3}\s?(?:to|till|until|-|–)\s?$")


def _military_hours(folded: str, s: int, e: int) -> bool:
    return e - s == 4 and folded[s:e].isdigit() and bool(
        _HOURS_AFTER.match(folded, e) or _HOURS_BEFORE.search(folded, max(0, s - 12), s))


_SENTENCE_END = re.compile(r"[.!?;]\s|\n")  # between a bare year and a yearless date: another sentence's
_IN_SLASHES = re.compile(r"/(?:\d{4}|[0-3]?\d\.[01]?\d\.)/")  # an editor's year: 'in Angola /1987/'; and '/16.11./'


# the weekday before a date, in full, in a telegram's capitals or abbreviated ('Tues., May 15')
# and an original's weekdays, folded: 'Montag, 15. Juli 1991', 'lundi 5 mai 1962', 'lunes 5 de mayo de 1962'
FOREIGN_WEEKDAYS = ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonnabend", "Sonntag",
                    "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
                    "lunes", "martes", "miercoles", "jueves", "viernes", "sabado", "domingo")
_WEEKDAY_FORMS = (*WEEKDAYS, *map(str.upper, WEEKDAYS), *FOREIGN_WEEKDAYS,
                  *(rf"{w}\." for w in ("Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun")))
_WEEKDAY_BEFORE = re.compile(rf"(?<![\w])(?:{'|'.join(_WEEKDAY_FORMS)}),?\s(?:the\s)?$")
_WEEKDAY_REACH = max(map(len, WEEKDAYS)) + len(", the ")  # how far before a date its weekday starts


@dataclass(frozen=True)
class Before:
    """What the paragraphs before a paragraph dated: the month named last ('On the 29th' after a
    paragraph on '28 July') and the last month whose year was written ('next September' after
    'the meeting on Dec 12th, 1951')."""
    month: Month | None = None
    told: Month | None = None

    def after(self, dates: Iterable[Mapping[str, str]]) -> Before:
        """What a paragraph with the date mentions ``dates`` (their attributes) leaves to the next."""
        month, told = self.month, self.told
        for attrs in dates:
            if named := month_named(attrs):
                month, told = named, told if "cert" in attrs else named
        return Before(month, told)


NOTHING_BEFORE = Before()  # a document's first paragraph


def find_dates(text: str, doc_date: str | None = None, before: Before = NOTHING_BEFORE) -> list[DateHit]:
    """Date mentions in ``text`` (offsets into ``text``), longest-leftmost, in order, after the
    paragraphs ``before``."""
    return list(_find_dates(text, doc_date, before))


def month_named(attrs: Mapping[str, str]) -> Month | None:
    """The month a date mention ends in, if it names one: what a bare day after it refers to."""
    v = attrs.get("when") or attrs.get("to") or attrs.get("notAfter") or ""
    return (int(v[:4]), int(v[5:7])) if len(v) >= 7 else None


@functools.lru_cache(maxsize=512)  # a document's paragraphs are annotated in two passes: found once
def _find_dates(text: str, doc_date: str | None, before: Before) -> tuple[DateHit, ...]:
    folded, idx = _unglued(*_sure(*fold(text)))
    forms = _RANKED[bool(_DIGIT.search(folded)), bool(_MONTH_NAME.search(folded))]
    doc = _doc_month(doc_date)
    doc_day = int(doc_date[8:10]) if doc_date and len(doc_date) >= 10 and doc_date[8:10].isdigit() else None
    return _chosen(text, folded, idx, _without_hours(candidates(folded, forms), folded, doc, forms), doc, before,
                   doc_day)


Candidate = tuple[int, int, int, DateForm, re.Match]  # start, minus the length, priority, form, match


def candidates(folded: str, forms: list[tuple[int, tuple[DateForm, re.Pattern]]]) -> list[Candidate]:
    """Every plausible match of ``forms`` in ``folded``, leftmost first, then longest, then by priority."""
    cands: list[Candidate] = []
    for prio, (form, rx) in forms:
        for m in rx.finditer(folded):
            s, e = m.span()
            if e > s and _context_ok(folded, s, e) and (form.plausible is None or form.plausible(folded, s, e, m)):
                cands.append((s, -(e - s), prio, form, m))
    cands.sort(key=lambda c: (c[0], c[1], c[2]))
    return cands


def _chosen(text: str, folded: str, idx: list[int], cands: list[Candidate], doc: Month | None,
            before: Before, doc_day: int | None = None) -> tuple[DateHit, ...]:
    """The candidates that do not overlap one chosen before them and normalise, as hits in ``text``."""
    out: list[DateHit] = []
    last_end = -1
    last_month, told = before.month, before.told
    anchor: Month | None = None
    written: int | None = None  # the year of the last date with its year written
    bare_year: tuple[int, int] | None = None  # the last bare year written ('In 1956'), and where it ends
    days_told: dict[str, str] = {}  # the days written with their year: '08-21' -> '1968'
    for s, neg, _prio, form, m in cands:
        if s < last_end:
            continue
        year = bare_year[0] if bare_year and not _SENTENCE_END.search(folded, bare_year[1], s) else None
        attrs = form.normalise(Found(m.groupdict(), doc, last_month, anchor, told, year, doc_day))
        if attrs is None:
            continue
        last_end, attrs = _with_year_tail(folded, s - neg, attrs, doc, written)
        attrs = _as_told_before(attrs, days_told)
        attrs = _not_after_document(attrs, folded, s, doc)
        if m.groupdict().get("rel") and m.start("rel") == s:
            s = m.end("rel") + 1  # 'next May' -> 'May': the adverb leading a date stays outside, as 'February 9 last'
        if len(attrs.get("when", "")) == 10 and (day := _WEEKDAY_BEFORE.search(folded, max(0, s - _WEEKDAY_REACH), s)):
            s = day.start()  # 'Sunday, August 3': the weekday is part of the date
        out.append(DateHit(*_through_brackets(text, idx, s, last_end), attrs))
        named = month_named(attrs)
        last_month = named or last_month
        if named and "cert" not in attrs and doc and abs(named[0] - doc[0]) <= 1:
            anchor = named  # a written year near the document's: the paragraph's year from here on
        if "cert" not in attrs:
            told = named or told
            written = int((attrs.get("when") or attrs.get("from") or attrs["notBefore"])[:4])
            bare_year = (int(attrs["when"]), last_end) if len(attrs.get("when", "")) == 4 else None
            if len(day := attrs.get("when", "")) == 10:
                days_told[day[5:]] = day[:4]
    return tuple(out)


def _as_told_before(attrs: dict, days_told: dict[str, str]) -> dict:
    """A yearless day the paragraph wrote before with its year is that day: 'the anniversary of 21 August
    1968 ... the events of 21 August' in a 1989 memorandum."""
    day = attrs.get("when", "")
    if "cert" in attrs and len(day) == 10 and (year := days_told.get(day[5:])):
        return {**attrs, "when": f"{year}-{day[5:]}"}
    return attrs


# a date that a cited paper or a reported act carries is not after the document that cites it:
# 'NEA's memorandum of February 11' in a November memorandum, 'the reply of the latter dated February 27',
# 'the Korean government replied on September 4' (a day before the memorandum, a later year told before it)
_PAST_CUE = re.compile(r"(?:\b(?:memorandum|memo|letter|telegram|tel|cable|note|despatch|dispatch|airgram|message|"
                       r"report|reply|instruction|aide-m[eé]moire|communication|deptel|embtel|reftel|statement)s?"
                       r"(?:\s[\w’'.,-]+){0,4}?\s(?:of|dated)|\bdated|"
                       r"\b[A-Z][A-Za-z]*\.?\s?\d+,?\s(?:of|dated)|"  # a numbered message: 'Topol 267 of'
                       r"\b(?:replied|answered|wrote|stated|said|"
                       r"announced|informed\s\w+|reported|signed|sent|received|delivered|met|began|ended)\son)\s$",
                       re.IGNORECASE)
PAST_CUE_REACH = 60
PAST_CUE_SLACK_MONTHS = 1  # a cited date this close after the document's is its own year's (a sending's day)


def _not_after_document(attrs: dict, folded: str, start: int, doc: Month | None) -> dict:
    """An inferred year one less when the date after a past cue would fall months after the document's."""
    first = attrs.get("when") or attrs.get("from") or attrs.get("notBefore") or ""
    if "cert" not in attrs or doc is None or len(first) < 7 or \
            not _PAST_CUE.search(folded, max(0, start - PAST_CUE_REACH), start):
        return attrs
    if (int(first[:4]) - doc[0]) * 12 + int(first[5:7]) - doc[1] <= PAST_CUE_SLACK_MONTHS:
        return attrs  # 'dated 06.10' in a telegram of 5 October: the writer's day, or the day it was received
    earlier = {k: f"{int(v[:4]) - 1:04d}{v[4:]}" if k in _VALUE_KEYS else v for k, v in attrs.items()}
    return earlier if all(_valid_iso(earlier[k]) for k in _VALUE_KEYS if k in earlier) else attrs


def _valid_iso(value: str) -> bool:
    parts = [int(p) for p in value.split("-")]
    return len(parts) < 3 or _ok_day(*parts)


# a year after a date whose form took none: 'May 5-7 [1962]', 'June 5th of 1962', 'May 5 /1962/', and the
# narrative's: 'in June of the same year', 'on 5 June of the following year'
_YEAR_TAIL_AFTER = re.compile(rf",?\s(?:of\s)?(?:(?P<tb>\[)(?:of\s)?|(?P<ts>/)|(?P<tp>\())?(?P<ty>{YEAR})\b"
                              r"(?(tb)\])(?(ts)/)(?(tp)\))"
                              r"|,?\s(?:of\s)?(?:the\s)?(?P<tw>same|that|following)\syear\b|" + CUR)
_VALUE_KEYS = ("when", "from", "to", "notBefore", "notAfter")


def _with_year_tail(folded: str, end: int, attrs: dict, doc: Month | None, written: int | None) -> tuple[int, dict]:
    """The end of a yearless date and its values, through a year written or named after it."""
    named = month_named(attrs)
    tail = _YEAR_TAIL_AFTER.match(folded, end) if "cert" in attrs and named and doc else None
    if tail is None or named is None or doc is None or _hours_at(doc, folded, tail) is not None:
        return end, attrs
    shift = _tail_year(tail, doc, written) - named[0]
    moved = {k: f"{int(v[:4]) + shift:04d}{v[4:]}" if k in _VALUE_KEYS else v for k, v in attrs.items()}
    if any(len(v) == 10 and not _ok_day(int(v[:4]), int(v[5:7]), int(v[8:])) for k, v in moved.items()
           if k in _VALUE_KEYS):
        return end, attrs  # 29 February of a year without one
    written_out = tail["ty"] or tail["cy"]
    return tail.end(), {k: v for k, v in moved.items() if k in _VALUE_KEYS} if written_out else moved


def _tail_year(tail: re.Match, doc: Month, written: int | None) -> int:
    """The year a tail writes ('[1962]'), counts from the document's ('of next year') or from the last
    year written ('of the same year', 'of the following year')."""
    if tail["ty"]:
        return int(tail["ty"])
    if tail["cur"]:  # CUR's groups, read as every form reads them
        return _year_for(Found(tail.groupdict(), doc, None), 1)[0] or doc[0]
    return (written or doc[0]) + (tail["tw"] == "following")


# a day's suffix run into the next word or the year, as text taken from a PDF has it: 'January 28thto 30th1980'
# and a month run into its day or year: '5May 1962', 'May5, 1962', 'Sept.5'
_GLUED = re.compile(r"(?<=\d)(?:st|nd|rd|th)(?=(?:to|and|till|until)\s|(?:1[6-9]|20)\d\d\b)"
                    rf"|\d(?=(?:{_MONTH_NAMES}|{SHORT_MONTH})\b)|\b(?:{_MONTH_NAMES}|(?:{SHORT_MONTH})\.?)(?=\d)")


def _unglued(folded: str, idx: list[int]) -> tuple[str, list[int]]:
    """``folded`` with a space after each glued suffix or month (standing for the next character's offset)."""
    cuts = [m.end() for m in _GLUED.finditer(folded)]
    for cut in reversed(cuts):
        folded, idx = folded[:cut] + " " + folded[cut:], idx[:cut] + [idx[cut]] + idx[cut:]
    return folded, idx


_UNSURE_DIGITS = re.compile(r"(?<![\w?])\d\?(?:\d\?)+")  # an editor's doubt on each digit: '2?8? April 1955'


def _sure(folded: str, idx: list[int]) -> tuple[str, list[int]]:
    """``folded`` without the question marks of digits read with doubt (the date is read, its marks kept)."""
    if "?" not in folded:
        return folded, idx
    for m in reversed(list(_UNSURE_DIGITS.finditer(folded))):
        keep = [i for i in range(m.start(), m.end()) if folded[i] != "?"]
        folded = folded[:m.start()] + "".join(folded[i] for i in keep) + folded[m.end():]
        idx = idx[:m.start()] + [idx[i] for i in keep] + idx[m.end():]
    return folded, idx


def _through_brackets(text: str, idx: list[int], s: int, e: int) -> tuple[int, int]:
    """The original offsets of folded ``s``..``e``, with the editor's brackets that folding dropped
    at either edge inside: '[19]56', '[[11]] September [[5]]7'."""
    start, end = idx[s], idx[e - 1] + 1
    while start > 0 and text[start - 1] == "[" and (s == 0 or idx[s - 1] < start - 1):
        start -= 1
    while end < len(text) and text[end] == "]" and idx[e] > end:
        end += 1
    return start, end


def _doc_month(doc_date: str | None) -> Month | None:
    if not doc_date or not doc_date[:4].isdigit():
        return None
    mm = int(doc_date[5:7]) if len(doc_date) >= 7 and doc_date[5:7].isdigit() else 6
    return int(doc_date[:4]), mm
