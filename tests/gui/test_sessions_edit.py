"""My sessions: a session is changed in place. Its Edit button (or a double-click on its
line) fills the form; Save changes keeps the same session, with its skips and notes; Cancel
leaves it as it was. A time fixed used to mean removing it and adding it again."""

from __future__ import annotations

from datetime import datetime
from typing import cast

import pytest
from PySide6.QtCore import QDate, QPoint, Qt, QTime
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget
from pytestqt.qtbot import QtBot

from footholds.app.build import AppContext
from footholds.cli.session import describe as listed
from footholds.core.settings import SESSIONS_SECTION
from footholds.core.store import Session
from footholds.ui.reflect.sessions_editor import SessionsEditor
from footholds.ui.settings.settings_window import SettingsWindow
from support import present


def local(y: int, m: int, d: int, hh: int, mm: int) -> datetime:
    return datetime(y, m, d, hh, mm).astimezone()


def page(ctx: AppContext, qtbot: QtBot) -> SessionsEditor:
    window = cast(SettingsWindow, ctx.windows.show("settings"))
    qtbot.addWidget(window)
    window.present(SESSIONS_SECTION)
    editor = window.sessions
    editor.clock = lambda: local(2026, 12, 6, 9, 0)
    editor.refresh()
    return editor


def button(row: QWidget, words: str) -> QAbstractButton:
    return next(b for b in row.findChildren(QAbstractButton) if b.text() == words)


def row_of(editor: SessionsEditor, session: Session) -> QWidget:
    return next(r for r in editor.rows if session.id in r.objectName())


@pytest.fixture
def weekly(ctx: AppContext) -> Session:
    kept = Session(day="2026-12-07", time="17:00", every="1w", therapist="Ana")
    kept.cancelled = ["2026-12-14"]
    kept.notes = [{"day": "2026-11-30", "talk": "", "remember": "Go gently", "try": ""}]
    return ctx.store.add(kept)


def test_editing_the_time_keeps_the_same_session_its_skips_and_notes(
    ctx: AppContext, qtbot: QtBot, weekly: Session
) -> None:
    editor = page(ctx, qtbot)
    button(row_of(editor, weekly), "Edit").click()
    assert editor.editing is not None and editor.editing.id == weekly.id
    assert editor.first.date() == QDate(2026, 12, 7) and editor.start.time() == QTime(17, 0)
    assert editor.every.currentData() == "1w" and editor.therapist.text() == "Ana"
    assert editor.add.text() == "Save changes" and editor.cancel.isVisibleTo(editor)
    editor.start.setTime(QTime(18, 30))
    editor.add.click()
    [changed] = ctx.store.all(Session)
    assert changed.id == weekly.id and changed.time == "18:30"
    assert changed.cancelled == ["2026-12-14"] and changed.notes == weekly.notes
    assert changed.therapist == "Ana" and changed.every == "1w"
    assert "at 18:30" in listed(changed)  # as `footholds session list` prints it
    line = present(row_of(editor, changed).findChild(QLabel)).accessibleName()
    assert line.startswith("Every week on Monday at 18:30")
    # the form is for a new one again, and its Undo puts the old time back
    assert editor.editing is None and editor.add.text() == "Add session"
    assert not editor.cancel.isVisibleTo(editor)
    editor.undo.button.click()
    assert present(ctx.store.get(Session, weekly.id)).time == "17:00"


def test_editing_into_another_session_is_refused_but_saving_as_it_is_is_not(
    ctx: AppContext, qtbot: QtBot, weekly: Session
) -> None:
    other = ctx.store.add(Session(day="2026-12-07", time="10:00", every="1w", therapist="Ana"))
    editor = page(ctx, qtbot)
    button(row_of(editor, weekly), "Edit").click()
    editor.add.click()  # unchanged: it is not "already there" as itself
    assert len(ctx.store.all(Session)) == 2 and editor.editing is None
    button(row_of(editor, weekly), "Edit").click()
    editor.start.setTime(QTime(10, 0))
    editor.add.click()
    assert editor.said.text() == "That session is already in your list."
    assert present(ctx.store.get(Session, weekly.id)).time == "17:00"
    assert present(ctx.store.get(Session, other.id)).time == "10:00"
    assert editor.editing is not None  # still editing: the time can be put right


def test_cancel_leaves_it_as_it_was_and_a_double_click_edits_too(
    ctx: AppContext, qtbot: QtBot, weekly: Session
) -> None:
    editor = page(ctx, qtbot)
    label = present(row_of(editor, weekly).findChild(QLabel))
    qtbot.mouseDClick(label, Qt.MouseButton.LeftButton, pos=QPoint(4, 4))
    assert editor.editing is not None and editor.editing.id == weekly.id
    editor.start.setTime(QTime(8, 0))
    editor.therapist.setText("Someone else")
    editor.cancel.click()
    assert present(ctx.store.get(Session, weekly.id)) == weekly
    assert editor.editing is None and editor.therapist.text() == ""
    assert editor.add.text() == "Add session" and editor.start.time() == QTime(17, 0)


def test_changes_typed_at_a_close_come_back_for_the_same_session(
    ctx: AppContext, qtbot: QtBot, weekly: Session
) -> None:
    editor = page(ctx, qtbot)
    button(row_of(editor, weekly), "Edit").click()
    editor.start.setTime(QTime(19, 0))
    held = editor.typed_words()
    assert held["editing"] == weekly.id and held["time"] == "19:00"
    editor.clear_form()
    editor.bring_back(held)
    assert editor.editing is not None and editor.editing.id == weekly.id
    assert editor.start.time() == QTime(19, 0) and editor.add.text() == "Save changes"
    editor.add.click()
    [changed] = ctx.store.all(Session)
    assert changed.id == weekly.id and changed.time == "19:00"
