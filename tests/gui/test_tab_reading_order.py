"""Tab walks Today and the Affirmation top to bottom, left to right within a row, as they are
seen: "Change my three" (at the top) and "Favourite" (on the first row) came after Get help
now."""

from __future__ import annotations

from itertools import pairwise
from typing import cast

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from footholds.app.build import AppContext
from footholds.core.store import Goal, RoutineItem
from footholds.ui.today.today import TodayWindow


def _place(widget: QWidget) -> QRect:
    return QRect(widget.mapToGlobal(QPoint(0, 0)), widget.size())


def _tab_walk(window: QWidget, qtbot: QtBot, *, from_top: bool = False) -> list[QWidget]:
    """The controls Tab reaches once round, from where the keyboard is (the control the
    window opened on), or `from_top`: from the topmost, wherever the keyboard started."""
    seen: list[QWidget] = []
    for _ in range(80):
        focus = QApplication.focusWidget()
        assert focus is not None
        if focus in seen:
            break
        seen.append(focus)
        qtbot.keyClick(focus, Qt.Key.Key_Tab)
    if not from_top:
        return seen
    first = min(seen, key=lambda w: (_place(w).top(), _place(w).left()))
    at = seen.index(first)
    return seen[at:] + seen[:at]


def _out_of_order(walk: list[QWidget]) -> list[str]:
    """Each step that goes up a row, or left within a row."""
    wrong = []
    for before, after in pairwise(walk):
        a, b = _place(before), _place(after)
        same_row = b.top() < a.bottom() and a.top() < b.bottom()
        if (same_row and b.left() < a.left()) or (not same_row and b.top() < a.top()):
            wrong.append(f"{before.accessibleName()!r} -> {after.accessibleName()!r}")
    return wrong


def _shown(ctx: AppContext, name: str, qtbot: QtBot) -> QWidget:
    window = ctx.windows.show(name)
    qtbot.waitExposed(window)
    qtbot.waitUntil(window.isActiveWindow)
    return window


@pytest.mark.parametrize("three", [1, 3])
@pytest.mark.parametrize("goal", [False, True])
def test_today_tabs_top_to_bottom(ctx: AppContext, qtbot: QtBot, three: int, goal: bool) -> None:
    for at, text in enumerate(("Drink water", "Step outside", "Wash face")[:three]):
        ctx.store.add(RoutineItem(text=text, position=at))
    if goal:
        ctx.store.add(Goal(title="Answer one email", steps=[{"text": "Open it"}]))
    window = _shown(ctx, "today", qtbot)
    walk = _tab_walk(window, qtbot)
    names = [w.accessibleName() for w in walk]
    assert "Change my three" in names and "Open Get help now" in names, names
    assert _out_of_order(walk) == []


def test_today_tabs_top_to_bottom_after_adding_one_by_keys(ctx: AppContext, qtbot: QtBot) -> None:
    window = cast(TodayWindow, _shown(ctx, "today", qtbot))
    box = window.routine.suggestions
    box.setFocus()
    qtbot.keyClicks(box, "Drink water")
    qtbot.keyClick(box, Qt.Key.Key_Return)
    assert window.routine.change.isVisible()
    assert _out_of_order(_tab_walk(window, qtbot, from_top=True)) == []


def test_the_affirmation_tabs_top_to_bottom(ctx: AppContext, qtbot: QtBot) -> None:
    window = _shown(ctx, "affirmation", qtbot)
    walk = _tab_walk(window, qtbot)
    names = [w.accessibleName() for w in walk]
    assert "Mark as a favourite" in names
    assert _out_of_order(walk) == []
