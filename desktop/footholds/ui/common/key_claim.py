"""One key claimed for a little while, in whichever of our windows has the keyboard.

Something that shows without taking the focus (the reminder card) cannot hear a key pressed
for it: the key goes to the window the person is working in. While it holds a claim, that
key pressed in any of the app's windows goes to it instead, before the window (or a shortcut
in it) can act on it. The claim lives on the application only while held; keys pressed in
other applications never reach us, so they are never touched.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from footholds.ui.common.never_raises import never_raises


class KeyClaim(QObject):
    """While held and `wanted(widget)` says so, `key` pressed in `widget` calls `take()` and
    goes no further. Plain presses only: with Ctrl, Alt or Shift it stays the window's."""

    def __init__(
        self,
        owner: QObject,
        key: Qt.Key,
        wanted: Callable[[QWidget], bool],
        take: Callable[[], None],
    ) -> None:
        super().__init__(owner)
        self.key = key
        self.wanted = wanted
        self.take = take
        self.held = False
        # the key that was taken is still held down: its repeats are the claim's too, or a
        # long press would put the card away and then close the window behind it
        self.down = False

    def hold(self) -> None:
        self.held = True
        self._listen(True)

    def release(self) -> None:
        self.held = False
        if not self.down:
            self._listen(False)

    def _listen(self, on: bool) -> None:
        app = QApplication.instance()
        if app is None:
            return
        if on:
            app.installEventFilter(self)  # installing twice keeps one
        else:
            app.removeEventFilter(self)

    def _claims(self, watched: QObject, event: QKeyEvent) -> bool:
        plain = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        return (
            self.held
            and event.key() == self.key
            and plain == Qt.KeyboardModifier.NoModifier
            and isinstance(watched, QWidget)
            # an open menu or list takes Esc to close itself: that is what it was aimed at
            and QApplication.activePopupWidget() is None
            and self.wanted(watched)
        )

    def _let_go(self) -> None:
        self.down = False
        if not self.held:
            self._listen(False)

    @never_raises
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        keys = (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress, QEvent.Type.KeyRelease)
        if kind not in keys or not isinstance(event, QKeyEvent) or event.key() != self.key:
            return False
        if self.down:
            if event.isAutoRepeat():
                event.accept()
                return True  # the taken key, still held: nobody else acts on it
            if kind == QEvent.Type.KeyRelease:
                self._let_go()
                return True
            self._let_go()  # its release went elsewhere: this is a new press
        if kind == QEvent.Type.KeyRelease or not self._claims(watched, event):
            return False
        if kind == QEvent.Type.ShortcutOverride:
            # accepted: no shortcut acts on the key, and it comes as a key press, taken below
            event.accept()
            return True
        self.down = True
        self.take()
        return True
