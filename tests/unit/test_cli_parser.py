"""The command line: every command documented; bad arguments exit 2 with one line."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from footholds.cli.main import build_parser
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
