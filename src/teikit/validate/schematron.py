"""ISO Schematron compiled to XSLT 3.0 and run with Saxon (saxonche).

Compilation: each pattern becomes a mode whose templates are the pattern's
rules, in order and with falling priorities, so a node fires only the first
rule that matches it in each pattern; unmatched nodes are skipped
(``on-no-match="shallow-skip"``). Pattern-level ``let``s are tunnel
parameters, schema and phase ``let``s global variables. Each failed
assert/successful report emits ``<tksch:f c="check number" l="location">``;
the location is a child-index path that :class:`~teikit.validate.locate.Locator`
turns into line and column (Saxon-HE cannot report positions itself).
"""

from __future__ import annotations

import copy
import re
import threading
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from lxml import etree
from saxonche import PySaxonApiError, PySaxonProcessor, PyXdmNode

from teikit.lxmltypes import attrib_items
from teikit.saxonsafe import new_processor, without_doctype
from teikit.validate.diagnostics import Diagnostic, capped
from teikit.validate.locate import Locator
from teikit.validate.sch_expand import SCH, S, SchematronError, load_schema
from teikit.validate.sch_guard import LIBRARY, SKIP_MARK, TKSCH, depends_on, guard_calls, lookup_table

__all__ = ["SchematronError", "CompiledSchematron", "Check", "compile_schematron", "load_schematron"]

XSL = "http://www.w3.org/1999/XSL/Transform"
X = f"{{{XSL}}}"
T = f"{{{TKSCH}}}"
XS = "http://www.w3.org/2001/XMLSchema"
QUERY_BINDINGS = {None, "xslt", "xslt2", "xslt3", "xpath", "xpath2", "xpath3", "xpath31", "exslt"}

_SEVERITY = {
    "fatal": "error", "error": "error", "err": "error", "critical": "error",
    "warning": "warning", "warn": "warning", "caution": "warning",
    "info": "info", "information": "info", "informational": "info", "note": "info", "hint": "info",
}


@dataclass(frozen=True)
class Check:
    """One assert or report, as the Python side needs it to build a Diagnostic."""

    kind: str  # "assert" | "report"
    rule_id: str
    severity: str
    lookups: frozenset[str]  # URIs its result may depend on ("*": computed), which a guard may skip

    def unchecked(self, skipped: set[str]) -> bool:
        """Could this finding come from a skipped look-up rather than the document?"""
        return bool(skipped) and ("*" in self.lookups or bool(self.lookups & skipped))


@dataclass
class CompiledSchematron:
    path: Path
    xslt: str
    checks: list[Check]


def severity_of(*values: str | None) -> str:
    for value in values:
        if value:
            for word in value.lower().replace(",", " ").split():
                if word in _SEVERITY:
                    return _SEVERITY[word]
    return "error"


class _Builder:
    def __init__(self, schema: etree._Element, path: Path, phase: str | None) -> None:
        self.schema = schema
        self.path = path
        self.checks: list[Check] = []
        binding = schema.get("queryBinding")
        if binding not in QUERY_BINDINGS:
            raise SchematronError(f"{path}: queryBinding {binding!r} is not supported (XPath/XSLT only)")
        self.phase = self._phase(phase or schema.get("defaultPhase") or "#ALL")
        self.lookup_table = lookup_table(self._definitions())
        nsmap = {k: v for k, v in schema.nsmap.items() if k and v != SCH}
        for ns in schema.iterchildren(f"{S}ns"):
            prefix, uri = ns.get("prefix"), ns.get("uri")
            if prefix is None or uri is None:
                raise SchematronError(f"{path}:{ns.sourceline}: ns needs a prefix and a uri")
            nsmap[prefix] = uri
        nsmap.update({"xsl": XSL, "xs": nsmap.get("xs", XS), "tksch": TKSCH})
        self.out = etree.Element(f"{X}stylesheet", nsmap=nsmap, version="3.0")
        self.out.set("exclude-result-prefixes", "#all")
        # The schema's own URI is the static base: document('') and relative doc()
        # resolve as they would in the original schema.
        self.out.set("{http://www.w3.org/XML/1998/namespace}base", path.resolve().as_uri())

    def _phase(self, name: str) -> etree._Element | None:
        if name == "#ALL":
            return None
        for phase in self.schema.iterchildren(f"{S}phase"):
            if phase.get("id") == name:
                return phase
        raise SchematronError(f"{self.path}: no phase {name!r}")

    def _definitions(self) -> list[tuple[str, str]]:
        defs = [(f"${let.get('name')}", let.get("value") or etree.tostring(let, encoding="unicode"))
                for let in self.schema.iter(f"{S}let")]
        for el in self.schema.iterchildren(f"{X}*"):
            text = etree.tostring(el, encoding="unicode")
            if etree.QName(el).localname in ("variable", "param"):
                defs.append((f"${el.get('name')}", text))
            elif etree.QName(el).localname == "function":
                defs.append((f"{el.get('name')}()", text))
        return defs

    def active_patterns(self) -> list[etree._Element]:
        patterns = list(self.schema.iterchildren(f"{S}pattern"))
        if self.phase is None:
            return patterns
        wanted = [a.get("pattern") for a in self.phase.iterchildren(f"{S}active")]
        by_id = {p.get("id"): p for p in patterns}
        missing = [w for w in wanted if w not in by_id]
        if missing:
            raise SchematronError(f"{self.path}: phase {self.phase.get('id')!r} names unknown patterns {missing}")
        return [p for p in patterns if p.get("id") in wanted]

    def build(self) -> CompiledSchematron:
        out = self.out
        imports = list(self.schema.iterchildren(f"{X}import"))
        for el in imports:
            out.append(self._embedded(el))
        etree.SubElement(out, f"{X}output", method="xml", indent="no")
        out.extend(list(etree.fromstring(LIBRARY)))
        for el in self.schema:
            if not isinstance(el.tag, str) or el in imports or el.tag.startswith(S) or not el.tag.startswith("{"):
                continue
            out.append(self._embedded(el))  # xsl:function, xsl:key, foreign data elements...
        for let in self.schema.iterchildren(f"{S}let"):
            self._variable(out, let)
        if self.phase is not None:
            for let in self.phase.iterchildren(f"{S}let"):
                self._variable(out, let)
        main = etree.SubElement(out, f"{X}template", match="/")
        results = etree.SubElement(main, f"{T}r")
        for i, pattern in enumerate(self.active_patterns()):
            self._pattern(results, pattern, i)
        return CompiledSchematron(self.path, etree.tostring(out, encoding="unicode"), self.checks)

    def _embedded(self, el: etree._Element) -> etree._Element:
        clone = copy.deepcopy(el)
        clone.tail = None
        if clone.tag.startswith(X):
            for node in clone.iter():
                if isinstance(node.tag, str) and node.tag.startswith(X):
                    for key, value in attrib_items(node):
                        if key not in ("name", "as", "href", "mode"):
                            node.set(key, guard_calls(value))
        return clone

    def _variable(self, parent: etree._Element, let: etree._Element, tag: str = "variable") -> None:
        var = etree.SubElement(parent, f"{X}{tag}", name=let.get("name", ""))
        if (value := let.get("value")) is not None:
            var.set("select", guard_calls(value))
        else:  # ISO 2016: a let may hold an XML fragment
            for child in let:
                var.append(copy.deepcopy(child))

    def _pattern(self, results: etree._Element, pattern: etree._Element, index: int) -> None:
        mode = f"tksch:p{index}"
        pid = pattern.get("id") or f"{self.path.stem}-pattern-{index + 1}"
        lets = list(pattern.iterchildren(f"{S}let"))
        # A named template per pattern: its lets are evaluated once, at the root.
        runner = etree.SubElement(self.out, f"{X}template", name=f"tksch:run-p{index}")
        for let in lets:
            self._variable(runner, let)
        apply = etree.SubElement(runner, f"{X}apply-templates", select="/", mode=mode)
        for let in lets:
            etree.SubElement(apply, f"{X}with-param", name=let.get("name", ""), select=f"${let.get('name')}",
                             tunnel="yes")
        etree.SubElement(results, f"{X}call-template", name=f"tksch:run-p{index}")
        etree.SubElement(self.out, f"{X}mode", {"name": mode, "on-no-match": "shallow-skip"})
        rules = list(pattern.iterchildren(f"{S}rule"))
        # No rule can match an attribute or a text node: visit the elements only, which is what
        # shallow-skip would fire rules on anyway (a third fewer nodes per pattern pass).
        walk = "*" if all(elements_only(rule.get("context") or "") for rule in rules) else "@*|node()"
        if walk == "*":
            below = etree.SubElement(self.out, f"{X}template", match="*", mode=mode, priority="-1")
            etree.SubElement(below, f"{X}apply-templates", select="*", mode="#current")
        for j, rule in enumerate(rules):
            self._rule(rule, mode, len(rules) - j, pattern, pid, lets, walk)

    def _rule(self, rule: etree._Element, mode: str, priority: int, pattern: etree._Element, pid: str,
              pattern_lets: list[etree._Element], walk: str) -> None:
        context = rule.get("context")
        if not context:
            raise SchematronError(f"{self.path}:{rule.sourceline}: rule without @context")
        tpl = etree.SubElement(self.out, f"{X}template", match=guard_calls(context), mode=mode,
                               priority=str(priority))
        for let in pattern_lets:
            etree.SubElement(tpl, f"{X}param", name=let.get("name", ""), tunnel="yes")
        rule_deps = depends_on(context, self.lookup_table)
        for child in rule:
            if child.tag == f"{S}let":
                self._variable(tpl, child)
            elif child.tag in (f"{S}assert", f"{S}report"):
                self._check(tpl, child, rule, pattern, pid, rule_deps)
        etree.SubElement(tpl, f"{X}apply-templates", select=walk, mode="#current")

    def _check(self, tpl: etree._Element, el: etree._Element, rule: etree._Element, pattern: etree._Element,
               pid: str, rule_deps: set[str]) -> None:
        kind = etree.QName(el).localname
        test = el.get("test")
        if test is None:
            raise SchematronError(f"{self.path}:{el.sourceline}: {kind} without @test")
        number = len(self.checks)
        self.checks.append(Check(
            kind=kind,
            rule_id=el.get("id") or rule.get("id") or pid,
            severity=severity_of(el.get("role"), el.get("flag"), rule.get("role"), rule.get("flag"),
                                 pattern.get("role")),
            lookups=frozenset(rule_deps | depends_on(test, self.lookup_table)),
        ))
        guarded = guard_calls(test)
        try_ = etree.SubElement(tpl, f"{X}try")
        cond = etree.SubElement(try_, f"{X}if", test=f"not({guarded})" if kind == "assert" else guarded)
        found = etree.SubElement(cond, f"{T}f", c=str(number))
        subject = el.get("subject") or rule.get("subject")
        where = f"tksch:loc(({guard_calls(subject)})[1])" if subject else "tksch:loc(.)"
        etree.SubElement(found, f"{X}attribute", name="l", select=where)
        self._message(etree.SubElement(found, f"{T}m"), el)
        for ref in (el.get("diagnostics") or "").split():
            diag = self._diagnostic(ref, el)
            self._message(etree.SubElement(found, f"{T}d"), diag)
        # A dynamic error in one test must not stop the whole document's validation.
        catch = etree.SubElement(try_, f"{X}catch")
        failed = etree.SubElement(catch, f"{T}e", c=str(number))
        etree.SubElement(failed, f"{X}attribute", name="l", select="tksch:loc(.)")
        etree.SubElement(failed, f"{X}value-of", select="$err:code, $err:description",
                         nsmap={"err": "http://www.w3.org/2005/xqt-errors"})

    def _diagnostic(self, ref: str, el: etree._Element) -> etree._Element:
        for diag in self.schema.iter(f"{S}diagnostic"):
            if diag.get("id") == ref:
                return diag
        raise SchematronError(f"{self.path}:{el.sourceline}: no diagnostic with id {ref!r}")

    def _message(self, parent: etree._Element, el: etree._Element) -> None:
        """The text of an assertion or diagnostic, with value-of/name evaluated."""
        def text(s: str | None) -> None:
            if s:
                etree.SubElement(parent, f"{X}text").text = s

        text(el.text)
        for child in el:
            if child.tag == f"{S}value-of":
                etree.SubElement(parent, f"{X}value-of", select=guard_calls(child.get("select", "")),
                                 separator=" ")
            elif child.tag == f"{S}name":
                path = guard_calls(child.get("path") or ".")
                etree.SubElement(parent, f"{X}value-of", select=f"name({path})")
            elif isinstance(child.tag, str):  # emph, dir, span, foreign: keep their text
                self._message(parent, child)
            text(child.tail)


_PREDICATE_OR_STRING = re.compile(r"\[[^\[\]'\"]*\]|'[^']*'|\"[^\"]*\"")
_NAME = r"(?:\*|[^\W\d][\w.-]*)"  # an NCName (not '.', which is any item) or *
_STEP = rf"(?:{_NAME}:)?{_NAME}"
_ELEMENT_STEPS = re.compile(rf"\s*/{{0,2}}\s*{_STEP}(?:\s*(?:/{{1,2}}|\|)\s*{_STEP})*\s*")


def elements_only(context: str) -> bool:
    """Whether a rule context can only match elements: once its predicates are taken out, nothing
    but element name tests (tei:p, *, tei:*) joined by /, // and |. In doubt (an axis, @, a
    function, a kind test), False."""
    rest, previous = context, None
    while rest != previous:  # innermost predicates and string literals first, until none is left
        previous, rest = rest, _PREDICATE_OR_STRING.sub("", rest)
    return "[" not in rest and "]" not in rest and _ELEMENT_STEPS.fullmatch(rest) is not None


def compile_schematron(path: str | Path, phase: str | None = None) -> CompiledSchematron:
    """Schematron file -> XSLT 3.0 text plus the table of its checks."""
    path = Path(path)
    return _Builder(load_schema(path), path, phase).build()


class _Saxon:
    """One Saxon processor per process; executables are not thread-safe, hence the lock."""

    lock = threading.RLock()
    _proc: PySaxonProcessor | None = None

    @classmethod
    def proc(cls) -> PySaxonProcessor:
        if cls._proc is None:
            cls._proc = new_processor()
        return cls._proc


class SchematronValidator:
    def __init__(self, compiled: CompiledSchematron) -> None:
        self.compiled = compiled
        with _Saxon.lock:
            try:
                self._exe = _Saxon.proc().new_xslt30_processor().compile_stylesheet(stylesheet_text=compiled.xslt)
            except PySaxonApiError as exc:
                raise SchematronError(f"{compiled.path}: the schema's XPath does not compile: {exc}") from None
            self._exe.set_save_xsl_message(True)

    def validate(self, tree: etree._ElementTree, locator: Locator, name: str,
                 uri: str | None = None) -> list[Diagnostic]:
        with _Saxon.lock:
            builder = _Saxon.proc().new_document_builder()
            if uri:
                builder.set_base_uri(uri)
            try:
                node = builder.parse_xml(xml_text=without_doctype(tree), encoding="UTF-8")
            except PySaxonApiError as exc:  # xmlsafe keeps files within Saxon's limits; should one slip by
                return [Diagnostic(name, 0, 0, "error", f"Schematron could not read the document: {_first_line(exc)}",
                                   "schematron-runtime")]
            if _preloaded:
                # Saxon may spell a file URI file:/x or file:///x: offer both.
                uris = {key.split("#")[0]: doc for key, doc in _preloaded.items()}
                uris.update({uri.replace("file:///", "file:/", 1): doc for uri, doc in list(uris.items())})
                self._exe.set_parameter("tksch-preloaded", _Saxon.proc().make_map2(uris))
            self._exe.set_parameter("tksch-roots", _Saxon.proc().make_string_value(self._roots(uri)))
            self._exe.clear_xsl_messages()
            try:
                out = self._exe.transform_to_string(xdm_node=node)
            except PySaxonApiError as exc:
                return [Diagnostic(name, 0, 0, "error", f"Schematron could not run: {_first_line(exc)}",
                                   "schematron-runtime")]
            messages = self._exe.get_xsl_messages()
            texts = [messages.item_at(i).string_value for i in range(messages.size)] if messages else []
        return self._diagnostics(out, texts, locator, name)

    def _roots(self, uri: str | None) -> str:
        """The folders look-ups may read: the document's and the schema's (see tksch:inside-roots)."""
        folders = [Path(self.compiled.path).resolve().parent.as_uri() + "/"]
        if uri and uri.startswith("file:"):
            folders.append(uri.rsplit("/", 1)[0] + "/")
        return "\n".join(folders)

    def _diagnostics(self, out: str | None, messages: list[str], locator: Locator, name: str) -> list[Diagnostic]:
        skipped = sorted({tuple(m.split("\t")[1:4]) for m in messages if m.startswith(SKIP_MARK + "\t")})
        skipped_hrefs = {href for _fn, href, _reason in skipped}
        unchecked: Counter[str] = Counter()
        root = etree.fromstring(out.encode("utf-8")) if out else None
        findings = []
        for f in root if root is not None else []:
            check = self.compiled.checks[int(f.get("c", "0"))]
            if f.tag != f"{T}e" and check.unchecked(skipped_hrefs):
                unchecked[check.rule_id] += 1  # may only fail because a look-up was skipped
            else:
                findings.append(f)

        def report(f: etree._Element) -> Diagnostic:
            check = self.compiled.checks[int(f.get("c", "0"))]
            line, col = _where(locator, f.get("l", ""))
            if f.tag == f"{T}e":
                return Diagnostic(name, line, col, "error", f"{check.kind} could not be evaluated: "
                                  f"{' '.join((f.text or '').split())}", check.rule_id)
            message = " ".join((f.findtext(f"{T}m") or "").split())
            hints = [" ".join((d.text or "").split()) for d in f.iterfind(f"{T}d")]
            return Diagnostic(name, line, col, check.severity, message, check.rule_id,
                              "; ".join(h for h in hints if h) or None)

        # a kind: one assert or report (its messages differ only by the values they quote)
        found = capped(findings, lambda f: (f.tag, f.get("c")), report)
        for fn, href, reason in skipped:
            found.append(Diagnostic(name, 0, 0, "warning", f"{fn}('{href}') skipped: {reason}",
                                    "schematron-lookup-skipped"))
        if unchecked:
            total = sum(unchecked.values())
            detail = ", ".join(f"{rule} {n}" for rule, n in sorted(unchecked.items()))
            found.append(Diagnostic(
                name, 0, 0, "warning",
                f"{total} finding(s) not reported: their rules depend on skipped look-ups",
                "schematron-lookup-skipped", f"by rule: {detail}"))
        return found


def _where(locator: Locator, loc: str) -> tuple[int, int]:
    parts = loc.split()
    attribute = parts.pop()[1:].removeprefix("{}") if parts and parts[-1].startswith("@") else None
    if not parts:
        return 0, 0
    return locator.child_path([int(p) for p in parts], attribute)


def _first_line(exc: Exception) -> str:
    lines = [ln.strip() for ln in str(exc).splitlines() if ln.strip()]
    return " ".join(lines[:3]) if lines else type(exc).__name__


_cache: dict[tuple[Path, float, str | None], SchematronValidator] = {}
_preloaded: dict[str, PyXdmNode] = {}


def preload(path: Path) -> None:
    """Parse a document the schema looks up (a register) once, safely, for every later run;
    a changed file is parsed again."""
    from teikit.xmlsafe import parse_xml

    path = path.resolve()
    key = f"{path.as_uri()}#{path.stat().st_mtime_ns}"
    with _Saxon.lock:
        if key in _preloaded:
            return
        for old in [k for k in _preloaded if k.split("#")[0] == path.as_uri()]:
            del _preloaded[old]
        builder = _Saxon.proc().new_document_builder()
        builder.set_base_uri(path.as_uri())
        _preloaded[key] = builder.parse_xml(xml_text=without_doctype(parse_xml(path)), encoding="UTF-8")


def load_schematron(path: str | Path, phase: str | None = None) -> SchematronValidator:
    """The compiled validator for ``path``, built once per process (per file version and phase)."""
    path = Path(path).resolve()
    key = (path, path.stat().st_mtime, phase)
    with _Saxon.lock:
        if key not in _cache:
            _cache[key] = SchematronValidator(compile_schematron(path, phase))
        return _cache[key]
