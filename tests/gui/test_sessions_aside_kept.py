"""My sessions: words Edit set aside stay until the person lets them go. Once the Undo's
seconds pass, a quiet strip in the page offers them back; Open them brings them back and sets
the form's own words aside in turn; a quit keeps both. The row being edited says so, and the
form's four fields line up."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDate, QPoint
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot
from test_sessions_edit import button, page, row_of

from footholds.app.build import AppContext
from footholds.core.store import Session
from footholds.ui.reflect.sessions_editor import SessionsEditor


@pytest.fixture
def weekly(ctx: AppContext) -> Session:
    return ctx.store.add(Session(day="2026-12-07", time="17:00", every="1w", therapist="Ana"))


def set_aside(editor: SessionsEditor, qtbot: QtBot, weekly: Session) -> None:
    editor.therapist.setFocus()
    qtbot.keyClicks(editor.therapist, "Dr Bello")
    editor.first.setDate(QDate(2027, 1, 20))
    button(row_of(editor, weekly), "Edit").click()
    editor.undo.timer.timeout.emit()  # the Undo's seconds pass


def test_words_set_aside_are_offered_after_the_undo_goes(
    ctx: AppContext, qtbot: QtBot, weekly: Session
) -> None:
    editor = page(ctx, qtbot)
    set_aside(editor, qtbot, weekly)
    assert not editor.undo.isVisibleTo(editor.window())
    bar = editor.aside_bar
    assert bar.isVisibleTo(editor)
    assert bar.message.text() == "Words you were writing are still here, not saved yet."
    # Open them: they come back, and the changes to Ana's session are set aside in turn
    editor.therapist.selectAll()
    qtbot.keyClicks(editor.therapist, "Ana Ruiz")
    bar.button.click()
    assert editor.editing is None and editor.therapist.text() == "Dr Bello"
    assert editor.first.date() == QDate(2027, 1, 20)
    assert not bar.isVisibleTo(editor)
    assert editor.undo.message.text() == "Your words were set aside."
    editor.undo.timer.timeout.emit()
    assert bar.isVisibleTo(editor)
    bar.button.click()
    assert editor.editing is not None and editor.editing.id == weekly.id
    assert editor.therapist.text() == "Ana Ruiz"


def test_a_quit_keeps_the_form_and_the_words_set_aside(
    ctx: AppContext, qtbot: QtBot, weekly: Session
) -> None:
    editor = page(ctx, qtbot)
    set_aside(editor, qtbot, weekly)
    editor.therapist.selectAll()
    qtbot.keyClicks(editor.therapist, "Ana Ruiz")
    kept = editor.draft_words()
    assert kept["therapist"] == "Ana Ruiz" and kept["editing"] == weekly.id
    assert kept["aside"][0]["therapist"] == "Dr Bello"
    editor.forget_words()
    assert not editor.draft_words() and not editor.aside_bar.isVisibleTo(editor)
    editor.bring_back(kept)  # as at the next start
    assert editor.therapist.text() == "Ana Ruiz" and editor.aside_bar.isVisibleTo(editor)
    editor.aside_bar.button.click()
    assert editor.therapist.text() == "Dr Bello"


def test_the_row_being_edited_says_so_without_moving(
    ctx: AppContext, qtbot: QtBot, weekly: Session
) -> None:
    other = ctx.store.add(Session(day="2026-12-09", time="10:00", therapist="Bo"))
    editor = page(ctx, qtbot)
    edit = button(row_of(editor, weekly), "Edit")
    width = edit.width()
    edit.click()
    editing = button(row_of(editor, weekly), "Editing")
    assert not editing.isEnabled() and editing.width() == width
    assert button(row_of(editor, other), "Edit").isEnabled()
    editor.cancel.click()
    assert button(row_of(editor, weekly), "Edit").isEnabled()


def test_the_form_fields_line_up(ctx: AppContext, qtbot: QtBot) -> None:
    editor = page(ctx, qtbot)
    fields: list[QWidget] = [editor.first, editor.start, editor.every, editor.minutes]
    tops = set()
    for field in fields:
        label = next(lab for lab in editor.findChildren(QLabel) if lab.buddy() is field)
        tops.add(label.mapTo(editor, QPoint(0, 0)).y())
    centres = {f.mapTo(editor, QPoint(0, f.height() // 2)).y() for f in fields}
    assert len(tops) == 1 and len(centres) == 1
