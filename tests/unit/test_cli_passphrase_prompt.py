"""What the command line says at its passphrase prompts: Ctrl-D there is one plain line and
a non-zero exit, never a traceback; and without a terminal it says truly why a passphrase is
needed: a new one for `lock enable`, and with the app running unlocked, that the command line
needs it itself."""

from __future__ import annotations

import getpass
import io
from collections.abc import Iterator
from typing import Any

import pytest

from footholds.cli import lock as lock_command
from footholds.cli.main import main
from footholds.core.paths import Paths
from footholds.core.store import storage

pytest.importorskip("cryptography")

from footholds.core.lock import switch
from footholds.core.lock.keys import create

FAST = 1 << 10  # scrypt cost for tests
PASS = "a long passphrase"


@pytest.fixture(autouse=True)
def closed_lock() -> Iterator[None]:
    storage.codec = None
    yield
    storage.codec = None


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


class Pipe(io.StringIO):
    def isatty(self) -> bool:
        return False


def locked_home() -> Paths:
    paths = Paths.from_env()
    paths.ensure()
    header, keys, _ = create(PASS, FAST)
    switch.enable(paths.data_dir, header, keys)
    storage.codec = None
    return paths


def ctrl_d(prompt: str = "", stream: Any = None) -> str:
    raise EOFError


@pytest.mark.parametrize(
    "argv",
    [
        ["proof", "list"],
        ["export"],
        ["unlock"],
        ["lock", "disable"],
        ["lock", "recover"],
    ],
)
def test_ctrl_d_at_the_passphrase_prompt_is_one_line(
    argv: list[str], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    locked_home()
    monkeypatch.setattr("sys.stdin", Terminal())
    monkeypatch.setattr(getpass, "getpass", ctrl_d)
    code = main(argv)  # an EOFError escaped here, as a traceback
    out, err = capsys.readouterr()
    assert code == 1
    what = "recovery key" if argv[-1] == "recover" else "passphrase"
    assert err.strip() == f"footholds: No {what} was typed. Nothing was changed."
    assert out == ""


def test_ctrl_d_at_a_new_passphrase_is_one_line(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr("sys.stdin", Terminal())
    monkeypatch.setattr(getpass, "getpass", ctrl_d)
    assert main(["lock", "enable"]) == 1
    assert capsys.readouterr().err.strip() == (
        "footholds: No passphrase was typed. Nothing was changed."
    )


def test_lock_enable_without_a_terminal_asks_for_a_new_passphrase(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """It said "Your entries are locked and this needs your passphrase" with the lock off."""
    monkeypatch.setattr("sys.stdin", Pipe())
    assert main(["lock", "enable"]) == 1
    err = capsys.readouterr().err
    assert "locked" not in err
    assert err.strip() == (
        "footholds: This needs a new passphrase. Type it on a terminal, or give it with "
        "--passphrase-file FILE (or - for standard input)."
    )


def test_a_new_passphrase_names_the_option_that_gives_it(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Any
) -> None:
    locked_home()
    pw = tmp_path / "pw"
    pw.write_text(PASS + "\n")
    monkeypatch.setattr("sys.stdin", Pipe())
    assert main(["lock", "change-passphrase", "--passphrase-file", str(pw)]) == 1
    err = capsys.readouterr().err
    assert "This needs a new passphrase" in err and "--new-passphrase-file FILE" in err


def test_with_the_app_unlocked_the_command_line_says_it_needs_the_passphrase_itself(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """With the app running and unlocked, `proof list` said "Your entries are locked"."""
    locked_home()
    monkeypatch.setattr("sys.stdin", Pipe())
    asked: list[str] = []

    def app(paths: Paths, command: str, **kw: Any) -> dict[str, Any]:
        asked.append(command)
        return {"ok": True, "message": "open"}

    monkeypatch.setattr("footholds.cli.handover.surely_not_running_anywhere", lambda p: False)
    monkeypatch.setattr(lock_command, "ask", app)
    assert main(["proof", "list"]) == 1
    err = capsys.readouterr().err
    assert asked == ["lock-state"]
    assert err.strip() == (
        "footholds: Footholds is unlocked, but the command line cannot use that: it needs "
        "your passphrase itself. Type it on a terminal, or give it with "
        "FOOTHOLDS_PASSPHRASE_FILE=FILE."
    )


@pytest.mark.parametrize("state", ["locked", None])
def test_with_the_app_locked_or_gone_the_entries_are_said_to_be_locked(
    state: str | None, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    locked_home()
    monkeypatch.setattr("sys.stdin", Pipe())
    reply = None if state is None else {"ok": True, "message": state}
    monkeypatch.setattr("footholds.cli.handover.surely_not_running_anywhere", lambda p: False)
    monkeypatch.setattr(lock_command, "ask", lambda paths, command, **kw: reply)
    assert main(["proof", "list"]) == 1
    assert capsys.readouterr().err.strip() == (
        "footholds: Your entries are locked and this needs your passphrase. Type it on a "
        "terminal, or give it with FOOTHOLDS_PASSPHRASE_FILE=FILE."
    )
