"""The quick log on a real desktop: a click on the real tray icon, typing, Enter."""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the `app` fixture's class
    from conftest import App


def _quick_log_geometry(app: App) -> tuple[int, int, int, int]:
    """x, y, width, height of the visible quick log window."""
    ids = app.x("xdotool", "search", "--onlyvisible", "--name", "^Quick log$").split()
    assert ids, "the quick log is not on screen"
    out = app.x("xdotool", "getwindowgeometry", "--shell", ids[-1])
    values = dict(line.split("=", 1) for line in out.splitlines() if "=" in line)
    return int(values["X"]), int(values["Y"]), int(values["WIDTH"]), int(values["HEIGHT"])


def _screen_size(app: App) -> tuple[int, int]:
    width, height = app.x("xdotool", "getdisplaygeometry").split()
    return int(width), int(height)


def test_click_the_tray_icon_type_a_note_press_enter(app: App) -> None:
    app.start()
    x, y = app.wait_for_tray()
    time.sleep(0.5)  # the app finishes building just after the icon appears

    app.click(x, y)
    app.wait_for(lambda: "Quick log" in app.windows(), 10, "the quick log")
    left, top, width, height = _quick_log_geometry(app)
    screen_w, screen_h = _screen_size(app)
    assert 0 <= left <= left + width <= screen_w
    assert 0 <= top <= top + height <= screen_h
    assert abs((left + width / 2) - x) < screen_w / 2  # beside the icon, not across the screen
    assert top > y  # the tray is at the top: the window opens below it

    note = "typed straight after a tray click 42"
    app.type(note)  # the keyboard focus is already in the note
    app.key("Return")
    app.wait_for(lambda: "Quick log" not in app.windows(), 10, "the quick log to close")

    logs = app.export()["records"]["log"]
    mine = [r for r in logs if r["note"] == note]
    assert len(mine) == 1
    assert mine[0]["source"] == "quick-log"
    assert app.terminate() == 0


def test_esc_closes_it_and_nothing_is_saved(app: App) -> None:
    app.start()
    x, y = app.wait_for_tray()
    time.sleep(0.5)
    app.click(x, y)
    app.wait_for(lambda: "Quick log" in app.windows(), 10, "the quick log")
    app.type("not this")
    app.key("Escape")
    app.wait_for(lambda: "Quick log" not in app.windows(), 10, "the quick log to close")
    assert app.export()["records"].get("log", []) == []
    assert app.cli("show", "quick-log").returncode == 0
    app.wait_for(lambda: "Quick log" in app.windows(), 10, "the quick log from the command line")
    assert app.terminate() == 0
