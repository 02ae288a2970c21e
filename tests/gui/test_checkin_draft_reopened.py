"""The check-in's "What I want to talk about", kept as the window's draft: a "Session on"
day other than the session's was chosen, so closing did not save the words with the
session but kept the whole box (saved words and typing) as the draft. Reopening added that
draft under the session's saved words, so the paragraphs already saved showed twice."""

from __future__ import annotations

from datetime import date
from typing import cast

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QTextCursor
from pytestqt.qtbot import QtBot

from checkin_clock import checkin_on
from footholds.app import quitting
from footholds.app.build import AppContext
from footholds.core.store import Session
from footholds.ui.reflect.checkin import CheckinWindow
from support import present

TODAY = date(2026, 12, 6)  # a Sunday


def opened(ctx: AppContext, qtbot: QtBot) -> CheckinWindow:
    window = cast(CheckinWindow, ctx.windows.show("check-in"))
    qtbot.addWidget(window)
    qtbot.waitExposed(window)
    return window


def add_sleep_and_choose_another_day(window: CheckinWindow, qtbot: QtBot) -> None:
    window.talk.setFocus()
    window.talk.moveCursor(QTextCursor.MoveOperation.End)
    for _ in range(2):
        qtbot.keyClick(window.talk, Qt.Key.Key_Return)
    qtbot.keyClicks(window.talk, "Sleep")
    window.session_day.setDate(QDate(2026, 12, 11))


def next_start(ctx: AppContext) -> None:
    """Footholds quit and started again: the window built afresh, taking its draft."""
    assert quitting.keep_drafts(ctx)
    ctx.windows.forget("check-in")
    ctx.windows.drafts = {}
    quitting.bring_back_drafts(ctx)


@pytest.mark.parametrize("restart", [False, True], ids=["reopened", "after-a-quit"])
def test_a_kept_draft_comes_back_as_the_person_left_it(
    ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, restart: bool
) -> None:
    checkin_on(monkeypatch, TODAY)
    session = ctx.store.add(Session(day="2026-12-10", time="18:00", talk_about="Work stress"))
    window = opened(ctx, qtbot)
    assert window.talk.toPlainText() == "Work stress"
    add_sleep_and_choose_another_day(window, qtbot)
    window.close()  # another day than the session's: kept as the draft, not saved
    assert present(ctx.store.get(Session, session.id)).talk_about == "Work stress"
    assert present(window.draft())["talk"] == "Work stress\n\nSleep"
    if restart:
        next_start(ctx)
    again = opened(ctx, qtbot)
    assert again.talk.toPlainText() == "Work stress\n\nSleep"
    assert again.note.unsaved()  # still not saved: kept again at the next close
    assert again.session_day.date() == QDate(2026, 12, 10)  # the session's day again
    again.save_session.click()
    saved = present(ctx.store.get(Session, session.id))
    assert saved.talk_about == "Work stress\n\nSleep"


@pytest.mark.parametrize("restart", [False, True], ids=["reopened", "after-a-quit"])
def test_a_saved_paragraph_rewritten_in_the_draft_is_not_brought_back(
    ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, restart: bool
) -> None:
    checkin_on(monkeypatch, TODAY)
    ctx.store.add(Session(day="2026-12-10", time="18:00", talk_about="Work stress\n\nMoney"))
    window = opened(ctx, qtbot)
    window.talk.setFocus()
    window.talk.moveCursor(QTextCursor.MoveOperation.Start)
    window.talk.moveCursor(QTextCursor.MoveOperation.EndOfBlock)
    qtbot.keyClicks(window.talk, ", mostly Mondays")
    add_sleep_and_choose_another_day(window, qtbot)
    window.close()
    if restart:
        next_start(ctx)
    again = opened(ctx, qtbot)
    assert again.talk.toPlainText() == "Work stress, mostly Mondays\n\nMoney\n\nSleep"
