"""Every question, note, file chooser and print dialog waits modal to its own window only.

`QDialog.exec()` (and the `QFileDialog.get…` statics) are application-modal unless told
otherwise: while a "Remove?" waited over the proof list, the tray menu, Get help now, the
tough day and the safety plan took no click at all. Here a dialog blocks the window it was
asked from (and that window's own open dialog, when it has one), nothing else; with no
window it blocks nothing. The rest of the app stays live during the wait, so the window
it was asked from may be hidden (Lock now) or closed (a quit) meanwhile: the dialog then
closes with no answer, and nothing touches an object Qt has already deleted."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QWidget
from shiboken6 import isValid

from footholds.ui.common.never_raises import never_raises

if TYPE_CHECKING:
    # QDialog and the rest are imported when a dialog is first asked for: the prompter
    # is made at start, and most runs never ask anything (tests/unit/test_lean_start.py)
    from PySide6.QtWidgets import QDialog, QFileDialog

__all__ = ["open_file", "over", "run", "save_file"]


def over(parent: QWidget | None) -> QWidget | None:
    """The window a new dialog asked from `parent` belongs over: its window, or the dialog
    already waiting over that window (the newest), so a second question from the same
    window stands on the first rather than beside it, each blocking the one under it."""
    from PySide6.QtWidgets import QDialog

    if parent is None or not isValid(parent):
        return None
    top = parent.window()
    while True:
        waiting = [
            child
            for child in top.findChildren(
                QDialog, options=Qt.FindChildOption.FindDirectChildrenOnly
            )
            if child.isVisible() and child.isModal()
        ]
        if not waiting:
            return top
        top = waiting[-1]


class _Watch(QObject):
    """Closes `dialog` with no answer when the window it waits over is hidden by the app
    (Lock now) or closed (a quit); a minimised window (a spontaneous hide) keeps it."""

    def __init__(self, window: QWidget, dialog: QDialog) -> None:
        super().__init__(dialog)
        self.dialog = dialog
        self.gone = False
        window.installEventFilter(self)

    @never_raises
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        hidden = kind == QEvent.Type.Hide and not event.spontaneous()
        if (hidden or kind == QEvent.Type.Close) and isValid(self.dialog):
            self.gone = True
            self.dialog.setProperty("unanswered", True)  # read by the prompter
            self.dialog.reject()
        return False


def run(dialog: QDialog) -> bool:
    """Show `dialog` modal to its own window only and wait for it. False when it was not
    accepted, or its window went away meanwhile (the dialog may be deleted with it then:
    check `isValid` before reading it)."""
    from PySide6.QtWidgets import QDialog

    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    window = dialog.parentWidget()
    watch = _Watch(window, dialog) if window is not None else None
    try:
        code = dialog.exec()
    finally:
        if window is not None and isValid(window) and watch is not None and isValid(watch):
            window.removeEventFilter(watch)
    if not isValid(dialog) or (watch is not None and isValid(watch) and watch.gone):
        return False
    return code == QDialog.DialogCode.Accepted.value


def _file_dialog(parent: QWidget | None, caption: str, start: str, kinds: str) -> QFileDialog:
    from PySide6.QtWidgets import QFileDialog

    return QFileDialog(over(parent), caption, start, kinds)


def save_file(parent: QWidget | None, caption: str, start: str, kinds: str) -> tuple[str, str]:
    """Where to save, asked modal to `parent`'s window only (QFileDialog.getSaveFileName's
    answer: the path, "" on cancel, and the kind of file chosen)."""
    from PySide6.QtWidgets import QFileDialog

    dialog = _file_dialog(parent, caption, start, kinds)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    return _chosen(dialog)


def open_file(parent: QWidget | None, caption: str, start: str, kinds: str) -> tuple[str, str]:
    """A file to open, asked modal to `parent`'s window only (getOpenFileName's answer)."""
    from PySide6.QtWidgets import QFileDialog

    dialog = _file_dialog(parent, caption, start, kinds)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    return _chosen(dialog)


def _chosen(dialog: QFileDialog) -> tuple[str, str]:
    accepted = run(dialog)
    if not isValid(dialog):
        return "", ""
    try:
        files = dialog.selectedFiles() if accepted else []
        return (files[0] if files else ""), dialog.selectedNameFilter()
    finally:
        dialog.deleteLater()  # not kept under its window with the folder it showed
