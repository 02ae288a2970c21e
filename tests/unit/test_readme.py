"""README gives two commands; CI must run the test one exactly as written."""

from __future__ import annotations

import re

from support import ROOT


def _commands() -> list[str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    return re.findall(r"```sh\n(.+?)\n```", text)


def test_readme_has_an_install_and_a_test_command() -> None:
    commands = _commands()
    assert len(commands) >= 2
    assert "footholds" in commands[0] and "pip install" in commands[0]
    assert "pytest" in commands[1] and "[test]" in commands[1]


def test_ci_runs_the_readme_test_command_verbatim() -> None:
    test_command = _commands()[1]
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
    assert test_command in ci


def test_readme_names_every_cli_command() -> None:
    from footholds.cli.parser import build_parser

    text = (ROOT / "README.md").read_text(encoding="utf-8")
    parser = build_parser()
    sub = next(a for a in parser._actions if a.dest == "command")
    for name in sub.choices:  # type: ignore[union-attr]
        assert f"footholds {name}" in text, name


def test_the_first_command_makes_its_own_environment_everywhere() -> None:
    # a bare "python3 -m pip install ." is refused on Debian and Ubuntu (PEP 668)
    install = _commands()[0]
    venv = "~/.local/share/footholds/venv"
    assert install.startswith(f"python3 -m venv {venv} && {venv}/bin/pip install . && ")
    assert install.endswith(f"{venv}/bin/footholds")
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "py -m venv %LOCALAPPDATA%\\footholds\\venv && " in text
    assert text.index(install) < text.index("py -m venv")  # the command that works leads


def test_readme_says_footholds_keeps_the_terminal_and_what_to_run_instead() -> None:
    text = " ".join((ROOT / "README.md").read_text(encoding="utf-8").split())
    assert "`footholds` keeps the terminal" in text
    assert "footholds-gui" in text and "app menu" in text


def test_readme_says_the_command_line_answers_in_english() -> None:
    """The app speaks English and Spanish; its command line answers in English by design
    (issue 16): said beside the languages, so no one expects otherwise."""
    text = " ".join((ROOT / "README.md").read_text(encoding="utf-8").split())
    languages = text.index("Footholds speaks English and Spanish")
    said = text.find("answers in English", languages)
    assert 0 < said - languages < 500
