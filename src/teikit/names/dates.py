"""Date expressions → TEI date attributes.

Each pattern yields a span and its normalised attributes (``when``, ``from``/``to``,
``notBefore``/``notAfter``). Where the year is not written ('6 July of the current
year', 'September', 'on the 10th') it is taken from the document date and the
mention says so: ``cert="medium" evidence="conjecture"``. Numbers that only look
like dates (file and page numbers, ordinals before a name, aircraft types) are
refused by the context checks in :func:`_plausible`.

Conventions for vague spans (stated once here, used everywhere):
beginning/early = days 1-10, middle/mid = 11-20, end/late = 21-last,
first half = 1-15, second half = 16-last; of a year: first half Jan-Jun,
second half Jul-Dec, beginning Jan-Mar, end Oct-Dec.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass

from teikit.names.text import fold

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
_ABBR = {"Jan": 1, "Feb": 2, "Mar": 3, "Apr": 4, "Jun": 6, "Jul": 7, "Aug": 8, "Sep": 9,
         "Sept": 9, "Oct": 10, "Nov": 11, "Dec": 12}
_ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4, "V": 5, "VI": 6, "VII": 7, "VIII": 8, "IX": 9,
          "X": 10, "XI": 11, "XII": 12}

M = r"(?P<m>January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.)"
M2 = M.replace("?P<m>", "?P<m2>")
Y = r"(?P<y>1[6-9]\d\d|20\d\d)"
D = r"(?P<d>[0-3]?\d)(?:st|nd|rd|th)?"
D2 = r"(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?"
CUR = r"(?P<cur>,?\s(?:of\s)?(?:the\s)?(?:current|this|present)\syear)"
DASH = r"\s?[-–—]\s?"
YEAR_TAIL = rf"(?:,?\s{Y}|{CUR})?"


@dataclass(frozen=True)
class DateHit:
    start: int
    end: int
    attrs: dict


def _month(name: str) -> int:
    name = name.rstrip(".")
    return MONTHS.index(name) + 1 if name in MONTHS else _ABBR[name]


def _last_day(y: int, m: int) -> int:
    return calendar.monthrange(y, m)[1]


def _ok_day(y: int, m: int, d: int) -> bool:
    return 1 <= d <= _last_day(y, m)


_PATTERNS: list[tuple[str, str]] = [
    ("iso", r"(?P<y>1[6-9]\d\d|20\d\d)-(?P<mm>[01]\d)-(?P<dd>[0-3]\d)"),
    ("roman", r"(?P<d>[0-3]?\d)\.(?P<r>XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I)\.(?P<y>1[6-9]\d\d|20\d\d)"),
    ("numeric", r"(?P<d>[0-3]?\d)\.(?P<mm>[01]?\d)\.(?P<y>1[6-9]\d\d|20\d\d)"),
    ("dd_mm", rf"{D}{DASH}{D2}\s{M}{YEAR_TAIL}"),
    ("d_m_d_m", rf"{D}\s{M}{DASH}{D2}\s{M2}{YEAR_TAIL}"),
    ("d_m", rf"{D}\s(?:of\s)?{M}{YEAR_TAIL}"),
    ("m_dd", rf"{M}\s{D}{DASH}{D2},?\s{Y}"),
    ("m_d", rf"{M}\s{D}(?![\d:])(?:,\s?{Y})?"),
    ("m_m_y", rf"{M}{DASH}{M2}\s(?:of\s)?{Y}"),
    ("part_m", rf"(?P<part>(?:first|second)\shalf|beginning|start|middle|end)\sof\s{M}{YEAR_TAIL}"),
    ("adj_m", rf"(?P<part>early|mid-?|late)\s?{M}{YEAR_TAIL}"),
    ("part_y", rf"(?P<part>(?:first|second)\shalf|beginning|end)\sof\s{Y}"),
    ("m_y", rf"{M}\s(?:of\s)?{Y}"),
    ("decade", r"(?P<y>1[6-9]\d0|20\d0)s\b"),
    ("y_y", r"(?P<y>1[6-9]\d\d|20\d\d)[-–—](?P<y2>1[6-9]\d\d|20\d\d|\d\d)\b"),
    ("y", r"(?P<y>1[6-9]\d\d|20\d\d)"),
    ("m", rf"{M}"),
    ("nth", r"(?<=\bon the )(?P<d>[0-3]?\d)(?:st|nd|rd|th)\b"),
]
_COMPILED = [(name, re.compile(rf"(?<![\w/.\-]){rx}(?![\w/])" if name not in ("nth",) else rx)) for name, rx in _PATTERNS]

# Every pattern holds a digit or a month name: text with neither holds no date (most text nodes).
_MAY_HOLD_DATE = re.compile(r"\d|" + M)

# words after which a number is an identifier, not a year
_ID_BEFORE = re.compile(r"(?:No|Nr|no|nr|dosar|file|fond|folio|filele|pp?|Doc|Document|Article|art)\.?\s$")


def _plausible(name: str, folded: str, s: int, e: int, m: re.Match) -> bool:
    before = folded[max(0, s - 12):s]
    after = folded[e:e + 3]
    if _ID_BEFORE.search(before):
        return False
    if after[:1] in "/" and after[:1]:
        return False
    if re.match(r"-\d", after):  # 109-03895-01, 1964-65 handled by y_y
        return False
    if name == "m":
        mon = m.group("m")
        if mon == "May" or mon.endswith("."):  # 'May' is usually the verb
            return False
        if re.match(r"\s[A-Z]", folded[e:e + 2]):  # 'the October Plenum', 'October Revolution'
            return False
    if name == "nth" and re.match(r"\s[A-Z]", folded[e:e + 2]):
        return False
    if name == "y_y":
        y1, y2 = int(m.group("y")), m.group("y2")
        y2i = int(y2) if len(y2) == 4 else (y1 // 100) * 100 + int(y2)
        if y2i <= y1 or y2i - y1 > 100:
            return False
    return True


def _norm(name: str, m: re.Match, doc_year: int | None, last: tuple[int, int, bool] | None) -> dict | None:
    g = m.groupdict()
    conj = False

    def year() -> int | None:
        nonlocal conj
        if g.get("y"):
            return int(g["y"])
        conj = True
        return doc_year

    if name == "iso":
        y, mm, dd = int(g["y"]), int(g["mm"]), int(g["dd"])
        if not (1 <= mm <= 12 and _ok_day(y, mm, dd)):
            return None
        out = {"when": f"{y:04d}-{mm:02d}-{dd:02d}"}
    elif name in ("roman", "numeric"):
        y, d = int(g["y"]), int(g["d"])
        mm = _ROMAN[g["r"]] if name == "roman" else int(g["mm"])
        if not (1 <= mm <= 12 and _ok_day(y, mm, d)):
            return None
        out = {"when": f"{y:04d}-{mm:02d}-{d:02d}"}
    elif name in ("dd_mm", "m_dd"):
        y = year()
        if y is None:
            return None
        mm, d1, d2 = _month(g["m"]), int(g["d"]), int(g["d2"])
        if not (_ok_day(y, mm, d1) and _ok_day(y, mm, d2) and d1 < d2):
            return None
        out = {"from": f"{y:04d}-{mm:02d}-{d1:02d}", "to": f"{y:04d}-{mm:02d}-{d2:02d}"}
    elif name == "d_m_d_m":
        y = year()
        if y is None:
            return None
        m1, m2, d1, d2 = _month(g["m"]), _month(g["m2"]), int(g["d"]), int(g["d2"])
        if not (_ok_day(y, m1, d1) and _ok_day(y, m2, d2) and m1 < m2):
            return None
        out = {"from": f"{y:04d}-{m1:02d}-{d1:02d}", "to": f"{y:04d}-{m2:02d}-{d2:02d}"}
    elif name in ("d_m", "m_d"):
        y = year()
        if y is None:
            return None
        mm, d = _month(g["m"]), int(g["d"])
        if not _ok_day(y, mm, d):
            return None
        out = {"when": f"{y:04d}-{mm:02d}-{d:02d}"}
    elif name == "m_m_y":
        y, m1, m2 = int(g["y"]), _month(g["m"]), _month(g["m2"])
        if m1 >= m2:
            return None
        out = {"from": f"{y:04d}-{m1:02d}", "to": f"{y:04d}-{m2:02d}"}
    elif name in ("part_m", "adj_m"):
        y = year()
        if y is None:
            return None
        mm = _month(g["m"])
        last_d = _last_day(y, mm)
        part = g["part"].replace(" ", "").rstrip("-")
        lo, hi = {"firsthalf": (1, 15), "secondhalf": (16, last_d), "beginning": (1, 10), "start": (1, 10),
                  "early": (1, 10), "middle": (11, 20), "mid": (11, 20), "end": (21, last_d), "late": (21, last_d)}[part]
        out = {"notBefore": f"{y:04d}-{mm:02d}-{lo:02d}", "notAfter": f"{y:04d}-{mm:02d}-{hi:02d}"}
    elif name == "part_y":
        y = int(g["y"])
        part = g["part"].replace(" ", "")
        lo, hi = {"firsthalf": ("01-01", "06-30"), "secondhalf": ("07-01", "12-31"),
                  "beginning": ("01-01", "03-31"), "end": ("10-01", "12-31")}[part]
        out = {"notBefore": f"{y:04d}-{lo}", "notAfter": f"{y:04d}-{hi}"}
    elif name == "m_y":
        out = {"when": f"{int(g['y']):04d}-{_month(g['m']):02d}"}
    elif name == "decade":
        y = int(g["y"])
        out = {"from": f"{y:04d}", "to": f"{y + 9:04d}"}
    elif name == "y_y":
        y1, y2 = int(g["y"]), g["y2"]
        y2i = int(y2) if len(y2) == 4 else (y1 // 100) * 100 + int(y2)
        out = {"from": f"{y1:04d}", "to": f"{y2i:04d}"}
    elif name == "y":
        out = {"when": g["y"]}
    elif name == "m":
        y = year()
        if y is None:
            return None
        out = {"when": f"{y:04d}-{_month(g['m']):02d}"}
    elif name == "nth":
        if last is None:
            return None
        y, mm, was_conj = last
        d = int(g["d"])
        if not _ok_day(y, mm, d):
            return None
        conj = True
        out = {"when": f"{y:04d}-{mm:02d}-{d:02d}"}
    else:  # pragma: no cover
        return None
    if conj:
        out.update({"cert": "medium", "evidence": "conjecture"})
    return out


def find_dates(text: str, doc_date: str | None = None) -> list[DateHit]:
    """Date mentions in ``text`` (offsets into ``text``), longest-leftmost, in order."""
    folded, idx = fold(text)
    if not _MAY_HOLD_DATE.search(folded):
        return []
    doc_year = int(doc_date[:4]) if doc_date and doc_date[:4].isdigit() else None
    cands: list[tuple[int, int, int, str, re.Match]] = []
    for prio, (name, rx) in enumerate(_COMPILED):
        for m in rx.finditer(folded):
            s, e = m.span()
            if e > s and _plausible(name, folded, s, e, m):
                cands.append((s, -(e - s), prio, name, m))
    cands.sort(key=lambda c: (c[0], c[1], c[2]))
    out: list[DateHit] = []
    last_end = -1
    last_month: tuple[int, int, bool] | None = None
    for s, neg, _prio, name, m in cands:
        e = s - neg
        if s < last_end:
            continue
        attrs = _norm(name, m, doc_year, last_month)
        if attrs is None:
            continue
        last_end = e
        out.append(DateHit(idx[s], idx[e - 1] + 1, attrs))
        v = attrs.get("when") or attrs.get("to") or attrs.get("notAfter") or ""
        if len(v) >= 7:
            last_month = (int(v[:4]), int(v[5:7]), "cert" in attrs)
    return out
