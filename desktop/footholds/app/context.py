"""The AppContext: everything a window or command needs, built once by app/build.py before
the first window. Only names here: importing this costs nothing at start-up."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from footholds.app.actions import Actions
    from footholds.app.instance import InstanceServer
    from footholds.app.lock_app import AppLock
    from footholds.app.reminder_driver import ReminderDriver
    from footholds.core.paths import Paths
    from footholds.core.settings import Settings
    from footholds.core.store import Store
    from footholds.core.store.backups import Backups
    from footholds.platform.lockfile import InstanceLock
    from footholds.ui.common.bridge import CoreSignals
    from footholds.ui.common.prompter import Prompter
    from footholds.ui.shell.tray import Tray
    from footholds.ui.shell.windows import WindowManager


@dataclass
class AppContext:
    """Everything a window or command needs, built completely before the first window."""

    app: QApplication
    paths: Paths
    settings: Settings
    store: Store
    backups: Backups
    signals: CoreSignals
    windows: WindowManager
    tray: Tray
    server: InstanceServer
    lock: InstanceLock
    reminders: ReminderDriver
    locker: AppLock  # the passphrase lock in this process (off, open or locked)
    prompter: Prompter = field(default_factory=lambda: _prompter())  # tests hand in their own

    @cached_property
    def actions(self) -> Actions:
        """The named user actions (app/actions.py), bound to this context."""
        from footholds.app.actions import Actions

        return Actions(self)


def _prompter() -> Prompter:
    from footholds.ui.common.prompter import Prompter

    return Prompter()
