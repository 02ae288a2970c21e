"""The command line: every command documented; bad arguments exit 2 with one line."""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

import pytest

from footholds.cli.parser import build_parser
from support import child_env


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "footholds", *args],
        capture_output=True,
        text=True,
        timeout=60,
        env=child_env(),
    )


def test_help_documents_every_command() -> None:
    text = build_parser().format_help()
    for command in ("show", "log", "export", "backup", "restore", "doctor", "quit"):
        assert command in text


def test_parse_log() -> None:
    args = build_parser().parse_args(
        [
            "log",
            "--feel",
            "tired",
            "--feel",
            "flat",
            "--energy",
            "2",
            "--win",
            "drank water",
            "a note",
        ]
    )
    assert args.feel == ["tired", "flat"] and args.energy == 2
    assert args.win == ["drank water"] and args.note == "a note"


@pytest.mark.parametrize(
    "argv",
    [
        ["frobnicate"],
        ["log", "--energy", "9"],
        ["log", "--energy", "x"],
        ["show", "nowhere"],
        ["export", "--format", "docx"],
        ["restore"],
    ],
)
def test_bad_arguments_exit_2_with_one_clear_line(argv: list[str]) -> None:
    result = run_cli(*argv)
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("footholds: ")
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize(
    ("argv", "said"),
    [
        (["lgo"], "footholds: 'lgo' is not a command Footholds knows; did you mean 'log'?"),
        (["frobnicate"], "footholds: 'frobnicate' is not a command Footholds knows ("),
        (["show", "tuogh-day"], "'tuogh-day' is not one of the choices; did you mean 'tough-day'?"),
        (
            ["export", "--format", "docx"],
            "'docx' is not one of the choices for --format: json, csv",
        ),
    ],
)
def test_an_unknown_word_is_said_plainly_with_the_likely_one(argv: list[str], said: str) -> None:
    """argparse listed all eighteen commands after "invalid choice"; a slip (`lgo`) is met
    with the command it was likely meant to be, and a short list of choices stays."""
    from footholds.cli.parser import kinder

    result = run_cli(*argv)
    assert result.returncode == 2 and said in result.stderr
    assert "invalid choice" not in result.stderr and "choose from" not in result.stderr
    # without quotes round the choices, as newer Pythons print them, it reads the same
    unquoted = "argument COMMAND: invalid choice: 'lgo' (choose from show, log, proof)"
    assert kinder(unquoted) == "'lgo' is not a command Footholds knows; did you mean 'log'?"


EMPTY_FILE = [
    ["export", "-o", ""],
    ["export", "--format", "csv", "--output="],
    ["backup", "-o", ""],
    ["restore", ""],
    ["import", ""],
    ["safety-plan", "-o", ""],
    ["unlock", "--passphrase-file", ""],
    ["lock", "enable", "--passphrase-file", ""],
    ["lock", "change-passphrase", "--new-passphrase-file", ""],
    ["lock", "recover", "--recovery-key-file", ""],
]


@pytest.mark.parametrize("argv", EMPTY_FILE, ids=[" ".join(a[:2]) for a in EMPTY_FILE])
def test_an_empty_file_name_is_a_bad_argument(
    argv: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    # a script's unset variable: export wrote the whole journal to the screen, exit 0
    with pytest.raises(SystemExit) as stopped:
        build_parser().parse_args(argv)
    assert stopped.value.code == 2
    said = capsys.readouterr()
    assert "the file name is empty; please name a file" in said.err and not said.out


def test_export_to_an_empty_file_name_writes_nothing() -> None:
    result = run_cli("export", "-o", "")
    assert result.returncode == 2 and result.stdout == ""
    assert result.stderr.startswith("footholds: argument -o/--output: the file name is empty")


def test_version() -> None:
    result = run_cli("--version")
    assert result.returncode == 0 and result.stdout.startswith("Footholds ")


@pytest.mark.parametrize("argv", [["log", "a note"], ["proof", "add", "got up"], ["doctor"]])
def test_a_home_that_cannot_be_made_is_one_clear_line(tmp_path: Path, argv: list[str]) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    done = subprocess.run(
        [sys.executable, "-m", "footholds", *argv],
        env=child_env(FOOTHOLDS_HOME=str(blocker / "home"), QT_QPA_PLATFORM="offscreen"),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert "Traceback" not in done.stderr
    if argv != ["doctor"]:  # doctor reports what it can and exits 0
        assert done.returncode == 1
        assert done.stderr.startswith("footholds: ") and str(blocker) in done.stderr


def _undescribed(parser: argparse.ArgumentParser, name: str) -> list[str]:
    found = []
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for word, sub in action.choices.items():
                found += _undescribed(sub, f"{name} {word}")
        elif not action.help:
            found.append(f"{name} {'/'.join(action.option_strings) or action.metavar}")
    return found


def test_every_argument_says_what_it_is() -> None:
    """`import FILE`, `restore FILE`, `session remove ID`, `safety-plan --format` and others
    had no words in their help."""
    assert _undescribed(build_parser(), "footholds") == []


QUOTES = [
    (["log", "feeling", "awful", "tonight"], 'footholds log "feeling awful tonight"', "note"),
    (["log", "--energy", "2", "so", "tired"], 'footholds log --energy 2 "so tired"', "note"),
    (
        ["proof", "add", "got", "up", "--tag", "x", "early"],
        'footholds proof add "got up early" --tag x',
        "entry",
    ),
    (["log", "it", "cost", "$5"], "footholds log 'it cost $5'", "note"),
]


@pytest.mark.parametrize(("argv", "command", "called"), QUOTES, ids=[q[1] for q in QUOTES])
def test_words_not_in_quotes_are_shown_the_command_with_quotes(
    argv: list[str], command: str, called: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as stopped:
        build_parser().parse_args(argv)
    assert stopped.value.code == 2
    said = capsys.readouterr()
    assert not said.out and "unrecognized" not in said.err
    assert said.err == (
        f"footholds: put the words in quotes, so they are read as one {called}:\n  {command}\n"
    )


def test_a_misspelled_option_is_still_named_as_left_over(
    capsys: pytest.CaptureFixture[str],
) -> None:
    with pytest.raises(SystemExit):
        build_parser().parse_args(["log", "a", "--bogus"])
    assert "'--bogus' is not an option of log" in capsys.readouterr().err


def test_the_cli_says_to_quote_a_note_and_logs_nothing() -> None:
    result = run_cli("log", "feeling", "awful", "tonight")
    assert result.returncode == 2 and result.stdout == ""
    assert 'footholds log "feeling awful tonight"' in result.stderr
