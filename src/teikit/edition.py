"""An edition: a folder the editor owns, described by its ``edition.toml``.

Like a Sphinx or MkDocs project, the tool is installed once and each edition is a
folder with a config file, its own content and optional overrides of the tool's
stylesheets. Every command finds the edition by walking up from the working
directory to ``edition.toml`` (as git finds ``.git``), or is given ``--edition DIR``.
Every string the outputs say about the edition (title page, PDF metadata, site
title, publisher, exports) comes from here, never from the tool's code.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

from teikit import resources
from teikit.errors import TeikitError

__all__ = ["CONFIG_NAME", "Edition", "EditionConfig", "EditionError"]

CONFIG_NAME = "edition.toml"


class EditionError(TeikitError):
    """No edition found, or an ``edition.toml`` that cannot be used."""


@dataclass(frozen=True)
class EditionConfig:
    """``edition.toml``: [edition] says what the edition is, [paths] where its parts are,
    [print] how the print edition is set. Paths are relative to the edition folder."""

    title: str = "Untitled edition"
    subtitle: str = ""
    editors: tuple[str, ...] = ()
    publisher: str = ""
    description: str = "A digital edition made with teikit."
    licence: str = "CC BY 4.0"
    rights: str = ""  # of the texts themselves, when others hold them (said on the title page)
    licence_url: str = "https://creativecommons.org/licenses/by/4.0/"
    base_url: str = ""
    languages: tuple[str, ...] = ("en",)
    sources: str = "sources"
    tei: str = "tei"
    build: str = "build"
    register: str = "tei/register.xml"
    bibliography: str = "tei/bibliography.xml"
    schema: str = "schema"
    xslt: str = "xslt"
    paper: str = "A4"

    @property
    def publisher_or_title(self) -> str:
        return self.publisher or self.title


# The table of edition.toml: section -> the EditionConfig fields it holds.
SECTIONS: dict[str, tuple[str, ...]] = {
    "edition": ("title", "subtitle", "editors", "publisher", "description", "licence", "rights", "licence_url",
                "base_url", "languages"),
    "paths": ("sources", "tei", "build", "register", "bibliography", "schema", "xslt"),
    "print": ("paper",),
}
PAPERS = ("A4", "Letter")


def parse_config(text: str, name: str = CONFIG_NAME) -> EditionConfig:
    """The config a TOML text describes; unknown sections and keys, and values of the wrong
    type, are errors that name the key (a typo must not be silently ignored)."""
    try:
        raw = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise EditionError(f"{name}: not valid TOML: {exc}") from None
    types = {f.name: f.type for f in fields(EditionConfig)}
    values: dict[str, Any] = {}
    for section, table in raw.items():
        if section not in SECTIONS or not isinstance(table, dict):
            raise EditionError(f"{name}: unknown section [{section}]; expected {', '.join(f'[{s}]' for s in SECTIONS)}")
        for key, value in table.items():
            if key not in SECTIONS[section]:
                raise EditionError(f"{name}: unknown key {key!r} in [{section}]; "
                                   f"expected one of {', '.join(SECTIONS[section])}")
            values[key] = _checked(name, section, key, value, str(types[key]))
    config = EditionConfig(**values)
    if config.paper not in PAPERS:
        raise EditionError(f"{name}: [print] paper must be one of {', '.join(PAPERS)}, not {config.paper!r}")
    return config


def _checked(name: str, section: str, key: str, value: object, type_name: str) -> object:
    if "tuple" in type_name:
        if isinstance(value, str):
            value = [value]
        if not (isinstance(value, list) and all(isinstance(v, str) for v in value)):
            raise EditionError(f"{name}: [{section}] {key} must be a list of strings")
        return tuple(value)
    if not isinstance(value, str):
        raise EditionError(f"{name}: [{section}] {key} must be a string")
    return value


@dataclass
class Edition:
    """Config and paths of one edition; every command and stage takes it."""

    root: Path
    config: EditionConfig = field(default_factory=EditionConfig)
    config_file: Path | None = None  # None: a folder without edition.toml, on defaults

    # -- finding and loading

    @classmethod
    def load(cls, root: Path) -> Edition:
        """The edition whose ``edition.toml`` is in ``root``."""
        config_file = root / CONFIG_NAME
        try:
            text = config_file.read_text(encoding="utf-8")
        except OSError as exc:
            raise EditionError(f"{config_file}: cannot read the edition's config: {exc.strerror or exc}") from None
        return cls(root.resolve(), parse_config(text, str(config_file)), config_file.resolve())

    @classmethod
    def find(cls, start: Path | None = None) -> Edition | None:
        """The nearest edition at or above ``start`` (default: the working directory)."""
        here = (start or Path.cwd()).resolve()
        for folder in (here, *here.parents):
            if (folder / CONFIG_NAME).is_file():
                return cls.load(folder)
        return None

    @classmethod
    def open(cls, explicit: Path | None = None, start: Path | None = None) -> Edition:
        """``--edition DIR`` when given, else the nearest edition, else the working directory
        on defaults (a folder with just ``sources/`` still builds)."""
        if explicit is not None:
            if not (explicit / CONFIG_NAME).is_file():
                raise EditionError(f"{explicit}: no {CONFIG_NAME} here (run 'teikit init {explicit}' to start one)")
            return cls.load(explicit)
        return cls.find(start) or cls((start or Path.cwd()).resolve())

    @classmethod
    def around(cls, tei_dir: Path) -> Edition:
        """The edition a TEI folder lies in; else one on defaults whose TEI folder (and the
        registers in it) is ``tei_dir``: for TEI written outside any edition."""
        tei_dir = tei_dir.resolve()
        found = cls.find(tei_dir if tei_dir.is_dir() else tei_dir.parent)
        if found is not None:
            return found
        name = tei_dir.name
        return cls(tei_dir.parent, EditionConfig(tei=name, register=f"{name}/register.xml",
                                                 bibliography=f"{name}/bibliography.xml"))

    @classmethod
    def of_args(cls, args: object) -> Edition:
        """The edition a command runs on: ``--edition DIR`` (every command takes it), else the nearest."""
        return cls.open(getattr(args, "edition", None))

    # -- where things are

    def path(self, relative: str) -> Path:
        return self.root / relative

    @property
    def sources_dir(self) -> Path:
        return self.path(self.config.sources)

    @property
    def tei_dir(self) -> Path:
        return self.path(self.config.tei)

    @property
    def build_dir(self) -> Path:
        return self.path(self.config.build)

    @property
    def register_path(self) -> Path:
        return self.path(self.config.register)

    @property
    def bibliography_path(self) -> Path:
        return self.path(self.config.bibliography)

    @property
    def schema_dir(self) -> Path:
        """The edition's copy of the customization, which the TEI's xml-model points at."""
        return self.path(self.config.schema)

    @property
    def override_dir(self) -> Path | None:
        """The edition's own stylesheets, when it has any (the tool's own folder is no override:
        the repository is both the tool and the sample edition)."""
        folder = self.path(self.config.xslt)
        if not folder.is_dir() or folder.resolve() == resources.xslt_dir().resolve():
            return None
        return folder

    def asset_dirs(self) -> list[Path]:
        """Where the site's CSS and scripts come from, later folders overriding earlier ones."""
        override = self.override_dir
        own = override / "assets" if override is not None else None
        return [resources.assets_dir(), *([own] if own is not None and own.is_dir() else [])]

    def fingerprint(self) -> str:
        """What of the edition shapes every output besides its documents: the config and the
        override stylesheets and assets."""
        import hashlib  # here: a one-shot command need not load it

        digest = hashlib.sha256(repr(self.config).encode())
        override = self.override_dir
        if override is not None:
            for path in sorted(p for p in override.rglob("*") if p.is_file()):
                digest.update(str(path.relative_to(override)).encode())
                digest.update(path.read_bytes())
        return digest.hexdigest()

    # -- what the outputs say about the edition

    def stylesheet_params(self) -> dict[str, str]:
        """The edition's strings as the stylesheets' ``edition-*`` parameters."""
        c = self.config
        return {"edition-title": c.title, "edition-subtitle": c.subtitle, "edition-editors": "; ".join(c.editors),
                "edition-publisher": c.publisher_or_title, "edition-licence": c.licence,
                "edition-licence-url": c.licence_url, "edition-base-url": c.base_url,
                "edition-language": c.languages[0] if c.languages else "en"}
