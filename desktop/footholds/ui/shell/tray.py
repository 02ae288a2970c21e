"""The tray icon and its menu. A click opens the quick log, a middle click the proof list (the
person can choose both, and a double click); the menu follows the registry."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtGui import QAction, QFont
from PySide6.QtWidgets import QApplication, QMenu, QSystemTrayIcon

from footholds.ui.common import icons
from footholds.ui.shell.registry import BY_NAME, HELP_FIRST, MENU_ORDER, SEPARATOR
from footholds.ui.shell.windows import WindowManager

if TYPE_CHECKING:
    from footholds.core.settings import Settings

MenuBuilder = Callable[[QMenu], None]
Reason = QSystemTrayIcon.ActivationReason
# What each kind of click opens until the settings are known (they are read at each click).
# After giving up, how often to look for a tray that starts late (rare: few wake-ups).
LATE_TRAY_MS = 15_000
CLICK_DEFAULTS = {"left": "quick-log", "middle": "proof-list", "double": "none"}


def menu_entries() -> list[str]:
    """Window names in menu order, limited to windows that exist, plus section markers
    ("|name") and separators ("-")."""
    return [
        n
        for n in MENU_ORDER
        if n.startswith("|") or n == SEPARATOR or (n in BY_NAME and BY_NAME[n].in_menu)
    ]


def mark_help(action: QAction, name: str) -> None:
    """Tough day and Get help now: a mark and bold words, to be found at a glance."""
    mark = icons.mark(name)
    if mark is not None:
        action.setIcon(mark)
        action.setIconVisibleInMenu(True)
    font = QFont(action.font())
    font.setBold(True)
    action.setFont(font)


class Tray(QObject):
    """Owns the QSystemTrayIcon; without a tray host, says so (or waits for one at login)."""

    gave_up = Signal()  # no system tray appeared: the app opens its fallback window

    def __init__(
        self,
        windows: WindowManager,
        quit_app: Callable[[], None],
        sections: dict[str, MenuBuilder] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.windows = windows
        self.quit_app = quit_app
        self.sections = sections or {}
        self.state = "active"
        self.icon = QSystemTrayIcon(self)
        self.icon.setIcon(icons.tray_icon("active", icons.panel_is_dark(quick=True)))
        self.icon.setToolTip("Footholds")
        self.tooltip = "Footholds"  # the reminders' status line (set_state)
        self.menu = QMenu()  # kept referenced: a garbage-collected menu silently disappears
        # the passphrase lock (lock_app.py): "open" shows Lock now, "locked" shows Unlock…,
        # "off" neither; what each does is set by app.build
        self.lock_state = "off"
        self.lock_actions: dict[str, Callable[[], object]] = {}
        self.actions: dict[str, QAction] = {}
        self._build_menu()
        self.icon.setContextMenu(self.menu)  # before show(), or some hosts never see it
        self._retry = QTimer(self)
        self._retry.setInterval(2000)
        self._tries_left = 0
        self.given_up = False  # no tray: the fallback window stands in (app.wire opens it)
        self.icon.activated.connect(self._on_icon_activated)
        self._retry.timeout.connect(self._on_retry_timeout)
        self.settings: Settings | None = None  # set by app.build(); defaults before
        # A single click waits here for a possible second one, only when a double click has an
        # action of its own: otherwise the quick log opens at once.
        self._single = QTimer(self)
        self._single.setSingleShot(True)
        self._single.timeout.connect(lambda: self._open(self.click_action("left")))

    def _build_menu(self) -> None:
        # Spelled out in full (no `tr = ...` alias): lupdate only finds the full name.
        translate = QCoreApplication.translate
        entries = menu_entries()
        last_line = len(entries) - 1 - entries[::-1].index(SEPARATOR)
        for at, name in enumerate(entries):
            if name == SEPARATOR:
                self.menu.addSeparator()
                if at == last_line:
                    self._add_lock_entry()
                continue
            if name.startswith("|"):
                builder = self.sections.get(name[1:])
                if builder is not None:
                    before = len(self.menu.actions())
                    builder(self.menu)
                    # A section's submenu is named after it (e.g. "reminders").
                    for action in self.menu.actions()[before:]:
                        icons.set_menu_icon(action, action.objectName())
                continue
            spec = BY_NAME[name]
            label = translate("menu", spec.keyed or spec.label)  # with its Alt letter
            action = QAction(label, self.menu)  # parent: KDE needs it
            action.triggered.connect(lambda _=False, n=name: self.windows.show(n))
            if name in HELP_FIRST:
                mark_help(action, name)
            else:
                icons.set_menu_icon(action, name)
            self.menu.addAction(action)
            self.actions[name] = action
        # Quit last, after a line of its own, whether the lock is on or off: Lock now, put
        # just above it, took Quit's place under the person's hand the day the lock went on
        self.menu.addSeparator()
        quit_action = QAction(QCoreApplication.translate("menu", "Qu&it"), self.menu)
        icons.set_menu_icon(quit_action, "quit")
        quit_action.triggered.connect(lambda: self.quit_app())  # replaced once the app is built
        self.menu.addAction(quit_action)
        self.actions["quit"] = quit_action

    def _add_lock_entry(self) -> None:
        """Lock now or Unlock… while the lock is on: first in the app's group (reminders,
        settings, about), away from Quit, so turning the lock on leaves About, not Lock
        now, where Quit was."""
        if self.lock_state not in self.lock_actions:
            return
        label = (
            QCoreApplication.translate("menu", "&Unlock…")
            if self.lock_state == "locked"
            else QCoreApplication.translate("menu", "&Lock now")
        )
        lock_action = QAction(label, self.menu)
        icons.set_menu_icon(lock_action, "lock")
        lock_action.triggered.connect(lambda _=False, s=self.lock_state: self._on_lock(s))
        self.menu.addAction(lock_action)
        self.actions["lock"] = lock_action

    def _on_lock(self, state: str) -> None:
        self.lock_actions[state]()

    def set_lock_state(self, state: str) -> None:
        """ "off", "open" or "locked": the menu offers Lock now or Unlock… to match."""
        if state != self.lock_state:
            self.lock_state = state
            self.rebuild_menu()
            self._show_tooltip()

    def add_section(self, name: str, builder: MenuBuilder) -> None:
        """Fill the "|name" slot of the menu after construction (run() shows the icon before
        the features exist), by rebuilding the menu; a second call replaces the section."""
        self.sections[name] = builder
        self.rebuild_menu()

    def rebuild_menu(self) -> None:
        """Build the menu again, e.g. in a new language; the same QMenu stays attached and
        the sections rebuild with it."""
        self.menu.clear()  # deletes the actions the menu owns; builders drop their submenus
        self.actions.clear()
        self._build_menu()

    def start(self, patience_s: int = 0) -> None:
        """Show the icon now. Without a tray, give up at once (the app opens its window), or
        after `patience_s` while a tray host may still be starting (at login); either way
        keep looking, rarely, so an icon still appears if a tray comes later."""
        if QSystemTrayIcon.isSystemTrayAvailable():
            self.icon.show()
            return
        self._tries_left = patience_s // 2
        self._retry.start()
        if self._tries_left <= 0:
            self._give_up()

    def _give_up(self) -> None:
        self.given_up = True
        self._retry.setInterval(LATE_TRAY_MS)
        self.gave_up.emit()

    def _on_retry_timeout(self) -> None:
        if QSystemTrayIcon.isSystemTrayAvailable():
            self._retry.stop()
            self.icon.show()
            return
        if self.given_up:
            return
        self._tries_left -= 1
        if self._tries_left <= 0:
            self._give_up()

    def set_state(self, state: str, tooltip: str) -> None:
        """Show active, paused or quiet in the icon (by shape, not colour alone) and tooltip."""
        if state != self.state:
            self.state = state
            self.icon.setIcon(icons.tray_icon(state, icons.panel_is_dark()))
        self.tooltip = tooltip
        self._show_tooltip()

    def _show_tooltip(self) -> None:
        """The reminders' line, and while locked a second line that says so."""
        text = self.tooltip
        if self.lock_state == "locked":
            locked = QCoreApplication.translate("menu", "Locked: quick log still saves")
            text = f"{text}\n{locked}" if text else locked
        self.icon.setToolTip(text)

    def refresh_icon(self) -> None:
        """Follow a light/dark panel change."""
        self.icon.setIcon(icons.tray_icon(self.state, icons.panel_is_dark()))

    def click_action(self, click: str) -> str:
        """The window a "left", "middle" or "double" click opens ("none": nothing)."""
        if self.settings is None:
            return CLICK_DEFAULTS[click]
        return str(self.settings[f"tray.{click}_click"])

    def _on_icon_activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason == Reason.MiddleClick:
            self._open(self.click_action("middle"))
        elif reason == Reason.DoubleClick:
            self._on_double_click()
        elif reason == Reason.Trigger:
            if self.click_action("double") == "none":
                self._open(self.click_action("left"))  # at once: no double-click wait
            elif self._single.isActive():
                self._on_double_click()  # some hosts send a double click as two clicks
            else:
                self._single.start(QApplication.doubleClickInterval())

    def _on_double_click(self) -> None:
        self._single.stop()  # the first click of the pair does not open anything of its own
        action = self.click_action("double")
        self._open(self.click_action("left") if action == "none" else action)

    def _open(self, name: str) -> None:
        """Open `name` by the icon; without such a window (or "none"), the menu instead."""
        if name != "none" and self.windows.available(name):
            self.windows.show(name, near=self.icon.geometry())
        else:
            self.menu.popup(self.icon.geometry().center())
