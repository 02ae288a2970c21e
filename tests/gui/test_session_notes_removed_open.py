"""Notes typed in After your session, open and not kept yet, while that session is removed in
My sessions: the question to remove said nothing of them, and the window grew (and moved up
about 45 px on the desktop) to show its "no longer in your list" line, staying so after Undo.
The question says where they go; the window keeps its place and size, and Undo brings it back
as it was."""

from __future__ import annotations

from datetime import datetime
from typing import cast

import pytest
from checkin_support import my_sessions, remove
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from footholds.app.build import AppContext
from footholds.core.store import LogEntry, Session
from footholds.ui.common import i18n
from footholds.ui.reflect.session_notes import SessionNotesWindow
from footholds.ui.reflect.session_notes_draft import NAME

FOUR_PM = datetime(2026, 12, 6, 16, 0).astimezone()
REMEMBER = "Go gently with Mondays."
TO_TRY = "A walk after lunch"


def _open_with_words(ctx: AppContext, qtbot: QtBot, session: Session) -> SessionNotesWindow:
    window = cast(SessionNotesWindow, ctx.windows.get("session-notes"))
    window.clock = lambda: FOUR_PM
    ctx.windows.show("session-notes", session_id=session.id, key="2026-12-06")
    qtbot.waitExposed(window)
    qtbot.keyClicks(window.remember, REMEMBER)
    qtbot.keyClicks(window.to_try, TO_TRY)
    return window


def _places(window: SessionNotesWindow) -> list[QRect]:
    """The window's frame, and where its title, the first box's top-left corner and the
    buttons under the boxes are in it (the boxes give the line its room)."""
    corner = window.remember.mapTo(window, QPoint(0, 0))
    buttons = window.not_now.mapTo(window, QPoint(0, 0)).y()  # (Keep's place: a wider button)
    parts: list[QWidget] = [window.header, window.help_link]
    return [window.geometry(), QRect(corner, corner), QRect(0, buttons, 1, 1)] + [
        QRect(w.mapTo(window, QPoint(0, 0)), w.size()) for w in parts
    ]


@pytest.mark.parametrize("language", ["en", "es"])
def test_the_open_window_is_named_in_the_question_and_stays_where_it_is(
    ctx: AppContext, qtbot: QtBot, said_yes: list[str], language: str
) -> None:
    session = ctx.store.add(Session(day="2026-12-06", time="11:00", therapist="Ana"))
    if language == "es":
        ctx.settings.set("general.language", "es")
        assert i18n.apply(ctx) == "es"
    try:
        window = _open_with_words(ctx, qtbot, session)
        qtbot.wait(100)
        before = _places(window)
        editor = my_sessions(ctx, qtbot, FOUR_PM)
        if language == "en":
            remove(editor, session)
        else:  # (the helper finds the button by its English name)
            editor._on_remove_clicked(session)
        question = said_yes[-1]
        if language == "en":
            assert "open in After your session" in question and "journal" in question
        else:
            assert "abiertas en Después de tu sesión" in question and "diario" in question
        QApplication.processEvents()
        qtbot.wait(100)
        assert window.gone_line.isVisible()  # said, in room it had already
        # the window is where it was, its buttons too; each box shows two lines still
        assert _places(window) == before
        for box in (window.remember, window.to_try):
            assert box.viewport().height() >= 2 * box.fontMetrics().lineSpacing()
        # the words stay in the window only: not in the journal twice
        assert ctx.store.all(LogEntry) == []
        assert NAME not in ctx.windows.drafts
        editor.undo.button.click()
        QApplication.processEvents()
        qtbot.wait(100)
        assert not window.gone_line.isVisible()
        assert window.keep.isVisible()
        assert _places(window) == before
        assert window.remember.toPlainText() == REMEMBER
    finally:
        ctx.settings.set("general.language", "en")
        i18n.apply(ctx)
        i18n.remove(ctx.app)


def test_a_draft_with_the_open_windows_words_is_not_kept_twice(
    ctx: AppContext, qtbot: QtBot, said_yes: list[str]
) -> None:
    """The same words waiting as a draft (kept at a crash, waiting behind the window's) and
    open in the window: the window keeps them, the journal does not take them twice."""
    session = ctx.store.add(Session(day="2026-12-06", time="11:00", therapist="Ana"))
    window = _open_with_words(ctx, qtbot, session)
    draft = window.draft()
    assert draft is not None
    ctx.windows.drafts = {NAME: dict(draft)}
    editor = my_sessions(ctx, qtbot, FOUR_PM)
    remove(editor, session)
    assert "not kept yet, go into your journal" not in said_yes[-1]
    assert "open in After your session" in said_yes[-1]
    window.close()
    notes = [e.note for e in ctx.store.all(LogEntry)]
    assert len(notes) == 1 and REMEMBER in notes[0]


def test_notes_kept_before_and_changed_in_the_window_are_not_called_removed(
    ctx: AppContext, qtbot: QtBot, said_yes: list[str]
) -> None:
    """Kept with the session, then changed in the open window: the window holds them all, so
    the question speaks of them once, as open there, not as removed with the session."""
    session = ctx.store.add(
        Session(
            day="2026-12-06",
            time="11:00",
            notes=[{"day": "2026-12-06", "talk": "", "remember": "Mondays", "try": ""}],
        )
    )
    window = cast(SessionNotesWindow, ctx.windows.get("session-notes"))
    window.clock = lambda: FOUR_PM
    ctx.windows.show("session-notes", session_id=session.id, key="2026-12-06")
    qtbot.waitExposed(window)
    assert window.remember.toPlainText() == "Mondays"
    qtbot.keyClicks(window.to_try, TO_TRY)
    editor = my_sessions(ctx, qtbot, FOUR_PM)
    remove(editor, session)
    assert "Its notes are removed too" not in said_yes[-1]
    assert "open in After your session" in said_yes[-1]
    assert ctx.store.get(Session, session.id) is None
    window.close()
    [entry] = ctx.store.all(LogEntry)
    assert "Mondays" in entry.note and TO_TRY in entry.note
