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


# -- Show in folder: the file picked out in its folder --------------------------------------


def _heard() -> tuple[list[int], threading.Event, Any]:
    heard: list[int] = []
    done = threading.Event()

    def finished(code: int) -> None:
        heard.append(code)
        done.set()

    return heard, done, finished


def test_windows_asks_explorer_to_select_the_file(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(sys, "platform", "win32")
    monkeypatch.setenv("SYSTEMROOT", r"C:\Windows")
    started: list[tuple[Any, dict[str, Any]]] = []

    def spawn(args: Any, **options: Any) -> FakeProcess:
        started.append((args, options))
        return FakeProcess(1)  # explorer says 1 even when it showed the file

    heard, done, finished = _heard()
    target = Path(r"C:\Users\Ana María\Documents\check-in summary.pdf")
    assert file_open.show_item(target, finished, spawn=spawn)  # type: ignore[arg-type]
    assert done.wait(5) and heard == [0]
    [(args, _options)] = started
    # one line, written for explorer: /select, then the path in quotes
    assert args == (
        r'"C:\Windows\explorer.exe" /select,"C:\Users\Ana María\Documents\check-in summary.pdf"'
    )


@pytest.mark.parametrize("status", [0, 1, 2])
def test_macos_asks_open_to_reveal_the_file(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, status: int
) -> None:
    monkeypatch.setattr(sys, "platform", "darwin")
    started: list[list[str]] = []

    def spawn(args: list[str], **_options: Any) -> FakeProcess:
        started.append(args)
        return FakeProcess(status)

    heard, done, finished = _heard()
    assert file_open.show_item(tmp_path / "plan.html", finished, spawn=spawn)  # type: ignore[arg-type]
    # any failure is NOT_SHOWN, the folder opened instead: open's own 2 is not our NO_ANSWER
    said = file_open.SHOWN if status == 0 else file_open.NOT_SHOWN
    assert done.wait(5) and heard == [said]
    assert started == [["/usr/bin/open", "-R", str(tmp_path / "plan.html")]]


def test_linux_asks_the_file_manager_over_the_session_bus(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(sys, "platform", "linux")
    asked: list[Path] = []
    monkeypatch.setattr(
        file_open, "_show_over_dbus", lambda path, _done: asked.append(path) or True
    )

    def spawn(*_args: Any, **_options: Any) -> FakeProcess:
        raise AssertionError("no process is started on Linux: the file manager is asked")

    assert file_open.show_item(tmp_path / "a.pdf", lambda code: None, spawn=spawn)  # type: ignore[arg-type]
    assert asked == [tmp_path / "a.pdf"]


@pytest.mark.parametrize("platform", ["win32", "darwin"])
def test_a_tool_that_cannot_start_leaves_the_folder_to_be_opened(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, platform: str
) -> None:
    monkeypatch.setattr(sys, "platform", platform)

    def broken(*_args: Any, **_options: Any) -> FakeProcess:
        raise FileNotFoundError("no such tool")

    heard: list[int] = []
    assert not file_open.show_item(tmp_path / "a.pdf", heard.append, spawn=broken)  # type: ignore[arg-type]
    assert heard == []


def test_elsewhere_the_folder_is_opened(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(sys, "platform", "freebsd14")
    assert not file_open.show_item(tmp_path / "a.pdf", lambda code: None)


def test_the_session_bus_is_not_loaded_until_show_in_folder_is_pressed() -> None:
    source = str(Path(__file__).resolve().parents[2] / "desktop")
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys; import footholds.platform.file_open; "
            "print('PySide6.QtDBus' in sys.modules)",
        ],
        env={"PYTHONPATH": source, "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        check=True,
    )
    assert done.stdout.strip() == "False"
