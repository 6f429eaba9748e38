"""The archive's citation string -> a structured TEI ``bibl`` that keeps every character.

'"Title", July 2, 1964, <Name> Digital Archive, ANIC, Fond C.C. al P.C.R., Sectia
Relatii Externe, dosar 36/1964, filele 5-6; Document No. 2 in Buga (2012), pp. 31-32.
Translated by Larry L. Watts and published in CWIHP e-Dossier No. 42.'
Recognised parts are wrapped; whatever is not recognised stays as text.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from teikit.model import Child, Node
from teikit.readers.common import page_date_iso

Rule = tuple[re.Pattern[str], Callable[[re.Match[str]], list[Child]]]

ARCHIVES = {
    "ANIC": "Romanian National Central Historical Archives (ANIC)",
    "PRC FMA": "Archives of the Ministry of Foreign Affairs of the People's Republic of China",
    "AVP RF": "Archive of Foreign Policy of the Russian Federation",
    "RGANI": "Russian State Archive of Contemporary History",
    "SAPMO-BArch": "Foundation Archives of Parties and Mass Organizations of the GDR in the Federal Archives",
}

# The publishing archive as citations name it ('<Name> Digital Archive'), whichever archive it is.
PUBLISHER = r"(?:[A-Z][\w&'.-]* )+Digital Archive"

# A name is capitalised tokens and initials: 'Larry L. Watts'; a final full stop ends the sentence.
TRANSLATOR = re.compile(r"Translated by (?P<name>[A-Z][\w’'\-]*(?:\.(?= ))?(?: [A-Z][\w’'\-]*(?:\.(?= [A-Z]))?){0,4})")


@dataclass
class Citation:
    """What the header needs to know besides the marked-up citation itself."""

    children: list[Child] = field(default_factory=list)
    repository: str = ""
    collections: list[str] = field(default_factory=list)
    file_idno: str = ""
    translator: str = ""


def _range(unit: str) -> Callable[[re.Match[str]], list[Child]]:
    def build(m: re.Match[str]) -> list[Child]:
        attrs = {"unit": unit, "from": m.group("a")}
        if m.group("b"):
            attrs["to"] = m.group("b")
        return [Node("citedRange", attrs, [m.group(0)])]
    return build


ARCHIVAL_PARTS = re.compile(PUBLISHER + r", (?P<parts>[^;]+?)(?:;|\. Translated|\.?\s*$)")
# 'AVPRF fond 0102' is a repository and a collection: cut before the archival units.
UNIT_START = re.compile(r"\s+(?=(?:fond|Fond|opis|delo|dosar)\s)")
# A repository is a name: capitalised words and connectors ('State Archive of the Russian Federation (GARF)'),
# not a remark ('The document, from the Russian Presidential Archives, was given …').
REPOSITORY_NAME = re.compile(r"^[A-Z][\w.()\[\]’'\-]*"
                             r"(?:\s+(?:[A-Z(\[][\w.()\[\]’'\-]*|of|the|and|for|de|in|on|at)){0,12}$")
NOT_GIVEN = re.compile(r"\b(?:not (?:given|indicated|specified|known)|unknown|missing)\b", re.I)


def parse_citation(text: str) -> Citation:
    cit = Citation()
    quoted = text.lstrip().startswith(('"', "\u201c"))  # a quoted title is never the archive
    archival = ARCHIVAL_PARTS.search(text) or (None if quoted
                                               else re.match(r"(?P<parts>[^;]+?)(?:;|\. Translated|\.?\s*$)", text))
    if archival:
        parts = [unit.strip() for p in archival.group("parts").split(",") for unit in UNIT_START.split(p.strip())]
        parts = [p for p in parts if p and not NOT_GIVEN.search(p)]
        if parts and not re.match(r"^(Fond|fond|dosar|filele|f\.|\d)", parts[0]) and REPOSITORY_NAME.match(parts[0]):
            cit.repository = parts[0]
        cit.collections = [p for p in parts if re.match(r"^(Fond|fond|Sectia|Section|Collection|Opis|opis)\b", p)]
        cit.file_idno = next((p for p in parts if re.match(r"^(dosar|file|delo|\d[\d-]+\d)\b", p)), "")
    translator = TRANSLATOR.search(text)
    if translator:
        cit.translator = translator.group("name")
    rules: list[Rule] = [
        (re.compile(r"^[\"“](?P<t>[^\"”]+)[\"”]"), lambda m: ["“" if m.group(0)[0] == "“" else '"',
                                                           Node("title", {}, [m.group("t")]), m.group(0)[-1]]),
        (re.compile(r"(?<=, )(?:January|February|March|April|May|June|July|August|September|October|November|December)"
                    r" \d{1,2}, \d{4}"),
         lambda m: [Node("date", {"when": page_date_iso(m.group(0))}, [m.group(0)])]),
        (re.compile(PUBLISHER), lambda m: [Node("publisher", {}, [m.group(0)])]),
        (re.compile(r"\b(?:Fond|Sectia|Section|Collection) [^,;]+"),
         lambda m: [Node("idno", {"type": "collection"}, [m.group(0)])]),
        (re.compile(r"\bdosar \S+?(?=[,;]|$)"), lambda m: [Node("idno", {"type": "file"}, [m.group(0)])]),
        (re.compile(r"\bfilele (?P<a>\d+)(?:-(?P<b>\d+))?"), _range("folio")),
        (re.compile(r"\bpp?\. (?P<a>\d+)(?:-(?P<b>\d+))?"), _range("page")),
        (re.compile(r"\bDocument No\. \d+"), lambda m: [Node("idno", {"type": "document"}, [m.group(0)])]),
        (re.compile(r"\((?P<y>\d{4})\)"), lambda m: ["(", Node("date", {"when": m.group("y")}, [m.group("y")]), ")"]),
        (TRANSLATOR,
         lambda m: [Node("respStmt", {}, [Node("resp", {}, ["Translated by "]),
                                          Node("persName", {}, [m.group("name")])])]),
        (re.compile(r"(?P<s>CWIHP e-Dossier|CWIHP Bulletin|e-Dossier)(?P<n> No\. \d+)?"),
         lambda m: [Node("series", {}, [Node("title", {"level": "s"}, [m.group("s")]),
                                        *((" ", Node("biblScope", {"unit": "issue"}, [m.group("n").strip()]))
                                          if m.group("n") else ())])]),
    ]
    if cit.repository:
        rules.append((re.compile(re.escape(cit.repository) + r"(?=,)"),
                      lambda m: [Node("orgName", {"role": "repository"}, [m.group(0)])]))
    if cit.file_idno and not cit.file_idno.startswith("dosar"):
        rules.append((re.compile(re.escape(cit.file_idno) + r"(?=,)"),
                      lambda m: [Node("idno", {"type": "file"}, [m.group(0)])]))
    cit.children = markup(text, rules)
    return cit


def markup(text: str, rules: list[Rule]) -> list[Child]:
    """Wrap the leftmost match of any rule, repeatedly; unmatched text stays as text."""
    out: list[Child] = []
    pos = 0
    while pos < len(text):
        best: tuple[re.Match[str], Callable[[re.Match[str]], list[Child]]] | None = None
        for pattern, build in rules:
            m = pattern.search(text, pos)
            if m and m.end() > m.start() and (best is None or m.start() < best[0].start()):
                best = (m, build)
        if best is None:
            break
        m, build = best
        out.append(text[pos:m.start()])
        out.extend(build(m))
        pos = m.end()
    out.append(text[pos:])
    return [c for c in out if c != ""]
