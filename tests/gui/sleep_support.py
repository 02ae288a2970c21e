"""The quick log opened from its tray icon on the desktop session's 800-pixel-tall screen, the
sleep question due at a set time, in a set language: for the sleep question's layout tests."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from typing import cast

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QScreen
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from footholds.app.build import AppContext
from footholds.ui.common import i18n
from footholds.ui.journal.quick_log import QuickLogWindow

SCREEN = QRect(0, 0, 1280, 800)  # the desktop session's screen; the panel takes no room
ICON = QRect(1256, 2, 24, 24)  # its tray icon, top right


@contextmanager
def sleep_question_open(
    ctx: AppContext,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    language: str,
    at: datetime,
) -> Iterator[QuickLogWindow]:
    """The quick log with its sleep question, as at `at`, put away and in English after."""
    monkeypatch.setattr(QScreen, "availableGeometry", lambda _screen: QRect(SCREEN))
    monkeypatch.setattr(QScreen, "geometry", lambda _screen: QRect(SCREEN))
    ctx.settings.set("day.sleep_question", True)
    ctx.settings.set("general.language", language)
    i18n.apply(ctx)
    QApplication.processEvents()
    ctx.windows.prebuild("quick-log")
    window = cast(QuickLogWindow, ctx.windows.get("quick-log"))
    window.sleep_ask.clock = lambda: at
    window.present(ICON)
    qtbot.waitExposed(window)
    assert window.sleep.isVisible()
    try:
        yield window
    finally:
        window.put_away()
        ctx.settings.set("general.language", "en")
        i18n.apply(ctx)
        i18n.remove(ctx.app)
