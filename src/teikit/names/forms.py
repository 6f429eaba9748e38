"""The forms a person's name takes in documents, generated from the name written once.

From forename(s), patronymic and surname: initials ('N. S. Khrushchev',
'N.S. Khrushchev', 'N. Khrushchev'), surname first ('Khrushchev N. S.', 'Kovács
János'), the Russian form of address ('Nikita Sergeyevich'), the surname alone,
and all of these in capitals as telegrams type them. Diacritics and possessives
need no forms of their own: the matcher folds diacritics and leaves "'s" outside.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class PersonName:
    forenames: tuple[str, ...]
    surname: str
    patronymic: str = ""
    family_first: bool = False  # written surname first (East Asian, Hungarian): 'Kim Il Sung'

    @property
    def full(self) -> str:
        given = " ".join((*self.forenames, self.patronymic) if self.patronymic else self.forenames)
        return f"{self.surname} {given}".strip() if self.family_first else f"{given} {self.surname}".strip()


DIGRAPHS = ("Ya", "Yu", "Ye", "Yo", "Ia", "Iu", "Zh", "Kh", "Ch", "Sh", "Ts")  # one Cyrillic letter each


def _initial_styles(words: tuple[str, ...]) -> list[list[str]]:
    """Initials one letter each ('I. V.'), and where a word begins with a letter that Latin
    writes with two ('Yuri', 'Iakovlevich'), the transliterated initial too ('Yu. V.')."""
    plain = [f"{w[0]}." for w in words if w]
    digraph = [f"{w[:2]}." if w.startswith(DIGRAPHS) else f"{w[0]}." for w in words if w]
    return [plain] if digraph == plain else [plain, digraph]


def _western_forms(name: PersonName) -> list[str]:
    given = (*name.forenames, *((name.patronymic,) if name.patronymic else ()))
    forms = []
    for inits in _initial_styles(given) if given else []:
        forms += [f"{' '.join(inits)} {name.surname}", f"{''.join(inits)} {name.surname}",
                  f"{inits[0]} {name.surname}", f"{name.surname} {' '.join(inits)}"]
    if given:
        forms.append(f"{name.surname} {' '.join(given)}")
    if name.forenames and (name.patronymic or len(name.forenames) > 1):
        forms.append(f"{name.forenames[0]} {name.surname}")  # 'Leonid Brezhnev'
    if name.forenames and name.patronymic:
        forms.append(f"{name.forenames[0]} {name.patronymic}")  # 'Nikita Sergeyevich', a form of address
        forms.append(f"{name.forenames[0]} {name.patronymic[0]}. {name.surname}")  # 'Nikita S. Khrushchev'
    return forms


def person_forms(name: PersonName) -> list[str]:
    """Every form, the full one first, each once, in a fixed order."""
    forms = [name.full]
    if name.family_first:
        forms.append(" ".join((*name.forenames, name.surname)))  # 'Il Sung Kim' in Western order
    else:
        forms += _western_forms(name)
    forms.append(name.surname)
    forms += [f.upper() for f in forms if not f.isupper()]
    return list(dict.fromkeys(f for f in forms if f))
