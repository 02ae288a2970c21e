"""The after-session window when its session goes while notes are typed (removed from My
sessions, an older backup restored): the words stay in view and are kept in the journal,
never covered by another session's words nor lost at a close."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import cast

import pytest
import shiboken6
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from footholds.app.build import AppContext
from footholds.core.store import LogEntry, Session
from footholds.core.store.validate import NOTE_LIMIT
from footholds.ui.reflect.session_notes import SessionNotesWindow
from footholds.ui.reflect.session_notes_kept import journal_entries
from support import present

REMEMBER = "Go gently with Mondays."
TO_TRY = "A walk after lunch"


def local(y: int, m: int, d: int, hh: int, mm: int) -> datetime:
    return datetime(y, m, d, hh, mm).astimezone()


@pytest.fixture
def said(ctx: AppContext, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """What the window told through a dialog: none may hang the test."""
    told: list[str] = []
    for name in ("inform", "warn"):
        monkeypatch.setattr(
            ctx.prompter, name, lambda _parent, words, *_a, **_k: told.append(words)
        )
    return told


@pytest.fixture
def typed(ctx: AppContext, qtbot: QtBot) -> tuple[SessionNotesWindow, Session]:
    """Notes typed after a weekly session, a second session (one-off, earlier) in the list."""
    ctx.store.add(Session(day="2026-11-20", time="10:00", therapist="Bo"))
    weekly = ctx.store.add(Session(day="2026-12-01", time="17:00", every="1w", therapist="Ana"))
    window = cast(SessionNotesWindow, ctx.windows.get("session-notes"))
    window.clock = lambda: local(2026, 12, 8, 18, 10)
    ctx.windows.show("session-notes")
    qtbot.waitExposed(window)
    assert present(window.occurrence).session.id == weekly.id
    qtbot.keyClicks(window.remember, REMEMBER)
    qtbot.keyClicks(window.to_try, TO_TRY)
    return window, weekly


def journal(ctx: AppContext) -> list[LogEntry]:
    return ctx.store.all(LogEntry)


def test_the_session_gone_keeps_the_words_in_view_and_offers_the_journal(
    ctx: AppContext, qtbot: QtBot, said: list[str], typed: tuple[SessionNotesWindow, Session]
) -> None:
    window, weekly = typed
    ctx.store.remove(weekly)
    # said as it goes, with the one way to keep them in Keep's place
    assert window.gone_line.isVisible() and "no longer in your list" in window.gone_line.text()
    assert window.to_journal.isVisible() and window.to_journal.isDefault()
    assert not window.keep.isVisible()
    # opened again (the offer for another session, the command line): not covered
    ctx.windows.show("session-notes")
    assert window.remember.toPlainText() == REMEMBER
    assert window.to_try.toPlainText() == TO_TRY
    assert window.to_journal.isVisible()
    window.to_journal.click()
    [entry] = journal(ctx)
    assert REMEMBER in entry.note and TO_TRY in entry.note
    assert entry.note.startswith("Notes after my session on")
    assert "no longer in my list" in entry.note
    assert entry.at == local(2026, 12, 8, 18, 10)
    assert window.said.text().startswith("Kept in your journal.")
    # closed, nothing left unkept: let go of, not put away
    qtbot.waitUntil(lambda: not shiboken6.isValid(window), timeout=5000)
    assert len(journal(ctx)) == 1  # the close after it keeps nothing twice
    assert said == []


@pytest.mark.parametrize("how", ["escape", "not now", "quit"])
def test_closing_with_the_session_gone_keeps_the_words_in_the_journal(
    ctx: AppContext,
    qtbot: QtBot,
    said: list[str],
    typed: tuple[SessionNotesWindow, Session],
    how: str,
) -> None:
    window, weekly = typed
    ctx.store.remove(weekly)
    closes: dict[str, Callable[[], object]] = {
        "escape": lambda: qtbot.keyClick(window.to_try, Qt.Key.Key_Escape),
        "not now": window.not_now.click,
        "quit": ctx.windows.close_all,
    }
    closes[how]()
    [entry] = journal(ctx)
    assert REMEMBER in entry.note and TO_TRY in entry.note
    assert said == []


def test_keep_with_the_session_gone_unseen_says_so_and_stays_open(
    ctx: AppContext, qtbot: QtBot, said: list[str], typed: tuple[SessionNotesWindow, Session]
) -> None:
    window, weekly = typed
    ctx.signals.blockSignals(True)  # gone without a word to the window
    ctx.store.remove(weekly)
    ctx.signals.blockSignals(False)
    assert not window.to_journal.isVisible()
    window.keep.click()
    assert window.isVisible() and window.to_journal.isVisible()
    assert window.remember.toPlainText() == REMEMBER
    assert journal(ctx) == []


def test_the_session_back_by_an_undo_keeps_the_words_with_it(
    ctx: AppContext, qtbot: QtBot, said: list[str], typed: tuple[SessionNotesWindow, Session]
) -> None:
    window, weekly = typed
    ctx.store.remove(weekly)
    assert window.to_journal.isVisible()
    ctx.store.add(weekly)  # Undo
    assert window.keep.isVisible() and not window.to_journal.isVisible()
    assert not window.gone_line.isVisible()
    window.keep.click()
    kept = present(ctx.store.get(Session, weekly.id)).notes
    assert [(n["remember"], n["try"]) for n in kept] == [(REMEMBER, TO_TRY)]
    assert journal(ctx) == []


def test_the_session_gone_with_nothing_typed_shows_the_list_as_it_is(
    ctx: AppContext, qtbot: QtBot, said: list[str]
) -> None:
    weekly = ctx.store.add(Session(day="2026-12-01", time="17:00", every="1w"))
    window = cast(SessionNotesWindow, ctx.windows.get("session-notes"))
    window.clock = lambda: local(2026, 12, 8, 18, 10)
    ctx.windows.show("session-notes")
    ctx.store.remove(weekly)
    assert window.occurrence is None and window.none.isVisible()
    assert not window.to_journal.isVisible()


def test_notes_longer_than_one_entry_holds_go_whole_in_two() -> None:
    at = local(2026, 12, 8, 18, 10)
    long = "a" * NOTE_LIMIT
    entries = journal_entries("Notes.", long, "b" * 50, "To try:", at)
    assert len(entries) == 2
    assert long in entries[0].note and "b" * 50 in entries[1].note
    assert all(len(e.note) <= NOTE_LIMIT for e in entries)
    assert journal_entries("Notes.", " ", "", "To try:", at) == []
