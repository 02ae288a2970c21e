"""Every window opens whole inside a 1280x800 screen at 1.25x (QT_SCALE_FACTOR=1.25; 1024x640
to the app), in Spanish, the longer words: its frame, borders at the sides too, inside the
screen. The session summary opened as wide as the screen, and the borders the desktop put
round it ran past both its edges."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QScreen
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from settling import settle
from test_accessibility import seeded  # noqa: F401  (a fixture)

from footholds.app.build import AppContext
from footholds.ui.common import calm, i18n
from footholds.ui.shell.registry import names

SCALED = QRect(0, 0, 1024, 640)  # 1280x800 at 1.25x, as the app sees it


@pytest.fixture
def spanish_on_a_scaled_screen(
    seeded: AppContext,  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
) -> Iterator[AppContext]:
    monkeypatch.setattr(calm, "screen_area", lambda _window: QRect(SCALED))
    monkeypatch.setattr(QScreen, "availableGeometry", lambda _screen: QRect(SCALED))
    monkeypatch.setattr(QScreen, "geometry", lambda _screen: QRect(SCALED))
    seeded.settings.set("general.language", "es")
    i18n.apply(seeded)
    QApplication.processEvents()
    try:
        yield seeded
    finally:
        seeded.settings.set("general.language", "en")
        i18n.apply(seeded)
        i18n.remove(seeded.app)


@pytest.mark.parametrize("name", names())
def test_every_window_opens_whole_on_a_scaled_screen(
    spanish_on_a_scaled_screen: AppContext, qtbot: QtBot, name: str
) -> None:
    ctx = spanish_on_a_scaled_screen
    ctx.windows.show(name)
    window = ctx.windows.get(name)
    assert isinstance(window, QWidget)
    qtbot.waitExposed(window)
    settle(qtbot, window)
    frame = window.frameGeometry()
    # the sides: the desktop's borders (offscreen, a thin one) inside the screen as well
    assert SCALED.left() <= frame.left() and frame.right() <= SCALED.right(), (name, frame)
    framed = frame.height() - window.height()
    tall = window.height() + max(framed, 0 if name == "quick-log" else calm.FRAME_ALLOWANCE)
    assert frame.top() >= SCALED.top() and frame.top() + tall <= SCALED.bottom() + 1, (
        name,
        frame,
    )
    assert window.minimumSizeHint().width() <= SCALED.width(), (name, window.minimumSizeHint())
    window.close()
