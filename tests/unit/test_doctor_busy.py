"""`footholds doctor` on what would hold a reminder now, in words and as JSON."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from footholds.cli.doctor_busy import busy_now, busy_rows, doctor_json
from footholds.core.busy import REASONS, Busy
from footholds.core.settings import Settings
from footholds.core.store import Session
from footholds.platform.busy.base import BusySources, CannotTell
from footholds.platform.screen.base import ContextSources, UnavailableState
from support import child_env

MADRID = ZoneInfo("Europe/Madrid")


class Device:
    name, available, reason = "fake", True, "for tests"

    def __init__(self, on: bool | None) -> None:
        self.on = on

    def in_use(self) -> bool | None:
        return self.on


class State:
    name, available, reason = "fake", True, "for tests"

    def __init__(self, on: bool | None) -> None:
        self.on = on

    def active(self) -> bool:
        if self.on is None:
            raise RuntimeError("the service went away")
        return self.on


def read(hour: int, mic: bool | None = False, full: bool | None = False, **settings: Any) -> Busy:
    context = ContextSources(State(full), UnavailableState("no"), State(False))
    busy = BusySources(Device(mic), Device(False), CannotTell("no"))
    at = datetime(2026, 12, 3, hour, 0, tzinfo=MADRID)
    return busy_now(Settings(values=settings), context, busy, lambda: at)


def test_each_reason_is_read_and_unknown_ones_are_null() -> None:
    busy = read(10, mic=True)
    assert busy.as_dict() == {
        "call": True,
        "camera": False,
        "microphone": True,
        "screen_share": None,
        "fullscreen": False,
        "dnd": None,
        "locked": False,
        "quiet_hours": False,
        "session": None,
    }
    assert read(10, full=None).fullscreen is None  # a failing service: can't tell


def test_a_therapy_session_in_progress_or_just_over_is_a_reason() -> None:
    context = ContextSources(State(False), UnavailableState("no"), State(False))
    busy = BusySources(Device(False), Device(False), CannotTell("no"))
    session = Session(day="2026-12-03", time="10:00", minutes=50)

    def at(hour: int, minute: int) -> Busy:
        when = datetime(2026, 12, 3, hour, minute, tzinfo=MADRID)
        return busy_now(Settings(values={}), context, busy, lambda: when, [session])

    assert at(9, 59).session is False
    assert at(10, 30).session is True
    assert at(11, 0).session is True  # the quiet quarter of an hour after it
    assert at(11, 6).session is False
    assert read(10).session is None  # sessions unread: can't tell


def test_quiet_hours_follow_the_settings_and_the_clock() -> None:
    assert read(23).quiet_hours is True
    assert read(23, **{"reminders.quiet_hours": False}).quiet_hours is False
    assert read(12).quiet_hours is False


def test_the_rows_say_what_holds_and_what_cannot_be_told() -> None:
    rows = dict(busy_rows(read(23, mic=True)))
    assert rows["Reminders now"] == "would wait: a call, a microphone recording, quiet hours"
    unknown = rows["Can't tell here"]
    assert "the screen shared" in unknown and "a call" not in unknown
    all_known = Busy(*(False,) * 8)
    assert busy_rows(all_known) == [("Reminders now", "could come")]


def test_the_json_holds_the_report_and_every_reason() -> None:
    data = json.loads(doctor_json([("Footholds", "1.0"), ("", "more")], read(10, mic=True)))
    assert data["report"][0] == {"label": "Footholds", "value": "1.0"}
    assert list(data["busy"]) == list(REASONS) and data["busy"]["microphone"] is True


def _doctor(*args: str) -> subprocess.CompletedProcess[str]:
    env = child_env(QT_QPA_PLATFORM="offscreen")
    for key in ("DISPLAY", "WAYLAND_DISPLAY", "DBUS_SESSION_BUS_ADDRESS"):
        env.pop(key, None)
    return subprocess.run(
        [sys.executable, "-m", "footholds", "doctor", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )


def test_doctor_json_from_the_command_line(footholds_home: Path) -> None:
    done = _doctor("--json")
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    assert list(data["busy"]) == list(REASONS)
    assert all(value in (True, False, None) for value in data["busy"].values())
    assert data["busy"]["session"] is False  # the store was read: no session on now
    labels = [row["label"] for row in data["report"]]
    assert "Noticing a microphone" in labels and "Reminders now" in labels
    text = _doctor()
    assert text.returncode == 0 and "Noticing a camera:" in text.stdout
    assert "Reminders now:" in text.stdout
