"""The user's cache directory for compiled schemas: ``TEIKIT_CACHE_DIR``, else
``$XDG_CACHE_HOME/teikit``, else ``~/.cache/teikit``."""

from __future__ import annotations

import os
from pathlib import Path

__all__ = ["cache_dir"]


def cache_dir() -> Path:
    if os.environ.get("TEIKIT_CACHE_DIR"):
        return Path(os.environ["TEIKIT_CACHE_DIR"])
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "teikit"
