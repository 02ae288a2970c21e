"""Alt with a letter is for shortcuts, never for typing.

Qt hands a key press that no shortcut took (a greyed-out button's Alt+N, a letter no button
underlines) on to the focused widget as an ordinary key, and a text box types its letter:
Alt+N on the thought log's last step, where Next is greyed out, wrote "n" into the kinder
view. One filter on the application keeps every text box, line field and spin box of ours
from taking such a key. AltGr stays a typing key (Ctrl+Alt on Windows, its own modifier on
X11), and so does macOS's Option, which makes letters there.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
)

from footholds.ui.common.never_raises import never_raises

TYPING = (QLineEdit, QPlainTextEdit, QTextEdit, QAbstractSpinBox)


def is_stray_alt_letter(event: QKeyEvent) -> bool:
    """A key pressed with Alt (not AltGr) that would type a character."""
    if sys.platform == "darwin":
        return False
    held = event.modifiers()
    if not held & Qt.KeyboardModifier.AltModifier:
        return False
    if held & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.MetaModifier):
        return False
    text = event.text()
    return bool(text) and text[0].isprintable()


class AltKeysTypeNothing(QObject):
    """The application-wide filter: eats a stray Alt+letter before a text box types it."""

    @never_raises
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(watched, TYPING):
            return False
        return isinstance(event, QKeyEvent) and is_stray_alt_letter(event)


def install(app: QApplication) -> None:
    """Once per application; installing again keeps the one filter."""
    existing = app.findChild(AltKeysTypeNothing)
    app.installEventFilter(existing or AltKeysTypeNothing(app))
