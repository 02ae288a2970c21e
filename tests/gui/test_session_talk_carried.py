"""My sessions: removing a session never takes what to talk about with it unasked. The words
go to the next session (after its own), or wait in the check-in summary; Undo puts it all
back; the Undo strip goes once something else changes; an empty list says where sessions
will be."""

from __future__ import annotations

import dataclasses
import errno
from datetime import date, datetime
from typing import cast

import pytest
from checkin_support import my_sessions, remove
from PySide6.QtCore import QDate, QTime
from PySide6.QtGui import QTextCursor
from pytestqt.qtbot import QtBot

from checkin_clock import checkin_on
from footholds.app.build import AppContext
from footholds.core import session_talk as st
from footholds.core.store import Session, failures
from footholds.ui.common.components import EmptyState
from footholds.ui.reflect.checkin import CheckinWindow
from support import present

TODAY = date(2026, 12, 6)  # a Sunday


def local(y: int, m: int, d: int, hh: int, mm: int) -> datetime:
    return datetime(y, m, d, hh, mm).astimezone()


FOUR_PM = local(2026, 12, 6, 16, 0)  # My sessions' clock: the afternoon of TODAY


def talk_on(ctx: AppContext, session: Session, day: date) -> str:
    return st.talk_of(present(ctx.store.get(Session, session.id)), day)


def test_the_words_move_to_the_next_session_and_undo_puts_them_back(
    ctx: AppContext, qtbot: QtBot, said_yes: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Seen: today's session removed, and what to talk about went with it, though a session
    was coming tomorrow (a repeating one, which keeps it with that occurrence)."""
    today = ctx.store.add(Session(day="2026-12-06", time="11:00", talk_about="My sister's visit"))
    slot = ctx.store.add(Session(day="2026-11-23", time="17:00", every="2w", therapist="Ana"))
    editor = my_sessions(ctx, qtbot, FOUR_PM)
    remove(editor, today)
    assert "moves to your session on Mon 7 Dec" in said_yes[-1]
    assert "removed too" not in said_yes[-1]
    assert ctx.store.get(Session, today.id) is None
    assert talk_on(ctx, slot, date(2026, 12, 7)) == "My sister's visit"
    assert "now with your session on Mon 7 Dec" in editor.undo.message.whole
    # the check-in summary opens on them, ready for that session
    checkin_on(monkeypatch, TODAY)
    window = cast(CheckinWindow, ctx.windows.get("check-in"))
    qtbot.addWidget(window)
    window.load()
    assert window.talk.toPlainText() == "My sister's visit"
    editor.undo.button.click()
    assert present(ctx.store.get(Session, today.id)) == today
    assert present(ctx.store.get(Session, slot.id)).notes == slot.notes == []
    assert window.talk.toPlainText() == "My sister's visit"  # today's again, as it was
    assert not window.note.unsaved()


def test_the_next_sessions_own_words_stay_and_the_moved_ones_follow(
    ctx: AppContext, qtbot: QtBot, said_yes: list[str]
) -> None:
    gone = ctx.store.add(Session(day="2026-12-07", time="11:00", talk_about="Sleep"))
    later = ctx.store.add(Session(day="2026-12-10", time="17:00", talk_about="Work"))
    editor = my_sessions(ctx, qtbot, FOUR_PM)
    remove(editor, gone)
    assert "added to what you wrote for your session on Thu 10 Dec" in said_yes[-1]
    assert present(ctx.store.get(Session, later.id)).talk_about == "Work\n\nSleep"
    editor.undo.button.click()
    assert present(ctx.store.get(Session, later.id)).talk_about == "Work"
    assert present(ctx.store.get(Session, gone.id)).talk_about == "Sleep"


def test_with_no_session_to_come_they_wait_in_the_check_in_summary(
    ctx: AppContext, qtbot: QtBot, said_yes: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    gone = ctx.store.add(Session(day="2026-12-06", time="11:00", talk_about="My sister's visit"))
    editor = my_sessions(ctx, qtbot, FOUR_PM)
    remove(editor, gone)
    assert "stays in the check-in summary" in said_yes[-1]
    assert ctx.store.all(Session) == []
    # marked as carried: not words written in the check-in, so no "not saved yet" line there
    assert ctx.windows.drafts["check-in"] == {"talk": "My sister's visit", "carried": True}
    editor.undo.button.click()  # Undo: the session has them again, the draft is gone
    assert present(ctx.store.get(Session, gone.id)).talk_about == "My sister's visit"
    assert "check-in" not in ctx.windows.drafts
    remove(editor, gone)
    # the check-in, opened, has them in its box, kept as its draft until a session takes them
    checkin_on(monkeypatch, TODAY)
    window = cast(CheckinWindow, ctx.windows.get("check-in"))
    qtbot.addWidget(window)
    window.load()
    assert window.talk.toPlainText() == "My sister's visit"
    assert present(window.draft())["talk"] == "My sister's visit"


def test_an_open_check_in_takes_the_words_and_gives_them_back_on_undo(
    ctx: AppContext, qtbot: QtBot, said_yes: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    gone = ctx.store.add(Session(day="2026-12-06", time="11:00", talk_about="My sister's visit"))
    checkin_on(monkeypatch, TODAY)
    window = cast(CheckinWindow, ctx.windows.get("check-in"))
    qtbot.addWidget(window)
    window.load()
    assert window.talk.toPlainText() == "My sister's visit"
    editor = my_sessions(ctx, qtbot, FOUR_PM)
    remove(editor, gone)
    # in the box, not saved anywhere but as the window's draft: never lost at a close
    assert window.talk.toPlainText() == "My sister's visit"
    assert present(window.draft())["talk"] == "My sister's visit"
    editor.undo.button.click()
    assert window.talk.toPlainText() == "My sister's visit" and window.draft() is None
    assert present(ctx.store.get(Session, gone.id)).talk_about == "My sister's visit"


def test_words_for_a_session_gone_by_are_said_to_go_with_it(
    ctx: AppContext, qtbot: QtBot, said_yes: list[str]
) -> None:
    old = ctx.store.add(Session(day="2026-12-01", time="11:00", talk_about="Talked about"))
    ctx.store.add(Session(day="2026-12-10", time="17:00"))
    editor = my_sessions(ctx, qtbot, FOUR_PM)
    remove(editor, old)
    assert said_yes[-1].endswith("What you want to talk about is removed too.")
    assert "check-in" not in ctx.windows.drafts


def test_the_undo_strip_goes_once_a_session_is_added(
    ctx: AppContext, qtbot: QtBot, said_yes: list[str]
) -> None:
    """Seen: "Removed the session: … Dr Ana Lopez" with Undo still up after another
    session was added, ready to put back the wrong thing."""
    gone = ctx.store.add(Session(day="2026-12-06", time="17:11", therapist="Dr Ana Lopez"))
    editor = my_sessions(ctx, qtbot, FOUR_PM)
    remove(editor, gone)
    assert editor.undo.pending() and editor.undo.isVisible()
    editor.first.setDate(QDate(2026, 12, 6))
    editor.start.setTime(QTime(11, 0))
    editor.therapist.setText("Dr Ana")
    editor.add.click()
    assert not editor.undo.pending() and not editor.undo.isVisible()
    editor.undo.undo()  # Ctrl+Z now: nothing comes back
    assert [s.therapist for s in ctx.store.all(Session)] == ["Dr Ana"]


def test_an_empty_list_says_where_sessions_will_be(ctx: AppContext, qtbot: QtBot) -> None:
    editor = my_sessions(ctx, qtbot, FOUR_PM)
    assert isinstance(editor.empty, EmptyState) and editor.empty.isVisible()
    assert editor.empty.text() == "Your sessions will be listed here once you add one above."
    assert editor.quiet.isVisible()  # the quiet around sessions is said all the same
    ctx.store.add(Session(day="2026-12-10", time="17:00"))
    qtbot.waitUntil(lambda: len(editor.rows) == 1)
    assert not editor.empty.isVisible() and editor.quiet.isVisible()


def test_undo_keeps_what_was_written_for_the_next_session_since(
    ctx: AppContext, qtbot: QtBot, said_yes: list[str]
) -> None:
    gone = ctx.store.add(Session(day="2026-12-07", time="11:00", talk_about="Sleep"))
    later = ctx.store.add(Session(day="2026-12-10", time="17:00"))
    editor = my_sessions(ctx, qtbot, FOUR_PM)
    remove(editor, gone)
    moved = present(ctx.store.get(Session, later.id))
    assert moved.talk_about == "Sleep"
    # the check-in saves more for that session while Undo still stands
    ctx.store.update(
        dataclasses.replace(moved, talk_about="Work\n\nSleep", offered=["after:2026-12-10"])
    )
    editor.undo.button.click()
    back = present(ctx.store.get(Session, later.id))
    assert (back.talk_about, back.offered) == ("Work", ["after:2026-12-10"])
    assert present(ctx.store.get(Session, gone.id)).talk_about == "Sleep"


def test_the_next_session_added_takes_the_words_an_open_check_in_holds(
    ctx: AppContext, qtbot: QtBot, said_yes: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    gone = ctx.store.add(Session(day="2026-12-06", time="11:00", talk_about="My sister's visit"))
    checkin_on(monkeypatch, TODAY)
    window = cast(CheckinWindow, ctx.windows.get("check-in"))
    qtbot.addWidget(window)
    window.load()
    editor = my_sessions(ctx, qtbot, FOUR_PM)
    remove(editor, gone)
    editor.first.setDate(QDate(2026, 12, 6))
    editor.start.setTime(QTime(18, 0))
    editor.add.click()
    window.keep_talk()  # as closing the check-in does
    [added] = ctx.store.all(Session)
    assert added.talk_about == "My sister's visit" and window.draft() is None


def typed_into(window: CheckinWindow, qtbot: QtBot, words: str) -> None:
    """Words typed at the end of what the box shows, not saved."""
    window.talk.setFocus()
    window.talk.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(window.talk, words)


def open_checkin(ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> CheckinWindow:
    checkin_on(monkeypatch, TODAY)
    window = cast(CheckinWindow, ctx.windows.get("check-in"))
    qtbot.addWidget(window)
    window.load()
    return window


def test_words_typed_and_not_saved_go_on_once_with_the_words_carried(
    ctx: AppContext, qtbot: QtBot, said_yes: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Seen: "Sleep" with ", and work" typed after it in an open check-in; the session
    removed, the box read "Sleep\\n\\nSleep, and work", and closing saved that on the next
    session. The typed words are the carried ones, changed: they take their place."""
    gone = ctx.store.add(Session(day="2026-12-07", time="11:00", talk_about="Sleep"))
    later = ctx.store.add(Session(day="2026-12-14", time="17:00"))
    window = open_checkin(ctx, qtbot, monkeypatch)
    assert window.talk.toPlainText() == "Sleep"
    typed_into(window, qtbot, ", and work")
    editor = my_sessions(ctx, qtbot, FOUR_PM)
    remove(editor, gone)
    assert window.talk.toPlainText() == "Sleep, and work"
    assert window.session_day.date() == QDate(2026, 12, 14)
    window.close()  # closing keeps what to talk about with the session it is for
    assert present(ctx.store.get(Session, later.id)).talk_about == "Sleep, and work"
    assert ctx.store.get(Session, gone.id) is None


def test_undo_gives_the_typed_words_back_to_the_session_put_back_once(
    ctx: AppContext, qtbot: QtBot, said_yes: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Seen: Undo made it "Sleep\\n\\nSleep\\n\\nSleep, and work", saved on the session put
    back at the close. The box shows what it did before the removal, still not saved."""
    gone = ctx.store.add(Session(day="2026-12-07", time="11:00", talk_about="Sleep"))
    later = ctx.store.add(Session(day="2026-12-14", time="17:00", talk_about="Money"))
    window = open_checkin(ctx, qtbot, monkeypatch)
    typed_into(window, qtbot, ", and work")
    editor = my_sessions(ctx, qtbot, FOUR_PM)
    remove(editor, gone)
    assert window.talk.toPlainText() == "Money\n\nSleep, and work"
    editor.undo.button.click()
    assert window.talk.toPlainText() == "Sleep, and work" and window.note.unsaved()
    assert window.session_day.date() == QDate(2026, 12, 7)
    assert present(ctx.store.get(Session, gone.id)).talk_about == "Sleep"
    assert present(ctx.store.get(Session, later.id)).talk_about == "Money"
    window.close()
    assert present(ctx.store.get(Session, gone.id)).talk_about == "Sleep, and work"
    assert present(ctx.store.get(Session, later.id)).talk_about == "Money"


def test_typed_words_carried_to_the_check_in_draft_come_back_once_on_undo(
    ctx: AppContext, qtbot: QtBot, said_yes: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """With no session to come the words wait in the box; Undo gives them, as typed, to
    the session put back (it read "Sleep\\n\\nSleep, and work")."""
    gone = ctx.store.add(Session(day="2026-12-07", time="11:00", talk_about="Sleep"))
    window = open_checkin(ctx, qtbot, monkeypatch)
    typed_into(window, qtbot, ", and work")
    editor = my_sessions(ctx, qtbot, FOUR_PM)
    remove(editor, gone)
    assert window.talk.toPlainText() == "Sleep, and work"
    assert present(window.draft())["talk"] == "Sleep, and work"
    editor.undo.button.click()
    assert window.talk.toPlainText() == "Sleep, and work" and window.note.unsaved()
    assert window.session_day.date() == QDate(2026, 12, 7)
    window.close()
    assert present(ctx.store.get(Session, gone.id)).talk_about == "Sleep, and work"


def test_a_session_added_leaves_words_typed_in_an_open_check_in_as_they_are(
    ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Adding a later session in My sessions made the check-in read its session again: the
    box doubled the words typed after the saved ones."""
    ctx.store.add(Session(day="2026-12-07", time="11:00", talk_about="Sleep"))
    window = open_checkin(ctx, qtbot, monkeypatch)
    typed_into(window, qtbot, ", and work")
    editor = my_sessions(ctx, qtbot, FOUR_PM)
    editor.first.setDate(QDate(2026, 12, 20))
    editor.start.setTime(QTime(10, 0))
    editor.add.click()
    assert len(ctx.store.all(Session)) == 2
    assert window.talk.toPlainText() == "Sleep, and work" and window.note.unsaved()


def test_an_undo_the_disk_refuses_leaves_the_words_with_the_next_session(
    ctx: AppContext, qtbot: QtBot, said_yes: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The session put back could not be written (a read-only folder): the words carried
    to the next session were taken out of it all the same, and so lost. They stay there,
    and Undo is still offered, for when writing works again."""
    gone = ctx.store.add(Session(day="2026-12-07", time="11:00", talk_about="Sleep"))
    later = ctx.store.add(Session(day="2026-12-14", time="17:00"))
    editor = my_sessions(ctx, qtbot, FOUR_PM)
    remove(editor, gone)
    warned: list[str] = []
    monkeypatch.setattr(ctx.prompter, "warn", lambda _parent, text, *args: warned.append(text))
    add = ctx.store.add

    def refuse(_record: object) -> None:
        raise failures.write_error(errno.EROFS, "store.read_only_open")

    monkeypatch.setattr(ctx.store, "add", refuse)
    editor.undo.button.click()
    assert warned
    assert ctx.store.get(Session, gone.id) is None
    assert present(ctx.store.get(Session, later.id)).talk_about == "Sleep"
    assert editor.undo.pending() and "now with your session" in editor.undo.message.whole
    monkeypatch.setattr(ctx.store, "add", add)  # writing works again
    editor.undo.button.click()
    assert present(ctx.store.get(Session, gone.id)).talk_about == "Sleep"
    assert present(ctx.store.get(Session, later.id)).talk_about == ""
