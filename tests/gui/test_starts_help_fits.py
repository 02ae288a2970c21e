"""The start's Get help now (ui/shell/unlock_help.py) fits the screen it opens on: with large
text (QT_FONT_DPI=144 on the 1280x800 screen) it was 780x840 on an 800-pixel screen, the
people and Unlock… under the screen's foot with no way to scroll them into view."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect
from pytestqt.qtbot import QtBot

from footholds.app.build import AppContext
from footholds.core.store import SafetyPlan
from footholds.ui.common import calm
from footholds.ui.shell.unlock_help import UnlockHelp

# 1280x800 with QT_FONT_DPI=144: 853x533 logical pixels, less a panel (test_small_screen.py)
LARGE_TEXT_SCREEN = QRect(0, 18, 853, 515)


def test_the_starts_help_fits_a_large_text_screen_and_scrolls_to_its_foot(
    ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(calm, "screen_area", lambda _window: QRect(LARGE_TEXT_SCREEN))
    ctx.settings.set("safety.region", "GB")
    ctx.store.add(SafetyPlan(sections={"sp-reasons": "My dog Biscuit 🐕 at the door. " * 80}))
    window = UnlockHelp(ctx.settings, None, ctx.paths.store_dir, ask=lambda: None)
    qtbot.addWidget(window)
    window.present()
    qtbot.waitExposed(window)
    room = LARGE_TEXT_SCREEN.height() - calm.FRAME_ALLOWANCE
    assert window.height() <= room and window.width() <= LARGE_TEXT_SCREEN.width()
    assert window.minimumSizeHint().height() <= room
    # the page scrolls to its foot: nothing is below the window's edge out of reach
    bar = window.scroller.verticalScrollBar()
    assert bar.maximum() > 0
    body = window.scroller.widget()
    assert body is not None and body.height() > window.height()
    # it still opens at the top, the keyboard on the first line's button
    assert bar.value() == 0
    qtbot.waitUntil(window.isActiveWindow)
    first = window.lines.first_action()
    assert first is not None and first.hasFocus()
    window.close()


def test_the_starts_help_shrinks_again_when_shown_again(
    ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(calm, "screen_area", lambda _window: QRect(LARGE_TEXT_SCREEN))
    window = UnlockHelp(ctx.settings, None, ctx.paths.store_dir, ask=lambda: None)
    qtbot.addWidget(window)
    window.present()
    window.resize(700, 900)  # as a larger screen left it
    window.present()
    assert window.height() + calm.FRAME_ALLOWANCE <= LARGE_TEXT_SCREEN.height()
    window.close()
