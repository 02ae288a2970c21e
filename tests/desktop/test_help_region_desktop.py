"""The real app on a real desktop: Get help now opened with `footholds show help-now`, then
Down, PageDown and the mouse wheel over it, as a person in a hurry might; the region setting and
the lines on screen stay as they were."""

from __future__ import annotations

import json
import shutil
import time
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:  # the `app` fixture's class; Qt is imported where used
    from PySide6.QtGui import QImage

    from conftest import App

TITLE = "Get help now"


def _prepare(app: App) -> None:
    """A home whose first-run card was already seen, with the region set to Ireland."""
    config = app.home / "config"
    config.mkdir(parents=True, exist_ok=True)
    values = {"general.first_run_done": True, "safety.region": "IE"}
    (config / "settings.json").write_text(json.dumps({"version": 1, "values": values}))


def _region(app: App) -> str:
    saved = json.loads((app.home / "config" / "settings.json").read_text())
    return str(saved["values"].get("safety.region", ""))


def _changed_pixels(one: QImage, other: QImage) -> int:
    assert one.size() == other.size()
    return sum(
        one.pixel(x, y) != other.pixel(x, y)
        for y in range(one.height())
        for x in range(one.width())
    )


def _top_of_window(shot: Path, rect: tuple[int, int, int, int]) -> QImage:
    """The upper part of the window in a screenshot: the heading, region and crisis lines,
    without the column of buttons on the right (the keys may move the focus ring there)."""
    from PySide6.QtGui import QImage

    image = QImage(str(shot))
    assert not image.isNull(), f"no screenshot at {shot}"
    x, y, width, height = rect
    return image.copy(x, y, width * 3 // 4, height * 2 // 5)


def test_keys_and_the_wheel_over_get_help_now_leave_the_region(app: App, tmp_path: Path) -> None:
    if not shutil.which("xdotool"):
        pytest.skip("xdotool is not installed (shared/desktop-session install)")
    _prepare(app)
    app.start()
    app.wait_for_tray()
    shown = app.cli("show", "help-now")
    assert shown.returncode == 0, shown.stdout + shown.stderr
    app.wait_for(lambda: TITLE in app.windows(), 10, "the Get help now window")
    time.sleep(0.8)  # drawn, and the focus settled on the first line's button
    rect = app.window_rect(TITLE)
    before = tmp_path / "before.png"
    app.shot(before)

    x, y, width, height = rect
    middle = (x + width // 2, y + height // 3)  # over the region line and the lines
    app.x("xdotool", "mousemove", str(middle[0]), str(middle[1]))
    app.key("Down", "Down", "Next", "Next", "Up", "Home", "End", "Down")
    for button in ("5", "5", "5", "4", "5"):  # wheel down and up over the window
        app.x("xdotool", "click", button)
        time.sleep(0.1)
    top = (x + width // 2, y + 150)  # the top rows, where a region list would be
    app.x("xdotool", "mousemove", str(top[0]), str(top[1]))
    for button in ("5", "4", "5"):
        app.x("xdotool", "click", button)
        time.sleep(0.1)
    time.sleep(0.5)
    assert _region(app) == "IE"

    # Back at the top of the page, the same lines are on screen, pixel for pixel.
    for _ in range(15):
        app.x("xdotool", "click", "4")
    time.sleep(0.8)
    after = tmp_path / "after.png"
    app.shot(after)
    assert app.window_rect(TITLE) == rect
    # The keys may move the focus (a button's ring, a caret in a selectable line): a few
    # thousand pixels at most. Another country's lines would change tens of thousands.
    assert _changed_pixels(_top_of_window(after, rect), _top_of_window(before, rect)) < 4000
    assert TITLE in app.windows()
    assert app.terminate() == 0
    assert _region(app) == "IE"

    if shutil.which("tesseract"):  # and, where OCR is installed, the words themselves
        seen = app.read_text(after, rect)
        assert "ireland" in seen and "samaritans" in seen
