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


def _initials(words: tuple[str, ...]) -> list[str]:
    return [f"{w[0]}." for w in words if w]


def person_forms(name: PersonName) -> list[str]:
    """Every form, the full one first, each once, in a fixed order."""
    forms = [name.full]
    if name.family_first:
        forms.append(" ".join((*name.forenames, name.surname)))  # 'Il Sung Kim' in Western order
    else:
        given = (*name.forenames, *((name.patronymic,) if name.patronymic else ()))
        inits = _initials(given)
        if inits:
            forms += [f"{' '.join(inits)} {name.surname}", f"{''.join(inits)} {name.surname}",
                      f"{inits[0]} {name.surname}", f"{name.surname} {' '.join(inits)}",
                      f"{name.surname} {' '.join(given)}"]
        if name.forenames and name.patronymic:
            forms.append(f"{name.forenames[0]} {name.patronymic}")  # 'Nikita Sergeyevich'
        if len(name.forenames) > 1:
            forms.append(f"{name.forenames[0]} {name.surname}")
    forms.append(name.surname)
    forms += [f.upper() for f in forms if not f.isupper()]
    return list(dict.fromkeys(f for f in forms if f))
