"""validate(): XSD, RELAX NG (incl. tei_all), schema names, and the `teikit validate` command."""

from __future__ import annotations

import argparse
import json
import shutil
from pathlib import Path

import pytest

from teikit import resources
from teikit.validate import SchemaError, api, command, rng, validate, xsd
from teikit.validate.api import load_schemas, validate_files

DATA = Path(__file__).parents[1] / "data" / "validate"


def test_xsd_errors_with_position() -> None:
    assert validate([DATA / "valid.xml"], [str(DATA / "simple.xsd")]) == []
    found = validate([DATA / "invalid.xml"], [str(DATA / "simple.xsd")])
    # an unexpected child is reported where it is, as the RELAX NG engine does
    assert [(d.line, d.col, d.rule) for d in found] == [(4, 3, "xsd"), (5, 3, "xsd")]
    assert "'two'" in found[0].message and "'bogus'" in found[1].message
    assert [d.hint for d in found] == ["at /doc/item[2]", "at /doc/bogus"]


def test_rng_errors_with_position() -> None:
    assert validate([DATA / "valid.xml"], [str(DATA / "simple.rng")]) == []
    found = validate([DATA / "invalid.xml"], [str(DATA / "simple.rng")])
    assert [(d.line, d.col, d.rule) for d in found] == [(4, 3, "rng"), (5, 3, "rng")]
    assert "bogus" in found[1].message


def test_not_well_formed_is_a_diagnostic() -> None:
    (d,) = validate([DATA / "not-well-formed.xml"], [str(DATA / "simple.rng")])
    assert (d.line, d.rule, d.severity) == (4, "xml-syntax", "error") and d.col > 0


def test_xsd_is_cached_on_disk(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TEIKIT_CACHE_DIR", str(tmp_path))
    schema_file = tmp_path / "copy.xsd"
    shutil.copy(DATA / "simple.xsd", schema_file)
    first = xsd.load_xsd(schema_file)
    (pickled,) = tmp_path.glob("xsd-*.pickle")
    xsd._cache.clear()  # a new process: only the disk cache is left
    second = xsd.load_xsd(schema_file)
    assert second is not first and second.is_valid(str(DATA / "valid.xml"))
    schema_file.write_text(schema_file.read_text().replace('type="xs:integer"', 'type="xs:string"'))
    xsd.load_xsd(schema_file)  # the key follows the content
    assert len(list(tmp_path.glob("xsd-*.pickle"))) == 2 and pickled.exists()


def test_teikit_schema_missing_is_a_clear_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TEIKIT_SCHEMA_DIR", str(tmp_path))
    with pytest.raises(SchemaError, match="teikit schema is not available"):
        validate([DATA / "valid.xml"])
    with pytest.raises(SchemaError, match="unknown schema"):
        validate([DATA / "valid.xml"], ["nonsense"])


def test_teikit_schema_is_xsd_plus_schematron(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("TEIKIT_SCHEMA_DIR", str(DATA / "teikit_schema"))
    doc = tmp_path / "bad.xml"
    doc.write_text('<doc xmlns="urn:test">\n<item n="x">bad</item></doc>')
    found = validate([doc])
    assert {d.rule for d in found if d.severity == "error"} == {"xsd", "no-bad"}
    # a file without the profile's xml-model is told first that the errors are against the profile
    assert found[0].rule == "not-teikit-profile" and "--schema tei_all" in (found[0].hint or "")


def test_default_schema_dir_is_the_packages_own() -> None:
    # Shipped inside the package (in a checkout, src/teikit/schema links to the repository's schema/).
    assert api.schema_dir() == resources.schema_dir()
    assert api.schema_dir().resolve() == (Path(__file__).resolve().parents[2] / "schema").resolve()


# --- tei_all: compiled once for this module (0.1 s from the rewritten grammar) ---

@pytest.fixture(scope="module")
def tei_all():
    return load_schemas(["tei_all"])


def test_tei_all(tei_all) -> None:
    assert validate_files([DATA / "tei-minimal.xml"], tei_all) == []
    found = validate_files([DATA / "tei-invalid.xml"], tei_all)
    # body's content is checked by libxml2's interpreter (rng_grammar), which also reports
    # the alternative it tried first (line 11); the error at <bogus/> is there and named.
    at_bogus = [d for d in found if (d.line, d.col, d.rule) == (13, 7, "rng")]
    assert at_bogus and "bogus" in at_bogus[0].message
    assert all(11 <= d.line <= 13 for d in found)
    path = api.schema_dir() / "tei" / "tei_all.rng"
    assert rng.load_rng(path) is rng.load_rng(path)  # compiled once per process


# --- the command ---

def cli(*argv: str) -> int:
    parser = argparse.ArgumentParser(prog="teikit")
    command.configure(parser.add_subparsers())
    args = parser.parse_args(["validate", *argv])
    return args.func(args)


def test_command_text_output_and_exit_codes(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli(str(DATA / "valid.xml"), "--schema", str(DATA / "simple.rng")) == 0
    assert capsys.readouterr().out == "1 file, 0 errors, 0 warnings\n"

    assert cli(str(DATA / "basic.xml"), "--schema", str(DATA / "basic.sch")) == 1
    out = capsys.readouterr().out.splitlines()
    assert f"{DATA / 'basic.xml'}:3:3: error: list has 4 items, at most 3 allowed in list [list-too-long]" in out
    assert "  hint: remove 1 item(s)" in out
    assert out[-1] == "1 file, 3 errors, 3 warnings"


def test_command_warnings_only_exit_zero(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    doc = tmp_path / "w.xml"
    doc.write_text('<doc xmlns="urn:test"><list><item special="y">a</item></list></doc>')
    assert cli(str(doc), "--schema", str(DATA / "basic.sch")) == 0
    assert capsys.readouterr().out.splitlines()[-1] == "1 file, 0 errors, 0 warnings"


def test_command_json(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli(str(DATA / "invalid.xml"), str(DATA / "valid.xml"), "--schema", str(DATA / "simple.rng"),
               "--format", "json") == 1
    report = json.loads(capsys.readouterr().out)
    assert list(report) == ["files", "errors", "warnings", "diagnostics"]
    assert (report["files"], report["errors"], report["warnings"]) == (2, 2, 0)
    first = report["diagnostics"][0]
    assert list(first) == ["file", "line", "col", "severity", "rule", "message", "hint", "count"]
    assert (first["line"], first["col"], first["rule"]) == (4, 3, "rng")


def test_command_directory_and_not_well_formed(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    shutil.copy(DATA / "valid.xml", tmp_path / "a.xml")
    (tmp_path / "sub").mkdir()
    shutil.copy(DATA / "not-well-formed.xml", tmp_path / "sub" / "b.xml")
    assert cli(str(tmp_path), "--schema", str(DATA / "simple.rng")) == 1
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith(f"{tmp_path / 'sub' / 'b.xml'}:4:") and "[xml-syntax]" in out[0]
    assert "Traceback" not in "\n".join(out)
    assert out[-1] == "2 files, 1 error, 0 warnings"


def test_command_usage_and_io_errors(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                     monkeypatch: pytest.MonkeyPatch) -> None:
    assert cli(str(tmp_path / "missing.xml"), "--schema", str(DATA / "simple.rng")) == 2
    assert "no such file or directory" in capsys.readouterr().err
    assert cli(str(DATA / "valid.xml"), "--schema", "schema.txt") == 2
    assert "unknown schema" in capsys.readouterr().err
    monkeypatch.setenv("TEIKIT_SCHEMA_DIR", str(tmp_path))
    assert cli(str(DATA / "valid.xml")) == 2  # default: teikit, absent here
    assert "teikit schema is not available" in capsys.readouterr().err
    with pytest.raises(SystemExit) as info:
        cli(str(DATA / "valid.xml"), "--format", "yaml")
    assert info.value.code == 2


def test_command_unreadable_file_exits_2(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    real = Path.read_bytes

    def read_bytes(self: Path) -> bytes:
        if self.name == "valid.xml":
            raise PermissionError(13, "Permission denied")
        return real(self)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    assert cli(str(DATA / "valid.xml"), "--schema", str(DATA / "simple.rng")) == 2
    assert "cannot read file: Permission denied [io-error]" in capsys.readouterr().out
