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

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from footholds.ui.common.never_raises import never_raises

# told by name: importing a Qt class the idle app has no use for costs its start
TYPING = ("QLineEdit", "QPlainTextEdit", "QTextEdit", "QAbstractSpinBox")


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
    """Watches the one text box that has the keyboard, and eats a stray Alt+letter before it
    types it. Only the focused box is watched: a filter on the whole application would see
    every event of every window, and make a Python type of each thing it saw."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.watched: QWidget | None = None
        app.focusChanged.connect(self._on_focus_changed)

    def _on_focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if self.watched is not None and shiboken6.isValid(self.watched):
            self.watched.removeEventFilter(self)
        self.watched = None
        if new is not None and (any(new.inherits(kind) for kind in TYPING) or _typed_list(new)):
            new.installEventFilter(self)
            self.watched = new

    @never_raises
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        return is_stray_alt_letter(event)


def _typed_list(widget: QWidget) -> bool:
    """An editable list (the journal's parts, Today's routine ideas): the list itself has
    the keyboard, its line field only types for it."""
    editable = getattr(widget, "isEditable", None)
    return widget.inherits("QComboBox") and callable(editable) and bool(editable())


def install(app: QApplication) -> None:
    """Once per application."""
    if app.findChild(AltKeysTypeNothing) is None:
        AltKeysTypeNothing(app)
