"""The line under words brought back ("These are the words you were writing when Footholds
closed...") shows in a window grown for it, and when the words are added or emptied it goes
with its room: the window keeps its size and what is below closes up, as in a form that
never had the line, with no gap left in the middle (the check-in kept a blank band under its
box). My sessions and Your own numbers."""

from __future__ import annotations

from datetime import date, timedelta
from typing import cast

from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from settling import settle

from footholds.app.build import AppContext
from footholds.core.store import Session
from footholds.ui.help.help_now import HelpNowWindow
from footholds.ui.reflect.sessions_editor import SessionsEditor


def top(widget: QWidget, window: QWidget) -> int:
    QApplication.processEvents()
    return widget.mapTo(window, widget.rect().topLeft()).y()


def test_my_sessions_list_stays_put_when_the_kept_line_goes(ctx: AppContext, qtbot: QtBot) -> None:
    soon = (date.today() + timedelta(days=3)).isoformat()
    ctx.store.add(Session(day=soon, time="17:30", minutes=50, therapist="Dr Lee"))
    editor = SessionsEditor(ctx)
    qtbot.addWidget(editor)
    editor.resize(520, 480)
    editor.bring_back({"therapist": "Dr Okafor"})
    editor.show()
    qtbot.waitExposed(editor)
    settle(qtbot, editor)
    assert editor.kept.isVisible() and "not saved yet" in editor.kept.text()
    (row,) = editor.rows
    size = editor.size()
    editor.therapist.clear()  # the words gone: the line goes
    settle(qtbot, editor)
    assert not editor.kept.isVisible()
    assert editor.size() == size
    # the list where it is in the same form that never had the line: no gap above it
    fresh = SessionsEditor(ctx)
    qtbot.addWidget(fresh)
    fresh.resize(size)
    fresh.show()
    qtbot.waitExposed(fresh)
    settle(qtbot, fresh)
    assert top(row, editor) == top(fresh.rows[0], fresh)


def test_your_own_numbers_keep_the_plan_in_place_when_the_kept_line_goes(
    ctx: AppContext, qtbot: QtBot
) -> None:
    window = cast(HelpNowWindow, ctx.windows.show("help-now"))
    qtbot.waitExposed(window)
    settle(qtbot, window)
    before = top(window.plan, window)  # where it is with no line
    place = window.geometry()
    window.own.bring_back({"name": "Sam", "number": "07700 900123"})
    settle(qtbot, window)
    own = window.own
    assert own.kept.isVisible() and "not saved yet" in own.kept.text()
    grown = window.geometry()
    assert grown.topLeft() == place.topLeft() and grown.height() >= place.height()
    own.name.clear()
    own.number.clear()
    settle(qtbot, window)
    assert not own.kept.isVisible()
    assert window.geometry() == grown  # the window keeps its size
    assert top(window.plan, window) <= before + (grown.height() - place.height())
