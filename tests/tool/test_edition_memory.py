"""The edition-wide memory: a surname one document introduces is found bare in another, the
same whatever order documents are converted in, and an incremental build notices when what
the edition teaches changes (issue 17)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from teikit.build import convert_sources
from teikit.edition import Edition
from teikit.init import init_edition
from teikit.pipeline import Resources, convert_files

RAW = Path(__file__).parents[1] / "data" / "raw" / "site_telegram_hanoi.txt"
BODY = "Ambassador Imre Pehr reports that Pham Van Dong received him on 2 October."
TEACHES = "Comrade Varkonyi Balvanyos received the ambassador on 2 October."
BARE = "Balvanyos thinks the DRV needs more anti-aircraft guns."  # no verb of speech: only memory names him


def _source(folder: Path, stem: str, body: str) -> Path:
    text = RAW.read_text(encoding="utf-8")
    assert BODY in text
    path = folder / f"{stem}.txt"
    path.write_text(text.replace(BODY, body), encoding="utf-8")
    return path


@pytest.fixture()
def edition(tmp_path: Path) -> Path:
    root = tmp_path / "ed"
    init_edition(root, "Memory test", subtitle="", editors=["Ada Editor"], publisher="Test Press")
    _source(root / "sources", "a_teaches", TEACHES)
    _source(root / "sources", "b_bare", BARE)
    return root


def _names(xml: bytes) -> list[str]:
    return re.findall(r"<persName[^>]*>([^<]*)</persName>", xml.decode())


def test_a_surname_taught_in_one_document_is_found_bare_in_another_in_any_order(edition: Path) -> None:
    resources = Resources.of(Edition.load(edition))
    a, b = sorted((edition / "sources").glob("*.txt"))
    forward = convert_files([a, b], None, resources)
    backward = convert_files([b, a], None, resources)
    assert "Balvanyos" in _names(forward[1].xml)  # type: ignore[union-attr]
    assert forward[1].xml == backward[0].xml and forward[0].xml == backward[1].xml  # type: ignore[union-attr]
    alone = convert_files([b], None, resources)[0]
    assert "Balvanyos" not in _names(alone.xml)  # type: ignore[union-attr]  # nothing taught it


def test_an_incremental_build_reconverts_when_the_edition_memory_changes(edition: Path) -> None:
    tei, state = edition / "tei", edition / "build" / "state.json"
    first = convert_sources(edition / "sources", tei, state, jobs=1)
    assert sorted(first.converted) == ["a_teaches", "b_bare"]
    assert "Balvanyos" in _names((tei / "b_bare.xml").read_bytes())
    assert convert_sources(edition / "sources", tei, state, jobs=1).converted == []  # nothing changed
    _source(edition / "sources", "a_teaches", BODY)  # the teacher no longer introduces him
    third = convert_sources(edition / "sources", tei, state, jobs=1)
    assert sorted(third.converted) == ["a_teaches", "b_bare"]  # b's source is the same, its memory is not
    assert "Balvanyos" not in _names((tei / "b_bare.xml").read_bytes())
