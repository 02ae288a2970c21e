"""Ctrl+Enter presses a window's one action where its boxes keep Enter for a new line.

In a box of several lines Enter is a new line, so a window made of such boxes (After your
session) could be saved from the keyboard only by Tab, Tab, Enter. Ctrl+Enter presses the
window's action instead: After your session's Keep, the thought log's Next (Save on its last
page), the proof list's Save while its editor is open. Made here only, once per window: two
shortcuts on the same keys in one window make Qt fire neither.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractButton, QWidget

KEYS = ("Ctrl+Return", "Ctrl+Enter")  # the main Enter and the keypad's


class CtrlEnter(QObject):
    """Ctrl+Enter anywhere in `window` presses the first of `choices` that shows and can be
    pressed (Keep, or Keep in my journal in its place); with none, nothing. Owned by the
    window; it holds the buttons, never the window."""

    def __init__(self, window: QWidget, *choices: QAbstractButton) -> None:
        super().__init__(window)
        self.choices = choices
        for keys in KEYS:
            shortcut = QShortcut(QKeySequence(keys), window)
            shortcut.activated.connect(self._on_activated)

    def _on_activated(self) -> None:
        for button in self.choices:
            if button.isVisible() and button.isEnabled():
                button.click()
                return
