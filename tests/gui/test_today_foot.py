"""Today's Undo strip covers nothing and moves nothing: it comes beside the help link, in the
foot row under the page, in room that row always has. Taking its room from the foot of the
page's view (the last round) hid the last goal's "Add step" under it while it showed; a band
kept for it under the page had left 60 px blank and cut a finished goal off above it (on a
1280x800 screen). So the page's view is the same size with or without the strip, and the
page reaches down to the help link's row."""

from __future__ import annotations

from typing import cast

from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from footholds.app.build import AppContext
from footholds.core.store import Goal
from footholds.ui.common import tokens
from footholds.ui.common.operations import save_record
from footholds.ui.common.scrolling import page_area
from footholds.ui.today.today import TodayWindow


def gap_above_help(window: QWidget, help_link: QWidget) -> int:
    area = page_area(window)
    bottom = area.mapTo(window, QPoint(0, area.height())).y()
    return help_link.mapTo(window, QPoint(0, 0)).y() - bottom


def _box(widget: QWidget) -> QRect:
    return QRect(widget.mapTo(widget.window(), QPoint(0, 0)), widget.size())


def _open(ctx: AppContext, qtbot: QtBot, height: int) -> TodayWindow:
    today = cast(TodayWindow, ctx.windows.show("today"))
    qtbot.waitExposed(today)
    today.resize(560, height)
    qtbot.wait(50)
    return today


def test_the_page_reaches_the_help_link_while_no_strip_shows(ctx: AppContext, qtbot: QtBot) -> None:
    today = _open(ctx, qtbot, 700)
    assert not today.undo_bar.isVisible()
    assert gap_above_help(today, today.help_link) <= tokens.XS + tokens.S


def test_the_strip_covers_nothing_and_moves_nothing(ctx: AppContext, qtbot: QtBot) -> None:
    for n in range(4):  # a page longer than its view: its foot is at the view's foot
        save_record(ctx, Goal(title=f"goal {n}"), None)
    today = _open(ctx, qtbot, 500)
    area = page_area(today)
    bar = area.verticalScrollBar()
    assert bar.maximum() > 0
    bar.setValue(bar.maximum())  # scrolled to the page's foot: the last goal's Add step
    qtbot.wait(50)
    foot = [today.help_link, today.help_link.button]
    last = list(today.goals.cards.values())[-1]
    before = (_box(area), [_box(w) for w in foot], _box(last), bar.value())

    today.undo_bar.offer("Goal removed.", lambda: None)
    qtbot.waitUntil(today.undo_bar.isVisible)
    qtbot.wait(50)
    strip = _box(today.undo_bar)
    # the page's view keeps its size: nothing at its foot goes under the strip
    assert (_box(area), [_box(w) for w in foot], _box(last), bar.value()) == before
    for widget in foot:
        assert not strip.intersects(_box(widget))
    assert not strip.intersects(_box(area))
    assert today.rect().contains(strip)  # in sight, wholly
    assert today.undo_bar.button.isVisible()

    today.undo_bar.dismiss()
    qtbot.waitUntil(lambda: not today.undo_bar.isVisible())
    qtbot.wait(50)
    assert (_box(area), [_box(w) for w in foot], _box(last), bar.value()) == before


def test_in_spanish_the_strip_and_the_link_share_the_row(ctx: AppContext, qtbot: QtBot) -> None:
    from footholds.ui.common import i18n

    ctx.settings.set("general.language", "es")
    assert i18n.apply(ctx) == "es"
    try:
        today = _open(ctx, qtbot, 600)
        today.resize(today.minimumWidth(), 600)  # as narrow as it goes
        qtbot.wait(50)
        today.undo_bar.offer("Se ha quitado el objetivo.", lambda: None)
        qtbot.waitUntil(today.undo_bar.isVisible)
        qtbot.wait(50)
        strip = _box(today.undo_bar)
        assert not strip.intersects(_box(today.help_link.button))
        assert today.rect().contains(strip)
        assert today.undo_bar.button.width() >= today.undo_bar.button.sizeHint().width()
    finally:
        ctx.settings.set("general.language", "en")
        i18n.apply(ctx)
