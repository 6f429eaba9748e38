"""Inline transcription features: editorial brackets and asterisk note calls.

Every bracket the source typed becomes the element that says what it is, with
``rend="brackets"`` so the diplomatic view can print the brackets again; the
text inside is kept as typed (see docs/encoding.md).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from teikit.model import Child, Node

# On the bracket's own line: a line break between them would land inside the choice.
ACRONYM_BEFORE = re.compile(r"(?<![\w.])([A-Z][A-Za-z]{0,2}[A-Z][A-Za-z]{0,4}|[A-Z]{2,8})([^\S\n]+)$")
WORD_BEFORE = re.compile(r"([\w’'\-]+)(\s*)$")
NOTE_CALL = re.compile(r"(?<=[\w.”\"’)\]])\*(?=[\s.,;:)\]]|$)")
ACRONYM = re.compile(r"^[A-Z][A-Za-z]*[A-Z][A-Za-z]*$")
SINGLE_WORD = re.compile(r"^[a-zăâîșşțţ\-'’]{3,}$")
ROMANIAN_LOOK = re.compile(r"[ăâîșşțţ]|(?:ea|ul|ii|rea|ție|ului)$")
NOTE_START = re.compile(r"^(Translator|Editor|Transcriber|Note)\b", re.I)
# Remarks of the editors on the document's look or state: '[emphasis in the original]', '[illegible]'.
EDITORIAL_REMARK = re.compile(r"^\[?(?:emphasis|underlin|italics|illegible|unclear|handwritten|stamp|signature|seal|"
                              r"pages? missing|transcript begins|text missing|"
                              r"in (?:Polish|Russian|English|German|French)\b|"
                              r"[\w ]{0,30}word used in (?:the )?text|[\w ]{0,40}\b(?:in|of) the original\b)", re.I)
WORD_INSIDE = re.compile(r"^[^\W\d_][\w’'\-]*$")  # letters only: the rest of a word
LANGUAGE_TAGS = {"Russian": "ru-Latn", "Romanian": "ro", "Chinese": "zh-Latn", "Bulgarian": "bg-Latn",
                 "Hungarian": "hu", "Polish": "pl", "German": "de", "French": "fr", "Czech": "cs"}


@dataclass
class InlineContext:
    """What inline parsing needs from the document and leaves for later stages."""

    original_languages: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    note_calls: list[Node] = field(default_factory=list)  # anchors awaiting their note text
    doc_id: str = "d"
    counters: dict[str, int] = field(default_factory=dict)
    indents: dict[str, int] = field(default_factory=dict)  # a line (stripped) -> its indentation in the source

    def new_id(self, kind: str) -> str:
        """Stable ids: document id, kind and a counter in document order."""
        self.counters[kind] = self.counters.get(kind, 0) + 1
        return f"{self.doc_id}-{kind}{self.counters[kind]}"


@lru_cache(maxsize=1)
def english() -> Any:  # pyspellchecker ships no type information
    """pyspellchecker's English checker, built once per process (its word list takes ~0.3 s)."""
    from spellchecker import SpellChecker

    return SpellChecker()


def is_english_word(word: str) -> bool:
    return bool(english().known([word.lower().strip("'’")]))


def parse(text: str, ctx: InlineContext) -> list[Child]:
    """A line of source text -> text and inline elements."""
    out: list[Child] = []
    pos = 0
    while True:
        start = text.find("[", pos)
        if start < 0:
            break
        end = _matching(text, start)
        if end < 0:
            ctx.warnings.append(f"unbalanced '[' kept as text: {text[start:start + 40]!r}")
            break
        _literal(out, text[pos:start], ctx)
        _bracket(out, text[start + 1:end], ctx)
        pos = end + 1
    _literal(out, text[pos:], ctx)
    return _merge_text(out)


# Each pair of brackets becomes an element; past this many levels a paragraph would nest deeper
# than XML readers go (teikit.xmlsafe.MAX_DEPTH), so such a page is refused before any work.
MAX_BRACKET_DEPTH = 32


def bracket_nesting(text: str) -> int:
    """How deep matched square brackets nest in ``text`` (an unmatched '[' adds nothing: it stays text)."""
    open_, deepest = 0, 0
    for char in text:
        if char == "[":
            open_ += 1
        elif char == "]" and open_:
            deepest = max(deepest, open_)
            open_ -= 1
    return deepest


def _matching(text: str, start: int) -> int:
    depth = 0
    for i in range(start, len(text)):
        if text[i] == "[":
            depth += 1
        elif text[i] == "]":
            depth -= 1
            if depth == 0:
                return i
    return -1


# The audience's reaction in a speech: '(lively reaction in the hall)', '(Applause.)'.
STAGE_INLINE = re.compile(r"\((?:applause|laughter|lively|animation|noise|commotion|stir|voices|shouts|"
                          r"reaction|pause|ovation)\b[^()\[\]]{0,60}\)", re.I)


def _literal(out: list[Child], text: str, ctx: InlineContext) -> None:
    """Plain text, with stage directions and asterisk note calls ('CONVERSATION*') marked."""
    pos = 0
    for match in STAGE_INLINE.finditer(text):
        _calls(out, text[pos:match.start()], ctx)
        out.append(Node("stage", {}, [match.group(0)]))
        pos = match.end()
    _calls(out, text[pos:], ctx)


def _calls(out: list[Child], text: str, ctx: InlineContext) -> None:
    pos = 0
    for match in NOTE_CALL.finditer(text):
        out.append(text[pos:match.start()])
        anchor = Node("anchor", {"xml:id": ctx.new_id("a"), "n": "*"})
        ctx.note_calls.append(anchor)
        out.append(anchor)
        pos = match.end()
    out.append(text[pos:])


def _take_before(out: list[Child], pattern: re.Pattern[str]) -> tuple[str, str] | None:
    """Cut the match of ``pattern`` off the end of the text emitted so far."""
    if not out or not isinstance(out[-1], str):
        return None
    match = pattern.search(out[-1])
    if not match:
        return None
    out[-1] = out[-1][:match.start()]
    return match.group(1), match.group(2)


def _glued_before(out: list[Child]) -> bool:
    """The text so far ends in a letter: the bracket continues that word ('K[ovalev]')."""
    return bool(out) and isinstance(out[-1], str) and out[-1][-1:].isalpha()


def _after_gap(out: list[Child]) -> bool:
    last = [c for c in out if not (isinstance(c, str) and not c.strip())][-1:]
    return bool(last) and isinstance(last[0], Node) and last[0].tag == "gap"


def _bracket(out: list[Child], content: str, ctx: InlineContext) -> None:
    bare = content.strip()
    if _glued_before(out) and WORD_INSIDE.match(content):
        out.append(Node("supplied", {"reason": "incomplete", "rend": "brackets"}, [content]))
    elif EDITORIAL_REMARK.match(bare) or "\n" in bare:  # a bracket over several lines describes a stamp, a note
        out.append(Node("note", {"type": "editorial", "rend": "brackets"}, parse(content, ctx)))
    elif _after_gap(out) and bare not in ("...", "…", ". . .") and not bare.isdigit():
        out.append(Node("note", {"type": "summary", "rend": "brackets"}, parse(content, ctx)))
    elif bare in ("...", "…", ". . ."):
        out.append(Node("gap", {"reason": "editorial", "rend": "brackets" if bare != "…" else "brackets-ellipsis"}))
    elif bare == "?":
        out.append(Node("metamark", {"function": "uncertainty", "rend": "brackets"}, [content]))
    elif bare.upper() == "SIC":
        word = _take_before(out, WORD_BEFORE)
        if word:
            out.extend([Node("sic", {}, [word[0]]), word[1]])
        out.append(Node("metamark", {"function": "sic", "rend": "brackets"}, [content]))
    elif re.match(r"^sic\b\W", bare, re.I):
        out.append(Node("note", {"type": "sic", "resp": "#translator", "rend": "brackets"}, parse(content, ctx)))
    elif NOTE_START.match(bare):
        translator = bare.lower().startswith("transl")
        attrs = {"type": "translator", "resp": "#translator"} if translator else {"type": "editorial"}
        out.append(Node("note", {**attrs, "rend": "brackets"}, parse(content, ctx)))
    elif bare.isdigit():
        out.append(f"[{content}]")  # '[63]' in 'Zhongfa [63] No. 328' is part of the reference itself
    elif not ACRONYM.match(bare) and (acronym := _take_before(out, ACRONYM_BEFORE)):
        expansion = Node("expan", {"rend": "brackets"}, parse(content, ctx))
        out.append(Node("choice", {}, [Node("abbr", {}, [acronym[0]]), acronym[1], expansion]))
    elif ACRONYM.match(bare):
        out.append(Node("supplied", {"reason": "abbreviation", "rend": "brackets"}, [Node("abbr", {}, [content])]))
    elif SINGLE_WORD.match(bare) and not is_english_word(bare) and out and isinstance(out[-1], str) and out[-1].strip():
        out.append(Node("foreign", {"xml:lang": _language(bare, ctx), "rend": "brackets"}, [content]))
    else:
        out.append(Node("supplied", {"reason": "omitted", "rend": "brackets"}, parse(content, ctx)))


def _language(word: str, ctx: InlineContext) -> str:
    for language in ctx.original_languages:
        if language in LANGUAGE_TAGS and language != "Chinese":
            return LANGUAGE_TAGS[language]
    return "ro" if ROMANIAN_LOOK.search(word) else "ru-Latn"


def _merge_text(children: list[Child]) -> list[Child]:
    merged: list[Child] = []
    for child in children:
        if isinstance(child, str):
            if not child:
                continue
            if merged and isinstance(merged[-1], str):
                merged[-1] += child
                continue
        merged.append(child)
    return merged


def lines_to_children(lines: list[str], ctx: InlineContext) -> list[Child]:
    """The lines of one block -> inline content, line breaks kept as ``lb``. The block is
    parsed as one text, so a bracket that spans lines stays one element."""
    return _breaks(parse("\n".join(lines), ctx))


def _breaks(children: list[Child]) -> list[Child]:
    """Newlines in the text (and inside elements) -> ``lb``."""
    out: list[Child] = []
    for child in children:
        if isinstance(child, Node):
            child.children = _breaks(child.children)
            out.append(child)
            continue
        for i, part in enumerate(child.split("\n")):
            if i:
                out.append(Node("lb"))
            if part:
                out.append(part)
    return out


def whole_bracket(text: str) -> bool:
    """The text is one bracket from its first character to its last ('[Handwritten …]')."""
    return text.startswith("[") and _matching(text, 0) == len(text) - 1


def bracket_depth(text: str) -> int:
    """How many brackets the text leaves open."""
    return text.count("[") - text.count("]")
