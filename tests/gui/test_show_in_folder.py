"""Show in folder picks the saved file out in its folder, where the desktop can, so a tired
person does not hunt for it among the others: the file manager's ShowItems over the session
bus on Linux (explorer /select, and open -R elsewhere: tests/unit/test_file_open.py). When no
file manager answers, or it could not show the file, the folder is opened as before, and when
nothing opens that either, the line says so."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from footholds.platform import file_open
from footholds.ui.common import saved_file
from footholds.ui.common.saved_file import SavedFile
from support import child_env


class Desktop:
    """What was asked of the desktop, never done: files to show, folders to open."""

    def __init__(self) -> None:
        self.shown: list[Path] = []
        self.opened: list[Path] = []
        self.show_answer: int | None = 0  # None: no way to show a file here; 1: it failed
        self.open_answer = 0  # xdg-open's status for a folder

    def show_item(self, path: Path, finished: Callable[[int], object]) -> bool:
        self.shown.append(path)
        if self.show_answer is None:
            return False
        # answered later, from another thread, as xdg-open's and open -R's are
        threading.Thread(target=finished, args=(self.show_answer,)).start()
        return True

    def hand_over(self, path: Path, finished: Callable[[int], object]) -> bool:
        self.opened.append(path)
        finished(self.open_answer)
        return True


@pytest.fixture
def desktop(monkeypatch: pytest.MonkeyPatch) -> Desktop:
    fake = Desktop()
    monkeypatch.setattr(saved_file.file_open, "show_item", fake.show_item)
    monkeypatch.setattr(saved_file.file_open, "hand_over", fake.hand_over)
    return fake


def _saved(qtbot: QtBot, tmp_path: Path) -> SavedFile:
    status = SavedFile()
    qtbot.addWidget(status)
    status.show()
    target = tmp_path / "check-in summary.pdf"
    target.write_bytes(b"%PDF-1.4")
    status.saved(target)
    return status


def test_show_in_folder_asks_for_the_file_itself(
    qtbot: QtBot, tmp_path: Path, desktop: Desktop
) -> None:
    status = _saved(qtbot, tmp_path)
    qtbot.mouseClick(status.show_folder, Qt.MouseButton.LeftButton)
    qtbot.wait(50)
    assert desktop.shown == [tmp_path / "check-in summary.pdf"]
    assert desktop.opened == []  # shown picked out: the folder is not opened a second time
    assert status.text() == f"Saved to {tmp_path / 'check-in summary.pdf'}"


def test_when_the_file_manager_cannot_show_it_the_folder_opens(
    qtbot: QtBot, tmp_path: Path, desktop: Desktop
) -> None:
    desktop.show_answer = 1
    status = _saved(qtbot, tmp_path)
    qtbot.mouseClick(status.show_folder, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: desktop.opened == [tmp_path])
    assert status.text() == f"Saved to {tmp_path / 'check-in summary.pdf'}"


def test_with_no_file_manager_on_the_bus_the_folder_opens(
    qtbot: QtBot, tmp_path: Path, desktop: Desktop
) -> None:
    desktop.show_answer = None
    status = _saved(qtbot, tmp_path)
    status.show_folder.click()
    assert desktop.opened == [tmp_path]


def test_when_nothing_opens_even_the_folder_the_line_says_so(
    qtbot: QtBot, tmp_path: Path, desktop: Desktop
) -> None:
    desktop.show_answer, desktop.open_answer = 1, 4
    status = _saved(qtbot, tmp_path)
    status.show_folder.click()
    qtbot.waitUntil(lambda: "No file manager" in status.text())
    # whole in the tooltip; a long path is cut in the middle on the line (saved_line.py)
    assert (
        status.line.toolTip()
        == f"No file manager opened the folder. The file is {tmp_path / 'check-in summary.pdf'}"
    )
    assert status.text().startswith("No file manager opened the folder. The file is ")


def test_a_second_try_that_shows_the_file_takes_back_what_the_first_said(
    qtbot: QtBot, tmp_path: Path, desktop: Desktop
) -> None:
    desktop.show_answer, desktop.open_answer = 1, 4
    status = _saved(qtbot, tmp_path)
    status.show_folder.click()
    qtbot.waitUntil(lambda: "No file manager" in status.text())
    desktop.show_answer = 0  # the file manager is there now
    status.show_folder.click()
    qtbot.wait(50)
    assert status.text() == f"Saved to {tmp_path / 'check-in summary.pdf'}"
    assert status.line.toolTip() == status.text()


def test_a_file_manager_that_does_not_answer_in_time_gets_no_second_window_beside_it(
    qtbot: QtBot, tmp_path: Path, desktop: Desktop
) -> None:
    """Still starting when the call's time ran out, it may show the file yet: the folder is
    not opened besides (two windows), and the line says where the file is meanwhile."""
    desktop.show_answer = file_open.NO_ANSWER
    status = _saved(qtbot, tmp_path)
    status.show_folder.click()
    qtbot.waitUntil(lambda: "slow to answer" in status.text())
    assert status.line.toolTip() == (  # never "no file manager opened it": it may, any moment
        "The file manager is slow to answer and may still show it. The file is "
        f"{tmp_path / 'check-in summary.pdf'}"
    )
    assert status.text().startswith("The file manager is slow to answer")
    qtbot.wait(50)
    assert desktop.opened == []


def test_a_file_gone_since_it_was_saved_opens_its_folder(
    qtbot: QtBot, tmp_path: Path, desktop: Desktop
) -> None:
    status = _saved(qtbot, tmp_path)
    (tmp_path / "check-in summary.pdf").unlink()
    status.show_folder.click()
    assert desktop.shown == [] and desktop.opened == [tmp_path]


# -- the call itself, on a private session bus -----------------------------------------------

BUS_CONFIG = """<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:dir={folder}</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
"""

# a child: the app's side, asking on the bus its environment names
ASK = """
import sys
from pathlib import Path
from PySide6.QtCore import QCoreApplication, QTimer
from footholds.platform import file_open
app = QCoreApplication([])
if len(sys.argv) > 2:
    file_open.SHOW_TIMEOUT_MS = int(sys.argv[2])
asked = file_open.show_item(Path(sys.argv[1]), lambda status: (print(status), app.quit()))
print("asked" if asked else "not-asked", flush=True)
if asked:
    QTimer.singleShot(10000, app.quit)
    app.exec()
"""


@pytest.fixture
def private_bus(tmp_path: Path) -> Iterator[dict[str, str]]:
    """A session bus of the test's own, with no services to start: no real file manager."""
    if not sys.platform.startswith("linux") or shutil.which("dbus-daemon") is None:
        pytest.skip("needs Linux with dbus-daemon")
    folder = tmp_path / "bus"
    folder.mkdir()
    config = tmp_path / "bus.conf"
    config.write_text(BUS_CONFIG.format(folder=folder))
    daemon = subprocess.Popen(
        ["dbus-daemon", f"--config-file={config}", "--nofork", "--print-address"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,  # its word on the fd limit it may not raise here
        text=True,
    )
    try:
        assert daemon.stdout is not None
        address = daemon.stdout.readline().strip()
        assert address.startswith("unix:")
        yield child_env(DBUS_SESSION_BUS_ADDRESS=address, QT_QPA_PLATFORM="offscreen")
    finally:
        daemon.terminate()
        daemon.wait(timeout=10)


def _ask(env: dict[str, str], target: Path, *timeout_ms: str) -> list[str]:
    done = subprocess.run(
        [sys.executable, "-c", ASK, str(target), *timeout_ms],
        env=env,
        capture_output=True,
        text=True,
        timeout=30,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout.split()


@pytest.fixture
def file_manager(
    private_bus: dict[str, str],
) -> Iterator[Callable[..., subprocess.Popen[str]]]:
    started: list[subprocess.Popen[str]] = []

    def start(*flags: str) -> subprocess.Popen[str]:
        script = Path(__file__).with_name("fake_file_manager.py")
        process = subprocess.Popen(
            [sys.executable, str(script), *flags],
            env=private_bus,
            stdout=subprocess.PIPE,
            text=True,
        )
        started.append(process)
        assert process.stdout is not None and process.stdout.readline().strip() == "ready"
        return process

    yield start
    for process in started:
        process.terminate()
        process.wait(timeout=10)


def test_the_file_manager_is_asked_to_show_the_file(
    private_bus: dict[str, str],
    file_manager: Callable[..., subprocess.Popen[str]],
    tmp_path: Path,
) -> None:
    manager = file_manager()
    target = tmp_path / "día bueno" / "check-in summary.pdf"
    assert _ask(private_bus, target) == ["asked", "0"]
    assert manager.stdout is not None
    member, signature, uris, startup = json.loads(manager.stdout.readline())
    assert (member, signature, startup) == ("ShowItems", "ass", "")
    assert uris == [target.as_uri()] and "%C3%ADa%20bueno" in uris[0]


def test_a_file_manager_that_fails_sends_the_folder_to_be_opened(
    private_bus: dict[str, str],
    file_manager: Callable[..., subprocess.Popen[str]],
    tmp_path: Path,
) -> None:
    file_manager("--fail")
    assert _ask(private_bus, tmp_path / "plan.html") == ["asked", "1"]


def test_a_file_manager_slow_to_start_is_waited_for(
    private_bus: dict[str, str],
    file_manager: Callable[..., subprocess.Popen[str]],
    tmp_path: Path,
) -> None:
    """Four seconds to answer (a cold start) is no failure: it showed the file, and nothing
    else is opened."""
    file_manager("--slow", "4")
    assert _ask(private_bus, tmp_path / "plan.html") == ["asked", str(file_open.SHOWN)]


def test_a_file_manager_that_never_answers_is_no_answer_not_a_failure(
    private_bus: dict[str, str],
    file_manager: Callable[..., subprocess.Popen[str]],
    tmp_path: Path,
) -> None:
    file_manager("--slow", "5")
    said = _ask(private_bus, tmp_path / "plan.html", "500")  # the call's time cut to 0.5 s
    assert said == ["asked", str(file_open.NO_ANSWER)]


def test_with_no_file_manager_on_the_bus_nothing_is_asked(
    private_bus: dict[str, str], tmp_path: Path
) -> None:
    assert _ask(private_bus, tmp_path / "plan.html") == ["not-asked"]


def test_without_a_session_bus_nothing_is_asked(tmp_path: Path) -> None:
    if not sys.platform.startswith("linux"):
        pytest.skip("the session bus is Linux's way")
    env = child_env(QT_QPA_PLATFORM="offscreen")
    env.pop("DISPLAY", None)  # nor an X display to find one through
    env["DBUS_SESSION_BUS_ADDRESS"] = f"unix:path={tmp_path / 'no-bus'}"  # nobody there
    assert _ask(env, tmp_path / "plan.html") == ["not-asked"]
    assert not os.path.exists(tmp_path / "no-bus")
