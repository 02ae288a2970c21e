"""The check-in on a 1280x800 screen with words given back (the kept line "...not saved
yet" under its box): the "Include in the summary" choices were pushed below the fold of
its column, none of them in sight. The box gives up some of its height first (never below
its least), so their first rows show, the rest a scroll away, with Print and Save as in
view under the column."""

from __future__ import annotations

from datetime import date
from typing import cast

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QScreen
from PySide6.QtWidgets import QCheckBox, QWidget
from pytestqt.qtbot import QtBot
from settling import settle

from checkin_clock import checkin_on
from footholds.app import quitting
from footholds.app.build import AppContext
from footholds.ui.reflect.checkin import CheckinWindow

TODAY = date(2026, 12, 6)
SCREEN = QRect(0, 0, 1280, 800)


def checkin(ctx: AppContext, qtbot: QtBot) -> CheckinWindow:
    window = cast(CheckinWindow, ctx.windows.show("check-in"))
    qtbot.waitExposed(window)
    settle(qtbot, window)
    return window


def in_view(widget: QWidget, window: CheckinWindow) -> bool:
    """Whether `widget` shows whole in the choices' view, as the window opened."""
    viewport = window.choices.viewport()
    top = widget.mapTo(viewport, QPoint(0, 0)).y()
    return top >= 0 and top + widget.height() <= viewport.height()


def inside(widget: QWidget, window: CheckinWindow) -> bool:
    top = widget.mapTo(window, QPoint(0, 0)).y()
    return widget.isVisible() and top + widget.height() <= window.height()


@pytest.mark.parametrize("given_back", [False, True], ids=["fresh", "words-given-back"])
def test_the_choices_show_with_words_given_back(
    ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, given_back: bool
) -> None:
    monkeypatch.setattr(QScreen, "availableGeometry", lambda _screen: QRect(SCREEN))
    monkeypatch.setattr(QScreen, "geometry", lambda _screen: QRect(SCREEN))
    checkin_on(monkeypatch, TODAY)
    window = checkin(ctx, qtbot)
    if given_back:
        window.talk.setFocus()
        qtbot.keyClicks(window.talk, "sleep and work stress")
        assert quitting.keep_drafts(ctx)
        ctx.windows.forget("check-in")
        ctx.windows.drafts = {}
        quitting.bring_back_drafts(ctx)
        window = checkin(ctx, qtbot)
        assert window.note.kept.isVisible()
    assert window.frameGeometry().height() <= SCREEN.height()
    assert window.choices.verticalScrollBar().value() == 0
    boxes = [b for b in window.parts.findChildren(QCheckBox) if b.isVisibleTo(window)]
    seen = [box.text() for box in boxes if in_view(box, window)]
    # their first rows in sight, the rest a scroll away under them: words given back left
    # none in sight ("Include in the summary:" the last line of the view), fresh only one row
    assert len(seen) >= 4, seen
    assert seen == [box.text() for box in boxes[: len(seen)]]
    assert window.talk.height() >= window.talk.minimumHeight()
    for button in (window.print_button, window.save_button):
        assert inside(button, window), button.text()
