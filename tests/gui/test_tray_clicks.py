"""What each kind of click on the tray icon opens: a click the quick log at once, a middle
click the proof list, and whatever the person chose in Settings, a double click included."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QSystemTrayIcon
from pytestqt.qtbot import QtBot

from footholds.app.build import AppContext

Reason = QSystemTrayIcon.ActivationReason


def _visible(ctx: AppContext, name: str) -> bool:
    return ctx.windows.is_visible(name)


def test_a_click_opens_the_quick_log_at_once_without_a_double_click_wait(ctx: AppContext) -> None:
    assert ctx.settings["tray.double_click"] == "none"
    ctx.tray.icon.activated.emit(Reason.Trigger)
    # No event loop turn in between: nothing waits for a possible second click.
    assert _visible(ctx, "quick-log")
    assert not ctx.tray._single.isActive()


def test_a_middle_click_opens_the_proof_list(ctx: AppContext) -> None:
    ctx.tray.icon.activated.emit(Reason.MiddleClick)
    assert _visible(ctx, "proof-list")
    assert not _visible(ctx, "quick-log")


@pytest.mark.parametrize("name", ["quick-log", "proof-list", "tough-day", "affirmation"])
def test_the_click_and_the_middle_click_open_what_the_person_chose(
    ctx: AppContext, name: str
) -> None:
    ctx.settings.set("tray.left_click", name)
    ctx.tray.icon.activated.emit(Reason.Trigger)
    assert _visible(ctx, name)
    ctx.windows.get(name).hide()
    ctx.settings.set("tray.middle_click", name)
    ctx.tray.icon.activated.emit(Reason.MiddleClick)
    assert _visible(ctx, name)


def test_a_chosen_double_click_opens_its_window_and_not_the_click_one(
    ctx: AppContext, qtbot: QtBot
) -> None:
    ctx.settings.set("tray.double_click", "tough-day")
    ctx.tray.icon.activated.emit(Reason.Trigger)
    assert not _visible(ctx, "quick-log")  # waiting to see whether a second click comes
    ctx.tray.icon.activated.emit(Reason.DoubleClick)
    assert _visible(ctx, "tough-day")
    qtbot.wait(QApplication.doubleClickInterval() + 100)
    assert not _visible(ctx, "quick-log")


def test_two_quick_clicks_count_as_a_double_click_where_the_host_sends_two(ctx: AppContext) -> None:
    ctx.settings.set("tray.double_click", "affirmation")
    ctx.tray.icon.activated.emit(Reason.Trigger)
    ctx.tray.icon.activated.emit(Reason.Trigger)
    assert _visible(ctx, "affirmation")
    assert not ctx.tray._single.isActive()


def test_with_a_double_click_chosen_a_single_click_waits_the_double_click_time(
    ctx: AppContext, qtbot: QtBot
) -> None:
    ctx.settings.set("tray.double_click", "proof-list")
    ctx.tray.icon.activated.emit(Reason.Trigger)
    assert ctx.tray._single.interval() == QApplication.doubleClickInterval()
    assert not _visible(ctx, "quick-log")
    qtbot.waitUntil(lambda: _visible(ctx, "quick-log"), timeout=3000)
    assert not _visible(ctx, "proof-list")


def test_a_double_click_with_nothing_chosen_opens_the_click_window_once(ctx: AppContext) -> None:
    ctx.tray.icon.activated.emit(Reason.DoubleClick)
    assert _visible(ctx, "quick-log")
