"""Other calendars' dates as Gregorian days: the Iranian solar (Jalali) calendar.

The arithmetic is the 33-year-cycle rule of Borkowski's break years, as `jalaali-js`
and Iran's civil calendar use it for 1178-3177 of the Hijri solar era. A document
writes '30th of Tir 1331 (21 July 1952)'; the recogniser needs the Gregorian day.
"""

from __future__ import annotations

import datetime

# Farvardin first; the first six months have 31 days, the next five 30, Esfand 29 or 30
SOLAR_HIJRI_MONTHS: dict[str, int] = {
    name: number for number, names in enumerate((
        ("Farvardin",), ("Ordibehesht", "Ordibehest", "Urdibihisht"), ("Khordad", "Khurdad"), ("Tir",),
        ("Mordad", "Amordad", "Murdad"), ("Shahrivar", "Shahrevar", "Shahriwar"), ("Mehr", "Mihr"),
        ("Aban",), ("Azar", "Adhar"), ("Dey",), ("Bahman",), ("Esfand", "Isfand", "Espand"),
    ), start=1) for name in names
}
_BREAKS = (-61, 9, 38, 199, 426, 686, 756, 818, 1111, 1181, 1210, 1635, 2060, 2097, 2192, 2262, 2324, 2394,
           2456, 3178)


def _first_of_farvardin(jy: int) -> datetime.date:
    """The Gregorian day of Nowruz, 1 Farvardin of the solar year ``jy``."""
    leap_j, jp, jump = -14, _BREAKS[0], 0
    for jm in _BREAKS[1:]:
        jump = jm - jp
        if jy < jm:
            break
        leap_j += jump // 33 * 8 + jump % 33 // 4
        jp = jm
    n = jy - jp
    leap_j += n // 33 * 8 + (n % 33 + 3) // 4
    if jump % 33 == 4 and jump - n == 4:
        leap_j += 1
    gy = jy + 621
    leap_g = gy // 4 - (gy // 100 + 1) * 3 // 4 - 150
    return datetime.date(gy, 3, 20 + leap_j - leap_g)


def solar_hijri_to_gregorian(jy: int, jm: int, jd: int) -> datetime.date | None:
    """The Gregorian day of ``jd`` ``jm`` ``jy`` (solar Hijri), or None if there is no such day."""
    if not (1 <= jm <= 12 and 1 <= jd <= (31 if jm <= 6 else 30)) or not 1178 <= jy <= 3177:
        return None
    day = _first_of_farvardin(jy) + datetime.timedelta(days=(jm - 1) * 31 - max(0, jm - 7) + jd - 1)
    if jm == 12 and jd == 30 and day >= _first_of_farvardin(jy + 1):
        return None  # Esfand has 30 days in a leap year only
    return day
