"""A goal removed through its ⋯ menu and brought back with Ctrl+Z has the keyboard again: it
went to "Change my three" at the top of Today."""

from __future__ import annotations

from typing import cast

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from footholds.app.build import AppContext
from footholds.core import goals as g
from footholds.core.store import Goal, RoutineItem
from footholds.ui.today.today import TodayWindow


def test_undo_puts_the_keyboard_on_the_goal_brought_back(
    ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(ctx.prompter, "confirm", lambda *_args: True)
    ctx.store.add(RoutineItem(text="Drink water", position=0))
    for title in ("Tidy the desk", "Answer one email"):
        ctx.store.add(g.add_step(Goal(title=title), "Do it"))
    today = cast(TodayWindow, ctx.windows.show("today"))
    qtbot.waitUntil(today.isActiveWindow)
    [goal] = [x for x in ctx.store.all(Goal) if x.title == "Answer one email"]
    card = today.goals.cards[goal.id]
    card.menu_button.setFocus()
    card.remove_goal.trigger()  # "Remove goal" in its ⋯ menu, and Remove in the question
    assert goal.id not in today.goals.cards
    focus = QApplication.focusWidget()
    assert focus is not None
    qtbot.keyClick(focus, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    back = today.goals.cards[goal.id]
    assert today.focusWidget() is back.title
