"""A checksum teikit writes into each TEI file, to tell its own output from a hand-edited file.

The stamp is a processing instruction ``<?teikit sha256="…"?>`` over the file's bytes
without the stamp line. A file whose stamp is missing or no longer matches was
written or changed by someone else: converting over it needs ``--force``.
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

STAMP = re.compile(rb'<\?teikit sha256="([0-9a-f]{64})"\?>\n')


def _digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def stamp(data: bytes) -> bytes:
    """Insert the stamp after the XML declaration (data must not carry one yet)."""
    declaration_end = data.index(b"?>\n") + 3
    pi = f'<?teikit sha256="{_digest(data)}"?>\n'.encode()
    return data[:declaration_end] + pi + data[declaration_end:]


def unstamped(data: bytes) -> bytes:
    return STAMP.sub(b"", data, count=1)


def is_pristine(data: bytes) -> bool:
    """True when the file is exactly what teikit wrote (its stamp matches its content)."""
    match = STAMP.search(data)
    return match is not None and match.group(1).decode() == _digest(unstamped(data))


def may_overwrite(path: Path) -> bool:
    """A missing file, or one teikit wrote and nobody changed since."""
    return not path.exists() or is_pristine(path.read_bytes())


def backup_path(target: Path) -> Path:
    return target.with_name(target.name + ".bak")


def replace_tei(target: Path, data: bytes) -> Path | None:
    """Write a converted file over ``target``; a hand-edited file there is first kept as
    ``FILE.bak`` (returned), so replacing an editor's work never loses it."""
    from teikit.textio import write_atomic

    kept = None
    if not may_overwrite(target):
        kept = backup_path(target)
        write_atomic(kept, target.read_bytes())
    write_atomic(target, data)
    return kept


def refusal(target: Path, force: bool) -> str | None:
    """Why ``target`` must not be overwritten (an editor changed it), or None when it may be."""
    if force or may_overwrite(target):
        return None
    return (f"{target}: error: edited since teikit wrote it (or not written by teikit); "
            f"not overwritten: use --force to replace it (the edited file is kept as {backup_path(target).name})")
