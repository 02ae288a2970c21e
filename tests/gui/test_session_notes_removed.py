"""Notes typed after a session and left as a draft (a kill, a crash, the window opened for
another session) when that session is removed in My sessions: the words go into the journal,
as the question to remove says, and Undo brings the session and its draft back together.
Before, the draft waited in the drafts file for a session that was gone, and nothing ever
showed it again."""

from __future__ import annotations

from datetime import datetime
from typing import cast

import pytest
from checkin_support import my_sessions, remove
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from footholds.app.build import AppContext
from footholds.core.drafts import slot
from footholds.core.store import LogEntry, Session
from footholds.ui.common import i18n
from footholds.ui.reflect.session_notes import SessionNotesWindow
from footholds.ui.reflect.session_notes_draft import NAME
from footholds.ui.settings.settings_window import SettingsWindow

FOUR_PM = datetime(2026, 12, 6, 16, 0).astimezone()
REMEMBER = "Go gently with Mondays."
TO_TRY = "A walk after lunch"


def left_draft(ctx: AppContext, qtbot: QtBot, session: Session) -> dict[str, str]:
    """Notes typed in After your session for `session`, as its draft keeps them."""
    window = cast(SessionNotesWindow, ctx.windows.get("session-notes"))
    window.clock = lambda: FOUR_PM
    ctx.windows.show("session-notes", session_id=session.id, key="2026-12-06")
    qtbot.waitExposed(window)
    qtbot.keyClicks(window.remember, REMEMBER)
    qtbot.keyClicks(window.to_try, TO_TRY)
    draft = window.draft()
    assert draft is not None
    return cast(dict[str, str], draft)


@pytest.mark.parametrize("where", [NAME, slot(NAME, 1)])
def test_a_draft_left_for_a_session_removed_is_kept_in_the_journal_and_undo_brings_it_back(
    ctx: AppContext, qtbot: QtBot, said_yes: list[str], where: str
) -> None:
    session = ctx.store.add(Session(day="2026-12-06", time="11:00", therapist="Ana"))
    draft = left_draft(ctx, qtbot, session)
    # Footholds was stopped before the window closed (a kill): the next start finds the
    # draft waiting, for its own place or behind another's
    window = ctx.windows.get("session-notes")
    window.hide()
    window.deleteLater()
    qtbot.waitUntil(lambda: ctx.windows.open_windows().get("session-notes") is None)
    ctx.windows.drafts = {where: dict(draft)}
    editor = my_sessions(ctx, qtbot, FOUR_PM)
    remove(editor, session)
    # asked first, then the words are where the person can see them: the journal
    assert "notes you wrote after it" in said_yes[-1] and "journal" in said_yes[-1]
    assert ctx.store.get(Session, session.id) is None
    notes = [e.note for e in ctx.store.all(LogEntry)]
    assert len(notes) == 1
    assert REMEMBER in notes[0] and TO_TRY in notes[0]
    assert "Notes after my session on" in notes[0]
    assert where not in ctx.windows.drafts  # nothing left waiting unseen
    assert "in your journal" in editor.undo.message.whole
    # Undo: the session and its draft, together again; the journal as it was
    editor.undo.button.click()
    assert ctx.store.get(Session, session.id) is not None
    assert ctx.store.all(LogEntry) == []
    assert ctx.windows.drafts[where] == draft
    # and After your session shows them on it, not saved yet
    again = cast(SessionNotesWindow, ctx.windows.get("session-notes"))
    again.clock = lambda: FOUR_PM
    ctx.windows.show("session-notes")
    qtbot.waitExposed(again)
    assert again.remember.toPlainText() == REMEMBER
    assert again.to_try.toPlainText() == TO_TRY
    assert again.occurrence is not None and again.occurrence.session.id == session.id


def test_words_already_kept_with_the_session_are_not_copied_to_the_journal(
    ctx: AppContext, qtbot: QtBot, said_yes: list[str]
) -> None:
    """A draft whose words the session holds already is those words: its notes go with it,
    as the question says, and nothing is written twice."""
    session = ctx.store.add(
        Session(
            day="2026-12-06",
            time="11:00",
            notes=[{"day": "2026-12-06", "talk": "", "remember": REMEMBER, "try": ""}],
        )
    )
    ctx.windows.drafts = {
        NAME: {"session": session.id, "key": "2026-12-06", "remember": REMEMBER, "try": ""}
    }
    editor = my_sessions(ctx, qtbot, FOUR_PM)
    remove(editor, session)
    assert "notes you wrote after it" not in said_yes[-1]
    assert ctx.store.all(LogEntry) == []


def test_the_strip_says_where_the_notes_went_in_the_language_chosen_since(
    ctx: AppContext, qtbot: QtBot, said_yes: list[str]
) -> None:
    session = ctx.store.add(Session(day="2026-12-06", time="11:00", therapist="Ana"))
    ctx.windows.drafts = {
        NAME: {"session": session.id, "key": "2026-12-06", "remember": REMEMBER, "try": ""}
    }
    editor = my_sessions(ctx, qtbot, FOUR_PM)
    remove(editor, session)
    try:
        ctx.settings.set("general.language", "es")
        i18n.apply(ctx)
        QApplication.processEvents()
        QApplication.processEvents()
        undo = cast(SettingsWindow, ctx.windows.get("settings")).undo
        assert "Las notas que escribiste después están en tu diario." in undo.message.whole
    finally:
        ctx.settings.set("general.language", "en")
        i18n.apply(ctx)
        QApplication.processEvents()
        i18n.remove(ctx.app)
