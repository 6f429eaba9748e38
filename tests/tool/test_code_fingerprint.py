"""An incremental build redoes everything when what shapes the outputs changed: the code, and the
data shipped with it (forenames, well-known persons) or read from installed data packages."""

from __future__ import annotations

from pathlib import Path

import pytest

from teikit import buildstate, usercache


def _fresh() -> str:
    buildstate.code_fingerprint.cache_clear()
    return buildstate.code_fingerprint()


def test_a_shipped_data_file_is_part_of_the_fingerprint(monkeypatch: pytest.MonkeyPatch) -> None:
    data = buildstate.PACKAGE / "data" / "names" / "forenames_curated.txt"
    assert data.is_file()
    before = _fresh()
    real = Path.read_bytes
    monkeypatch.setattr(Path, "read_bytes", lambda p: real(p) + (b"Zorvatina\n" if p == data else b""))
    assert _fresh() != before  # a name added to the shipped list


def test_a_data_package_version_is_part_of_the_fingerprint(monkeypatch: pytest.MonkeyPatch) -> None:
    before = _fresh()
    monkeypatch.setattr(buildstate, "package_versions", lambda: usercache.package_versions() + "\ngeonamescache 9")
    assert _fresh() != before
    monkeypatch.undo()
    assert _fresh() == before  # and nothing else moves it
