"""The check-in's "What I want to talk about" box follows another session and comes back.
Typed "Money" under a session's "Sleep", a session added before it took the box to the new
one ("Money": "Sleep" went with the session it belonged to); removed again, the box came
back to the first session as "Money" alone, "Sleep" taken for words the person had deleted,
and closing the window saved the session over them: "Sleep" was lost. The box now forgets
the paragraphs the app moved it away from, so they come back with their session."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from checkin_support import my_sessions, remove, shown_checkin
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from pytestqt.qtbot import QtBot

from footholds.app.build import AppContext
from footholds.core.store import Session
from footholds.ui.reflect.checkin import CheckinWindow
from support import present

TODAY = date(2026, 12, 6)  # a Sunday


def is_for(window: CheckinWindow, session: Session) -> bool:
    return window.note.session is not None and window.note.session.id == session.id


def test_a_sessions_words_come_back_when_the_box_returns_to_it(
    ctx: AppContext, qtbot: QtBot, said_yes: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    first = ctx.store.add(Session(day="2026-12-14", time="17:00", talk_about="Sleep"))
    window = shown_checkin(ctx, qtbot, monkeypatch, TODAY)
    assert window.talk.toPlainText() == "Sleep"
    window.talk.setFocus()
    window.talk.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClick(window.talk, Qt.Key.Key_Return)
    qtbot.keyClick(window.talk, Qt.Key.Key_Return)
    qtbot.keyClicks(window.talk, "Money")
    assert window.talk.toPlainText() == "Sleep\n\nMoney"

    sooner = ctx.store.add(Session(day="2026-12-08", time="11:00"))
    qtbot.waitUntil(lambda: is_for(window, sooner), timeout=2000)
    assert window.talk.toPlainText() == "Money"  # "Sleep" stays with the session it is for
    assert present(window.draft()) == {"talk": "Money", "shown": []}  # not taken out by hand

    remove(my_sessions(ctx, qtbot, datetime(2026, 12, 6, 16, 0).astimezone()), sooner)
    qtbot.waitUntil(lambda: is_for(window, first), timeout=2000)
    assert window.talk.toPlainText() == "Sleep\n\nMoney"
    assert "Sleep" in present(window.draft())["talk"]
    window.close()
    assert present(ctx.store.get(Session, first.id)).talk_about == "Sleep\n\nMoney"
