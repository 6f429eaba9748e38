"""The CLI imports only the chosen sub-command's module: a one-shot command does not pay
for the others (xmlschema, the build, the site)."""

from __future__ import annotations

import subprocess
import sys

from teikit.cli import COMMANDS, build_parser


def _modules_after(argv: list[str]) -> set[str]:
    code = ("import sys; from teikit.cli import build_parser; "
            f"build_parser({argv!r}).parse_args({argv!r}); print(' '.join(sorted(sys.modules)))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    return set(out.split())


def test_render_loads_neither_xmlschema_nor_the_build() -> None:
    loaded = _modules_after(["render", "x.xml"])
    assert "teikit.render.command" in loaded
    assert not {"xmlschema", "teikit.build", "teikit.render.site", "teikit.validate.xsd"} & loaded


def test_validate_loads_no_xmlschema_until_a_document_is_invalid() -> None:
    loaded = _modules_after(["validate", "x.xml"])
    assert "teikit.validate.command" in loaded and "xmlschema" not in loaded and "teikit.build" not in loaded


def test_an_unknown_command_gets_the_full_parser_and_its_error(capsys) -> None:
    import pytest

    with pytest.raises(SystemExit):
        build_parser(["bogus"]).parse_args(["bogus"])
    assert "choose from 'init', 'convert'" in capsys.readouterr().err


def test_no_argv_configures_every_command() -> None:
    sub = next(a for a in build_parser()._actions if a.dest == "command")
    assert set(COMMANDS) <= set(sub.choices)
