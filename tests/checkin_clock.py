"""Fix the check-in window's day for a test, at any hour the suite happens to run."""

from __future__ import annotations

from datetime import date

import pytest

from footholds.ui.reflect.checkin import CheckinWindow


def checkin_on(monkeypatch: pytest.MonkeyPatch, day: date) -> None:
    """`day` is both the summary's today and the session's calendar day. Fixing only
    `today` left the session a day on when the suite ran between midnight and the
    day-start hour (session_today adds the real clock's difference), which failed CI."""
    monkeypatch.setattr(CheckinWindow, "today", lambda self: day)
    monkeypatch.setattr(CheckinWindow, "session_today", lambda self: day)
