"""Tough day grows to fit the step chosen, into the screen below it (ui/common/page_fit.py),
each time its page is laid out anew.

Opened as tall as its words (the choices), the window was 10 to 20 pixels short for a step
once chosen: a scroll bar came, "More that can help" was partly hidden, though the screen had
room below, and "Another" in the breath step left the page scrolled with its heading cut off.
The height grown for a step is given back as the step closes (LentHeight): after Esc the
window stayed 14 to 20 px taller, an empty band under "More that can help".
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtWidgets import QWidget


class StepPage(QWidget):
    """Tough day's page, saying each time it is laid out anew for what it holds (a step
    chosen, another breath, a small thing ticked); not for the window's size, so the
    person's own resizing never sets off a fit."""

    laid_out = Signal()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest:
            self.laid_out.emit()
        return super().event(event)


class LentHeight:
    """The height a window grew by for a step, given back as the step closes: the height it
    had before the step opened, unless the person resized it meanwhile (then their size
    stays)."""

    # it holds no reference to its window, which holds it: a cycle through a window left
    # the window to the garbage collector, whose collect after a close (give_back) then
    # deleted it part-way through Qt's own work and crashed the app
    def __init__(self) -> None:
        self._before = 0  # the height before the first growth
        self._asked: QSize | None = None  # the size the last growth asked for

    def grew(self, before: QSize, height: int) -> None:
        """The window, `before` in size, was grown to `height` for the step open."""
        if self._asked is None or before != self._asked:  # a first growth, or resized since
            self._before = before.height()
        self._asked = QSize(before.width(), height)

    def give_back(self, window: QWidget) -> None:
        """The step closed: `window` back to the height before it, if it is as it was grown."""
        asked, self._asked = self._asked, None
        whole = Qt.WindowState.WindowMaximized | Qt.WindowState.WindowFullScreen
        if asked is None or window.size() != asked or window.windowState() & whole:
            return
        window.resize(asked.width(), self._before)
