"""The check-in's "What I want to talk about" box while the person writes in it. The app's
own notes on a session (an offer made, the after-session window opened, its notes saved)
read the session again: the box reloaded under the typing, a changed paragraph jumped to
the end, the cursor with it, and the day chosen went back. Now the box follows a session
only when what it is for changed, and even then keeps the box's order, a box the person
emptied stays empty, and a rewritten paragraph never comes back beside the new words."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from checkin_support import my_sessions, remove, shown_checkin
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QTextCursor
from pytestqt.qtbot import QtBot

from footholds.app.build import AppContext
from footholds.core import sessions as ss
from footholds.core.store import Session
from footholds.ui.common.refresh import DEBOUNCE_MS
from footholds.ui.reflect.checkin import CheckinWindow
from footholds.ui.reflect.session_offers import SessionOffers
from support import present

TODAY = date(2026, 12, 6)  # a Sunday


def local(y: int, m: int, d: int, hh: int, mm: int) -> datetime:
    return datetime(y, m, d, hh, mm).astimezone()


def edit_first_paragraph(window: CheckinWindow, qtbot: QtBot, words: str) -> None:
    """Words typed at the end of the box's first paragraph, not saved."""
    window.talk.setFocus()
    window.talk.moveCursor(QTextCursor.MoveOperation.Start)
    window.talk.moveCursor(QTextCursor.MoveOperation.EndOfBlock)
    qtbot.keyClicks(window.talk, words)


def rewrite(window: CheckinWindow, qtbot: QtBot, words: str) -> None:
    """The whole box chosen and typed over ("" empties it)."""
    window.talk.setFocus()
    window.talk.selectAll()
    if words:
        qtbot.keyClicks(window.talk, words)
    else:
        qtbot.keyClick(window.talk, Qt.Key.Key_Backspace)


def offers(ctx: AppContext) -> SessionOffers:
    return SessionOffers(ctx)  # as the app's start makes them: they note offers made


def test_an_offer_noted_on_the_session_leaves_the_box_and_the_day_as_the_person_has_them(
    ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Seen: "Your next session" popped up while the first paragraph was being changed and
    the session moved to 11 Dec; the box became "Sleep\\n\\nWork stress, mostly Mondays",
    the cursor went to the end and the day back to 10 Dec."""
    session = ctx.store.add(
        Session(day="2026-12-10", time="18:00", talk_about="Work stress\n\nSleep")
    )
    window = shown_checkin(ctx, qtbot, monkeypatch, TODAY)
    edit_first_paragraph(window, qtbot, ", mostly Mondays")
    window.session_day.setDate(QDate(2026, 12, 11))
    at = window.talk.textCursor().position()
    occurrence = ss.next_occurrence(ctx.store.all(Session), local(2026, 12, 6, 16, 0))
    assert occurrence is not None
    offers(ctx)._mark(ss.Offer("before", occurrence))
    assert present(ctx.store.get(Session, session.id)).offered == ["before:2026-12-10"]
    qtbot.wait(DEBOUNCE_MS * 3)
    assert window.talk.toPlainText() == "Work stress, mostly Mondays\n\nSleep"
    assert window.talk.textCursor().position() == at
    assert window.session_day.date() == QDate(2026, 12, 11)
    # saved now: the offer noted since the box was read stays noted (not made again)
    window.save_session.click()
    saved = present(ctx.store.get(Session, session.id))
    assert (saved.day, saved.talk_about) == ("2026-12-11", "Work stress, mostly Mondays\n\nSleep")
    assert saved.offered == ["before:2026-12-10"]


def test_a_box_the_person_emptied_stays_empty_when_an_offer_is_noted(
    ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    session = ctx.store.add(Session(day="2026-12-10", time="18:00", talk_about="Work stress"))
    window = shown_checkin(ctx, qtbot, monkeypatch, TODAY)
    rewrite(window, qtbot, "")
    offers(ctx)._on_notes_opened(session.id, "2026-12-10")  # the after-session window
    assert present(ctx.store.get(Session, session.id)).offered == ["after:2026-12-10"]
    qtbot.wait(DEBOUNCE_MS * 3)
    assert window.talk.toPlainText() == "" and window.note.unsaved()


def test_notes_saved_after_a_session_leave_the_box_for_the_next_one_as_typed(
    ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A weekly slot: the box is for Thursday's session; last Thursday's notes are saved in
    the after-session window meanwhile."""
    slot = ctx.store.add(
        ss.with_note(
            Session(day="2026-11-26", time="17:00", every="1w"),
            date(2026, 12, 10),
            talk="Work stress\n\nSleep",
        )
    )
    window = shown_checkin(ctx, qtbot, monkeypatch, TODAY)
    assert window.talk.toPlainText() == "Work stress\n\nSleep"
    edit_first_paragraph(window, qtbot, ", mostly Mondays")
    at = window.talk.textCursor().position()
    current = present(ctx.store.get(Session, slot.id))
    ctx.store.update(ss.with_note(current, date(2026, 12, 3), remember="Breathe out slowly"))
    qtbot.wait(DEBOUNCE_MS * 3)
    assert window.talk.toPlainText() == "Work stress, mostly Mondays\n\nSleep"
    assert window.talk.textCursor().position() == at
    assert window.session_day.date() == QDate(2026, 12, 10)
    # a change to the words the box is for is still followed, the box's order kept, and
    # the day the person chose with it
    window.session_day.setDate(QDate(2026, 12, 11))
    current = present(ctx.store.get(Session, slot.id))
    ctx.store.update(ss.with_note(current, date(2026, 12, 10), talk="Money\n\nSleep"))
    qtbot.waitUntil(lambda: "Money" in window.talk.toPlainText(), timeout=2000)
    assert window.talk.toPlainText() == "Money\n\nWork stress, mostly Mondays\n\nSleep"
    assert window.session_day.date() == QDate(2026, 12, 11)


def test_a_changed_paragraph_keeps_its_place_when_its_session_is_removed(
    ctx: AppContext, qtbot: QtBot, said_yes: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    gone = ctx.store.add(Session(day="2026-12-07", time="11:00", talk_about="Work stress\n\nSleep"))
    later = ctx.store.add(Session(day="2026-12-14", time="17:00"))
    window = shown_checkin(ctx, qtbot, monkeypatch, TODAY)
    edit_first_paragraph(window, qtbot, ", mostly Mondays")
    window.session_day.setDate(QDate(2026, 12, 8))  # for the session removed: not kept
    remove(my_sessions(ctx, qtbot, local(2026, 12, 6, 16, 0)), gone)
    assert window.talk.toPlainText() == "Work stress, mostly Mondays\n\nSleep"
    assert window.session_day.date() == QDate(2026, 12, 14)
    window.close()
    assert present(ctx.store.get(Session, later.id)).talk_about == (
        "Work stress, mostly Mondays\n\nSleep"
    )


def test_a_rewritten_paragraph_does_not_come_back_when_its_session_is_removed(
    ctx: AppContext, qtbot: QtBot, said_yes: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Seen with no session after it: the box read "Job stress\\n\\nWork stress" (with one
    after it, it read right)."""
    gone = ctx.store.add(Session(day="2026-12-10", time="18:00", talk_about="Work stress"))
    window = shown_checkin(ctx, qtbot, monkeypatch, TODAY)
    rewrite(window, qtbot, "Job stress")
    remove(my_sessions(ctx, qtbot, local(2026, 12, 6, 16, 0)), gone)
    assert window.talk.toPlainText() == "Job stress"
    assert present(window.draft())["talk"] == "Job stress"


@pytest.mark.parametrize("later", [False, True])
def test_an_emptied_box_stays_empty_when_its_session_is_removed(
    ctx: AppContext,
    qtbot: QtBot,
    said_yes: list[str],
    monkeypatch: pytest.MonkeyPatch,
    later: bool,
) -> None:
    gone = ctx.store.add(Session(day="2026-12-10", time="18:00", talk_about="Work stress"))
    if later:
        ctx.store.add(Session(day="2026-12-17", time="18:00"))
    window = shown_checkin(ctx, qtbot, monkeypatch, TODAY)
    rewrite(window, qtbot, "")
    remove(my_sessions(ctx, qtbot, local(2026, 12, 6, 16, 0)), gone)
    assert window.talk.toPlainText() == ""
    assert window.draft() is None
