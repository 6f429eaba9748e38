"""validate(paths, schemas) -> diagnostics: the one entry point of the validation engine."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from lxml import etree

from teikit import resources
from teikit.errors import TeikitError
from teikit.validate.diagnostics import Diagnostic
from teikit.validate.locate import Locator, decode
from teikit.validate.rng import load_rng, validate_rng
from teikit.xmlsafe import XMLInputError, parse_xml

__all__ = ["validate", "validate_files", "check_bytes", "collect_files", "schema_dir", "SchemaError", "DEFAULT_SCHEMAS"]

DEFAULT_SCHEMAS = ("teikit",)
PROFILE_SCHEMAS = {"teikit.xsd", "teikit.sch"}
TEI_NS = "http://www.tei-c.org/ns/1.0"


class SchemaError(TeikitError):
    """A schema name or file that cannot be used."""


def schema_dir() -> Path:
    """The schemas shipped in the package; ``TEIKIT_SCHEMA_DIR`` overrides it."""
    if os.environ.get("TEIKIT_SCHEMA_DIR"):
        return Path(os.environ["TEIKIT_SCHEMA_DIR"])
    return resources.schema_dir()


Check = Callable[[etree._ElementTree, Locator, str, str], list[Diagnostic]]


@dataclass
class _Schema:
    path: Path
    check: Check


def _schema_files(name: str) -> list[Path]:
    if name == "teikit":
        files = [schema_dir() / "teikit.xsd", schema_dir() / "teikit.sch"]
        missing = [str(f) for f in files if not f.is_file()]
        if missing:
            raise SchemaError(f"the teikit schema is not available (missing {', '.join(missing)}); "
                              "use --schema tei_all or --schema PATH")
        return files
    if name == "tei_all":
        path = schema_dir() / "tei" / "tei_all.rng"
        if not path.is_file():
            raise SchemaError(f"tei_all is not available: {path} is missing")
        return [path]
    path = Path(name)
    if path.suffix.lower() not in (".rng", ".xsd", ".sch"):
        raise SchemaError(f"unknown schema {name!r}: use teikit, tei_all, or a .rng, .xsd or .sch file")
    if not path.is_file():
        raise SchemaError(f"schema file not found: {name}")
    return [path]


def _load(path: Path, phase: str | None) -> _Schema:
    suffix = path.suffix.lower()
    if suffix == ".rng":
        rng = load_rng(path)
        return _Schema(path, lambda tree, loc, name, uri: validate_rng(rng, tree, loc, name))
    if suffix == ".xsd":
        from teikit.validate.xsd import load_xsd, validate_xsd  # xmlschema: its 0.15 s import only when needed

        xsd = load_xsd(path)
        return _Schema(path, lambda tree, loc, name, uri: validate_xsd(xsd, tree, loc, name))
    from teikit.validate.schematron import load_schematron  # Saxon

    sch = load_schematron(path, phase)
    return _Schema(path, sch.validate)


def load_schemas(names: Iterable[str], phase: str | None = None) -> list[_Schema]:
    """Compile (or fetch from the per-process cache) every schema the names stand for."""
    try:
        return [_load(path, phase) for name in names for path in _schema_files(name)]
    except XMLInputError as exc:
        raise SchemaError(f"schema is not well-formed: {exc}") from None


def collect_files(paths: Iterable[str | Path]) -> list[Path]:
    """Files as given, and every *.xml under a directory, sorted; missing paths raise."""
    files: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            files.extend(sorted(q for q in p.rglob("*.xml") if q.is_file()))
        elif p.exists():
            files.append(p)
        else:
            raise TeikitError(f"{p}: no such file or directory")
    return files


def check_file(path: Path, schemas: Sequence[_Schema]) -> list[Diagnostic]:
    name = str(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        return [Diagnostic(name, 0, 0, "error", f"cannot read file: {exc.strerror or exc}", "io-error")]
    return check_bytes(data, name, path.resolve().as_uri(), schemas)


def check_bytes(data: bytes, name: str, uri: str, schemas: Sequence[_Schema]) -> list[Diagnostic]:
    """Validate a document held in memory (``uri`` locates what it points at, e.g. the register)."""
    try:
        tree = parse_xml(data, name)
    except XMLInputError as exc:
        return [Diagnostic(name, exc.line, exc.col, "error", exc.message, "xml-syntax")]
    if is_empty_register(tree.getroot()):
        return [Diagnostic(name, 1, 1, "warning", "a register without entries yet (TEI requires at least one in "
                           "each list): not validated until it has some", "register-empty")]
    locator = Locator(decode(data, tree), tree)
    found: list[Diagnostic] = []
    for schema in schemas:
        found.extend(schema.check(tree, locator, name, uri))
    return _profile_note(tree, name, schemas, found) + sorted(found, key=lambda d: (d.line, d.col))


def _declares_profile(tree: etree._ElementTree) -> bool:
    """Whether an xml-model instruction points at the teikit schemas (as teikit's writer puts them)."""
    return any(isinstance(node, etree._ProcessingInstruction) and node.target == "xml-model"
               and PROFILE_SCHEMAS & {Path(node.get("href") or "").name}
               for node in tree.getroot().itersiblings(preceding=True))


def _profile_note(tree: etree._ElementTree, name: str, schemas: Sequence[_Schema],
                  found: list[Diagnostic]) -> list[Diagnostic]:
    """Foreign TEI checked against the teikit profile: say so on the first line, before its errors.

    The rule: a file is outside the profile when it has errors against teikit.xsd or teikit.sch
    and no <?xml-model?> points at either (teikit writes one into every file it makes)."""
    errors = sum(d.count for d in found if d.severity == "error")
    if not errors or _declares_profile(tree) or not any(s.path.name in PROFILE_SCHEMAS for s in schemas):
        return []
    return [Diagnostic(name, 0, 0, "info", f"not a teikit file (no <?xml-model?> for teikit.xsd or teikit.sch): "
                       f"the {errors} errors below are against teikit's own profile of TEI, not TEI itself",
                       "not-teikit-profile", "for TEI conformance, validate with --schema tei_all")]


ENTRY_TAGS = {f"{{{TEI_NS}}}{tag}" for tag in ("person", "personGrp", "org", "place", "bibl", "biblStruct", "event")}


def is_empty_register(root: etree._Element) -> bool:
    """A register or bibliography as ``teikit init`` writes it: a standOff whose lists hold no entries."""
    stand_off = root.find(f"{{{TEI_NS}}}standOff")
    return (stand_off is not None and root.find(f"{{{TEI_NS}}}text") is None
            and not any(el.tag in ENTRY_TAGS for el in stand_off.iter()))


def validate_files(files: Sequence[Path], schemas: Sequence[_Schema]) -> list[Diagnostic]:
    return [d for path in files for d in check_file(path, schemas)]


def validate(paths: Iterable[str | Path], schemas: Iterable[str] = DEFAULT_SCHEMAS,
             phase: str | None = None) -> list[Diagnostic]:
    """Validate files and directories (every *.xml inside) against the named schemas.

    Schema names: ``teikit`` (schema/teikit.xsd + schema/teikit.sch), ``tei_all``
    (schema/tei/tei_all.rng), or a path ending in .rng, .xsd or .sch. Problems in
    the documents come back as diagnostics; unusable schemas raise SchemaError.
    """
    return validate_files(collect_files(paths), load_schemas(schemas, phase))
