"""The data commands load neither Qt nor the app: `footholds log` should cost little more than
starting Python. Each command runs in a child with this checkout's code (support.child_env),
the app not running, and reports which of the heavy modules it loaded."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from footholds.cli.parser import WINDOW_NAMES
from footholds.ui.shell.registry import names
from support import child_env

HEAVY = ("PySide6", "shiboken6", "footholds.app.build", "footholds.ui")

RUN = """
import json, sys
from footholds.cli import main as cli
sys.argv = ["footholds", *json.loads(sys.argv[1])]
try:
    code = cli.main()
except SystemExit as exc:
    code = exc.code
heavy = sorted(m for m in sys.modules if m.split(".")[0] in ("PySide6", "shiboken6")
               or m.startswith(("footholds.app", "footholds.ui")))
print("\\nHEAVY " + json.dumps([code, heavy]))
"""

# Not `doctor`: it asks Qt whether a tray and D-Bus are there, which is what it is for.
COMMANDS = [
    ["log", "--feel", "calm", "--energy", "3", "a note"],
    ["proof", "add", "got through it"],
    ["proof", "list"],
    ["export", "--format", "json"],
    ["export", "--format", "csv", "-o", "{home}/out.zip"],
    ["export", "--format", "md"],
    ["export", "--format", "html"],
    ["backup", "-o", "{home}/backup.zip"],
    ["import", "{home}/in.json"],
    ["helplines", "--region", "GB"],
    ["session", "list"],
    ["pause", "1h"],
    ["resume"],
    ["remind", "rest"],
    ["quit"],
    ["show", "--help"],
]


def run(home: Path, args: list[str]) -> tuple[int, list[str], str]:
    argv = [a.replace("{home}", str(home)) for a in args]
    out = subprocess.run(
        [sys.executable, "-c", RUN, json.dumps(argv)],
        capture_output=True,
        text=True,
        env=child_env(FOOTHOLDS_HOME=str(home), QT_QPA_PLATFORM="offscreen"),
        stdin=subprocess.DEVNULL,
        timeout=120,
    )
    line = out.stdout.rsplit("HEAVY ", 1)
    assert len(line) == 2, out.stderr
    code, heavy = json.loads(line[1])
    return code, heavy, out.stdout + out.stderr


@pytest.mark.parametrize("args", COMMANDS, ids=lambda a: " ".join(a[:3]))
def test_data_commands_load_no_qt_and_no_app(tmp_path: Path, args: list[str]) -> None:
    home = tmp_path / "home"
    (tmp_path / "home").mkdir()
    (home / "in.json").write_text(json.dumps({"format": "footholds", "records": []}))
    run(home, ["log", "--feel", "okay", "first"])  # a store with something in it
    code, heavy, output = run(home, args)
    assert heavy == [], output
    assert code in (0, 1), output  # a refusal (the app is not running) is fine, a crash not


def test_log_is_saved_with_the_lean_lock(tmp_path: Path) -> None:
    home = tmp_path / "home"
    code, _heavy, output = run(home, ["log", "--feel", "calm", "kept"])
    assert code == 0, output
    code, _heavy, output = run(home, ["export", "--format", "json"])
    assert code == 0 and "kept" in output


def test_the_command_line_lists_the_windows_the_app_has() -> None:
    assert list(WINDOW_NAMES) == names()
