"""Bad and unusual raw input: clear one-line errors, no half-written files, nothing dropped."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from lxml import etree

from conftest import RAW, SOURCES
from teikit.cli import main
from teikit.errors import InputError
from teikit.pipeline import convert_document
from teikit.readers import read_bytes
from teikit.tei.fidelity import diplomatic_text

CARD = (RAW / "card_letter_gomulka.txt").read_text(encoding="utf-8")


def words_of(data: bytes) -> list[str]:
    return diplomatic_text(etree.fromstring(data)).split()


def test_empty_and_whitespace_files_are_refused():
    for data in (b"", b"  \n\n\t \n"):
        with pytest.raises(InputError, match="empty"):
            read_bytes(data, "x")


def test_binary_file_is_refused():
    with pytest.raises(InputError, match="binary"):
        read_bytes(bytes(range(256)) * 20, "x")


@pytest.mark.parametrize("encoding", ["utf-16", "utf-8-sig"])
def test_bom_encodings_decode_to_the_same_tei(encoding):
    plain = convert_document(read_bytes(CARD.encode("utf-8"), "card"))
    other = convert_document(read_bytes(CARD.encode(encoding), "card"))
    assert plain == other


def test_cp1252_is_decoded_with_a_warning():
    text = CARD.replace("Gomułka", "Gomulka").replace("Dubček", "Dubcek").replace("’", "'")
    doc = read_bytes(text.replace("concern", "concern – “quoted”").encode("cp1252", errors="replace"), "card")
    assert any("Windows-1252" in w for w in doc.warnings)
    assert "“quoted”" in convert_document(doc).decode()


def test_crlf_gives_the_same_tei_as_lf():
    assert convert_document(read_bytes(CARD.replace("\n", "\r\n").encode(), "card")) == \
        convert_document(read_bytes(CARD.encode(), "card"))


def test_forbidden_control_characters_are_removed_with_warning():
    doc = read_bytes(CARD.replace("events in Prague", "events\x07 in\x0b Prague").encode(), "card")
    data = convert_document(doc)
    etree.fromstring(data)  # well-formed
    assert any("control character" in w for w in doc.warnings)
    assert "events in Prague" in " ".join(words_of(data))


def test_unbalanced_and_nested_brackets_keep_every_word():
    text = CARD.replace("assured us", "assured [us and [[perhaps]] others").replace("keeps control", "keeps [control")
    doc = read_bytes(text.encode(), "card")
    data = convert_document(doc)  # the fidelity check runs inside
    assert any("unbalanced" in w for w in doc.warnings)
    assert "[control" in words_of(data)


def test_very_long_line_and_speaker_with_no_text():
    long = "word " * 20000
    text = f"July 1, 1965\nRecord of a Conversation\nL. I. Brezhnev\n{long}\nL. I. Brezhnev.\nN. Ceausescu We agree.\n"
    data = convert_document(read_bytes(text.encode(), "rec"))
    assert words_of(data).count("word") == 20000


def test_cli_reports_failures_and_converts_the_rest(tmp_path, capsys):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "binary.txt").write_bytes(bytes(range(256)) * 4)
    good = tmp_path / "good.txt"
    good.write_text(CARD, encoding="utf-8")
    out = tmp_path / "out"
    code = main(["convert", str(tmp_path), "--out", str(out)])
    err = capsys.readouterr().err
    assert code == 1
    assert f"{tmp_path / 'empty.txt'}: error: empty file" in err
    assert f"{tmp_path / 'binary.txt'}: error: binary file" in err
    assert "Traceback" not in err
    assert sorted(p.name for p in out.iterdir()) == ["good.xml"]  # no file for the failures, no temp files


def test_cli_exit_codes(tmp_path):
    assert main(["convert", str(SOURCES / "000_c4597c774dfb8533.txt"), "--out", str(tmp_path)]) == 0
    assert main(["convert", str(tmp_path / "missing.txt"), "--out", str(tmp_path)]) == 1
    with pytest.raises(SystemExit) as exc:
        main(["convert"])
    assert exc.value.code == 2


def test_output_is_byte_identical_across_hash_seeds(tmp_path):
    outputs = []
    for seed in ("0", "12345"):
        out = tmp_path / seed
        env = {**os.environ, "PYTHONHASHSEED": seed}
        subprocess.run([sys.executable, "-m", "teikit.cli", "convert", str(SOURCES), "--out", str(out)],
                       check=True, env=env, capture_output=True)
        outputs.append({p.name: p.read_bytes() for p in sorted(out.iterdir())})
    assert outputs[0] == outputs[1] and len(outputs[0]) == 5


def test_hand_edited_tei_is_not_overwritten_without_force(tmp_path, capsys):
    source = SOURCES / "000_c4597c774dfb8533.txt"
    assert main(["convert", str(source), "--out", str(tmp_path)]) == 0
    target = tmp_path / "000_c4597c774dfb8533.xml"
    pristine = target.read_bytes()
    assert main(["convert", str(source), "--out", str(tmp_path)]) == 0  # teikit's own output: replaced freely
    edited = pristine.replace(b"Dear Comrades,", b"Dear Comrades!")
    target.write_bytes(edited)
    assert main(["convert", str(source), "--out", str(tmp_path)]) == 1
    assert "use --force" in capsys.readouterr().err
    assert target.read_bytes() == edited  # the editor's work is intact
    assert main(["convert", str(source), "--out", str(tmp_path), "--force"]) == 0
    assert target.read_bytes() == pristine


def test_outputs_are_ordinary_readable_files(tmp_path):
    """Atomic writes go through a private temporary file; the result must not stay private."""
    assert main(["convert", str(SOURCES / "000_c4597c774dfb8533.txt"), "--out", str(tmp_path)]) == 0
    mode = (tmp_path / "000_c4597c774dfb8533.xml").stat().st_mode & 0o777
    umask = os.umask(0)
    os.umask(umask)
    assert mode == 0o666 & ~umask
