"""The check-in's day fields read "3 Dec", as the rest of the app shows a day of this year:
the year shows only when the days reach into another year, and while the person is in a
field, where it can be typed. Nothing beside them moves when it comes or goes."""

from __future__ import annotations

from datetime import date

import pytest
from checkin_support import opened_checkin
from PySide6.QtCore import QDate, Qt
from pytestqt.qtbot import QtBot

from checkin_clock import checkin_on
from footholds.app.build import AppContext
from footholds.ui.reflect.checkin import CheckinWindow

TODAY = date(2026, 12, 7)


@pytest.fixture
def window(ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> CheckinWindow:
    checkin_on(monkeypatch, TODAY)
    return opened_checkin(ctx, qtbot)


def test_days_of_this_year_show_no_year(window: CheckinWindow) -> None:
    window.first.setDate(QDate(2026, 11, 30))
    window.last.setDate(QDate(2026, 12, 6))
    assert (window.first.text(), window.last.text()) == ("30 Nov", "6 Dec")


def test_days_reaching_into_another_year_show_it_in_both_fields(
    window: CheckinWindow, qtbot: QtBot
) -> None:
    window.first.setDate(QDate(2026, 11, 30))
    window.last.setDate(QDate(2026, 12, 6))
    places = [window.first.geometry(), window.last.geometry(), window.since_last.geometry()]
    window.first.setDate(QDate(2025, 12, 28))
    assert (window.first.text(), window.last.text()) == ("28 Dec 2025", "6 Dec 2026")
    qtbot.wait(1)  # the layout would move them now, were their room to change
    now = [window.first.geometry(), window.last.geometry(), window.since_last.geometry()]
    assert now == places  # the room for the year was kept: nothing moved
    window.first.setDate(QDate(2026, 12, 1))
    assert (window.first.text(), window.last.text()) == ("1 Dec", "6 Dec")


def test_the_year_shows_while_typing_in_a_field(window: CheckinWindow, qtbot: QtBot) -> None:
    """So a day of another year can still be typed: "20 Nov 2025"."""
    window.first.setDate(QDate(2026, 11, 30))
    window.first.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(window.first.hasFocus)
    assert window.first.text() == "30 Nov 2026"
    window.first.lineEdit().selectAll()
    qtbot.keyClicks(window.first, "20 nov 2025")
    assert window.first.date() == QDate(2025, 11, 20)
    window.talk.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(window.talk.hasFocus)
    assert window.first.text() == "20 Nov 2025"  # another year's: it stays said
    assert window.last.text().endswith("2026")
    window.first.setFocus(Qt.FocusReason.TabFocusReason)
    window.first.setDate(QDate(2026, 11, 20))
    window.talk.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(window.talk.hasFocus)
    assert window.first.text() == "20 Nov"


def test_a_period_set_by_the_window_is_shaped_too(window: CheckinWindow) -> None:
    """Since my last session sets both days quietly (one refresh): the year follows."""
    window.first.setDate(QDate(2025, 11, 30))
    assert window.first.text().endswith("2025")
    window.since_last.click()
    assert str(TODAY.year) not in window.first.text() + window.last.text()


def test_the_session_day_shows_the_year_only_for_another_year(window: CheckinWindow) -> None:
    year = date.today().year  # the session's day is the calendar's
    window.session_day.setDate(QDate(year, 3, 4))
    assert window.session_day.text() == "4 Mar"
    window.session_day.setDate(QDate(year + 1, 1, 5))
    assert window.session_day.text() == f"5 Jan {year + 1}"
