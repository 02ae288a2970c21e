"""The tray icon and its menu. Left click opens the quick log; the menu follows the registry."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtGui import QAction, QFont
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from footholds.ui import icons
from footholds.ui.registry import BY_NAME, HELP_FIRST, MENU_ORDER, SEPARATOR
from footholds.ui.windows import WindowManager

MenuBuilder = Callable[[QMenu], None]


def menu_entries() -> list[str]:
    """Window names in menu order, limited to windows that exist, plus section markers
    ("|name") and separators ("-")."""
    return [
        n
        for n in MENU_ORDER
        if n.startswith("|") or n == SEPARATOR or (n in BY_NAME and BY_NAME[n].in_menu)
    ]


def menu_windows() -> list[str]:
    """Only the window names of the menu, in order."""
    return [n for n in menu_entries() if n in BY_NAME]


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
    """Owns the QSystemTrayIcon; waits for a late tray host, then gives up honestly."""

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
        self.menu = QMenu()  # kept referenced: a garbage-collected menu silently disappears
        self.actions: dict[str, QAction] = {}
        self._build_menu()
        self.icon.setContextMenu(self.menu)  # before show(), or some hosts never see it
        self._retry = QTimer(self)
        self._retry.setInterval(2000)
        self._tries_left = 0
        self.icon.activated.connect(self._on_icon_activated)
        self._retry.timeout.connect(self._on_retry_timeout)

    def _build_menu(self) -> None:
        # Spelled out in full (no `tr = ...` alias): lupdate only finds the full name.
        translate = QCoreApplication.translate
        for name in menu_entries():
            if name == SEPARATOR:
                self.menu.addSeparator()
                continue
            if name.startswith("|"):
                builder = self.sections.get(name[1:])
                if builder is not None:
                    self.menu.addSeparator()
                    builder(self.menu)
                    self.menu.addSeparator()
                continue
            label = translate("menu", BY_NAME[name].label)
            action = QAction(label, self.menu)  # parent: KDE needs it
            action.triggered.connect(lambda _=False, n=name: self.windows.show(n))
            if name in HELP_FIRST:
                mark_help(action, name)
            self.menu.addAction(action)
            self.actions[name] = action
        self.menu.addSeparator()
        quit_action = QAction(QCoreApplication.translate("menu", "Quit"), self.menu)
        quit_action.triggered.connect(self.quit_app)
        self.menu.addAction(quit_action)
        self.actions["quit"] = quit_action

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

    def start(self, patience_s: int = 30) -> None:
        """Show the icon now, or keep trying for `patience_s` while the tray host starts."""
        if QSystemTrayIcon.isSystemTrayAvailable():
            self.icon.show()
            return
        self._tries_left = max(1, patience_s // 2)
        self._retry.start()

    def _on_retry_timeout(self) -> None:
        if QSystemTrayIcon.isSystemTrayAvailable():
            self._retry.stop()
            self.icon.show()
            return
        self._tries_left -= 1
        if self._tries_left <= 0:
            self._retry.stop()
            self.gave_up.emit()

    def set_state(self, state: str, tooltip: str) -> None:
        """Show active, paused or quiet in the icon (by shape, not colour alone) and tooltip."""
        if state != self.state:
            self.state = state
            self.icon.setIcon(icons.tray_icon(state, icons.panel_is_dark()))
        self.icon.setToolTip(tooltip)

    def refresh_icon(self) -> None:
        """Follow a light/dark panel change."""
        self.icon.setIcon(icons.tray_icon(self.state, icons.panel_is_dark()))

    def _on_icon_activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason == QSystemTrayIcon.ActivationReason.Trigger:
            if self.windows.available("quick-log"):
                self.windows.show("quick-log", near=self.icon.geometry())
            else:
                self.menu.popup(self.icon.geometry().center())
