"""A start that cannot open the entries says why, through the app's one prompter."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from footholds.app import build as app_module
from footholds.core.paths import Paths
from footholds.platform.lockfile import take_lock
from footholds.ui.common.prompter import Prompter


class Told(Prompter):
    """Holds what would have been shown, instead of a dialog waiting offscreen."""

    def __init__(self) -> None:
        self.warned: list[str] = []

    def warn(self, parent: QWidget | None, text: str) -> None:
        self.warned.append(text)


def test_a_start_that_cannot_open_the_store_says_why_through_the_prompter(
    qapp: QApplication, footholds_home: Path, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot
) -> None:
    """It was a QMessageBox of its own, the one start-up dialog a test could not answer
    without patching Qt; the prompter is made before the context, which it does not need."""
    from footholds.app import logsetup
    from footholds.core.store.failures import StoreIsLocked
    from footholds.ui.shell.tray import Tray
    from footholds.ui.shell.windows import WindowManager

    paths = Paths.from_env()
    paths.ensure()
    lock = take_lock(paths.lock_file)
    assert lock is not None

    def cannot_open(*_args: object, **_kwargs: object) -> None:
        raise StoreIsLocked()

    monkeypatch.setattr(app_module, "build", cannot_open)
    monkeypatch.setattr(logsetup, "configure", lambda _paths: None)  # no handler left behind
    app = app_module.make_qapp([])
    windows = WindowManager()
    tray = Tray(windows, app.quit)
    qtbot.addWidget(tray.menu)  # a tray's menu has no parent: deleted in order
    codes: list[int] = []
    monkeypatch.setattr(app, "exit", codes.append)  # the real exit would end later tests' loops
    told = Told()
    app_module._finish_start(app, paths, lock, windows, tray, "", prompter=told)
    assert told.warned == [app_module._in_their_language(app, paths, StoreIsLocked())]
    assert told.warned[0].startswith("Your entries are locked")
    assert codes == [1]
    assert not tray.icon.isVisible()
    assert take_lock(paths.lock_file) is not None  # the instance lock is free again
