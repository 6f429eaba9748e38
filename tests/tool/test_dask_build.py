"""`teikit build --scheduler ADDRESS`: the per-document stages on a Dask cluster (a LocalCluster
of two worker processes here) give the same bytes as a build in one process."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

from conftest import ROOT, SOURCES, TEI_DIR
from teikit.cli import main

distributed = pytest.importorskip("distributed", reason="needs dask[distributed]")

sys.path.insert(0, str(ROOT / "bench"))
from generate import generate  # noqa: E402

GENERATED = 30  # more than parallel.MIN_PARALLEL, so that the local build uses its process pool too


def _project(root: Path) -> Path:
    shutil.copytree(SOURCES, root / "sources")
    generate(root / "sources", GENERATED)
    (root / "tei").mkdir()
    for name in ("bibliography.xml", "register.xml"):
        shutil.copy(TEI_DIR / name, root / "tei" / name)
    return root


def _outputs(project: Path) -> dict[str, bytes]:
    """Every file the build wrote (its own state and the spill folder aside)."""
    return {str(p.relative_to(project)): p.read_bytes() for p in sorted(project.rglob("*"))
            if p.is_file() and ".teikit" not in p.parts and "sources" not in p.parts}


@pytest.fixture(scope="module")
def cluster():
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as c:
        yield c


def _build(project: Path, *extra: str) -> int:
    return main(["build", "--sources", str(project / "sources"), "--tei", str(project / "tei"),
                 "--out", str(project / "build"), "--no-pdf", *extra])


def test_dask_build_gives_the_bytes_of_a_local_build(tmp_path: Path, cluster) -> None:
    local, remote = _project(tmp_path / "local"), _project(tmp_path / "dask")
    assert _build(local, "--jobs", "2") == 0
    assert _build(remote, "--scheduler", cluster.scheduler_address) == 0
    expected, got = _outputs(local), _outputs(remote)
    assert len([name for name in expected if name.startswith("tei/")]) == 5 + GENERATED + 2
    assert sorted(got) == sorted(expected)
    assert [name for name in expected if got[name] != expected[name]] == []
    assert not any((remote / "build" / ".teikit" / "spill").glob("*/*.pickle"))  # spill folders cleaned up


def test_tasks_ran_on_the_workers(tmp_path: Path, cluster) -> None:
    project = _project(tmp_path / "p")
    with distributed.Client(cluster) as client:
        before = sum(client.run(lambda dask_worker: dask_worker.state.transition_counter).values())
        assert _build(project, "--scheduler", cluster.scheduler_address) == 0
        after = sum(client.run(lambda dask_worker: dask_worker.state.transition_counter).values())
    assert after - before > 3 * (5 + GENERATED)  # read, annotate, write, views: several per document
