"""Removing things gently: ask once (ctx.prompter.confirm), then offer to put it back for a
few seconds."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget

from footholds.ui.common import calm


class UndoBar(calm.UndoBar):
    """The shared "Removed. [Undo]" strip, with Ctrl+Z in the window undoing too (text
    fields keep their own Ctrl+Z while they have the focus)."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Undo"))
        self._shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Undo), parent)
        self._shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        self._shortcut.activated.connect(self.undo)

    def pending(self) -> bool:
        return self._undo is not None

    def undo(self) -> None:
        """Put back what was removed, if the offer still stands."""
        self._on_button_clicked()
