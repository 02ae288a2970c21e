"""My sessions: a session that has taken place lately has its own way to After your session.
The offer after a session is made once, as a notification that fades (or that a click on the
desktop closes): missed, there was no other way to the words for that session."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from typing import cast

import shiboken6
from PySide6.QtWidgets import QAbstractButton, QWidget
from pytestqt.qtbot import QtBot

from footholds.app.build import AppContext
from footholds.core.settings import SESSIONS_SECTION
from footholds.core.store import Session
from footholds.core.store.models import now_local
from footholds.ui.reflect.session_notes import SessionNotesWindow
from footholds.ui.reflect.session_offers import SessionOffers
from footholds.ui.reflect.sessions_editor import SessionsEditor
from footholds.ui.settings.settings_window import SettingsWindow
from support import present

NOTES = "notes"  # the object name of a row's way to After your session


class SilentNotifier:
    """Keeps what the offers would have put on screen."""

    name, available, reason = "fake", True, ""

    def __init__(self) -> None:
        self.sent: list[str] = []

    def send(
        self,
        title: str,
        body: str,
        actions: list[tuple[str, str]],
        on_action: Callable[[str], None],
        timeout_ms: int,
    ) -> None:
        self.sent.append(title)

    def close(self) -> None:
        pass


def page(ctx: AppContext, qtbot: QtBot, now: datetime) -> SessionsEditor:
    window = cast(SettingsWindow, ctx.windows.show("settings"))
    qtbot.addWidget(window)
    window.present(SESSIONS_SECTION)
    editor = window.sessions
    editor.clock = lambda: now
    editor.refresh()
    return editor


def row_of(editor: SessionsEditor, session: Session) -> QWidget:
    return next(r for r in editor.rows if session.id in r.objectName())


def notes_of(row: QWidget) -> QAbstractButton | None:
    return row.findChild(QAbstractButton, NOTES)


def notes_window(ctx: AppContext, qtbot: QtBot, now: datetime) -> SessionNotesWindow:
    """After your session, open already on the page's clock, for a link to bring forward."""
    window = cast(SessionNotesWindow, ctx.windows.show("session-notes"))
    qtbot.addWidget(window)
    window.clock = lambda: now
    return window


def test_a_session_over_an_hour_ago_opens_its_notes_and_counts_as_its_offer(
    ctx: AppContext, qtbot: QtBot
) -> None:
    now = now_local()
    start = now - timedelta(hours=2)
    over = ctx.store.add(Session(day=start.date().isoformat(), time=start.strftime("%H:%M")))
    ahead = now + timedelta(days=3)
    coming = ctx.store.add(Session(day=ahead.date().isoformat(), time="10:00"))
    opened: list[tuple[str, str]] = []
    ctx.signals.session_notes_opened.connect(lambda sid, day: opened.append((sid, day)))
    notifier = SilentNotifier()
    offers = SessionOffers(ctx, notifier=notifier, clock=lambda: now)
    editor = page(ctx, qtbot, now)
    assert notes_of(row_of(editor, coming)) is None  # nothing to note before it has been
    link = present(notes_of(row_of(editor, over)))
    assert link.isVisibleTo(row_of(editor, over)) and link.text() == "Notes from this session"
    assert link.accessibleName().startswith("Notes from the session: ")
    link.click()
    window = cast(SessionNotesWindow, ctx.windows.open_windows()["session-notes"])
    qtbot.addWidget(window)
    shown = present(window.occurrence)
    assert (shown.session.id, shown.key) == (over.id, start.date())
    day = start.date().isoformat()
    assert opened == [(over.id, day)]  # the offer is withdrawn if on screen, and noted as made
    assert present(ctx.store.get(Session, over.id)).offered == [f"after:{day}"]
    offers.check()
    assert notifier.sent == []  # not offered again after it
    offers.timer.stop()
    shiboken6.delete(offers)


def test_a_repeating_session_names_its_latest_day_and_old_ones_have_none(
    ctx: AppContext, qtbot: QtBot
) -> None:
    weekly = ctx.store.add(Session(day="2026-11-03", time="17:00", every="1w"))
    long_ago = ctx.store.add(Session(day="2026-11-10", time="09:00"))
    now = datetime(2026, 12, 2, 9, 0).astimezone()
    editor = page(ctx, qtbot, now)
    link = present(notes_of(row_of(editor, weekly)))
    assert link.text() == "Notes from Tue 1 Dec"
    assert notes_of(row_of(editor, long_ago)) is None  # three weeks ago: past the two


def test_a_weekly_session_reaches_the_week_before_too(ctx: AppContext, qtbot: QtBot) -> None:
    """Only its latest day had a link: notes for the week before, whose offer was missed,
    could not be reached. Each day over in the last two weeks has its own, latest first."""
    weekly = ctx.store.add(Session(day="2026-11-03", time="17:00", every="1w"))
    now = datetime(2026, 12, 2, 9, 0).astimezone()
    editor = page(ctx, qtbot, now)
    row = row_of(editor, weekly)
    assert present(notes_of(row)).text() == "Notes from Tue 1 Dec"
    earlier = present(row.findChild(QAbstractButton, "notes-2026-11-24"))
    assert earlier.isVisibleTo(row) and earlier.text() == "Tue 24 Nov"
    assert earlier.accessibleName().startswith("Notes from the session on Tue 24 Nov: ")
    assert row.findChild(QAbstractButton, "notes-2026-11-17") is None  # over two weeks ago
    window = notes_window(ctx, qtbot, now)
    earlier.click()
    shown = present(window.occurrence)
    assert (shown.session.id, shown.key.isoformat()) == (weekly.id, "2026-11-24")
    present(notes_of(row)).click()  # and back to the latest, in the same window
    assert present(window.occurrence).key.isoformat() == "2026-12-01"


def test_a_session_kept_by_its_day_alone_has_its_link_on_that_day(
    ctx: AppContext, qtbot: QtBot
) -> None:
    """No offer comes for it (its time is not known: one could come before it), and the
    link waited for its day to end: on the evening of the session there was no way to its
    notes. From its day on, the link names it as today's."""
    now = datetime(2026, 12, 3, 19, 0).astimezone()
    untimed = ctx.store.add(Session(day="2026-12-03"))
    tomorrow = ctx.store.add(Session(day="2026-12-04"))
    editor = page(ctx, qtbot, now)
    assert notes_of(row_of(editor, tomorrow)) is None
    link = present(notes_of(row_of(editor, untimed)))
    assert link.text() == "Notes from today's session"
    window = notes_window(ctx, qtbot, now)
    link.click()
    shown = present(window.occurrence)
    assert (shown.session.id, shown.key.isoformat()) == (untimed.id, "2026-12-03")
    assert window.when.text() == "Your session today"
    next_day = page(ctx, qtbot, now + timedelta(days=1))
    assert present(notes_of(row_of(next_day, untimed))).text() == "Notes from this session"
