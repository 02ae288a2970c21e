"""The quick log's line for words kept by another version stays one line whether its words
are shown or not, in Spanish and in English: "Ocultarlas" was wider than "Verlas", so once
See was clicked the sentence beside it wrapped onto two lines and the form jumped."""

from __future__ import annotations

from collections.abc import Iterator
from typing import cast

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QScreen
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from footholds.app.build import AppContext
from footholds.ui.common import i18n
from footholds.ui.journal.quick_log import QuickLogWindow
from footholds.ui.journal.quick_log_kept import UnreadKept

SCREEN = QRect(0, 0, 1280, 800)
ICON = QRect(1256, 2, 24, 24)


@pytest.fixture(params=["es", "en"])
def kept(
    request: pytest.FixtureRequest,
    ctx: AppContext,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> Iterator[UnreadKept]:
    """The quick log, as opened from the icon, with words kept by another version."""
    monkeypatch.setattr(QScreen, "availableGeometry", lambda _screen: QRect(SCREEN))
    monkeypatch.setattr(QScreen, "geometry", lambda _screen: QRect(SCREEN))
    ctx.settings.set("general.language", request.param)
    i18n.apply(ctx)
    QApplication.processEvents()
    ctx.windows.prebuild("quick-log")
    window = cast(QuickLogWindow, ctx.windows.get("quick-log"))
    window.present(ICON)
    qtbot.waitExposed(window)
    window.bring_back({"note": "mine", "colour": "blue"})
    strip = window._unread
    assert strip is not None and strip.isVisible()
    try:
        yield strip
    finally:
        window.put_away()
        ctx.settings.set("general.language", "en")
        i18n.apply(ctx)
        i18n.remove(ctx.app)


def one_line(strip: UnreadKept) -> tuple[int, int, int]:
    """The sentence's height, and where See and Let them go stand on its line."""
    return strip.line.height(), strip.see.y(), strip.let_go.y()


def settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def test_the_kept_line_keeps_one_height_seen_or_not(kept: UnreadKept) -> None:
    strip = kept
    settle()
    hidden = one_line(strip)
    line = strip.line
    # one line: its words fit the width it has
    assert line.heightForWidth(line.width()) <= line.fontMetrics().lineSpacing() + 4
    strip.see.click()
    settle()
    assert strip.see.isChecked() and strip.seen.isVisible()
    assert one_line(strip) == hidden, (strip.see.text(), strip.see.width(), line.width())
    assert line.heightForWidth(line.width()) <= line.fontMetrics().lineSpacing() + 4
    strip.see.click()
    settle()
    assert one_line(strip) == hidden
