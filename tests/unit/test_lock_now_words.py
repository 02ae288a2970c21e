"""`footholds lock now` always says what happened (cli/lock_actions.py now): with Footholds
closed there is nothing open to lock, and it says so, exit 0; an answer from the app with
no words in it is never passed on as silence."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

import pytest

from footholds.cli import lock_actions
from footholds.core.paths import Paths


def now(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, reply: dict[str, Any] | None) -> int:
    monkeypatch.setattr(lock_actions, "is_on", lambda _data: True)
    monkeypatch.setattr(lock_actions, "ask", lambda _paths, _command: reply)
    paths = Paths.from_env({"FOOTHOLDS_HOME": str(tmp_path)})
    return lock_actions.now(paths, argparse.Namespace())


def test_lock_now_with_footholds_closed_says_the_entries_stay_locked(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    assert now(tmp_path, monkeypatch, None) == 0
    said = capsys.readouterr()
    assert "Footholds is not running" in said.out and "stay locked on disk" in said.out
    assert said.err == ""


@pytest.mark.parametrize(("ok", "where"), [(True, "out"), (False, "err")])
def test_lock_now_never_answers_with_silence(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    ok: bool,
    where: str,
) -> None:
    assert now(tmp_path, monkeypatch, {"ok": ok, "message": ""}) == (0 if ok else 1)
    said = capsys.readouterr()
    assert getattr(said, where).strip()
