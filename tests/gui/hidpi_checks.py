"""Checks run by test_large_text_hidpi.py in a child pytest whose Qt draws on a high-DPI
screen (1280x800 logical at twice the pixels) with text half as large again as usual.
Not collected on its own: the parent sets up the screen, which must exist before Qt starts."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from layout_checks import clipped
from PySide6.QtCore import QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from test_accessibility import seeded  # noqa: F401  (a fixture)

from footholds.app.build import AppContext
from footholds.ui.common import icons
from footholds.ui.shell.registry import names

SHOTS = Path(os.environ.get("FOOTHOLDS_HIDPI_SHOTS", ""))
TEXT_SCALE = 1.5


@pytest.fixture(autouse=True)
def large_text(qapp: QApplication) -> Iterator[None]:
    usual = qapp.font()
    font = qapp.font()
    font.setPointSizeF(usual.pointSizeF() * TEXT_SCALE)
    qapp.setFont(font)
    yield
    qapp.setFont(usual)


def test_the_screen_is_high_dpi() -> None:
    screen = QGuiApplication.primaryScreen()
    assert screen.devicePixelRatio() == 2.0
    assert screen.availableGeometry().width() == 1280


@pytest.mark.parametrize("name", names())
def test_every_window_fits_the_screen_and_nothing_is_cut_off(
    seeded: AppContext,  # noqa: F811
    qtbot: QtBot,
    name: str,
) -> None:
    seeded.windows.show(name)
    window = seeded.windows.get(name)
    qtbot.waitExposed(window)
    # layouts settle over a few turns of the event loop; clipping that stays is real
    with contextlib.suppress(AssertionError, qtbot.TimeoutError):
        qtbot.waitUntil(lambda: not clipped(window), timeout=2000)
    screen = window.screen().availableGeometry()
    assert window.frameGeometry().height() <= screen.height(), (name, window.size())
    assert window.frameGeometry().width() <= screen.width(), (name, window.size())
    assert clipped(window) == [], name
    grab = window.grab()
    assert grab.devicePixelRatio() == 2.0  # drawn at the screen's own pixels, not scaled up
    if SHOTS.name:
        grab.save(str(SHOTS / f"{name}.png"))
    window.close()


def test_icons_are_drawn_for_the_pixels_they_get(qapp: QApplication) -> None:
    """At twice the pixels, a 32-point icon is a 64-pixel drawing, not a 32 one stretched."""
    for icon in (icons.app_icon(), icons.tray_icon("active", False)):
        pixmap = icon.pixmap(QSize(32, 32), 2.0)
        assert pixmap.width() == 64 and pixmap.devicePixelRatio() == 2.0
        sharp = icon.pixmap(QSize(64, 64), 1.0).toImage()
        drawn = pixmap.toImage().convertToFormat(sharp.format())
        drawn.setDevicePixelRatio(1.0)
        assert drawn == sharp
