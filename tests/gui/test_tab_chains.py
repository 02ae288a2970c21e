"""Tab goes down every window as it reads, top to bottom and left to right in a row, and
stops once at each control the person can see and use: no hidden stop (a scrolling page
taking the focus, showing nothing), no footer first, nothing above reached after what is
below it. The window opens with the focus on its first control."""

from __future__ import annotations

from itertools import pairwise
from typing import cast

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QApplication,
    QDateTimeEdit,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot
from settling import settle

from footholds.app.build import AppContext
from footholds.core.store import RoutineItem, ThoughtLog
from footholds.ui.reflect.thought_log import ThoughtLogWindow
from footholds.ui.shell import registry

TALL = 4000  # every page shows whole: nothing scrolls while positions are compared


def _place(widget: QWidget, window: QWidget) -> QRect:
    return QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())


def _is_control(widget: QWidget, window: QWidget) -> bool:
    """Something Tab should stop at: takes Tab focus, shows and can be used, and is no part
    of another control (a spin box's own text field)."""
    if not widget.focusPolicy() & Qt.FocusPolicy.TabFocus or widget.focusProxy() is not None:
        return False
    if not (widget.isVisibleTo(window) and widget.isEnabled()):
        return False
    if isinstance(widget, QScrollArea | QTabWidget):
        return False
    above = widget.parentWidget()
    while above is not None and above is not window:
        if isinstance(above, QAbstractScrollArea) and not isinstance(above, QScrollArea):
            return False  # a list's or text box's own parts
        if (
            above.focusPolicy() & Qt.FocusPolicy.TabFocus
            and above.focusProxy() is None
            and not isinstance(above, QScrollArea | QTabWidget)
        ):
            return False
        above = above.parentWidget()
    return widget.window() is window


def _controls(window: QWidget) -> list[QWidget]:
    return [w for w in window.findChildren(QWidget) if _is_control(w, window)]


def _chain(window: QWidget, qtbot: QtBot) -> tuple[QWidget | None, list[QWidget]]:
    """Where the focus is when the window opens, then every stop Tab reaches, once round.
    The round must come back to where it began: Settings opened on its tabs, and Tab from
    the help link at the foot went round to the page's first box, past the tabs, which only
    Shift+Tab could reach after that."""
    start = QApplication.focusWidget()
    stops: list[QWidget] = []
    here = start
    for _ in range(200):
        before = here
        qtbot.keyClick(here or window, Qt.Key.Key_Tab)
        here = QApplication.focusWidget()
        if here is before and isinstance(here, QDateTimeEdit):
            continue  # Tab steps through its day, month and year first, as Qt's do
        if here is None or here is start or (stops and here is stops[0]):
            break
        stops.append(here)
    if start is not None:
        stops.insert(0, start)
        round_from = _name(stops[-1])
        assert here is start, ("Tab from", round_from, "went to", _name(here), "not", _name(start))
    return start, stops


def _name(widget: QWidget | None) -> str:
    if widget is None:
        return "None"
    words = ""
    for read in ("text", "placeholderText", "accessibleName"):
        words = getattr(widget, read)() if hasattr(widget, read) else ""
        if words:
            break
    words = words.replace("&", "")  # an Alt letter's mark is no word
    return f"{type(widget).__name__}({words[:30]!r})"


def _open(ctx: AppContext, qtbot: QtBot, name: str) -> QWidget:
    window = ctx.windows.show(name)
    qtbot.waitExposed(window)
    window.resize(max(window.width(), 700), TALL)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    settle(qtbot, window)
    return window


def _pane(widget: QWidget) -> tuple[QSplitter, int] | None:
    """The splitter `widget` is in, and which of its panes, left to right."""
    inner, above = widget, widget.parentWidget()
    while above is not None:
        if isinstance(above, QSplitter):
            return above, above.indexOf(inner)
        inner, above = above, above.parentWidget()
    return None


def _same_row(a: QRect, b: QRect) -> bool:
    return b.top() < a.bottom() and a.top() < b.bottom()


def _out_of_order(window: QWidget, stops: list[QWidget]) -> list[str]:
    """Each stop below the one before, or right of it in the same row, whatever pane it is
    in (the thought log's New thought, in the row of the help link, came after it); in a
    window split in panes side by side, going up only into a pane to the right (a list
    beside what it opens)."""
    wrong = []
    for before, after in pairwise(stops):
        a, b = _place(before, window), _place(after, window)
        pa, pb = _pane(before), _pane(after)
        if _same_row(a, b):
            if b.left() < a.left():
                wrong.append(f"{_name(after)} left of {_name(before)} in a row")
        elif b.top() < a.top():
            beside = pa is not None and pb is not None and pa[0] is pb[0]
            if not (beside and pb is not None and pa is not None and pb[1] > pa[1]):
                wrong.append(f"{_name(after)} at y {b.top()} after {_name(before)} at y {a.top()}")
    return wrong


# windows that open on another control than their first, each for its reason
OPENS_ON = {
    "first-run": "Got it: a welcome read, then closed",
    "affirmation": "Another: the words are the point, the next ones one key away",
    "tough-day": "the first of the next steps: a way through, one key away",
    "check-in": "what I want to talk about: the words for the session come first",
    "thought-log": "the thought: the page the window is for, beside the list of past ones",
    "session-notes": "with no session yet, Open My sessions: the one thing it can offer",
}


def _check(window: QWidget, qtbot: QtBot, name: str) -> None:
    start, stops = _chain(window, qtbot)
    chain = [_name(w) for w in stops]
    assert start is not None and start.window() is window, (name, chain)
    # and Shift+Tab goes the same round backwards
    qtbot.keyClick(start, Qt.Key.Key_Backtab)
    back = QApplication.focusWidget()
    assert back is stops[-1], (name, "Shift+Tab went to", _name(back), chain)
    back.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(back, Qt.Key.Key_Tab)
    # no stop that shows nothing: a scrolling page, a tab page's area
    hidden = [_name(w) for w in stops if isinstance(w, QScrollArea) or not _is_control(w, window)]
    assert not hidden, (name, hidden, chain)
    assert len(stops) == len(set(stops)), (name, "a stop reached twice", chain)
    missed = [_name(w) for w in _controls(window) if w not in stops]
    assert not missed, (name, "never reached", missed, chain)
    # round once it goes down the window and back up to the top once only, and it opens on
    # the top (its ring showing)
    wraps = [at for at in range(len(stops)) if _out_of_order(window, [stops[at - 1], stops[at]])]
    if len(stops) > 1:
        back_up = [_out_of_order(window, [stops[at - 1], stops[at]]) for at in wraps]
        assert len(wraps) == 1, (name, back_up, chain)
        # and from the foot back up to the top: never back along the row it ends on
        last, first = stops[wraps[0] - 1], stops[wraps[0]]
        in_rows = {_place(w, window).top() for w in stops}
        if len(in_rows) > 1:
            assert not _same_row(_place(last, window), _place(first, window)), (
                name,
                "goes back along its last row",
                chain,
            )
        if name not in OPENS_ON:
            assert wraps == [0], (name, "opens on", _name(start), "not the top", chain)
    if name not in OPENS_ON:
        assert window.testAttribute(Qt.WidgetAttribute.WA_KeyboardFocusChange), name


@pytest.mark.parametrize("name", registry.names())
def test_tab_goes_down_every_window_once_round(ctx: AppContext, qtbot: QtBot, name: str) -> None:
    window = _open(ctx, qtbot, name)
    _check(window, qtbot, name)
    window.close()


def test_tab_goes_down_today_with_its_three(ctx: AppContext, qtbot: QtBot) -> None:
    """With one of the three set: its tick comes before the goals, "Change my three" before
    the help link at the foot."""
    ctx.store.add(RoutineItem(text="Drink water", position=0))
    window = _open(ctx, qtbot, "today")
    _check(window, qtbot, "today")
    window.close()


def test_tab_goes_down_the_thought_log_with_past_thoughts(ctx: AppContext, qtbot: QtBot) -> None:
    """The list of past thoughts first, beside the page; New thought and Remove, in the row
    of the help link, before it: the chain ends on Get help now and goes back up."""
    ctx.store.add(ThoughtLog(thought="Nobody wants me around", belief_before=90))
    window = cast(ThoughtLogWindow, _open(ctx, qtbot, "thought-log"))
    window.past.setCurrentRow(0)  # Remove is for the chosen one
    _check(window, qtbot, "thought-log")
    _start, stops = _chain(window, qtbot)
    names = [_name(w) for w in stops]
    new = names.index("Button('New thought')")
    assert names[new + 1 : new + 3] == ["Button('Remove')", "Button('Get help now')"], names
    window.close()
