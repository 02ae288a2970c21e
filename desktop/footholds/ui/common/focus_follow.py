"""Following the keyboard's focus on a scrolling page: each control Tab (or a shortcut)
moves to is brought into view whole, and the line being typed in a text box stays in view.

Kept apart from scrolling.py, which builds the page; this watches the focus once it is built.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QObject, QPoint, Qt, QTimer
from PySide6.QtWidgets import QApplication, QPlainTextEdit, QScrollArea, QWidget
from shiboken6 import isValid

from footholds.ui.common import tokens

if TYPE_CHECKING:
    # a type only: its Python class is made the first time a window with rich text needs
    # it, not by the quick log's page at start (tests/unit/test_lean_start.py)
    from PySide6.QtWidgets import QTextEdit


def follow_keyboard_focus(area: QScrollArea) -> None:
    """Scroll `area` to show each control on its page that the keyboard moves the focus to.
    Qt does so only for a Tab pressed inside the area: a Tab from the help link under a page
    wrapped round to the page's first field and left the page scrolled to its foot, and what
    was typed went into a field out of sight (the safety plan). A click, or the window
    coming back to the front, moves nothing: only Tab, Shift+Tab and a shortcut do."""
    _FollowFocus(area)


class _FollowFocus(QObject):
    """Shows the whole control the keyboard brought the focus to, and the text cursor's line
    while typing in a box on the page. Qt's ensureWidgetVisible shows only the cursor's line
    of a text box: tabbed into near the foot of the page (the safety plan's steps, the quick
    log's "What I tried"), the box stayed half cut off and what was typed on its next lines
    went out of sight."""

    def __init__(self, area: QScrollArea) -> None:
        super().__init__(area)  # goes with the area
        self.area = area
        self.box: QPlainTextEdit | QTextEdit | None = None  # the text box typed in, followed
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._moved)

    def _moved(self, _old: QWidget | None, now: QWidget | None) -> None:
        if not isValid(self.area):
            return
        self._follow_cursor(None)
        if now is None or not isValid(now):
            return
        page = self.area.widget()
        if page is None or not page.isAncestorOf(now):
            return
        if now.inherits("QPlainTextEdit") or now.inherits("QTextEdit"):
            self._follow_cursor(cast("QPlainTextEdit | QTextEdit", now))
        # set for the focus moves a key made (Tab, Shift+Tab, a shortcut), cleared by others
        if now.window().testAttribute(Qt.WidgetAttribute.WA_KeyboardFocusChange):
            self._show_whole(now)
            # again after Qt's own scroll on a Tab inside the area (to the cursor's line)
            QTimer.singleShot(0, now, lambda: self._show_whole(now))

    def _show_whole(self, widget: QWidget) -> None:
        """All of `widget` with some room round it, moving the page as little as that
        takes; its top when it is taller than the view."""
        if not isValid(self.area) or not isValid(widget):
            return
        page = self.area.widget()
        if page is None or not page.isAncestorOf(widget):
            return
        view = self.area.viewport().height()
        top = widget.mapTo(page, QPoint(0, 0)).y()
        height = widget.height()
        room = min(tokens.M, max(0, (view - height) // 2))
        bar = self.area.verticalScrollBar()
        low, high = top + height + room - view, top - room
        keep = getattr(self.area, "keep_seen", None)
        if keep is not None and isValid(keep) and keep is not widget and keep.isVisible():
            # the page's first field stays when the control fits under it: the room round
            # the control goes first (Tab to the quick log's More scrolled its note out of
            # sight, for 18 px of air below More); else the page moves no more than needed
            kept = keep.mapTo(page, QPoint(0, 0)).y()
            if kept < top:
                whole = top + height - view
                low = min(low, max(whole, kept))
                high = min(high, max(low, kept))
        bar.setValue(top if low > high else min(max(bar.value(), low), high))

    def _follow_cursor(self, box: QPlainTextEdit | QTextEdit | None) -> None:
        if self.box is not None and isValid(self.box):
            self.box.cursorPositionChanged.disconnect(self._show_cursor)
        self.box = box
        if box is not None:
            box.cursorPositionChanged.connect(self._show_cursor)

    def _show_cursor(self) -> None:
        """The text cursor's line in view as it moves: a line typed below the view shows."""
        box, page = self.box, self.area.widget()
        if box is None or page is None or not isValid(box) or not isValid(self.area):
            return
        if not box.isVisible():
            return
        line = box.cursorRect()
        # within the box: the box scrolls its own lines to the cursor, after this signal
        # (a long paste ends far below its last line, and the whole page was scrolled there)
        inside = box.viewport().height() - line.height()
        line.moveTop(max(0, min(line.top(), inside)))
        at = box.viewport().mapTo(page, line.topLeft())
        half = line.height() // 2
        self.area.ensureVisible(at.x(), at.y() + half, 0, half + tokens.XS)
