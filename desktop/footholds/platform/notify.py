"""Native notifications: freedesktop Notify with buttons on Linux, tray balloons elsewhere.

Only one Footholds notification is on screen at a time: a new one replaces the last, so
reminders never stack up.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import SLOT, QObject, Slot
from PySide6.QtDBus import QDBusArgument, QDBusConnection, QDBusMessage, QDBusPendingCallWatcher
from PySide6.QtWidgets import QSystemTrayIcon

from footholds import APP_ID, APP_NAME
from footholds.core.html_text import escape
from footholds.platform._dbus import DBusError, call, can_start, is_running, session_bus, uint32

Action = tuple[str, str]  # (key given back to on_action, button label)
SERVICE = "org.freedesktop.Notifications"
PATH = "/org/freedesktop/Notifications"
DEFAULT_ACTION = "default"  # the spec's key for a click on the notification itself


class Notifier(Protocol):
    """Shows one notification at a time and reports which button was pressed.

    `send` replaces any notification still shown; `on_action(key)` gets the key of the
    pressed button ("default" for a click on the notification itself). `timeout_ms` 0 keeps
    it until dismissed, -1 uses the desktop's default. `close` withdraws what is shown.
    All calls belong on the Qt GUI thread.
    """

    name: str
    available: bool
    reason: str

    def send(
        self,
        title: str,
        body: str,
        actions: list[Action],
        on_action: Callable[[str], None],
        timeout_ms: int,
    ) -> None: ...

    def close(self) -> None: ...


class NoNotifier:
    """Used when nothing can show a notification; `send` does nothing."""

    name = "none"
    available = False

    def __init__(self, reason: str) -> None:
        self.reason = reason

    def send(
        self,
        title: str,
        body: str,
        actions: list[Action],
        on_action: Callable[[str], None],
        timeout_ms: int,
    ) -> None:
        """Nothing to show it with."""

    def close(self) -> None:
        """Nothing is shown."""


class FreedesktopNotifier(QObject):
    """org.freedesktop.Notifications over QtDBus, with buttons and their answers."""

    name = "freedesktop notifications (D-Bus)"

    def __init__(
        self, app_name: str = APP_NAME, icon: str = "", desktop_entry: str = APP_ID
    ) -> None:
        super().__init__()
        self.available = False
        self._app_name, self._icon, self._desktop_entry = app_name, icon, desktop_entry
        self._shown_id = 0  # the server's id of our notification on screen, 0 for none
        self._serial = 0  # counts send() calls, to spot replies that arrive too late
        self._keys: set[str] = set()
        self._on_action: Callable[[str], None] | None = None
        self._watchers: set[QDBusPendingCallWatcher] = set()
        try:
            self._bus: QDBusConnection = session_bus()
            if not (is_running(self._bus, SERVICE) or can_start(self._bus, SERVICE)):
                self.reason = "no notification service runs on this desktop"
                return
            # Allowed to take a moment: it may start the notification daemon.
            capabilities = call(
                self._bus, SERVICE, PATH, SERVICE, "GetCapabilities", timeout_ms=3000
            )[0]
            uint32(0)  # fail now, not at the first reminder, if 'u' cannot be sent
        except (DBusError, IndexError) as exc:
            self.reason = f"the notification service did not answer: {exc}"
            return
        self.capabilities = [str(c) for c in capabilities]
        self._markup = "body-markup" in self.capabilities
        for signal, slot in (
            ("ActionInvoked", "_action(uint,QString)"),
            ("NotificationClosed", "_dismissed(uint,uint)"),
        ):
            # PySide6 wants the SLOT() string here although its stubs say bytes.
            slot_name = SLOT(slot)
            if not self._bus.connect(SERVICE, PATH, SERVICE, signal, self, slot_name):  # type: ignore[call-overload]
                self.reason = f"could not listen for {signal} from the notification service"
                return
        self.available = True
        self.reason = "shows desktop notifications with buttons"
        if "actions" not in self.capabilities:
            self.reason = "shows desktop notifications; this desktop does not show their buttons"

    def send(
        self,
        title: str,
        body: str,
        actions: list[Action],
        on_action: Callable[[str], None],
        timeout_ms: int,
    ) -> None:
        """Show (or replace) our notification; `on_action(key)` runs when a button is used."""
        if not self.available:
            return
        self._serial += 1
        self._keys = {key for key, _ in actions}
        self._on_action = on_action
        flat = QDBusArgument()
        flat << [part for key, label in actions for part in (key, label)]
        text = escape(body, quote=False) if self._markup else body
        hints = {"desktop-entry": self._desktop_entry}
        message = QDBusMessage.createMethodCall(SERVICE, PATH, SERVICE, "Notify")
        message.setArguments(
            [
                self._app_name,
                uint32(self._shown_id),
                self._icon,
                title,
                text,
                flat,
                hints,
                int(timeout_ms),
            ]
        )
        # Asynchronous, so a slow notification daemon never freezes the tray.
        watcher = QDBusPendingCallWatcher(self._bus.asyncCall(message, 3000), self)
        serial = self._serial
        watcher.finished.connect(lambda w=watcher: self._on_reply(w, serial))
        self._watchers.add(watcher)

    def _on_reply(self, watcher: QDBusPendingCallWatcher, serial: int) -> None:
        self._watchers.discard(watcher)
        reply = watcher.reply()
        watcher.deleteLater()
        if reply.type() != QDBusMessage.MessageType.ReplyMessage or not reply.arguments():
            return
        new_id = int(reply.arguments()[0])
        if serial != self._serial:  # a newer notification was sent meanwhile
            self._close_id(new_id)
            return
        self._shown_id = new_id

    @Slot("uint", str)
    def _action(self, notification_id: int, key: str) -> None:
        if notification_id == self._shown_id and key in self._keys and self._on_action:
            self._on_action(key)

    @Slot("uint", "uint")
    def _dismissed(self, notification_id: int, _reason: int) -> None:
        if notification_id == self._shown_id:
            self._shown_id = 0
            self._keys = set()
            self._on_action = None

    def _close_id(self, notification_id: int) -> None:
        message = QDBusMessage.createMethodCall(SERVICE, PATH, SERVICE, "CloseNotification")
        message.setArguments([uint32(notification_id)])
        self._bus.asyncCall(message, 1000)

    def close(self) -> None:
        """Take our notification off the screen, if one is there."""
        if self.available and self._shown_id:
            self._close_id(self._shown_id)
        self._shown_id = 0
        self._keys = set()
        self._on_action = None

    @property
    def shown_id(self) -> int:
        """The server's id for the notification on screen (0 when none); for tests."""
        return self._shown_id


class TrayNotifier(QObject):
    """Tray-icon balloons: no buttons, but a click on the message counts as "default"."""

    name = "tray icon messages"
    available = True

    def __init__(self, tray_icon: QSystemTrayIcon, reason: str) -> None:
        super().__init__()
        self._tray = tray_icon
        self.reason = reason
        self._keys: set[str] = set()
        self._on_action: Callable[[str], None] | None = None
        tray_icon.messageClicked.connect(self._clicked)

    def send(
        self,
        title: str,
        body: str,
        actions: list[Action],
        on_action: Callable[[str], None],
        timeout_ms: int,
    ) -> None:
        """Show a balloon from the tray icon; only a "default" action can be reached."""
        self._keys = {key for key, _ in actions}
        self._on_action = on_action
        icon = QSystemTrayIcon.MessageIcon.Information
        self._tray.showMessage(title, body, icon, max(int(timeout_ms), 0))

    def _clicked(self) -> None:
        if DEFAULT_ACTION in self._keys and self._on_action:
            self._on_action(DEFAULT_ACTION)

    def close(self) -> None:
        """Forget the last message; Qt cannot withdraw a balloon already shown."""
        self._keys = set()
        self._on_action = None


def choose_notifier(
    tray_icon: QSystemTrayIcon | None,
    platform: str = sys.platform,
    icon: str = "",
    desktop_entry: str = APP_ID,
) -> Notifier:
    """Freedesktop notifications on Linux/BSD, else tray balloons, else NoNotifier."""
    reason = ""
    if not (platform.startswith("win") or platform == "darwin"):
        try:
            native = FreedesktopNotifier(icon=icon, desktop_entry=desktop_entry)
        except Exception as exc:  # a broken D-Bus setup must not stop the app
            reason = f"the notification service could not be used: {exc}; "
        else:
            if native.available:
                return native
            reason = native.reason + "; "
    if tray_icon is None or not QSystemTrayIcon.supportsMessages():
        return NoNotifier(reason + "there is no tray icon that can show messages")
    return TrayNotifier(
        tray_icon, reason + "shows messages from the tray icon, which cannot carry buttons"
    )
