"""A killed build never leaves stale output: `kill -9` at each phase boundary and at random
points, then build again, and every output (tei/, the site, the PDF) is byte for byte what a
clean build of the same edition writes. Also: the PDF is the same across checkouts and
between an incremental and a clean build.
"""

from __future__ import annotations

import contextlib
import os
import random
import re
import shutil
import signal
import subprocess
import sys
import threading
import time
import zlib
from collections.abc import Callable
from pathlib import Path

import pytest

from conftest import SOURCES, TEI_DIR

pytest.importorskip("weasyprint", reason="weasyprint is not installed (pip install weasyprint)")

EPOCH = {"SOURCE_DATE_EPOCH": "1700000000"}
DOCUMENTS = ("000_", "003_")  # two short letters: a build takes a few seconds
EDIT = ("Central Committee\n\n9 May 1963", "Central Committee\n\n10 May 1963")  # moves 003 in the index


def make_edition(folder: Path) -> Path:
    (folder / "sources").mkdir(parents=True)
    for prefix in DOCUMENTS:
        source = next(SOURCES.glob(f"{prefix}*.txt"))
        shutil.copy(source, folder / "sources" / source.name)
    (folder / "tei").mkdir()
    for name in ("register.xml", "bibliography.xml"):
        shutil.copy(TEI_DIR / name, folder / "tei" / name)
    return folder


def edit(edition: Path) -> None:
    source = next((edition / "sources").glob("003_*.txt"))
    text = source.read_text(encoding="utf-8")
    assert EDIT[0] in text
    source.write_text(text.replace(*EDIT), encoding="utf-8")


def start_build(edition: Path) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-m", "teikit.cli", "build", "--jobs", "2"], cwd=edition,
                            env={**os.environ, **EPOCH}, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                            text=True, start_new_session=True)  # its own group: the kill reaches its workers


def build(edition: Path) -> str:
    run = start_build(edition)
    _out, err = run.communicate(timeout=600)
    assert run.returncode == 0, err[-3000:]
    return err


def outputs(edition: Path) -> dict[str, bytes]:
    """Every file a build writes, but its own records (build/.teikit) and temporaries."""
    return {str(p.relative_to(edition)): p.read_bytes() for p in sorted(edition.rglob("*"))
            if p.is_file() and ".teikit" not in p.parts and p.parts[len(edition.parts)] in ("tei", "build")}


Trigger = Callable[[list[str], Path, float], bool]  # stderr lines so far, edition, seconds since start


def after_line(prefix: str) -> Trigger:
    return lambda lines, _edition, _t: any(line.startswith(prefix) for line in lines)


def store_committed(lines: list[str], edition: Path, _t: float) -> bool:
    store = edition / "build" / ".teikit" / "site.sqlite"
    return store.exists() and store.stat().st_mtime_ns > _STARTED_NS[edition]


def print_stamped(lines: list[str], edition: Path, _t: float) -> bool:
    """The print stamp written: were it written before the documents' PDFs, they would be stale now."""
    stamp = edition / "build" / ".teikit" / "edition.pdf.sha256"
    return stamp.exists() and stamp.stat().st_mtime_ns > _STARTED_NS[edition]


def after_seconds(seconds: float) -> Trigger:
    return lambda _lines, _edition, t: t >= seconds


_STARTED_NS: dict[Path, int] = {}


def kill_when(edition: Path, trigger: Trigger) -> bool:
    """Run a build and `kill -9` it (and its workers) when ``trigger`` fires; False if it ended first."""
    _STARTED_NS[edition] = time.time_ns()
    run = start_build(edition)
    lines: list[str] = []
    reader = threading.Thread(target=lambda: lines.extend(iter(run.stderr.readline, "")), daemon=True)  # type: ignore[union-attr]
    reader.start()
    started = time.monotonic()
    while run.poll() is None:
        if trigger(list(lines), edition, time.monotonic() - started):
            os.killpg(run.pid, signal.SIGKILL)
            run.wait(timeout=60)
            return True
        time.sleep(0.002)
    reader.join(timeout=10)
    return False


@pytest.fixture(scope="module")
def editions(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, bytes], float]:
    """A built edition (before the edit), the outputs of a clean build of the edited one, and
    how long that clean build took."""
    root = tmp_path_factory.mktemp("crash")
    built = make_edition(root / "built")
    build(built)
    clean = make_edition(root / "clean")
    edit(clean)
    started = time.monotonic()
    build(clean)
    return built, outputs(clean), time.monotonic() - started


TRIGGERS: dict[str, Trigger] = {
    "after-convert": after_line("convert:"),
    "after-validate": after_line("validate:"),
    "store-committed": store_committed,
    "after-render": after_line("render:"),  # while printing
    "print-stamped": print_stamped,  # the print edition recorded as made
}


def differences(got: dict[str, bytes], want: dict[str, bytes]) -> list[str]:
    return sorted(name for name in got.keys() | want.keys() if got.get(name) != want.get(name))


@pytest.mark.slow
@pytest.mark.parametrize("when", [*TRIGGERS, *(f"random-{i}" for i in range(5))])
def test_a_build_killed_at_any_point_is_repaired_by_the_next(editions, tmp_path: Path, when: str) -> None:
    built, want, clean_seconds = editions
    edition = tmp_path / "edition"
    shutil.copytree(built, edition, symlinks=True)
    edit(edition)
    if when in TRIGGERS:
        trigger = TRIGGERS[when]
    else:  # a point drawn from the whole run, the same on every run of the suite
        trigger = after_seconds(random.Random(when).uniform(0.05, clean_seconds))
    kill_when(edition, trigger)
    build(edition)
    assert differences(outputs(edition), want) == []


def pdf_text(pdf: bytes) -> bytes:
    """The PDF with its streams inflated (link annotations and names can sit in object streams)."""
    inflated = []
    for stream in re.finditer(rb"stream\r?\n(.*?)endstream", pdf, re.S):
        with contextlib.suppress(zlib.error):
            inflated.append(zlib.decompress(stream.group(1)))
    return pdf + b"".join(inflated)


@pytest.mark.slow
def test_the_pdf_is_the_same_across_checkouts_and_holds_no_local_path(editions, tmp_path: Path) -> None:
    _built, want, _seconds = editions
    elsewhere = make_edition(tmp_path / "another" / "checkout")
    edit(elsewhere)
    build(elsewhere)
    pdf = (elsewhere / "build" / "edition.pdf").read_bytes()
    assert pdf == want["build/edition.pdf"]
    assert b"file:" not in pdf_text(pdf)
    assert str(tmp_path).encode() not in pdf_text(pdf)


@pytest.mark.slow
def test_an_incremental_pdf_equals_a_clean_one(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Made in a process that laid out another book first (Saxon numbers the nodes of every
    document it parsed, so ids from generate-id() would differ) and in a fresh one. 004 has
    footnotes, whose ids are named destinations in the PDF."""
    from teikit.render.pdf import build_pdf

    tei = [str(next(TEI_DIR.glob(f"{prefix}*.xml"))) for prefix in ("000_", "004_")]
    register = str(TEI_DIR / "register.xml")
    fresh = tmp_path / "fresh.pdf"
    subprocess.run([sys.executable, "-c", "import sys; from pathlib import Path; "
                    "from teikit.render.pdf import build_pdf; "
                    "build_pdf([Path(p) for p in sys.argv[3:]], Path(sys.argv[1]), Path(sys.argv[2]))",
                    register, str(fresh), *tei], env={**os.environ, **EPOCH}, check=True, timeout=600)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH["SOURCE_DATE_EPOCH"])
    build_pdf([Path(tei[0])], Path(register), tmp_path / "first.pdf")
    build_pdf([Path(p) for p in tei], Path(register), tmp_path / "again.pdf")
    assert b"fn-" in pdf_text(fresh.read_bytes())  # the footnotes' ids are there to compare
    assert (tmp_path / "again.pdf").read_bytes() == fresh.read_bytes()
