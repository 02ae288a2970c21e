"""A reminder on a real X desktop: another program keeps the keyboard while the card is up."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from support import present

if TYPE_CHECKING:  # the `app` fixture's class
    from conftest import App

# The "other program": a plain text field that writes what it holds to a file on every change.
TYPING_WINDOW = """
import sys
from pathlib import Path
from PySide6.QtWidgets import QApplication, QLineEdit
out = Path(sys.argv[1])
app = QApplication(sys.argv[:1])
field = QLineEdit()
field.setWindowTitle("typing target")
field.resize(520, 40)
field.move(80, 320)
field.textChanged.connect(lambda text: out.write_text(text))
field.show()
app.exec()
"""
CARD_TITLE = "Footholds reminder"


def _ask(app: App, command: str, **args: Any) -> dict[str, Any] | None:
    """Ask the running app directly over its socket (there is no `footholds status`)."""
    from footholds.cli.client import send
    from footholds.core.paths import Paths
    from footholds.core.socket_place import address

    return send(address(Paths.from_env({"FOOTHOLDS_HOME": str(app.home)})), command, **args)


def _start(app: App) -> None:
    """Start the app (quiet hours off: the test may run at night) and wait until it answers."""
    config = app.home / "config"
    config.mkdir(parents=True, exist_ok=True)
    settings = {"version": 1, "values": {"reminders.quiet_hours": False}}
    (config / "settings.json").write_text(json.dumps(settings))
    app.start()
    app.wait_for(lambda: _ask(app, "ping"), 30, "the app to answer")


def _focus(app: App) -> str:
    return app.x("xdotool", "getwindowfocus").strip()


def _text(path: Path) -> str:
    return path.read_text() if path.exists() else ""


def test_typing_goes_on_while_the_card_is_up_and_done_logs_a_win(app: App, tmp_path: Path) -> None:
    _start(app)
    typed = tmp_path / "typed.txt"
    other = subprocess.Popen(
        [sys.executable, "-c", TYPING_WINDOW, str(typed)],
        env=app.env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        find = (
            "xdotool",
            "search",
            "--all",
            "--onlyvisible",
            "--pid",
            str(other.pid),
            "--name",
            "typing",
        )
        # the window found is the one used: a second search could come while the window
        # manager maps it again, see nothing, and fail the test (it did once in CI)
        found: list[str] = []

        def window_found() -> bool:
            found[:] = app.x(*find).split()
            return bool(found)

        app.wait_for(window_found, what="the other program's window")
        target = found[0]
        app.x("xdotool", "windowactivate", "--sync", target)
        app.wait_for(lambda: _focus(app) == target, what="focus in the other program")
        app.type("before ")
        app.wait_for(lambda: _text(typed) == "before ", what="the first words")

        result = app.cli("remind", "movement")
        assert result.returncode == 0, result.stdout + result.stderr
        assert "movement" in result.stdout
        app.wait_for(lambda: CARD_TITLE in app.windows(), what="the reminder card")
        assert _focus(app) == target  # the card came up without taking the keyboard

        sentence = "the card stays out of my way while I keep typing"
        app.type(sentence)
        app.wait_for(lambda: _text(typed) == "before " + sentence, what="every typed character")
        assert _focus(app) == target
        assert CARD_TITLE in app.windows()  # still up: typing did not dismiss it

        assert app.proc is not None
        ids = app.x(
            "xdotool",
            "search",
            "--all",
            "--onlyvisible",
            "--pid",
            str(app.proc.pid),
            "--name",
            CARD_TITLE,
        ).split()
        assert len(ids) == 1  # one card
        geometry = dict(
            line.split("=")
            for line in app.x("xdotool", "getwindowgeometry", "--shell", ids[0]).split()
        )
        x, y, height = int(geometry["X"]), int(geometry["Y"]), int(geometry["HEIGHT"])
        app.click(x + 18 + 50, y + height - 16 - 12)  # Done: the first button, bottom left

        def logged() -> bool:
            records = app.export()["records"]
            wins = [r for r in records.get("log", []) if r["source"] == "reminder"]
            outcomes = [r["outcome"] for r in records.get("reminder", [])]
            return [w["wins"] for w in wins] == [["moved"]] and outcomes == ["shown", "done"]

        app.wait_for(logged, 15, "a moved win and a done reminder in the export")
        app.wait_for(lambda: CARD_TITLE not in app.windows(), 10, "the card to go away")
        app.type(" after")
        app.wait_for(lambda: _text(typed).endswith(" after"), what="typing after the click")
    finally:
        other.terminate()
        other.wait(timeout=10)
    assert app.terminate() == 0


def test_pause_resume_and_remind_from_the_command_line(app: App) -> None:
    not_running = app.cli("remind", "rest")
    assert not_running.returncode == 1
    assert "not running" in not_running.stderr
    _start(app)
    paused = app.cli("pause", "30m")
    assert paused.returncode == 0 and "paused until" in paused.stdout
    assert present(_ask(app, "status"))["message"].startswith("Paused until")
    assert app.cli("pause", "soon").returncode == 2
    resumed = app.cli("resume")
    assert resumed.returncode == 0 and "back on" in resumed.stdout
    assert present(_ask(app, "status"))["message"] == "Next movement in about 45 min"
    assert app.terminate() == 0
    state = app.home / "data" / "reminders.json"
    assert state.exists() and state.stat().st_mode & 0o777 == 0o600
