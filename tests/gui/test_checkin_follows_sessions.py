"""The check-in summary follows a session added or removed by any route: My sessions, or
`footholds session add/remove` handed to the running app. It followed My sessions only, and
words typed in its box stayed a draft, not kept with the session added from the command
line, until the window was opened again. Each change is read once, and its own saves are not
read back into the box."""

from __future__ import annotations

from datetime import date, datetime, time
from typing import cast

import pytest
from checkin_support import my_sessions, shown_checkin
from PySide6.QtCore import QDate, QTime
from pytestqt.qtbot import QtBot

from footholds.app.build import AppContext
from footholds.app.handlers import handle
from footholds.core.settings import SESSIONS_SECTION
from footholds.core.store import Session
from footholds.ui.common.refresh import DEBOUNCE_MS
from footholds.ui.reflect.checkin import CheckinWindow
from footholds.ui.settings.settings_window import SettingsWindow
from support import present

TODAY = date(2026, 12, 6)  # a Sunday
NEXT = Session(day="2026-12-10", time="18:00", minutes=50)


def count_loads(window: CheckinWindow, monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """How many times the note reads its session again, from now on."""
    loads: list[int] = []
    load = window.note.load

    def counted(*args: object, **kwargs: object) -> None:
        loads.append(1)
        load(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(window.note, "load", counted)
    return loads


def test_a_session_added_from_the_command_line_takes_the_words_in_the_box(
    ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = shown_checkin(ctx, qtbot, monkeypatch, TODAY)
    window.talk.setPlainText("Sleeping badly again")
    assert present(window.draft())["talk"] == "Sleeping badly again"  # no session to keep it yet
    loads = count_loads(window, monkeypatch)
    assert handle(ctx, "session-add", {"session": NEXT.to_dict()})[0]
    qtbot.waitUntil(lambda: window.note.session is not None, timeout=2000)
    assert window.session_day.date() == QDate(2026, 12, 10)
    assert window.talk.toPlainText() == "Sleeping badly again"  # the words stay, typed
    window.keep_talk()  # as closing it does
    [added] = ctx.store.all(Session)
    assert added.talk_about == "Sleeping badly again" and window.draft() is None
    qtbot.wait(DEBOUNCE_MS * 3)
    assert len(loads) == 1  # read once; keeping the words is not read back


def test_a_session_removed_from_the_command_line_is_let_go_of(
    ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    session = ctx.store.add(Session(day="2026-12-10", time="18:00", talk_about="Work"))
    window = shown_checkin(ctx, qtbot, monkeypatch, TODAY)
    assert window.note.session is not None and window.talk.toPlainText() == "Work"
    assert handle(ctx, "session-remove", {"id": session.id[:8], "with_words": True})[0]
    qtbot.waitUntil(lambda: window.note.session is None, timeout=2000)
    assert window.talk.toPlainText() == ""  # removed with its words, as the person asked
    window.save_session.click()  # a later save adds a new one, never the one removed
    [again] = ctx.store.all(Session)
    assert again.id != session.id


def test_my_sessions_add_is_read_once(
    ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """My sessions tells the check-in at once (session_carry.checkin_follows); the store's
    change for the same session must not read it a second time."""
    window = shown_checkin(ctx, qtbot, monkeypatch, TODAY)
    settings = cast(SettingsWindow, ctx.windows.show("settings"))
    qtbot.addWidget(settings)
    settings.present(SESSIONS_SECTION)
    editor = settings.sessions
    loads = count_loads(window, monkeypatch)
    editor.first.setDate(QDate(2026, 12, 10))
    editor.start.setTime(QTime(18, 0))
    editor.add.click()
    assert len(loads) == 1 and window.note.session is not None  # at once
    qtbot.wait(DEBOUNCE_MS * 3)
    assert len(loads) == 1


def test_saving_for_this_session_is_not_read_back_into_the_box(
    ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = shown_checkin(ctx, qtbot, monkeypatch, TODAY)
    window.session_day.setDate(QDate(2026, 12, 1))  # a session already over
    window.talk.setPlainText("How the week went")
    loads = count_loads(window, monkeypatch)
    window.save_session.click()
    qtbot.wait(DEBOUNCE_MS * 3)
    assert loads == []
    assert window.talk.toPlainText() == "How the week went"
    assert window.session_day.date() == QDate(2026, 12, 1)


def test_a_change_while_hidden_is_read_once_on_opening(
    ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = shown_checkin(ctx, qtbot, monkeypatch, TODAY)
    window.hide()  # out of sight (closing it lets the window go)
    loads = count_loads(window, monkeypatch)
    assert handle(ctx, "session-add", {"session": NEXT.to_dict()})[0]
    qtbot.wait(DEBOUNCE_MS * 3)
    assert loads == []  # no work while hidden
    window.present()
    qtbot.waitExposed(window)
    qtbot.wait(DEBOUNCE_MS * 3)
    assert len(loads) == 1 and window.note.session is not None


def test_words_carried_from_a_session_removed_come_without_the_kept_line(
    ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, said_yes: list[str]
) -> None:
    """Words that wait in the check-in because their session was removed in My sessions
    were not being written there when Footholds closed: no "not saved yet" line says so."""
    gone = ctx.store.add(Session(day="2026-12-10", time="18:00", talk_about="My sister"))
    # My sessions on TODAY, as the check-in: on its real clock the session was past from
    # 10 December 2026 on, and its words were not carried
    editor = my_sessions(ctx, qtbot, datetime.combine(TODAY, time(12)).astimezone())
    [button] = [
        b
        for r in editor.rows
        for b in r.findChildren(type(editor.add))
        if b.accessibleName().startswith("Remove the session")
    ]
    button.click()
    assert ctx.store.all(Session) == []
    window = shown_checkin(ctx, qtbot, monkeypatch, TODAY)
    assert window.talk.toPlainText() == "My sister" and gone.talk_about == "My sister"
    assert not window.note.kept.isVisibleTo(window)
