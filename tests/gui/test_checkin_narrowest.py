"""The check-in window at its narrowest: the preview keeps a readable column (its chart never a
thumbnail), the window stops shrinking before the two sides can't both fit, and what Save as
or a file manager said beside the buttons is never cut off: a long path gives way in the
middle, and is whole in the tooltip and to a screen reader."""

from __future__ import annotations

from pathlib import Path

import pytest
from checkin_support import opened_checkin
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from checkin_clock import checkin_on
from checkin_data import TODAY, fill
from footholds.app.build import AppContext
from footholds.core.checkin_chart import WIDTH
from footholds.ui.common import i18n
from footholds.ui.common.calm import screen_room
from footholds.ui.common.saved_file import SavedFile
from footholds.ui.reflect.checkin import CheckinWindow
from footholds.ui.reflect.checkin_preview import CHART_LEAST, PREVIEW_MARGIN

LONG = Path("/home/someone/Documents/Therapy notes/sessions with Dr Ortega/check-in-2026-12-07.pdf")


def narrowest(ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> CheckinWindow:
    checkin_on(monkeypatch, TODAY)
    win = opened_checkin(ctx, qtbot)
    win.resize(100, win.height())
    qtbot.waitUntil(lambda: win.width() <= win.minimumSizeHint().width() + 1)
    win.refresh()
    return win


def fits(line: QLabel) -> bool:
    """Its words, wrapped at its width, within its height: nothing cut off below."""
    probe = QLabel(line.text())
    probe.setFont(line.font())
    probe.setWordWrap(True)
    probe.setTextInteractionFlags(line.textInteractionFlags())
    probe.setContentsMargins(line.contentsMargins())
    return probe.heightForWidth(line.width()) <= line.height()


@pytest.mark.parametrize("language", ["en", "es"])
def test_the_preview_keeps_a_readable_column_and_the_window_stops_before(
    ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, language: str
) -> None:
    fill(ctx.store)
    ctx.settings.set("general.language", language)
    i18n.apply(ctx)
    try:
        win = narrowest(ctx, qtbot, monkeypatch)
        # the chart drawn at least at CHART_LEAST of its size (at 190 px it was a thumbnail),
        # within the screen's room (the test screen is 800 px wide)
        room = screen_room(win)
        assert room is not None and win.minimumSizeHint().width() <= room.width()
        least = CHART_LEAST * WIDTH + 2 * PREVIEW_MARGIN
        if language == "en":  # Spanish's wider choices leave it less of a screen this small
            assert win.preview.width() >= least
        assert win.preview.width() >= win.preview.fontMetrics().averageCharWidth() * 28
        assert win.choices.width() >= win.choices.minimumSizeHint().width()
        assert not win.preview.horizontalScrollBar().isVisible()
    finally:
        ctx.settings.set("general.language", "en")
        i18n.remove(ctx.app)


@pytest.mark.parametrize("language", ["en", "es"])
def test_a_long_path_said_beside_the_buttons_is_never_cut_off(
    ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, language: str
) -> None:
    ctx.settings.set("general.language", language)
    i18n.apply(ctx)
    try:
        win = narrowest(ctx, qtbot, monkeypatch)
        status: SavedFile = win.status
        status.path = LONG
        status._on_not_opened(str(LONG.parent))  # no file manager opened the folder
        qtbot.wait(50)
        shown = status.line.text()
        assert fits(status.line), shown
        assert str(LONG) in status.line.toolTip()
        assert str(LONG) in status.line.accessibleName()
        assert "…" in shown and shown.endswith(".pdf")  # cut in the middle, its end kept
        status.saved(LONG)
        qtbot.wait(50)
        assert fits(status.line), status.line.text()
        assert str(LONG) in status.line.accessibleName()
        # a sentence of the line's own wraps in room kept for it, whole
        status.tell_printed(None, False)
        assert fits(status.line), status.line.text()
        assert "…" not in status.line.text().replace("Save as…", "").replace("Guardar como…", "")
        # wide again: the whole path where it fits
        win.resize(1600, win.height())
        qtbot.waitUntil(lambda: win.width() >= 1500)
        status.saved(LONG)
        qtbot.wait(50)
        assert str(LONG) in status.line.text() and fits(status.line)
    finally:
        ctx.settings.set("general.language", "en")
        i18n.remove(ctx.app)
