"""Shared fixtures: the seeds converted once per session, the TEI schemas located once."""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree

from teikit.pipeline import Result, convert_files

ROOT = Path(__file__).resolve().parents[1]
SOURCES = ROOT / "sources"
TEI_DIR = ROOT / "tei"
SHARED = ROOT.parent / "shared"
RAW = Path(__file__).parent / "data" / "raw"
NS = {"t": "http://www.tei-c.org/ns/1.0"}


def tei_all_path() -> Path:
    local = ROOT / "schema" / "tei" / "tei_all.rng"
    return local if local.exists() else SHARED / "tei" / "tei_all.rng"


@pytest.fixture(scope="session")
def tei_all_rng() -> etree.RelaxNG:
    """The official tei_all grammar, compiled once (about 8 s)."""
    from teikit.validate.rng import load_rng  # the engine's per-process cache: compiled once per run

    return load_rng(tei_all_path()).schema


@pytest.fixture(scope="session")
def seeds() -> dict[str, Result]:
    """Each seed converted, keyed by its number ('000' … '004')."""
    results = convert_files(sorted(SOURCES.glob("*.txt")), TEI_DIR)  # together, as `teikit build` does
    assert all(isinstance(r, Result) for r in results), results
    return {r.source.name[:3]: r for r in results}


@pytest.fixture(scope="session")
def seed_trees(seeds: dict[str, Result]) -> dict[str, etree._Element]:
    return {key: etree.fromstring(result.xml) for key, result in seeds.items()}


def xp(root: etree._Element, path: str) -> list:  # type: ignore[type-arg]
    return root.xpath(path, namespaces=NS)


def text_of(el: etree._Element) -> str:
    """Normalised text; a line break counts as a space."""
    parts = [" " if isinstance(n, etree._Element) else str(n) for n in el.xpath(".//text() | .//t:lb", namespaces=NS)]
    return " ".join("".join(parts).split())
