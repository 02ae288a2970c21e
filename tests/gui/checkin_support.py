"""The set-up the check-in window's tests share: the window opened as the tray opens it, or
presented for a fixed day, and My sessions beside it with a session removed by its button."""

from __future__ import annotations

from datetime import date, datetime
from typing import cast

import pytest
from pytestqt.qtbot import QtBot

from checkin_clock import checkin_on
from footholds.app.build import AppContext
from footholds.core.settings import SESSIONS_SECTION
from footholds.core.store import Session
from footholds.ui.reflect.checkin import CheckinWindow
from footholds.ui.reflect.sessions_editor import SessionsEditor
from footholds.ui.settings.settings_window import SettingsWindow


def opened_checkin(ctx: AppContext, qtbot: QtBot) -> CheckinWindow:
    """The check-in window shown as the tray shows it, once it is on screen (fix its day
    first with checkin_on when the test needs one)."""
    ctx.windows.show("check-in")
    win = cast(CheckinWindow, ctx.windows.get("check-in"))
    qtbot.waitUntil(win.isVisible)
    return win


def shown_checkin(
    ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, day: date
) -> CheckinWindow:
    """The check-in window on `day`, presented and exposed, closed with the test."""
    checkin_on(monkeypatch, day)
    window = cast(CheckinWindow, ctx.windows.get("check-in"))
    qtbot.addWidget(window)
    window.present()
    qtbot.waitExposed(window)
    return window


def my_sessions(ctx: AppContext, qtbot: QtBot, now: datetime) -> SessionsEditor:
    """Settings open at My sessions, its clock at `now`."""
    window = cast(SettingsWindow, ctx.windows.show("settings"))
    qtbot.addWidget(window)
    window.present(SESSIONS_SECTION)
    editor = window.sessions
    editor.clock = lambda: now
    editor.refresh()
    return editor


def remove(editor: SessionsEditor, session: Session) -> None:
    """A click on the session's Remove button in My sessions."""
    name = f"Remove the session: {editor.describe(session)}"
    button = next(
        b
        for r in editor.rows
        for b in r.findChildren(type(editor.add))
        if b.accessibleName() == name
    )
    button.click()
