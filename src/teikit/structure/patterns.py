"""What a block of text looks like: the tests every genre's structure shares."""

from __future__ import annotations

import re

MONTH = (r"(?:January|February|March|April|May|June|July|August|September|October|November|December)")
# '2 July 1964', 'July 2, 1964', '9 May 1963', '6 July 1964'
DATE_ONLY = re.compile(rf"^(?:\d{{1,2}} {MONTH},? \d{{4}}|{MONTH} \d{{1,2}}, \d{{4}}|\d{{1,2}}\.[IVX]+\.\d{{4}})\.?$")
PLACE_ONLY = re.compile(r"^[A-Z][\w’'\-]+(?: [A-Z][\w’'\-]+){0,2}$")
PLACE_DATE = re.compile(rf"^[A-Z][\w’'\-]+(?: [A-Z][\w’'\-]+){{0,2}},\s+"
                        rf"(?:\d{{1,2}} {MONTH},? \d{{4}}|{MONTH} \d{{1,2}}, \d{{4}})\.?$")
CLASSIFICATION = re.compile(r"^\[?(?:Top Secret|Strictly Secret|Strictly Confidential|Secret|Confidential|Restricted"
                            r"|For Official Use Only|Eyes Only)\]?(?:\W.*)?$", re.I)
SALUTE_OPEN = re.compile(r"^(?:(?:My )?Dear|Esteemed|Respected|Honou?red)\b.{0,80}[,:!]$|^(?:Dear )?Comrades?[,:!]$")
SALUTE_CLOSE = re.compile(r"^(?:With .{0,60}(?:salutations?|greetings?|regards|respect|esteem)|Sincerely(?: yours)?"
                          r"|Yours .{0,30}|Respectfully(?: yours)?|Best regards|Kind regards)[,.!]?$", re.I)
ADDRESS = re.compile(r"^[Tt][Oo]\s+\S")  # 'To Cde. Bagirov', 'to his Excellency', 'TO THE DEPUTY CHAIRMAN'
# '16.06.93 695/1uatr-ns': a date in figures, perhaps with the registration number after it
NUMERIC_DATE = re.compile(r"^\d{1,2}\.\d{1,2}\.\d{2,4}(?:\s+[\w/\-]+)?$")
CONNECTOR_END = re.compile(r"\b(?:of|and|the|for|in|to|on)$")
FOOTNOTE_TEXT = re.compile(r"^\*(?=\S)(?!\*)")
SIGNATURE_DATE_SPLIT = re.compile(r"^(.*?\S)\s{3,}(\S.*)$")
SENTENCE_END = re.compile(r"[.!?;:…][”\"’')\]]*$")
ABBREVIATION_END = re.compile(r"(?:\b[A-Z]\.|\b(?:Cde|Cdes|No|pp|Mr|Dr)\.)$")


def words(text: str) -> int:
    return len(text.split())


def is_dateline(text: str) -> bool:
    return bool(DATE_ONLY.match(text) or PLACE_DATE.match(text) or NUMERIC_DATE.match(text)
                or (PLACE_ONLY.match(text) and words(text) <= 3))


def is_date(text: str) -> bool:
    return bool(DATE_ONLY.match(text))


def ends_sentence(text: str) -> bool:
    """True when the text ends like prose (not a heading, not 'R.W.P.')."""
    return bool(SENTENCE_END.search(text)) and not ABBREVIATION_END.search(text)


def is_heading_like(text: str, limit: int = 30) -> bool:
    return words(text) <= limit and not ends_sentence(text)


def is_upper_heading(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 6 and all(c.isupper() for c in letters) and words(text) >= 2
