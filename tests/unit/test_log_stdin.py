"""`footholds log` takes its note on standard input, so the words never show in the process
list (where every user on the computer can read a command's arguments)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from footholds.app.build import open_store
from footholds.cli.parser import build_parser
from footholds.core.paths import Paths
from footholds.core.store import LogEntry
from footholds.core.store.validate import NOTE_LIMIT
from support import ROOT, child_env


@pytest.fixture
def home() -> Iterator[Path]:
    folder = Path(tempfile.mkdtemp(prefix="fh-"))
    yield folder / "home"
    shutil.rmtree(folder, ignore_errors=True)


def log(home: Path, *args: str, stdin: bytes | None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "footholds", "log", *args],
        env=child_env(FOOTHOLDS_HOME=str(home), QT_QPA_PLATFORM="offscreen"),
        input=stdin,
        stdin=subprocess.DEVNULL if stdin is None else None,
        capture_output=True,
        timeout=60,
    )


def notes(home: Path) -> list[str]:
    store, _ = open_store(Paths.from_env({"FOOTHOLDS_HOME": str(home)}))
    try:
        return [entry.note for entry in store.all(LogEntry)]
    finally:
        store.close()


def test_a_dash_reads_the_note_from_standard_input(home: Path) -> None:
    words = "a heavy morning,\nbut I got up\n"
    done = log(home, "--feel", "low", "-", stdin=words.encode())
    assert done.returncode == 0, done.stderr
    assert notes(home) == ["a heavy morning,\nbut I got up"]
    assert "heavy" not in " ".join(done.args)


def test_a_pipe_gives_the_note_when_none_is_typed(home: Path) -> None:
    done = log(home, "--energy", "2", stdin=b"from a pipe")
    assert done.returncode == 0, done.stderr
    assert notes(home) == ["from a pipe"]


def test_no_pipe_and_no_note_does_not_wait_for_input(home: Path) -> None:
    done = log(home, "--feel", "calm", stdin=None)  # stdin is /dev/null, as from a launcher
    assert done.returncode == 0, done.stderr
    assert notes(home) == [""]


@pytest.mark.parametrize(
    "data, says",
    [
        (b"\xff\xfe not text", b"not UTF-8"),
        (b"x" * (NOTE_LIMIT * 4 + 10), b"is the most that fits"),
        ("RTL: \u202eevil txt.exe".encode(), b"invisible control characters"),
    ],
    ids=["not-utf8", "too-long", "direction-override"],
)
def test_a_bad_note_on_standard_input_is_refused_plainly(
    home: Path, data: bytes, says: bytes
) -> None:
    done = log(home, "-", stdin=data)
    assert done.returncode == 2
    assert says in done.stderr and b"Traceback" not in done.stderr
    assert not (home / "data" / "store" / "log").exists()


def test_help_and_readme_say_how_to_keep_the_note_private(
    capsys: pytest.CaptureFixture[str],
) -> None:
    with pytest.raises(SystemExit):
        build_parser().parse_args(["log", "--help"])
    help_text = " ".join(capsys.readouterr().out.split())
    assert "standard input" in help_text and "footholds log -" in help_text
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## The command line", 1)[1].split("\n## ", 1)[0]
    assert "footholds log -" in section


class Terminal:
    """Standard input as a terminal, with the words a person types there."""

    def __init__(self, typed: bytes) -> None:
        import io

        self.buffer = io.BytesIO(typed)

    def isatty(self) -> bool:
        return True

    def fileno(self) -> int:
        raise OSError("not a real terminal")


HINT = "Type your note, then press Ctrl-D on a new line.\n"


@pytest.mark.skipif(os.name == "nt", reason="Windows ends input with Ctrl-Z, then Enter")
def test_a_dash_at_a_terminal_says_how_to_end_the_note(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """`footholds log -` at a terminal waited in silence; it says what it waits for."""
    from footholds.cli.main import main

    monkeypatch.setattr(sys, "stdin", Terminal(b"typed at the terminal\n"))
    assert main(["log", "-"]) == 0
    assert capsys.readouterr().err.startswith(HINT)
    assert notes(Path(os.environ["FOOTHOLDS_HOME"])) == ["typed at the terminal"]


def test_a_pipe_gets_no_hint(home: Path) -> None:
    done = log(home, "-", stdin=b"from a pipe")
    assert done.returncode == 0 and b"Ctrl-D" not in done.stderr
