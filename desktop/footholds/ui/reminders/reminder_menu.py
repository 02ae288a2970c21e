"""The tray's Reminders submenu: remind me now, pause, resume, show the reminder, add your own."""

from __future__ import annotations

from datetime import datetime
from typing import Protocol

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from footholds.core.reminders import Kind, Status
from footholds.ui.common import icons
from footholds.ui.reminders.reminder_words import status_words


class ReminderControls(Protocol):
    """What the menu asks of the reminder driver (app/reminder_driver.py), which owns it."""

    def remind_now(self, kind: Kind) -> None: ...
    def pause_for(self, minutes: int) -> None: ...
    def pause_until_tomorrow(self) -> None: ...
    def pause_indefinitely(self) -> None: ...
    def resume(self) -> bool: ...
    def show_reminder_now(self) -> None: ...
    def open_add_own(self) -> None: ...
    def has_reminder(self) -> bool: ...
    def status(self) -> Status: ...
    def now(self) -> datetime: ...


class ReminderMenu(QObject):
    """Builds the submenu into the tray menu (again whenever the tray rebuilds its menu)."""

    def __init__(self, driver: ReminderControls, parent: QObject) -> None:
        super().__init__(parent)
        self.driver = driver
        self.submenu: QMenu | None = None
        self.actions: dict[str, QAction] = {}

    def build(self, menu: QMenu) -> None:
        """The tray's section builder: add the Reminders submenu to `menu`."""
        if self.submenu is not None:
            self.submenu.deleteLater()  # the tray cleared its menu; this one is no longer shown
        sub = QMenu(self.tr("Re&minders"), menu)
        sub.menuAction().setObjectName("reminders")
        self.submenu, self.actions = sub, {}
        d = self.driver
        self._add("status", "")
        self.actions["status"].setEnabled(False)  # a line to read, for people without a mouse
        sub.addSeparator()
        self._add(
            "movement-now", self.tr("Remind me now: &movement"), lambda: d.remind_now(Kind.MOVEMENT)
        )
        self._add("rest-now", self.tr("Remind me now: &rest"), lambda: d.remind_now(Kind.REST))
        for key in ("movement-now", "rest-now"):
            icons.set_menu_icon(self.actions[key], "remind-now")
        sub.addSeparator()
        self._add("pause-30", self.tr("Pause for &30 minutes"), lambda: d.pause_for(30))
        self._add("pause-60", self.tr("Pause for &1 hour"), lambda: d.pause_for(60))
        self._add("pause-tomorrow", self.tr("Pause until &tomorrow"), d.pause_until_tomorrow)
        self._add("pause-off", self.tr("Pause until I turn them back &on"), d.pause_indefinitely)
        self._add("resume", self.tr("Res&ume reminders"), d.resume)
        for key in ("pause-30", "pause-60", "pause-tomorrow", "pause-off"):
            icons.set_menu_icon(self.actions[key], "pause")
        icons.set_menu_icon(self.actions["resume"], "resume")
        sub.addSeparator()
        self._add("show", self.tr("&Show the reminder"), d.show_reminder_now)
        self._add("add-own", self.tr("&Add your own…"), d.open_add_own)
        icons.set_menu_icon(self.actions["add-own"], "add")
        menu.addMenu(sub)
        sub.aboutToShow.connect(lambda: self.refresh(d.status()))
        self.refresh(d.status())

    def _add(self, key: str, label: str, slot: object = None) -> None:
        assert self.submenu is not None
        action = QAction(label, self.submenu)  # parented: KDE's exported menu needs it
        if callable(slot):
            action.triggered.connect(lambda _=False: slot())
        self.submenu.addAction(action)
        self.actions[key] = action

    def refresh(self, status: Status) -> None:
        """Enable Resume only while paused; offer the waiting reminder; say what comes next."""
        if not self.actions:
            return
        self.actions["status"].setText(
            status.tooltip(self.driver.now(), status_words()).splitlines()[0]
        )
        self.actions["resume"].setEnabled(status.mode == "paused")
        self.actions["show"].setVisible(self.driver.has_reminder())
