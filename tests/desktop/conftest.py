"""Desktop tests: the real app, in the shared desktop session, with a real tray.

They need the session started by `../shared/desktop-session start` (CI does this) and skip
with the reason when it is not there.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, cast

import pytest

from footholds.cli.client import send
from footholds.core.paths import Paths
from footholds.core.socket_place import address
from support import DESKTOP_ENV, ROOT, child_env

# shared/ sits beside the checkout (CI, main); worktrees elsewhere can point to it.
SESSION = Path(
    os.environ.get("FOOTHOLDS_DESKTOP_SESSION", ROOT.parent / "shared" / "desktop-session")
)


def _why_no_desktop() -> str:
    if sys.platform != "linux":
        return "desktop tests drive an X11 session; this is not Linux"
    if "DISPLAY" not in DESKTOP_ENV:
        return "no desktop session (start it with shared/desktop-session start)"
    if not shutil.which("xdotool") or not shutil.which("xwininfo"):
        return "xdotool/xwininfo missing (shared/desktop-session install)"
    probe = subprocess.run(
        ["xwininfo", "-root", "-tree"],
        capture_output=True,
        text=True,
        env={**os.environ, **DESKTOP_ENV},
        timeout=10,
    )
    if '"panel"' not in probe.stdout:
        return "the desktop session has no system tray (trayer) running"
    return ""


WHY = _why_no_desktop()


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Skip every desktop test, with the reason, when there is no desktop with a tray.
    They run one after another on one worker: they share one desktop, its tray, its
    keyboard focus and its sound server."""
    here = Path(__file__).parent
    for item in items:
        if here in Path(str(item.fspath)).parents:
            item.add_marker(pytest.mark.xdist_group("desktop"))
            if WHY:
                item.add_marker(pytest.mark.skip(reason=WHY))


def desktop_env(home: Path, **extra: str) -> dict[str, str]:
    """Environment for a child that shows windows on the shared desktop."""
    return child_env(FOOTHOLDS_HOME=str(home), QT_QPA_PLATFORM="xcb", **DESKTOP_ENV, **extra)


class App:
    """The real Footholds running in the desktop session."""

    def __init__(self, home: Path) -> None:
        self.home = home
        self.env = desktop_env(home)
        self.proc: subprocess.Popen[str] | None = None
        self.started_at = 0.0
        self.icons_before: list[tuple[int, int]] = []

    def start(self, *args: str) -> None:
        # Icons already in the tray (another program's, or a leftover) are not ours.
        self.icons_before = self.tray_icons()
        self.started_at = time.monotonic()
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "footholds", *args],
            env=self.env,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )

    def cli(self, *args: str, timeout: float = 30) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "footholds", *args],
            env=self.env,
            capture_output=True,
            text=True,
            timeout=timeout,
        )

    def x(self, *args: str) -> str:
        out = subprocess.run(list(args), env=self.env, capture_output=True, text=True, timeout=20)
        return out.stdout

    def tray_icons(self) -> list[tuple[int, int]]:
        """Centres of the icons embedded in the tray, newest last."""
        out = subprocess.run(
            [str(SESSION), "icons"], env=self.env, capture_output=True, text=True, timeout=20
        ).stdout
        rows = [tuple(map(int, line.split())) for line in out.splitlines() if line.strip()]
        return cast(list[tuple[int, int]], rows)  # the session prints two numbers a line

    def windows(self) -> list[str]:
        """Titles of this app's visible top-level windows."""
        assert self.proc is not None
        ids = self.x(
            "xdotool", "search", "--all", "--onlyvisible", "--pid", str(self.proc.pid)
        ).split()
        return [self.x("xdotool", "getwindowname", i).strip() for i in ids]

    def wait_for(self, check: Callable[[], object], timeout: float = 15, what: str = "") -> None:
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            if check():
                return
            time.sleep(0.1)
        raise AssertionError(f"timed out waiting for {what or check}")

    def wait_for_tray(self, timeout: float = 20) -> tuple[int, int]:
        """Where this app's icon is, once it is in the tray (decided from one reading)."""
        found: list[tuple[int, int]] = []

        def appeared() -> bool:
            icons = self.tray_icons()
            if len(icons) <= len(self.icons_before):
                return False
            new = [icon for icon in icons if icon not in self.icons_before]
            found[:] = [new[-1] if len(new) == 1 else icons[-1]]  # others moved: newest last
            return True

        self.wait_for(appeared, timeout, "the tray icon")
        return found[0]

    def wait_for_keyboard(self, title: str, timeout: float = 10) -> None:
        """Wait until the keyboard is in this app's window `title`, as a person waits to see
        a window before pressing a key. A window is listed once mapped; the window manager
        hands it the focus a moment later, and sooner or later than a window it gives the
        focus back to (the welcome card, at a first start) when another closes."""

        def focused() -> bool:
            return self.x("xdotool", "getwindowfocus", "getwindowname").strip() == title

        self.wait_for(focused, timeout, f"the keyboard in {title}")
        # The X server has moved the focus; the app learns it from an event in its queue. A
        # command answered means its event loop has turned since, as in a person's moment
        # between seeing a window and pressing a key.
        where = address(Paths.from_env(self.env))
        self.wait_for(lambda: send(where, "ping") is not None, timeout, "the app to answer")

    def click(self, x: int, y: int, button: int = 1) -> None:
        self.x("xdotool", "mousemove", str(x), str(y), "click", str(button))

    def key(self, *keys: str) -> None:
        self.x("xdotool", "key", *keys)

    def type(self, text: str) -> None:
        self.x("xdotool", "type", "--delay", "20", text)

    def shot(self, path: Path) -> None:
        subprocess.run(
            [str(SESSION), "shot", str(path)], env=self.env, timeout=20, capture_output=True
        )

    def window_rect(self, title: str) -> tuple[int, int, int, int]:
        """x, y, width, height on screen of this app's visible window with that title."""
        assert self.proc is not None
        ids = self.x("xdotool", "search", "--all", "--onlyvisible", "--pid", str(self.proc.pid))
        for wid in ids.split():
            if self.x("xdotool", "getwindowname", wid).strip() == title:
                info = dict(
                    line.split("=", 1)
                    for line in self.x("xdotool", "getwindowgeometry", "--shell", wid).split()
                )
                return int(info["X"]), int(info["Y"]), int(info["WIDTH"]), int(info["HEIGHT"])
        raise AssertionError(f"no visible window {title!r}")

    def read_text(self, shot: Path, rect: tuple[int, int, int, int] | None = None) -> str:
        """What a person can read in a screenshot (or the `rect` of it, a window), through
        OCR: lower case, spaces collapsed.

        Skips the test with the reason when tesseract is not installed (CI installs it)."""
        if not shutil.which("tesseract"):
            pytest.skip("tesseract is not installed: apt-get install tesseract-ocr")
        from PySide6.QtCore import Qt
        from PySide6.QtGui import QImage

        # Screen text is small for OCR: three times larger and grey reads far more reliably.
        image = QImage(str(shot))
        assert not image.isNull(), f"no screenshot at {shot}"
        if rect is not None:  # the window alone: the desktop around it confuses the OCR
            image = image.copy(*rect)
        big = image.scaled(
            image.width() * 3,
            image.height() * 3,
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        ).convertToFormat(QImage.Format.Format_Grayscale8)
        large = shot.with_name(shot.stem + "-large.png")
        assert big.save(str(large))
        out = subprocess.run(
            ["tesseract", str(large), "-"], capture_output=True, text=True, timeout=60
        )
        # OCR reads a lone capital I as a bar now and then
        return " ".join(out.stdout.replace("|", "I").lower().split())

    def export(self) -> dict[str, Any]:
        exported: dict[str, Any] = json.loads(self.cli("export", "--format", "json").stdout)
        return exported

    def terminate(self) -> int:
        assert self.proc is not None
        self.proc.send_signal(signal.SIGTERM)
        return self.proc.wait(timeout=15)

    def stop(self) -> None:
        if self.proc and self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait(timeout=10)


@pytest.fixture
def app(tmp_path: Path) -> Iterator[App]:
    running = App(tmp_path / "home")
    yield running
    running.stop()
    # The tray drops a dead app's icon a moment later; the next test must not count it.
    end = time.monotonic() + 5
    while len(running.tray_icons()) > len(running.icons_before) and time.monotonic() < end:
        time.sleep(0.1)
