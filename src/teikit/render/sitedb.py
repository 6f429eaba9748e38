"""The site's store (SQLite, in SITE/.teikit/site.sqlite): each document's record and
mentions, kept on disk so the index, register and works pages are built from queries
instead of from every document held in memory, and so a document whose TEI did not
change is not read again. It also remembers the inputs of every shared page and of
every document's views, recorded only after the pages were written, so a page is
rendered again when what it shows changed, or when a killed run never recorded it.

SQLite (the standard library's) because the queries are by key over data that grows
with the corpus, and a crashed run leaves the store consistent (one transaction a run).
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path

from teikit.render.extract import DocRecord, Mention

__all__ = ["SiteStore"]

# Bump when what extract() records changes: the store is then rebuilt from the TEI.
FORMAT = "7"
SCHEMA = """
CREATE TABLE IF NOT EXISTS docs(stem TEXT PRIMARY KEY, file TEXT, sha TEXT, title TEXT, date TEXT, genre TEXT,
    summary TEXT, label_title TEXT, label_date TEXT, works TEXT, speakers TEXT, links TEXT);
CREATE TABLE IF NOT EXISTS mentions(stem TEXT, n INTEGER, ref TEXT, kind TEXT, name TEXT, before TEXT, after TEXT,
    PRIMARY KEY(stem, n));
DROP INDEX IF EXISTS mentions_by_ref;
CREATE INDEX IF NOT EXISTS mentions_by_entry ON mentions(ref, stem, n);
CREATE INDEX IF NOT EXISTS docs_by_file ON docs(file);
CREATE TABLE IF NOT EXISTS passages(stem TEXT, n INTEGER, text TEXT, PRIMARY KEY(stem, n));
CREATE TABLE IF NOT EXISTS pages(path TEXT PRIMARY KEY, inputs TEXT);
CREATE TABLE IF NOT EXISTS entries(ref TEXT PRIMARY KEY, inputs TEXT);
CREATE TABLE IF NOT EXISTS touched(ref TEXT PRIMARY KEY);
CREATE TABLE IF NOT EXISTS views(stem TEXT PRIMARY KEY, inputs TEXT);
"""


def digest(*parts: str) -> str:
    h = hashlib.sha256()
    for part in parts:
        h.update(part.encode("utf-8"))
        h.update(b"\0")
    return h.hexdigest()


class SiteStore:
    def __init__(self, path: Path, readonly: bool = False):
        self.path = path
        if readonly:
            self.db = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, check_same_thread=False)
            return
        path.parent.mkdir(parents=True, exist_ok=True)
        self.db = sqlite3.connect(path)
        self.db.execute("CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT)")
        if self._meta("format") != FORMAT:  # made by another teikit: start afresh (the pages are rendered again)
            self.db.executescript("DROP TABLE IF EXISTS docs; DROP TABLE IF EXISTS mentions;"
                                  " DROP TABLE IF EXISTS pages;"
                                  "DROP TABLE IF EXISTS entries; DROP TABLE IF EXISTS touched;"
                                  " DROP TABLE IF EXISTS views;"
                                  "DROP TABLE IF EXISTS passages;")
            self.db.execute("INSERT OR REPLACE INTO meta VALUES ('format', ?)", (FORMAT,))
        self.db.executescript(SCHEMA)

    @staticmethod
    def reader(path: Path) -> SiteStore:
        """A read-only connection, one per process and store file (workers read, the parent writes).
        The key holds the process id, as a connection must not cross a fork, and the inode, as a
        store deleted and made again is another file."""
        return _reader(os.getpid(), str(path.resolve()), path.stat().st_ino)

    def _meta(self, key: str) -> str | None:
        row = self.db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    def same_setting(self, key: str, value: str) -> bool:
        """Whether ``key`` was recorded with ``value``; records it (committed with the run)."""
        same = self._meta(key) == value
        self.db.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (key, value))
        return same

    # documents
    def shas(self) -> dict[str, str]:
        return dict(self.db.execute("SELECT stem, sha FROM docs"))

    def _touch(self, stem: str) -> None:
        """Mark the entries a document mentions: their pages show it."""
        self.db.execute("INSERT OR IGNORE INTO touched SELECT DISTINCT ref FROM mentions WHERE stem = ?", (stem,))

    def put(self, record: DocRecord, file: str, sha: str) -> None:
        self._touch(record.stem)  # as it was
        self.db.execute("DELETE FROM mentions WHERE stem = ?", (record.stem,))
        self.db.execute("INSERT OR REPLACE INTO docs VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
                        (record.stem, file, sha, record.title, record.date, record.genre, record.summary,
                         record.label_title, record.label_date, json.dumps(record.works), json.dumps(record.speakers),
                         json.dumps(record.links)))
        self.db.executemany("INSERT INTO mentions VALUES (?,?,?,?,?,?,?)",
                            [(record.stem, m.number, m.ref, m.kind, m.name, m.before, m.after)
                             for m in record.mentions])
        self.db.execute("DELETE FROM passages WHERE stem = ?", (record.stem,))
        self.db.executemany("INSERT INTO passages VALUES (?,?,?)",
                            [(record.stem, n, text) for n, text in enumerate(record.passages, start=1) if text])
        self._touch(record.stem)  # as it is now

    def keep_only(self, stems: set[str]) -> set[str]:
        """Forget documents that are no longer part of the edition; returns their stems."""
        gone = [(s,) for s in self.shas() if s not in stems]
        for (stem,) in gone:
            self._touch(stem)
        for table in ("docs", "mentions", "passages", "views"):
            self.db.executemany(f"DELETE FROM {table} WHERE stem = ?", gone)
        return {stem for (stem,) in gone}

    def docs(self) -> Iterator[DocRecord]:
        """Every document (without its mentions), in stem order."""
        for stem, _file, _sha, title, date, genre, summary, ltitle, ldate, works, speakers, links in self.db.execute(
                "SELECT * FROM docs ORDER BY stem"):
            yield DocRecord(stem, title, date, genre, summary, ltitle, ldate, json.loads(works), json.loads(speakers),
                            json.loads(links))

    def count_docs(self) -> int:
        return int(self.db.execute("SELECT count(*) FROM docs").fetchone()[0])

    def docs_by_date(self) -> Iterator[DocRecord]:
        """Every document (without its mentions) in the index's order: by date, undated last, then title."""
        for stem, _file, _sha, title, date, genre, summary, ltitle, ldate, works, speakers, links in self.db.execute(
                "SELECT * FROM docs ORDER BY CASE WHEN date = '' THEN '9999' ELSE date END, title, stem"):
            yield DocRecord(stem, title, date, genre, summary, ltitle, ldate, json.loads(works), json.loads(speakers),
                            json.loads(links))

    def refs(self, stem: str | None = None) -> Iterator[tuple[str, str, str]]:
        """(ref, element kind, first name) of every entry mentioned (in one document, or anywhere);
        first: by document stem, then place in the document."""
        if stem is not None:  # a lone min() makes SQLite take the other columns from that row
            yield from ((ref, kind, name) for ref, kind, name, _n in self.db.execute(
                "SELECT ref, kind, name, min(n) FROM mentions WHERE stem = ? GROUP BY ref ORDER BY ref", (stem,)))
            return
        for (ref,) in self.db.execute("SELECT DISTINCT ref FROM mentions ORDER BY ref").fetchall():
            kind, name = self.db.execute("SELECT kind, name FROM mentions WHERE ref = ? ORDER BY stem, n LIMIT 1",
                                         (ref,)).fetchone()
            yield ref, kind, name

    def labels(self, stem: str) -> list[tuple[str, str, str]]:
        """(file name, label title, label date) of the documents ``stem`` links to."""
        row = self.db.execute("SELECT links FROM docs WHERE stem = ?", (stem,)).fetchone()
        files = json.loads(row[0]) if row else []
        return [hit for file in files
                for hit in self.db.execute("SELECT file, label_title, label_date FROM docs WHERE file = ?", (file,))]

    def speakers(self) -> set[str]:
        return {ref for (refs,) in self.db.execute("SELECT speakers FROM docs") for ref in json.loads(refs)}

    def count(self, ref: str) -> int:
        return int(self.db.execute("SELECT count(*) FROM mentions WHERE ref = ?", (ref,)).fetchone()[0])

    def mentions_of(self, ref: str) -> Iterator[tuple[DocRecord, Mention]]:
        """An entry's mentions in the documents' chronological order, read as they are consumed."""
        rows = self.db.execute(
            "SELECT d.stem, d.title, d.date, m.n, m.ref, m.kind, m.name, m.before, m.after FROM mentions m "
            "JOIN docs d ON d.stem = m.stem WHERE m.ref = ? ORDER BY d.date = '', d.date, d.stem, m.n", (ref,))
        for stem, title, date, n, r, kind, name, before, after in rows:
            yield DocRecord(stem, title, date, "", "", "", ""), Mention(n, r, kind, name, before, after)

    def passages(self, stem: str) -> list[tuple[int, str]]:
        """(n, text) of a document's search passages, in order."""
        return list(self.db.execute("SELECT n, text FROM passages WHERE stem = ? ORDER BY n", (stem,)))

    # a document's views
    def views_unchanged(self, stem: str, inputs: str) -> bool:
        row = self.db.execute("SELECT inputs FROM views WHERE stem = ?", (stem,)).fetchone()
        return row is not None and row[0] == inputs

    def views_written(self, stem: str, inputs: str) -> None:
        self.db.execute("INSERT OR REPLACE INTO views VALUES (?, ?)", (stem, inputs))

    # shared pages
    def page_unchanged(self, path: str, inputs: str) -> bool:
        row = self.db.execute("SELECT inputs FROM pages WHERE path = ?", (path,)).fetchone()
        return row is not None and row[0] == inputs

    def page_written(self, path: str, inputs: str) -> None:
        self.db.execute("INSERT OR REPLACE INTO pages VALUES (?, ?)", (path, inputs))

    def entry_unchanged(self, ref: str, inputs: str) -> bool:
        """Whether no document naming the entry changed and its other inputs are the same."""
        if self.db.execute("SELECT 1 FROM touched WHERE ref = ?", (ref,)).fetchone():
            return False
        row = self.db.execute("SELECT inputs FROM entries WHERE ref = ?", (ref,)).fetchone()
        return row is not None and row[0] == inputs

    def entry_written(self, ref: str, inputs: str) -> None:
        self.db.execute("INSERT OR REPLACE INTO entries VALUES (?, ?)", (ref, inputs))
        self.db.execute("DELETE FROM touched WHERE ref = ?", (ref,))

    def pages_except(self, keep: set[str], entries: set[str]) -> list[str]:
        """Pages this store wrote before that the site no longer has, and entries it no longer
        has pages for; forgotten here. Returns the pages."""
        gone = [p for (p,) in self.db.execute("SELECT path FROM pages") if p not in keep]
        self.db.executemany("DELETE FROM pages WHERE path = ?", [(p,) for p in gone])
        for table in ("entries", "touched"):
            self.db.executemany(f"DELETE FROM {table} WHERE ref = ?",
                                [(r,) for (r,) in self.db.execute(f"SELECT ref FROM {table}") if r not in entries])
        return gone

    def commit(self) -> None:
        self.db.commit()

    def close(self) -> None:
        self.db.close()


@lru_cache(maxsize=2)
def _reader(_pid: int, path: str, _inode: int) -> SiteStore:
    return SiteStore(Path(path), readonly=True)
