"""Reading raw input and writing output files safely.

Raw input arrives from many hands: UTF-8 with or without BOM, UTF-16 with BOM,
Windows-1252, CRLF line ends, stray control characters. Output is written
atomically (temporary file, then rename) so a crash never leaves half a file.
"""

from __future__ import annotations

import os
import re
import tempfile
from pathlib import Path

from teikit.errors import InputError

# Characters XML 1.0 forbids (C0 controls but tab/newline/CR, plus U+FFFE/U+FFFF).
_XML_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
MAX_INPUT_BYTES = 64 * 1024 * 1024


def decode(data: bytes, name: str = "<input>") -> tuple[str, list[str]]:
    """Bytes of a raw document -> (text with \\n line ends, warnings)."""
    warnings: list[str] = []
    if not data.strip():
        raise InputError("empty file: nothing to convert")
    if len(data) > MAX_INPUT_BYTES:
        raise InputError(f"file too large ({len(data)} bytes; the limit is {MAX_INPUT_BYTES})")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = data.decode("utf-16")
    elif data.startswith(b"\xef\xbb\xbf"):
        text = data[3:].decode("utf-8", errors="strict")
    else:
        if b"\x00" in data[:4096] or _looks_binary(data[:4096]):
            raise InputError("binary file: expected a text transcription")
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            text = data.decode("cp1252", errors="replace")
            warnings.append("not UTF-8: decoded as Windows-1252 (check accented letters)")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text, count = _XML_FORBIDDEN.subn("", text)
    if count:
        warnings.append(f"removed {count} control character(s) that XML 1.0 forbids")
    if not text.strip():
        raise InputError("empty file: nothing to convert")
    return text, warnings


def _looks_binary(head: bytes) -> bool:
    controls = sum(1 for b in head if b < 9 or 13 < b < 32)
    return bool(head) and controls / len(head) > 0.05


def read_source(path: Path) -> tuple[str, list[str]]:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror or exc}") from exc
    return decode(data, str(path))


def write_atomic(path: Path, data: bytes, durable: bool = True) -> None:
    """Write ``data`` to ``path`` through a temporary file in the same folder. ``durable=False``
    skips the fsync: for files teikit can make again (pages), where a reader must never see
    half a file but a power cut may lose the newest version."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            if durable:
                handle.flush()
                os.fsync(handle.fileno())
        os.chmod(tmp, 0o666 & ~_umask())  # mkstemp made it private; outputs are ordinary files
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def remove_stale_temporaries(folder: Path, recursive: bool = False) -> None:
    """Temporary files a killed run left behind (the files they were for are intact);
    ``recursive`` for a folder teikit owns whole, such as the site."""
    if folder.is_dir():
        for tmp in (folder.rglob if recursive else folder.glob)(".*.tmp"):
            tmp.unlink(missing_ok=True)


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
