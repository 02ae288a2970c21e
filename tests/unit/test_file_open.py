"""A saved file is handed to xdg-open on Linux, whose exit status says whether any app took
it (Qt's openUrl says yes as soon as xdg-open starts, even when it then finds none)."""

from __future__ import annotations

import subprocess
import sys
import threading
from pathlib import Path
from typing import Any

import pytest

from footholds.platform import file_open


class FakeProcess:
    def __init__(self, status: int) -> None:
        self.status = status

    def wait(self) -> int:
        return self.status


@pytest.mark.parametrize("status", [0, 3, 4])
def test_the_exit_status_comes_back(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, status: int
) -> None:
    monkeypatch.setattr(sys, "platform", "linux")
    monkeypatch.setattr(file_open.shutil, "which", lambda name: f"/usr/bin/{name}")
    started: list[tuple[list[str], dict[str, Any]]] = []

    def spawn(args: list[str], **options: Any) -> FakeProcess:
        started.append((args, options))
        return FakeProcess(status)

    heard: list[int] = []
    done = threading.Event()

    def finished(code: int) -> None:
        heard.append(code)
        done.set()

    assert file_open.hand_over(tmp_path / "a.pdf", finished, spawn=spawn)  # type: ignore[arg-type]
    assert done.wait(5) and heard == [status]
    [(args, options)] = started
    assert args == ["/usr/bin/xdg-open", str(tmp_path / "a.pdf")]
    assert options["start_new_session"] and options["stdout"] == subprocess.DEVNULL


def test_without_xdg_open_qt_is_asked(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(sys, "platform", "linux")
    monkeypatch.setattr(file_open.shutil, "which", lambda name: None)
    assert not file_open.hand_over(tmp_path, lambda code: None)


def test_elsewhere_qt_is_asked(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(sys, "platform", "win32")
    assert not file_open.hand_over(tmp_path, lambda code: None)


def test_a_tool_that_cannot_start_leaves_it_to_qt(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(sys, "platform", "linux")
    monkeypatch.setattr(file_open.shutil, "which", lambda name: f"/usr/bin/{name}")

    def broken(*_args: Any, **_options: Any) -> FakeProcess:
        raise PermissionError("not executable")

    assert not file_open.hand_over(tmp_path, lambda code: None, spawn=broken)  # type: ignore[arg-type]
