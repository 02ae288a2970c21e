"""The shared refresh policy (ui/common/refresh.py): watched kinds only, one refresh per
burst, nothing while hidden, and a stale window catches up when shown."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from footholds.app.build import AppContext
from footholds.ui.common.refresh import Refresher


def make(
    ctx: AppContext, qtbot: QtBot, **kw: Iterable[str]
) -> tuple[QWidget, Refresher, list[int]]:
    window = QWidget()
    qtbot.addWidget(window)
    calls: list[int] = []
    refresher = Refresher(window, ctx.signals, lambda: calls.append(1), delay_ms=20, **kw)
    return window, refresher, calls


def test_a_burst_of_watched_changes_makes_one_refresh(ctx: AppContext, qtbot: QtBot) -> None:
    window, _r, calls = make(ctx, qtbot, kinds=("proof",))
    window.show()
    qtbot.waitExposed(window)
    for _ in range(5):
        ctx.signals.store_changed.emit("proof")
    qtbot.waitUntil(lambda: calls == [1], timeout=2000)
    qtbot.wait(80)
    assert calls == [1]


def test_other_kinds_and_settings_are_ignored(ctx: AppContext, qtbot: QtBot) -> None:
    window, _r, calls = make(ctx, qtbot, kinds=("proof",), settings=("day.start_hour",))
    window.show()
    qtbot.waitExposed(window)
    ctx.signals.store_changed.emit("log")
    ctx.signals.setting_changed.emit("general.theme", "dark")
    qtbot.wait(80)
    assert calls == []
    ctx.signals.setting_changed.emit("day.start_hour", 5)
    qtbot.waitUntil(lambda: calls == [1], timeout=2000)


def test_a_hidden_window_waits_then_catches_up_when_shown(ctx: AppContext, qtbot: QtBot) -> None:
    window, refresher, calls = make(ctx, qtbot, kinds=("proof",))
    ctx.signals.store_changed.emit("proof")
    qtbot.wait(80)
    assert calls == [] and refresher.stale
    window.show()
    qtbot.waitUntil(lambda: calls == [1], timeout=2000)
    assert not refresher.stale
    qtbot.wait(80)
    assert calls == [1]  # the show did it; no second refresh from the timer


def test_a_filter_whose_python_side_is_gone_lets_events_pass(ctx: AppContext, qtbot: QtBot) -> None:
    # What Qt can do while a window is taken apart: hand an event to a filter PySide has
    # already emptied. It must pass the event on, not raise inside the event loop.
    window, refresher, calls = make(ctx, qtbot, kinds=("proof",))
    refresher.stale = True
    refresher.__dict__.clear()
    window.show()
    qtbot.waitExposed(window)
    window.hide()
    assert calls == []
