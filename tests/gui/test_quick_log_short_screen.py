"""The quick log on a 1280x800 screen at 1.25x (QT_SCALE_FACTOR=1.25): 1024x640 to the app.
Its form, More closed, was 28 px taller than the room (58 in Spanish), so Tab to More
scrolled the top of the note out of sight. On a screen that short it opens wider, its chips
on fewer lines, and the note and More show together; on a taller screen it keeps its width."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from typing import cast

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QScreen
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from settling import settle
from test_quick_log_roomy import tab_until

from footholds.app.build import AppContext
from footholds.ui.common import i18n
from footholds.ui.journal.quick_log import QuickLogWindow
from footholds.ui.journal.quick_log_place import width_that_fits

SCALED = QRect(0, 0, 1024, 640)  # 1280x800 at 1.25x, as the app sees it
ICON = QRect(1005, 2, 19, 19)  # the tray icon at its top right
MORNING = datetime(2026, 12, 7, 8, 30).astimezone()
EVENING = datetime(2026, 12, 7, 20, 30).astimezone()


def inside(widget: QWidget, area: QWidget) -> bool:
    """Whether all of `widget` lies within `area` (shown, not scrolled or cut away)."""
    corner = widget.mapTo(area, QPoint(0, 0))
    return area.rect().contains(QRect(corner, widget.size()))


def open_on(
    ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, screen: QRect, *, sleep: bool
) -> QuickLogWindow:
    monkeypatch.setattr(QScreen, "availableGeometry", lambda _screen: QRect(screen))
    monkeypatch.setattr(QScreen, "geometry", lambda _screen: QRect(screen))
    ctx.settings.set("day.sleep_question", sleep)
    ctx.windows.prebuild("quick-log")
    window = cast(QuickLogWindow, ctx.windows.get("quick-log"))
    window.sleep_ask.clock = lambda: MORNING if sleep else EVENING
    window.present(QRect(screen.right() - 18, 2, 19, 19))
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.form.note)
    settle(qtbot, window)
    return window


@pytest.fixture(params=["en", "es"])
def language(request: pytest.FixtureRequest, ctx: AppContext) -> Iterator[str]:
    ctx.settings.set("general.language", request.param)
    i18n.apply(ctx)
    QApplication.processEvents()
    try:
        yield request.param
    finally:
        ctx.settings.set("general.language", "en")
        i18n.apply(ctx)
        i18n.remove(ctx.app)


def test_tab_to_more_keeps_the_note_whole_at_one_and_a_quarter(
    ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, language: str
) -> None:
    window = open_on(ctx, qtbot, monkeypatch, SCALED, sleep=False)
    assert SCALED.contains(window.frameGeometry())
    view = window.scroll_area.viewport()
    assert inside(window.form.more, view)  # nothing to scroll to find it
    tab_until(qtbot, window, window.form.more)
    settle(qtbot, window)
    assert inside(window.form.more, view)
    assert inside(window.form.note, view), window.form.note.mapTo(view, QPoint(0, 0))
    for action in (window.save, window.plan, window.hint_cell, window.help_link.button):
        assert inside(action, window), action
    # More open: the window keeps its place and size, its questions scroll
    size = window.geometry()
    window.form.show_more(True)
    settle(qtbot, window)
    assert window.geometry() == size
    assert SCALED.contains(window.frameGeometry())
    window.put_away()


def test_with_the_sleep_question_all_of_it_stays_on_the_screen(
    ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, language: str
) -> None:
    window = open_on(ctx, qtbot, monkeypatch, SCALED, sleep=True)
    assert window.sleep.isVisible()
    assert SCALED.contains(window.frameGeometry())
    question = window.sleep
    parts = (question.title, question.later, question.note, question.quality)
    for widget in (*parts, window.save, window.plan, window.help_link.button):
        assert inside(widget, window), widget
    tab_until(qtbot, window, window.form.more)
    settle(qtbot, window)
    assert inside(window.form.more, window.scroll_area.viewport())
    window.form.show_more(True)
    settle(qtbot, window)
    assert SCALED.contains(window.frameGeometry())
    for widget in (*parts, window.save, window.help_link.button):
        assert inside(widget, window), widget
    window.put_away()


def test_on_a_screen_with_room_it_keeps_its_width(
    ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, language: str
) -> None:
    window = open_on(ctx, qtbot, monkeypatch, QRect(0, 0, 1280, 800), sleep=True)
    assert window.width() == 400
    window.put_away()


def test_the_narrowest_width_that_fits_is_taken() -> None:
    room = SCALED.height() - ICON.bottom() - 1 - 2 * 6  # under the icon, a gap either side
    assert width_that_fits({400: room, 440: 9, 480: 9}.__getitem__, ICON, SCALED) == 400
    assert width_that_fits({400: room + 1, 440: room, 480: 9}.__getitem__, ICON, SCALED) == 440
    # fitting at no width: the widest, the least to scroll
    assert width_that_fits({400: 900, 440: 800, 480: 700}.__getitem__, ICON, SCALED) == 480
