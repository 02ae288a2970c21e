"""Tab in the order a window is seen: its layouts read top to bottom, left to right."""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QLayout, QScrollArea, QWidget

from footholds.ui.common.never_raises import never_raises


def reading_order(root: QWidget) -> list[QWidget]:
    """Every control under `root` that Tab can stop at, in the order its layouts place them:
    top to bottom, and left to right within a row (hidden ones too; Tab passes over them).

    A control is a leaf (a text box's own parts are its own business); a scroll area is read
    through to its page, a stack through every page, in order, a splitter pane by pane (a
    list beside the page it opens), and a tab widget as its tabs then its pages (it takes
    Tab itself only to hand it to its tabs)."""
    # here, not at import: the idle app (the quick log) has none of these kinds
    from PySide6.QtWidgets import QSplitter, QStackedWidget, QTabWidget

    found: list[QWidget] = []

    def widget(w: QWidget | None) -> None:
        if w is None:
            return
        if isinstance(w, QTabWidget):
            widget(w.tabBar())
            for at in range(w.count()):
                widget(w.widget(at))
            return
        if w.focusPolicy() & Qt.FocusPolicy.TabFocus and not isinstance(w, QScrollArea):
            found.append(w)
            return
        if isinstance(w, QScrollArea):
            widget(w.widget())
        elif isinstance(w, QStackedWidget | QSplitter):
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
    controls = root.controls_in_order() if isinstance(root, ReadingOrderWindow) else None
    for before, after in pairwise(controls or reading_order(root)):
        QWidget.setTabOrder(before, after)


class ReadingOrderWindow(QWidget):
    """A window whose Tab follows what is seen, top to bottom and left to right in a row,
    even after a part is rebuilt or shown: Qt's own order is the order widgets were made in,
    which put the help link at a page's foot first (it is made before the page is filled),
    a row added later after the footer, and the Copy buttons of Reach out after the fields
    below them. `open_on_first()` when it opens puts the focus on its first control."""

    def controls_in_order(self) -> list[QWidget]:
        """The window's controls as Tab goes through them: as its layouts read, unless it
        says otherwise (the thought log's row under its list, read with the help link
        beside it)."""
        return reading_order(self)

    def focusNextPrevChild(self, next: bool) -> bool:
        tab_in_reading_order(self)
        if _wrap_round(self, next):
            return True
        return super().focusNextPrevChild(next)


def _wrap_round(window: ReadingOrderWindow, forward: bool) -> bool:
    """From the last control Tab goes to the first, and Shift+Tab from the first to the last,
    here rather than by Qt's chain: round the end of it Qt passed over a tab bar (its tab
    widget hands the focus to it, and Qt skipped both), so Settings went from the help link
    at the foot to the page's first box, and its tabs were reached by Shift+Tab alone."""
    usable = [c for c in window.controls_in_order() if c.isVisibleTo(window) and c.isEnabled()]
    focus = window.focusWidget()
    if len(usable) < 2 or focus is None:
        return False
    end, other_end = (usable[-1], usable[0]) if forward else (usable[0], usable[-1])
    if focus is not end and not end.isAncestorOf(focus):
        return False
    other_end.setFocus(
        Qt.FocusReason.TabFocusReason if forward else Qt.FocusReason.BacktabFocusReason
    )
    return True


def first_control(root: QWidget) -> QWidget | None:
    """The first control under `root`, as it reads, that shows and can be used now."""
    window = root.window()
    ordered = root.controls_in_order() if isinstance(root, ReadingOrderWindow) else None
    for control in ordered or reading_order(root):
        if control.isVisibleTo(window) and control.isEnabled():
            return control
    return None


def open_on_first(window: QWidget) -> None:
    """As `window` opens: Tab in reading order, and the keyboard on the control it had (one
    it chose, or where the person left it) or else on its first, with its ring showing.
    Left to Qt, a window opened with the focus on whatever was made first, and showed no
    ring: Today, Reach out and Settings on a scrolling page that showed nothing, or on the
    help link at the foot."""
    tab_in_reading_order(window)
    had = window.focusWidget()
    if had is not None and had.isVisibleTo(window) and had.isEnabled():
        target: QWidget | None = had
    else:
        target = first_control(window)
    if target is not None:
        focus_with_ring(target)


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


def focus_with_ring(target: QWidget) -> None:
    """Put the keyboard on `target` as if Tab had brought it there, with its focus ring
    showing where Enter or Space acts: a window opening on its first button (Get help now).
    Qt shows rings only after a key moved the focus, and the window manager's activation,
    coming after the window is shown, hides them again: so the ring is shown now if the
    window is already active, else once it becomes so."""
    target.setFocus(Qt.FocusReason.TabFocusReason)
    window = target.window()
    for waiting in window.findChildren(_RingOnActivation):
        window.removeEventFilter(waiting)  # asked again before it was active: this one wins
        waiting.deleteLater()
    if window.isActiveWindow():
        _show_ring(target)
    else:
        _RingOnActivation(target)


def _show_ring(target: QWidget) -> None:
    if target.hasFocus():
        target.window().setAttribute(Qt.WidgetAttribute.WA_KeyboardFocusChange, True)
        target.update()


class _RingOnActivation(QObject):
    """Shows its parent's ring once, when the parent's window is next activated, if the
    parent still has the focus then (a click in between moved it: no ring).

    It keeps no reference of its own to the widgets: it goes with its parent, and the last
    reference to a window dropped as this went would take the window down mid-deletion."""

    def __init__(self, target: QWidget) -> None:
        super().__init__(target)
        target.window().installEventFilter(self)

    @never_raises
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.ActivationChange:
            return False
        target = self.parent()
        window = target.window() if isinstance(target, QWidget) else None
        if window is not None and watched is window and window.isActiveWindow():
            window.removeEventFilter(self)
            # after Qt's own handling of the activation, which hides the ring again
            QTimer.singleShot(0, self, self._show)
        return False

    def _show(self) -> None:
        target = self.parent()
        if isinstance(target, QWidget):
            _show_ring(target)
        self.deleteLater()
