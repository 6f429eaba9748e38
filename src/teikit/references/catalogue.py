"""The bibliography register (``tei/bibliography.xml``): works the documents cite, each
with the ways the documents refer to it (``title type="alt"``)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from teikit.tei.xmltree import TEI_NS, XML_NS

NS = {"t": TEI_NS}


def normalise(text: str) -> str:
    """Lower case, curly quotes and punctuation folded: how references are compared."""
    text = text.replace("’", "'").replace("“", "").replace("”", "").replace('"', "")
    return " ".join(re.sub(r"[^\w.' ]+", " ", text.lower()).split())


@dataclass(frozen=True)
class Work:
    id: str
    kind: str
    title: str
    keys: tuple[str, ...]  # normalised titles and alternative titles
    date: str  # @when, or "" when the entry gives a range or none


class Catalogue:
    def __init__(self, works: list[Work], file_name: str = "bibliography.xml"):
        self.works = works
        self.file_name = file_name
        # Longest key first: 'April 1964 Declaration' before 'April Declaration'.
        self._keys = sorted(((key, work) for work in works for key in work.keys), key=lambda kw: -len(kw[0]))

    @classmethod
    def load(cls, path: Path) -> Catalogue:
        from teikit.lxmltypes import itertext
        from teikit.xmlsafe import parse_xml  # safe parsing: the register may come from anywhere

        root = parse_xml(path).getroot()
        works = []
        for bibl in root.iterfind(f".//{{{TEI_NS}}}listBibl/{{{TEI_NS}}}bibl"):
            titles = ["".join(itertext(t)) for t in bibl.iterfind(f"{{{TEI_NS}}}title")]
            date = bibl.find(f"{{{TEI_NS}}}date")
            works.append(Work(id=bibl.get(f"{{{XML_NS}}}id", ""), kind=bibl.get("type", ""),
                              title=titles[0] if titles else "",
                              keys=tuple(normalise(t) for t in titles if t.strip()),
                              date=date.get("when", "") if date is not None else ""))
        return cls(works, path.name)

    def ref(self, work: Work) -> str:
        return f"{self.file_name}#{work.id}"

    def by_title(self, text: str) -> Work | None:
        """The work whose title or alternative title the reference contains."""
        norm = f" {normalise(text)} "
        return next((work for key, work in self._keys if f" {key} " in norm), None)

    def by_exact_title(self, text: str) -> Work | None:
        """The work with exactly this title ('New Pravda' is not Pravda)."""
        norm = normalise(text)
        return next((work for key, work in self._keys if key == norm), None)

    def by_date(self, kind: str, iso: str) -> Work | None:
        """A letter (or other dated work) of this kind written on this day."""
        return next((w for w in self.works if w.date == iso and w.kind == kind), None)

