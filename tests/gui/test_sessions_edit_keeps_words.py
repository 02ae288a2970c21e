"""My sessions keeps the words typed in its form: Edit on a row (or a double-click on a line)
sets a new session being written, or changes to another one, aside and offers them back on
the Undo strip; and an edited therapist's name comes back as typed after a close or a switch
of language, not as it was saved."""

from __future__ import annotations

from typing import cast

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from test_sessions_edit import button, page, row_of
from test_settings_width_language import speak

from footholds.app.build import AppContext
from footholds.core.settings import SESSIONS_SECTION
from footholds.core.store import Session
from footholds.ui.common import i18n
from footholds.ui.settings.settings_window import SettingsWindow


@pytest.fixture
def weekly(ctx: AppContext) -> Session:
    return ctx.store.add(Session(day="2026-12-07", time="17:00", every="1w", therapist="Ana"))


def test_edit_on_a_row_sets_a_new_session_aside_and_undo_brings_it_back(
    ctx: AppContext, qtbot: QtBot, weekly: Session
) -> None:
    editor = page(ctx, qtbot)
    editor.therapist.setFocus()
    qtbot.keyClicks(editor.therapist, "Dr Bello, new clinic")
    editor.first.setDate(QDate(2027, 1, 20))
    button(row_of(editor, weekly), "Edit").click()
    assert editor.editing is not None and editor.therapist.text() == "Ana"
    assert editor.undo.message.text() == "Your words were set aside."
    # kept at a quit while offered
    assert editor.draft_words().get("therapist") == "Dr Bello, new clinic"
    editor.undo.button.click()
    assert editor.editing is None
    assert editor.therapist.text() == "Dr Bello, new clinic"
    assert editor.first.date() == QDate(2027, 1, 20)


def test_edit_on_another_row_keeps_changes_to_the_first(
    ctx: AppContext, qtbot: QtBot, weekly: Session
) -> None:
    other = ctx.store.add(Session(day="2026-12-09", time="10:00", therapist="Bo"))
    editor = page(ctx, qtbot)
    button(row_of(editor, weekly), "Edit").click()
    editor.therapist.selectAll()
    qtbot.keyClicks(editor.therapist, "Ana Ruiz")
    button(row_of(editor, other), "Edit").click()
    assert editor.editing is not None and editor.editing.id == other.id
    # changes typed to the second are set aside in turn when the first come back
    editor.therapist.selectAll()
    qtbot.keyClicks(editor.therapist, "Bo Li")
    editor.undo.button.click()
    assert editor.editing is not None and editor.editing.id == weekly.id
    assert editor.therapist.text() == "Ana Ruiz"
    assert editor.undo.message.text() == "Your words were set aside."
    editor.undo.button.click()
    assert editor.editing is not None and editor.editing.id == other.id
    assert editor.therapist.text() == "Bo Li"


def test_edit_on_the_row_being_edited_keeps_its_changes(
    ctx: AppContext, qtbot: QtBot, weekly: Session
) -> None:
    editor = page(ctx, qtbot)
    button(row_of(editor, weekly), "Edit").click()
    editor.therapist.selectAll()
    qtbot.keyClicks(editor.therapist, "Ana Ruiz")
    # its Edit reads Editing, greyed; a double-click on its line edits it all the same
    assert not button(row_of(editor, weekly), "Editing").isEnabled()
    qtbot.mouseDClick(row_of(editor, weekly), Qt.MouseButton.LeftButton)
    assert editor.therapist.text() == "Ana Ruiz"


def test_an_edited_therapist_name_comes_back_after_a_close(
    ctx: AppContext, qtbot: QtBot, weekly: Session
) -> None:
    editor = page(ctx, qtbot)
    button(row_of(editor, weekly), "Edit").click()
    editor.therapist.selectAll()
    qtbot.keyClicks(editor.therapist, "Ana Ruiz (new room 4)")
    kept = editor.typed_words()
    assert kept == {"therapist": "Ana Ruiz (new room 4)", "editing": weekly.id}
    editor.clear_form()
    editor.bring_back(kept)  # as at the next start
    assert editor.editing is not None
    assert editor.therapist.text() == "Ana Ruiz (new room 4)"
    assert editor.therapist.isModified() and not editor.kept.isHidden()


def test_an_edited_therapist_name_survives_a_language_switch(
    ctx: AppContext, qtbot: QtBot, qapp: QApplication, weekly: Session
) -> None:
    editor = page(ctx, qtbot)
    win = cast(SettingsWindow, editor.window())
    button(row_of(editor, weekly), "Edit").click()
    editor.therapist.selectAll()
    qtbot.keyClicks(editor.therapist, "Ana Ruiz")
    try:
        speak(qtbot, qapp, win, "es")
        win.present(SESSIONS_SECTION)
        qtbot.wait(50)
        assert win.sessions.therapist.text() == "Ana Ruiz"
    finally:
        i18n.remove(qapp)


def test_words_set_aside_go_from_the_strip_when_locked_away(
    ctx: AppContext, qtbot: QtBot, weekly: Session
) -> None:
    editor = page(ctx, qtbot)
    qtbot.keyClicks(editor.therapist, "Dr Bello")
    button(row_of(editor, weekly), "Edit").click()
    assert editor.undo.isVisibleTo(editor.window())
    editor.forget_words()  # Lock now sealed them with the drafts
    assert not editor.undo.isVisibleTo(editor.window()) and not editor.draft_words()
