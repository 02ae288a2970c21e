"""Tough day grows to fit the step chosen, into the screen below it (ui/common/page_fit.py),
each time its page is laid out anew.

Opened as tall as its words (the choices), the window was 10 to 20 pixels short for a step
once chosen: a scroll bar came, "More that can help" was partly hidden, though the screen had
room below, and "Another" in the breath step left the page scrolled with its heading cut off.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
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
