"""What the last build saw, so the next one redoes only what changed.

Kept in ``<out>/.teikit/state.json``: a fingerprint of the code, stylesheets and schemas
that shape every output; of the bibliography; of each register entry; and per document
the hash of its source, the edition documents it cites (for links the other way), its
entry in the corpus index and the register entries its conversion consulted.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass, field
from functools import lru_cache
from pathlib import Path

from teikit import resources
from teikit.textio import write_atomic
from teikit.usercache import package_versions

PACKAGE = Path(__file__).resolve().parent


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def fingerprint(paths: list[Path], base: Path | None = None) -> str:
    """One hash over files (name, relative to ``base`` when given, and content), in a stable
    order; missing files count too. Relative names keep it the same across checkouts."""
    digest = hashlib.sha256()
    for path in sorted(paths):
        digest.update(str(path.relative_to(base) if base is not None and path.is_relative_to(base) else path).encode())
        digest.update(path.read_bytes() if path.exists() else b"<missing>")
    return digest.hexdigest()


@lru_cache(maxsize=1)
def code_fingerprint() -> str:
    """Everything of the tool that shapes outputs besides the sources: its code and shipped data
    (forenames, well-known persons), stylesheets, schemas, and the data packages' versions."""
    parts = [(PACKAGE, [p for p in PACKAGE.rglob("*") if p.is_file() and "__pycache__" not in p.parts]),
             (resources.xslt_dir(), [p for p in resources.xslt_dir().rglob("*") if p.is_file()]),
             (resources.schema_dir(), sorted(resources.schema_dir().glob("teikit.*")))]
    files = "".join(fingerprint(files, base) for base, files in parts)
    return hashlib.sha256((files + package_versions()).encode()).hexdigest()


@dataclass
class DocState:
    source_sha: str
    tei_sha: str
    cites: list[str]  # edition files this document cites
    date: str
    genre: str
    title: str
    register_ids: list[str] = field(default_factory=list)  # register entries its conversion consulted
    taught: list[str] = field(default_factory=list)  # forms it teaches the edition memory


@dataclass
class BuildState:
    code: str = ""
    bibliography: str = ""
    entries: dict[str, str] = field(default_factory=dict)  # register: hash per entry id, '' the rest
    docs: dict[str, DocState] = field(default_factory=dict)
    memory: str = ""  # hash of the edition memory every document was annotated with

    @classmethod
    def load(cls, path: Path) -> BuildState:
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
            return cls(raw["code"], raw["bibliography"], raw["entries"],
                       {k: DocState(**v) for k, v in raw["docs"].items()}, raw.get("memory", ""))
        except (OSError, ValueError, KeyError, TypeError):
            return cls()  # no state, or an unreadable one: build everything

    def edited_entries(self, new: BuildState) -> set[str]:
        """Register entries added, changed or removed since this state."""
        return {i for i in self.entries.keys() | new.entries.keys() if self.entries.get(i) != new.entries.get(i)} - {""}

    def same_base(self, new: BuildState) -> bool:
        """Whether what shapes every document is unchanged: code, bibliography, the register outside its entries."""
        return (self.code, self.bibliography, self.entries.get("")) == (new.code, new.bibliography, new.entries.get(""))

    def save(self, path: Path) -> None:
        data = {"code": self.code, "bibliography": self.bibliography, "entries": dict(sorted(self.entries.items())),
                "docs": {k: asdict(v) for k, v in sorted(self.docs.items())}, "memory": self.memory}
        write_atomic(path, (json.dumps(data, indent=1, sort_keys=True) + "\n").encode())
