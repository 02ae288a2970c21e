"""pytest-qt fixtures: a fully built AppContext on a private FOOTHOLDS_HOME, offscreen."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from footholds.app.build import AppContext, build, make_qapp
from footholds.core.paths import Paths
from footholds.platform.lockfile import take_lock


@pytest.fixture
def ctx(qapp: QApplication, footholds_home: Path) -> Iterator[AppContext]:
    paths = Paths.from_env()
    paths.ensure()
    lock = take_lock(paths.lock_file)
    assert lock is not None
    context = build(make_qapp([]), paths, lock)
    yield context
    context.windows.close_all()
    # Dialogs a test left open would become the next test's modal window.
    from PySide6.QtWidgets import QApplication

    for widget in QApplication.topLevelWidgets():
        if widget.isVisible():
            widget.close()
    # what the windows handed to deleteLater goes now, not half-way through the next test's
    # app-wide restyle
    from PySide6.QtCore import QCoreApplication, QEvent

    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QCoreApplication.processEvents()
    context.server.close()
    context.store.close()
    context.tray.icon.hide()
    lock.unlock()
