"""Unlock… said once it worked, quietly, as the tray says its other states: a short
notification through the notifier (a tray balloon where there is no notification service),
which takes no keyboard and goes by itself. A right passphrase used to close the prompt with
nothing else to see. A window that waited on the passphrase says it by opening, so the
lock tells only an unlock with nothing waiting (AppLock.opened)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject

from footholds import APP_ID

if TYPE_CHECKING:
    from PySide6.QtWidgets import QSystemTrayIcon

    from footholds.platform.notify import Notifier

SAID_MS = 4000  # long enough to read, then gone


class UnlockSaid(QObject):
    """Says "Unlocked." beside the tray; its notifier chosen on first use, then kept."""

    def __init__(self, icon: QSystemTrayIcon, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._icon = icon
        self._notifier: Notifier | None = None

    def say(self) -> None:
        if self._notifier is None:  # loaded at the first unlock, not at start-up
            from footholds.platform.notify import choose_notifier

            self._notifier = choose_notifier(self._icon, desktop_entry=APP_ID)
        if not self._notifier.available:
            return  # the tray's menu and tooltip say it all the same
        words = QCoreApplication.translate("menu", "Unlocked. What you wrote is open again.")
        self._notifier.send("Footholds", words, [], _no_answer, SAID_MS)


def _no_answer(_key: str) -> None:
    """A click on the words asks nothing more: they only say what happened."""
