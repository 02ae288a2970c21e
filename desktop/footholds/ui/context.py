"""What a window needs from the running app, named here so no ui module imports the
composition root (footholds.app builds the real thing: app/build.py's AppContext).

Read-only properties rather than plain attributes: a Protocol's plain attributes must match
their types exactly, and the app's context holds the concrete classes."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    from datetime import datetime

    from PySide6.QtWidgets import QApplication, QDialog, QSystemTrayIcon

    from footholds.core.importers import ImportPlan
    from footholds.core.paths import Paths
    from footholds.core.scheduler import Scheduler
    from footholds.core.settings import Settings
    from footholds.core.store import Store
    from footholds.core.store.backups import Backups
    from footholds.ui.common.bridge import CoreSignals
    from footholds.ui.common.prompter import Prompter
    from footholds.ui.shell.windows import WindowManager

Result = tuple[bool, str]  # done or not, and a sentence to show


class TrayView(Protocol):
    """The tray icon as windows see it."""

    @property
    def icon(self) -> QSystemTrayIcon: ...
    @property
    def given_up(self) -> bool: ...
    def rebuild_menu(self) -> None: ...


class RemindersView(Protocol):
    """The reminder driver as windows see it: help windows and our questions hold reminders
    back."""

    @property
    def scheduler(self) -> Scheduler: ...
    def help_opened(self, name: str) -> None: ...
    def help_closed(self, name: str) -> None: ...
    def hold_while(self, dialog: QDialog) -> None: ...  # no card over our question
    @property
    def changed(self) -> Any: ...  # a Qt signal: the status (pause, quiet, a call) changed
    def desk_busy(self) -> bool: ...
    def call_holds_until(self) -> datetime | None: ...


class Actions(Protocol):
    """The named user actions that the socket's commands use too (app/actions.py)."""

    def back_up(self, target: Path | None = None) -> Result: ...
    def restore(self, source: Path, say: Callable[[Exception], str] | None = None) -> Result: ...
    def apply_import(
        self,
        plan: ImportPlan,
        progress: Callable[[int, float], None] | None = None,
        say: Callable[[Exception], str] | None = None,
        summarize: Callable[[ImportPlan], str] | None = None,
        stop: Callable[[], bool] | None = None,
    ) -> Result: ...


class LockView(Protocol):
    """The passphrase lock in the running app (app/lock_app.py), as Settings and the help
    windows see it."""

    @property
    def changed(self) -> Any: ...  # a Qt signal: (locked: bool)
    @property
    def enabled(self) -> bool: ...
    @property
    def locked(self) -> bool: ...
    @property
    def state(self) -> str: ...  # "off", "open" or "locked"
    # the unlock dialog; `then` runs once the entries are open: a window, only the last one
    # asked for; `must_run`, an act already chosen (an Undo), every one, in order, before it
    def ask(
        self, then: Callable[[], object] | None = None, *, must_run: bool = False
    ) -> object: ...
    def may_open(self, name: str) -> bool: ...
    def lock_now(self) -> bool: ...
    def enable(self, passphrase: str) -> str: ...
    def disable(self, passphrase: str) -> int: ...
    def change_passphrase(self, current: str, chosen: str) -> None: ...
    def new_recovery_key(self, passphrase: str) -> str: ...


class AppContext(Protocol):
    """Everything a window may use."""

    @property
    def app(self) -> QApplication: ...
    @property
    def paths(self) -> Paths: ...
    @property
    def settings(self) -> Settings: ...
    @property
    def store(self) -> Store: ...
    @property
    def backups(self) -> Backups: ...
    @property
    def signals(self) -> CoreSignals: ...
    @property
    def windows(self) -> WindowManager: ...
    @property
    def tray(self) -> TrayView: ...
    @property
    def reminders(self) -> RemindersView: ...
    @property
    def actions(self) -> Actions: ...
    @property
    def prompter(self) -> Prompter: ...
    @property
    def locker(self) -> LockView: ...
