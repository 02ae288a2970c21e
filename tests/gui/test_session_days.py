"""A session is an appointment on the clock: its day is named by its calendar date in every
window that words it. A session at 00:45 on Monday, looked at at 08:30 that Monday, was
"earlier today" in the check-in summary but "yesterday" in After your session and its offer,
which counted the person's days (day.start_hour 4 put 00:45 on Sunday). And during a session
After your session named it as "your next session is today at 00:45", a time already past."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from typing import cast

import pytest
import shiboken6
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from footholds.app.build import AppContext
from footholds.core import sessions as ss
from footholds.core.store import Session
from footholds.ui.common import i18n
from footholds.ui.reflect import session_words
from footholds.ui.reflect.session_notes import SessionNotesWindow


def local(y: int, m: int, d: int, hh: int, mm: int) -> datetime:
    return datetime(y, m, d, hh, mm).astimezone()


def opened(ctx: AppContext, qtbot: QtBot, on: datetime) -> SessionNotesWindow:
    window = cast(SessionNotesWindow, ctx.windows.get("session-notes"))
    window.clock = lambda: on
    ctx.windows.show("session-notes")
    qtbot.waitExposed(window)
    return window


@pytest.fixture
def spanish(ctx: AppContext) -> Iterator[None]:
    ctx.settings.set("general.language", "es")
    i18n.apply(ctx)
    try:
        yield
    finally:
        ctx.settings.set("general.language", "en")
        i18n.apply(ctx)
        i18n.remove(ctx.app)


def test_days_before_counts_calendar_days_not_the_persons() -> None:
    start = local(2026, 12, 7, 0, 45)
    assert ss.days_before(start, local(2026, 12, 7, 8, 30)) == 0
    assert ss.days_before(start, local(2026, 12, 8, 2, 0)) == 1
    assert ss.days_before(local(2026, 12, 6, 23, 50), local(2026, 12, 7, 0, 50)) == 1


def test_a_session_just_after_midnight_is_todays_everywhere(ctx: AppContext, qtbot: QtBot) -> None:
    assert int(ctx.settings["day.start_hour"]) == 4
    ctx.store.add(Session(day="2026-12-07", time="00:45", minutes=50))
    window = opened(ctx, qtbot, local(2026, 12, 7, 8, 30))
    assert window.when.text() == "Your session today at 00:45"
    assert window.remember_label.text() == ("Anything you want to remember from today's session?")
    body = session_words.after_offer_body(local(2026, 12, 7, 0, 45), local(2026, 12, 7, 8, 30))
    assert body.startswith("Anything you want to remember from today's session?")
    window.close()
    # the next morning at 02:00, before the person's day starts: the calendar's yesterday
    window = opened(ctx, qtbot, local(2026, 12, 8, 2, 0))
    assert window.when.text() == "Your session yesterday at 00:45"
    assert "yesterday's session" in window.remember_label.text()
    window.close()


def test_a_session_just_after_midnight_in_spanish(
    ctx: AppContext, qtbot: QtBot, spanish: None
) -> None:
    ctx.store.add(Session(day="2026-12-07", time="00:45", minutes=50))
    window = opened(ctx, qtbot, local(2026, 12, 7, 8, 30))
    assert window.when.text() == "Tu sesión de hoy a las 00:45"
    assert window.remember_label.text() == "¿Algo que quieras recordar de la sesión de hoy?"
    window.close()


def test_a_session_under_way_is_said_to_be_on_now(ctx: AppContext, qtbot: QtBot) -> None:
    ctx.store.add(Session(day="2026-12-07", time="00:45", minutes=50, every="1w"))
    window = opened(ctx, qtbot, local(2026, 12, 7, 0, 57))
    assert window.occurrence is None
    text = window.none.text()
    assert text.startswith("Your session is on now, until 01:35.")
    assert "next session is today" not in text
    assert "Afterwards, this is where" in text
    window.close()
    # over: the window is for it now
    window = opened(ctx, qtbot, local(2026, 12, 7, 1, 40))
    assert window.occurrence is not None
    assert window.when.text() == "Your session today at 00:45"
    window.close()


def test_a_session_under_way_in_spanish(ctx: AppContext, qtbot: QtBot, spanish: None) -> None:
    ctx.store.add(Session(day="2026-12-07", time="10:00", minutes=50, every="1w"))
    window = opened(ctx, qtbot, local(2026, 12, 7, 10, 12))
    assert window.none.text().startswith("Tu sesión es ahora, hasta las 10:50.")
    window.close()
    for record in ctx.store.all(Session):  # one over would be the window's session
        ctx.store.remove(record)
    ctx.store.add(Session(day="2026-12-08", time="00:45", minutes=50))
    window = opened(ctx, qtbot, local(2026, 12, 8, 0, 57))
    assert window.none.text().startswith("Tu sesión es ahora, hasta la 01:35.")
    window.close()


def test_once_kept_the_other_button_says_close(ctx: AppContext, qtbot: QtBot) -> None:
    ctx.store.add(Session(day="2026-12-07", time="10:00", minutes=50))
    window = opened(ctx, qtbot, local(2026, 12, 7, 11, 0))
    assert window.not_now.text() == "Not now"
    window.remember.setPlainText("Go slower in the mornings.")
    window.remember.document().setModified(True)
    qtbot.mouseClick(window.keep, Qt.MouseButton.LeftButton)
    assert window.said.text() == "Kept. Thank you for taking a moment."
    assert window.not_now.text() == "Close"
    assert window.not_now.accessibleName() == "Close"
    # and, the thanks said, it closes by itself as before (and is let go)
    qtbot.waitUntil(lambda: not shiboken6.isValid(window) or not window.isVisible(), timeout=5000)
