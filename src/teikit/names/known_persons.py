"""Well-known persons of 1945-1991, from a shipped data file: typed, never linked.

Documents name world leaders without introduction ('Nixon', 'Arafat', 'Indira
Gandhi'); no cue in the text says they are persons. The table
``data/names/well_known_persons.tsv`` holds each once (surname, forenames,
patronymic, name order, whether the surname alone names them, other spellings);
:func:`teikit.names.forms.person_forms` writes the forms a document uses. The
entries carry no authority: a mention they find is a ``persName`` without a
``ref`` (only the edition's register links a person).
"""

from __future__ import annotations

import re
from importlib import resources

from teikit.names.forms import PersonName, person_forms
from teikit.names.register import Entry

TABLE = "well_known_persons.tsv"
_SLUG = re.compile(r"[^a-z0-9]+")


def _parse(line: str, number: int) -> Entry:
    cols = (line.split("\t") + [""] * 6)[:6]
    surname, forenames, patronymic, order, bare, others = (c.strip() for c in cols)
    if not surname or order not in ("w", "f") or bare not in ("y", "n"):
        raise ValueError(f"{TABLE} line {number}: expected surname, forenames, patronymic, order w|f, "
                         f"bare y|n, other forms; got {line!r}")
    name = PersonName(tuple(forenames.split()), surname, patronymic, family_first=order == "f")
    forms = person_forms(name)
    if bare == "n":  # 'Johnson' alone is anybody
        forms = [f for f in forms if f not in (surname, surname.upper())]
    extra = [f.strip() for f in others.split(";") if f.strip()]
    forms += extra + [f.upper() for f in extra if len(f) >= 4 and not f.isupper()]
    slug = _SLUG.sub("-", f"{surname} {forenames}".lower()).strip("-")
    return Entry(f"known:{slug}", "person", name.full, list(dict.fromkeys(forms)))


def known_persons(text: str | None = None) -> list[Entry]:
    """The entries of the table (or of ``text`` in its format), in file order."""
    if text is None:
        text = resources.files("teikit").joinpath("data", "names", TABLE).read_text(encoding="utf-8")
    return [_parse(line, n) for n, line in enumerate(text.splitlines(), 1)
            if line.strip() and not line.startswith("#")]
