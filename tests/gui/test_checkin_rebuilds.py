"""The check-in preview (ui/reflect/checkin_preview.py) on a short stretch: a burst of
choices makes one rebuild, and a hidden window makes none until it opens again."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from checkin_support import opened_checkin
from pytestqt.qtbot import QtBot

from checkin_clock import checkin_on
from footholds.app.build import AppContext
from footholds.core.store import LogEntry
from footholds.ui.reflect.checkin import CheckinWindow

TODAY = date(2026, 3, 16)


@pytest.fixture
def window(ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> CheckinWindow:
    checkin_on(monkeypatch, TODAY)
    win = opened_checkin(ctx, qtbot)
    qtbot.wait(300)  # the opening build settles
    return win


def test_a_burst_of_choices_rebuilds_once(window: CheckinWindow, qtbot: QtBot) -> None:
    dues: list[int] = []
    window.paper.due.connect(lambda: dues.append(1))
    window.sections["feelings"].setChecked(False)
    window.sections["sleep"].setChecked(False)
    window.with_plan.setChecked(True)
    window.talk.setPlainText("The new job")
    qtbot.waitUntil(lambda: len(dues) >= 1, timeout=2000)
    qtbot.wait(400)
    assert dues == [1]
    assert "The new job" in window.preview.toPlainText()


def test_a_hidden_window_waits_to_be_opened(
    window: CheckinWindow, ctx: AppContext, qtbot: QtBot
) -> None:
    dues: list[int] = []
    window.paper.due.connect(lambda: dues.append(1))
    window.hide()
    ctx.store.add(LogEntry(at=datetime(2026, 3, 15, 12, tzinfo=UTC), note="a warm shower"))
    window.paper.timer.start()  # even one already asked for stops with the window
    qtbot.wait(400)
    assert dues == []
    window.present()
    assert "a warm shower" in window.preview.toPlainText()
