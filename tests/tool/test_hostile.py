"""Hostile XML given to the commands that read TEI: refused with a clear error or handled
safely, never a traceback, no file disclosed, no network, bounded time and memory."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

SECRET = "TOP-SECRET-CONTENT-42"


def tei(body: str, prolog: str = "") -> str:
    return (f'<?xml version="1.0"?>\n{prolog}<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc>'
            f'<titleStmt><title>t</title></titleStmt><publicationStmt><p>p</p></publicationStmt>'
            f'<sourceDesc><p>s</p></sourceDesc></fileDesc></teiHeader><text><body>{body}</body></text></TEI>\n')


def hostile_files(folder: Path) -> dict[str, Path]:
    secret = folder / "secret.txt"
    secret.write_text(SECRET)
    cases = {
        "xxe": tei("<p>&leak;</p>", f'<!DOCTYPE TEI [<!ENTITY leak SYSTEM "{secret.as_uri()}">]>\n'),
        "bomb": tei("<p>&l9;</p>", "<!DOCTYPE TEI [<!ENTITY l0 'lol'>" + "".join(
            f"<!ENTITY l{i} '{('&l' + str(i - 1) + ';') * 10}'>" for i in range(1, 10)) + "]>\n"),
        "external-dtd": tei("<p>x</p>", '<!DOCTYPE TEI SYSTEM "http://10.255.255.1/tei.dtd">\n'),
        "xinclude": tei(f'<p><xi:include xmlns:xi="http://www.w3.org/2001/XInclude" href="{secret.as_uri()}" '
                        'parse="text"/></p>'),
        "xml-model-http": tei("<p>x</p>", '<?xml-model href="http://10.255.255.1/evil.rng" '
                              'schematypens="http://relaxng.org/ns/structure/1.0"?>\n'),
        "deep": tei("<p>" + "<hi>" * 100_000 + "x" + "</hi>" * 100_000 + "</p>"),
        "huge-text": tei("<p>" + "a" * (30 * 1024 * 1024) + "</p>"),
    }
    paths = {}
    for name, text in cases.items():
        paths[name] = folder / f"{name}.xml"
        paths[name].write_text(text)
    return paths


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return hostile_files(tmp_path_factory.mktemp("hostile"))


COMMANDS = {
    "validate": lambda path, out: ["validate", "--schema", "tei_all", str(path)],
    "render": lambda path, out: ["render", str(path), "--view", "reading", "--out", str(out)],
    "export-json": lambda path, out: ["export", "json", "--tei", str(path.parent), "--out", str(out / "d.json")],
}


@pytest.mark.slow
@pytest.mark.parametrize("case", ["xxe", "bomb", "external-dtd", "xinclude", "xml-model-http", "deep", "huge-text"])
@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_hostile_input_is_refused_or_harmless(hostile, tmp_path, case, command):
    if command == "export-json":  # the export reads a whole folder: give it only this file
        folder = tmp_path / "tei"
        folder.mkdir()
        (folder / hostile[case].name).write_bytes(hostile[case].read_bytes())
        path = folder / hostile[case].name
    else:
        path = hostile[case]
    run = subprocess.run([sys.executable, "-m", "teikit.cli", *COMMANDS[command](path, tmp_path / "out")],
                         capture_output=True, text=True, timeout=300)  # a hang fails here; speed is bench/'s
    output = run.stdout + run.stderr
    written = "".join(p.read_text(errors="replace") for p in (tmp_path / "out").rglob("*") if p.is_file()) \
        if (tmp_path / "out").exists() else ""
    assert SECRET not in output and SECRET not in written, "file content disclosed"
    assert "Traceback" not in output, output[-2000:]
    if case in ("xxe", "bomb", "external-dtd", "deep", "huge-text"):
        assert run.returncode != 0, output[-500:]
        assert f"{path}" in output or path.name in output  # the error names the file
    else:  # harmless documents (a DTD or schema named, never loaded): processed, nothing fetched or included
        assert run.returncode in (0, 1), output[-500:]


def test_hostile_register_is_refused_by_convert(tmp_path):
    """A register with an external entity next to the output: refused, nothing disclosed."""
    secret = tmp_path / "secret.txt"
    secret.write_text(SECRET)
    out = tmp_path / "tei"
    out.mkdir()
    (out / "register.xml").write_text(
        f'<?xml version="1.0"?>\n<!DOCTYPE TEI [<!ENTITY leak SYSTEM "{secret.as_uri()}">]>\n'
        '<TEI xmlns="http://www.tei-c.org/ns/1.0"><standOff><listPerson><person xml:id="x">'
        '<persName>&leak;</persName></person></listPerson></standOff></TEI>')
    source = Path(__file__).parents[1] / "data" / "raw" / "card_letter_gomulka.txt"
    run = subprocess.run([sys.executable, "-m", "teikit.cli", "convert", str(source), "--out", str(out)],
                         capture_output=True, text=True, timeout=120)
    assert run.returncode != 0
    assert "register.xml" in run.stderr and "Traceback" not in run.stderr
    assert SECRET not in run.stderr + run.stdout
    assert not (out / "card_letter_gomulka.xml").exists() or SECRET not in (out / "card_letter_gomulka.xml").read_text()
