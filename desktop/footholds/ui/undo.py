"""Removing things gently: ask once, then offer to put it back for a few seconds."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QMessageBox, QPushButton, QWidget

UNDO_SECONDS = 8


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


class UndoBar(QFrame):
    """A quiet strip at the bottom of a window: "Removed. [Undo]", gone after a few seconds.

    Ctrl+Z in the window undoes too (text fields keep their own Ctrl+Z while they have focus).
    """

    def __init__(self, parent: QWidget, seconds: int = UNDO_SECONDS) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(self.tr("Undo"))
        self.seconds = seconds
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.button = QPushButton(self.tr("Undo"))
        self.button.setAccessibleName(self.tr("Undo the removal"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 6, 8, 6)
        layout.addWidget(self.message, 1)
        layout.addWidget(self.button)
        self._undo: Callable[[], None] | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Undo), parent)
        self._shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        self.hide()
        self.button.clicked.connect(self.undo)
        self._shortcut.activated.connect(self.undo)
        self._timer.timeout.connect(self.dismiss)

    def offer(self, message: str, undo: Callable[[], None]) -> None:
        """Show `message` with an Undo button; a newer offer replaces an older one."""
        self._undo = undo
        self.message.setText(message)
        self.button.setAccessibleDescription(message)
        self.show()
        self._timer.start(self.seconds * 1000)

    def pending(self) -> bool:
        return self._undo is not None

    def undo(self) -> None:
        """Put back what was removed, if the offer still stands."""
        action, self._undo = self._undo, None
        self.dismiss()
        if action is not None:
            action()

    def dismiss(self) -> None:
        self._undo = None
        self._timer.stop()
        self.hide()
