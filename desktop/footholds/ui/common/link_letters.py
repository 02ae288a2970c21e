"""A link's Alt letter, seen. A link button is underlined whole (LOOK.md's link role), so the
line Qt draws under its Alt letter ("&Get help now") was lost in it. While Alt is held in
its window, every link there loses its own underline and shows only its letter's line, as
GNOME shows Alt letters while Alt is held; let go, or the window left, it is a link again.

Only the link's window is watched, for the Alt key passed up to it (no control of ours takes
Alt alone): no filter on the whole application."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QPushButton, QWidget

from footholds.ui.common.never_raises import never_raises

ALT_HELD = "alt_held"  # the property the style sheet reads: the link's underline off
LEAVING = (QEvent.Type.WindowDeactivate, QEvent.Type.Hide)


class AltHeld(QObject):
    """Watches one window for Alt pressed and let go."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)  # its window is its parent: no reference of its own to it,
        # which with the window's to it would make a cycle Python's collector frees in Qt
        self.held = False
        window.installEventFilter(self)

    @never_raises
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            if isinstance(event, QKeyEvent) and event.key() == Qt.Key.Key_Alt:
                self.hold(kind == QEvent.Type.KeyPress)
            elif (
                isinstance(event, QKeyEvent)
                and kind == QEvent.Type.KeyRelease
                and not event.modifiers() & Qt.KeyboardModifier.AltModifier
            ):
                # Alt let go after its letter, its own release gone to another window
                self.hold(False)
        elif kind in LEAVING:
            self.hold(False)
        return False

    def hold(self, held: bool) -> None:
        window = self.parent()
        if held != self.held and isinstance(window, QWidget):
            self.held = held
            show_letters(window, held)


def show_letters(window: QWidget, held: bool) -> None:
    """Every link in `window` that has an Alt letter with only that letter underlined
    (`held`), or whole; a link with none stays a link."""
    for button in window.findChildren(QPushButton):
        if button.property("role") != "link" or bool(button.property(ALT_HELD)) == held:
            continue
        if held and QKeySequence.mnemonic(button.text()).isEmpty():
            continue
        button.setProperty(ALT_HELD, held)
        button.style().unpolish(button)
        button.style().polish(button)
        button.update()


def watch(button: QPushButton) -> None:
    """Watch the window `button` (a link) shows in, once per window."""
    window = button.window()
    if window.findChild(AltHeld, options=Qt.FindChildOption.FindDirectChildrenOnly) is None:
        AltHeld(window)
