"""A notice reaches the real screen and stays there until the person closes it (issue 15,
defect 4: it used to be freed the moment it was shown, so it only reached the log)."""

from __future__ import annotations

import json
import shutil
import time
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the `app` fixture's class
    from conftest import App


def notices(app: App) -> list[tuple[int, int, int, int]]:
    """Where this app's visible windows titled Footholds are, leaving out its tray icon
    (an icon-sized window of the same name)."""
    assert app.proc is not None
    found = []
    ids = app.x("xdotool", "search", "--all", "--onlyvisible", "--pid", str(app.proc.pid))
    for wid in ids.split():
        if app.x("xdotool", "getwindowname", wid).strip() != "Footholds":
            continue
        info = dict(
            line.split("=", 1)
            for line in app.x("xdotool", "getwindowgeometry", "--shell", wid).split()
        )
        rect = int(info["X"]), int(info["Y"]), int(info["WIDTH"]), int(info["HEIGHT"])
        if rect[2] > 100:
            found.append(rect)
    return found


def test_a_start_up_notice_stays_on_screen_until_closed(app: App) -> None:
    config = app.home / "config"
    config.mkdir(parents=True)
    values = {"general.first_run_done": True, "general.affirmation_at_login": False}
    (config / "settings.json").write_text(json.dumps({"version": 1, "values": values}))
    store = app.home / "data" / "store"
    store.mkdir(parents=True)
    (store / "meta.json").write_text("{ damaged")  # set aside at start, with a notice

    app.start()
    app.wait_for_tray()
    app.wait_for(lambda: notices(app), 15, "the notice")
    time.sleep(3)  # long after the function that showed it returned
    [(x, y, width, height)] = notices(app)
    assert (app.home / "data" / "set-aside").is_dir()
    shot = app.home.parent / "notice.png"
    app.shot(shot)
    if shutil.which("tesseract"):
        # xdotool reports the client's place plus the title bar's height, so the window's
        # frame starts about two title bars above it; a crop with black desktop around the
        # window confuses the OCR, so take the frame and little else
        top = max(0, y - 42)
        text = app.read_text(shot, (x, top, width, height + (y - top) - 20))
        assert "bookkeeping file" in text and "entries were not" in text, text

    app.click(x + width // 2, y + height // 2)  # focus it, then Enter presses OK
    app.key("Return")
    app.wait_for(lambda: notices(app) == [], 10, "the notice to close")
    assert app.proc is not None and app.proc.poll() is None  # closing it quits nothing
    assert app.terminate() == 0
