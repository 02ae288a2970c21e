"""Removing things gently: ask once, then offer to put it back for a few seconds."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QMessageBox, QWidget

from footholds.ui.common import calm


def confirm(parent: QWidget | None, question: str, action: str) -> bool:
    """Ask once whether to remove something; `action` names the button ("Remove")."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("UndoBar", "Remove?"))
    box.setText(question)
    yes = box.addButton(action, QMessageBox.ButtonRole.DestructiveRole)
    keep = box.addButton(
        QCoreApplication.translate("UndoBar", "Keep it"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(yes)  # Undo is offered afterwards, so Enter may go ahead
    box.setEscapeButton(keep)
    box.exec()
    return box.clickedButton() is yes


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
