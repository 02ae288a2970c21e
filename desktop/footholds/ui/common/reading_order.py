"""Tab in the order a window is seen: its layouts read top to bottom, left to right."""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLayout, QScrollArea, QStackedWidget, QWidget


def reading_order(root: QWidget) -> list[QWidget]:
    """Every control under `root` that Tab can stop at, in the order its layouts place them:
    top to bottom, and left to right within a row (hidden ones too; Tab passes over them).

    A control is a leaf (a text box's own parts are its own business); a scroll area is read
    through to its page, and a stack through every page, in order."""
    found: list[QWidget] = []

    def widget(w: QWidget | None) -> None:
        if w is None:
            return
        if w.focusPolicy() & Qt.FocusPolicy.TabFocus and not isinstance(w, QScrollArea):
            found.append(w)
            return
        if isinstance(w, QScrollArea):
            widget(w.widget())
        elif isinstance(w, QStackedWidget):
            for at in range(w.count()):
                widget(w.widget(at))
        else:
            layout(w.layout())

    def layout(lay: QLayout | None) -> None:
        if lay is None:
            return
        for at in range(lay.count()):
            item = lay.itemAt(at)
            if item is not None:
                widget(item.widget())
                layout(item.layout())

    widget(root)
    return found


def tab_in_reading_order(root: QWidget) -> None:
    """Make Tab follow what is seen under `root`, top to bottom. Qt's own order is the order
    widgets were made in, and a part rebuilt later (a new country's lines) goes to the end of
    it, so a window calls this again whenever Tab is pressed (CalmWindow.reading_order)."""
    controls = reading_order(root)
    for before, after in pairwise(controls):
        QWidget.setTabOrder(before, after)


def keep_focus_among(root: QWidget, *in_order: QWidget) -> None:
    """After controls under `root` were hidden or greyed out, hand the window's focus, if it
    was on one of them, to the first of `in_order` that can take it (a switched-off "Turn
    off" to its "Turn on"). Left to Qt, the focus goes on down the window's chain to whatever
    comes next, which can be a far-off button such as a page's "Reset to defaults". Works
    while a dialog over the window is active: the window gets the focus back there."""
    window = root.window()
    had = window.focusWidget()
    if had is None or not root.isAncestorOf(had):
        return
    if had.isVisibleTo(window) and had.isEnabled():
        return
    for control in in_order:
        if control.isVisibleTo(window) and control.isEnabled():
            control.setFocus(Qt.FocusReason.OtherFocusReason)
            return
