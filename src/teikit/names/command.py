"""`teikit names --unresolved PATH...`: the names an editor still has to link.

Lists persName/orgName/placeName without @ref (and bibl without a target inside
<text>), grouped by tag and name with counts, each occurrence with file, line and
~60 characters of context, plus the register entries the name could be.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from lxml import etree

from teikit.lxmltypes import itertext, sourceline
from teikit.names.register import Register, load_register
from teikit.xmlsafe import XMLInputError, parse_xml

TEI_NS = "http://www.tei-c.org/ns/1.0"
NAME_TAGS = ("persName", "orgName", "placeName")
_BLOCKS = {"p", "ab", "item", "head", "l", "note", "dateline", "addrLine", "salute", "signed", "speaker",
           "cell", "label", "title", "bibl", "closer", "opener", "docTitle", "stage", "quote"}
CONTEXT = 60


def configure(subparsers) -> None:
    p = subparsers.add_parser("names", help="report on names and the register",
                              description="List names without a register link, with context and candidates.")
    p.add_argument("--unresolved", action="store_true", help="list names without @ref (the only report so far)")
    p.add_argument("--format", choices=("text", "json"), default="text")
    p.add_argument("--register", type=Path, default=None,
                   help="register.xml (default: next to the files, else tei/register.xml)")
    p.add_argument("paths", nargs="+", type=Path, metavar="PATH", help="TEI files or directories")
    p.set_defaults(func=run)


def _files(paths: list[Path]) -> list[Path]:
    out: list[Path] = []
    for p in paths:
        if p.is_dir():
            out += sorted(f for f in p.rglob("*.xml") if f.name != "register.xml")
        elif p.exists():
            out.append(p)
        else:
            raise FileNotFoundError(p)
    return out


def _flat(block: etree._Element, target: etree._Element) -> tuple[str, int, int]:
    """Text of ``block`` with the offsets of ``target`` in it."""
    parts: list[str] = []
    span = [0, 0]

    def walk(el: etree._Element) -> None:
        if el is target:
            span[0] = sum(map(len, parts))
        if isinstance(el.tag, str) and el.text:
            parts.append(el.text)
        for ch in el:
            walk(ch)
            if ch.tail:
                parts.append(ch.tail)
        if el is target:
            span[1] = sum(map(len, parts))

    walk(block)
    return "".join(parts), span[0], span[1]


def _context(el: etree._Element) -> str:
    block = el.getparent()
    while block is not None and etree.QName(block).localname not in _BLOCKS and block.getparent() is not None:
        block = block.getparent()
    if block is None:
        block = el
    text, s, e = _flat(block, el)
    before = " ".join(text[max(0, s - CONTEXT):s].split())
    name = " ".join(text[s:e].split())
    after = " ".join(text[e:e + CONTEXT].split())
    return f"…{before} [{name}] {after}…"


def collect(files: list[Path], register: Register | None, errors: list[str] | None = None) -> list[dict]:
    """Unresolved names by (tag, name); a file that cannot be parsed safely adds a one-line
    message to ``errors`` and the others are still read."""
    groups: dict[tuple[str, str], dict] = {}
    for f in files:
        try:
            root = parse_xml(f).getroot()  # no entity expansion, no DTD, positions in errors
        except XMLInputError as exc:
            if errors is not None:
                errors.append(exc.report())
            continue
        els = [e for e in root.iter(*(f"{{{TEI_NS}}}{t}" for t in NAME_TAGS)) if not e.get("ref")]
        for text in root.iter(f"{{{TEI_NS}}}text"):
            els += [b for b in text.iter(f"{{{TEI_NS}}}bibl")
                    if not (b.get("target") or b.get("ref") or b.get("corresp"))]
        els.sort(key=lambda e: sourceline(e) or 0)
        for el in els:
            tag = etree.QName(el).localname
            name = " ".join("".join(itertext(el)).split())
            candidates = register.lookup(name) if register and tag in NAME_TAGS else []
            g = groups.setdefault((tag, name), {"tag": tag, "name": name, "count": 0, "candidates": candidates,
                                                "occurrences": []})
            g["count"] += 1
            g["occurrences"].append({"file": str(f), "line": el.sourceline, "context": _context(el)})
    return sorted(groups.values(), key=lambda g: (-g["count"], g["tag"], g["name"]))


def _register_for(args, files: list[Path], errors: list[str]) -> Register | None:
    from teikit.edition import Edition

    cands = [args.register] if args.register else [*(f.parent / "register.xml" for f in files[:1]),
                                                    Edition.of_args(args).register_path]
    for c in cands:
        if c and c.exists():
            try:
                return load_register(c)
            except XMLInputError as exc:  # report it; names are still listed, without candidates
                errors.append(exc.report())
                return None
    return None


def run(args: argparse.Namespace) -> int:
    if not args.unresolved:
        print("teikit names: say what to report (--unresolved)", file=sys.stderr)
        return 2
    try:
        files = _files(args.paths)
    except FileNotFoundError as e:
        print(f"teikit names: no such file or directory: {e}", file=sys.stderr)
        return 2
    errors: list[str] = []
    groups = collect(files, _register_for(args, files, errors), errors)
    for line in errors:
        print(line, file=sys.stderr)
    status = 1 if errors else 0
    if args.format == "json":
        json.dump(groups, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return status
    for g in groups:
        cands = " ".join(g["candidates"]) or "-"
        print(f"{g['tag']} \"{g['name']}\" ×{g['count']}  candidates: {cands}")
        for o in g["occurrences"]:
            print(f"  {o['file']}:{o['line']}  {o['context']}")
    print(f"{sum(g['count'] for g in groups)} unresolved in {len(groups)} groups, {len(files)} files"
          + (f", {len(errors)} unreadable" if errors else ""))
    return status
