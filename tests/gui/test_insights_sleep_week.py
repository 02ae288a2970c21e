"""Insights' Week: bed and wake times sit in the same day columns as the other charts (one
band over "2–8 Dec" read as another kind of picture); Month keeps them week by week."""

from __future__ import annotations

from datetime import date, datetime, time
from typing import cast

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtGui import QPainter
from pytestqt.qtbot import QtBot

from footholds.app.build import AppContext
from footholds.core import sleep
from footholds.core.store import LogEntry
from footholds.ui.reflect.insights import InsightsWindow

TUESDAY = datetime(2026, 12, 8, 12).astimezone()  # the week shown: Wed 2 – Tue 8 Dec


def night(ctx: AppContext, morning: date, bed: str) -> None:
    at = datetime.combine(morning, time(8)).astimezone()
    sleep.record(ctx.store, bed, "06:30", 3, morning=morning, now=at)


def open_insights(ctx: AppContext, qtbot: QtBot, span: str) -> InsightsWindow:
    ctx.windows.show("insights", span=span)
    window = cast(InsightsWindow, ctx.windows.get("insights"))
    qtbot.waitUntil(window.isVisible)
    return window


def test_the_week_shows_each_night_in_its_day_column(
    ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("footholds.core.days.now_local", lambda: TUESDAY)
    night(ctx, date(2026, 12, 4), "23:30")
    night(ctx, date(2026, 12, 8), "23:00")
    ctx.store.add(LogEntry(at=TUESDAY, feelings=["tired"]))  # the other charts show too
    window = open_insights(ctx, qtbot, "week")
    chart = window.sleep.chart
    labels = [text for text, _ in chart.columns]
    assert labels == ["Wed", "Thu", "Fri", "Sat", "Sun", "Mon", "Tue"]  # as the other charts
    shown = [(text, n.mornings) for text, n in chart.columns if n is not None]
    assert shown == [("Fri", (date(2026, 12, 4),)), ("Tue", (date(2026, 12, 8),))]
    assert chart.accessibleName() == "Bed and wake times, night by night"
    assert chart.accessibleDescription() == (
        "Night of 3–4 Dec: to bed 23:30, up 06:30; Night of 7–8 Dec: to bed 23:00, up 06:30"
    )
    # each mark over the same place as the other charts' day of that column
    moves = window.moves.chart
    qtbot.waitExposed(window)
    assert moves.isVisible()
    ours, theirs = chart.mapTo(window, QPoint(0, 0)).x(), moves.mapTo(window, QPoint(0, 0)).x()
    for i in range(7):
        assert ours + chart.column_x(i) == pytest.approx(theirs + moves.plot_x(i, 7), abs=2)


def test_the_month_keeps_its_weeks(
    ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("footholds.core.days.now_local", lambda: TUESDAY)
    night(ctx, date(2026, 12, 8), "23:00")
    window = open_insights(ctx, qtbot, "month")
    chart = window.sleep.chart
    assert [text for text, _ in chart.columns] == ["2–8 Dec"]
    assert chart.accessibleName() == "Bed and wake times, week by week"
    window.week.click()
    assert [text for text, _ in chart.columns][-1] == "Tue"


def test_the_months_weeks_sit_under_their_own_days(
    ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Month: each week's bands over its own days in the other charts' columns. One week
    alone ("2–8 Dec") was drawn mid-chart, under about 23 Nov on the charts above it."""
    monkeypatch.setattr("footholds.core.days.now_local", lambda: TUESDAY)
    for day in range(2, 9):
        night(ctx, date(2026, 12, day), "23:30")
    night(ctx, date(2026, 11, 10), "23:00")  # the month's first week, cut to its days
    night(ctx, date(2026, 10, 20), "23:00")  # before the month shown: not in its picture
    ctx.store.add(LogEntry(at=TUESDAY, feelings=["tired"]))  # the other charts show too
    window = open_insights(ctx, qtbot, "month")
    qtbot.waitExposed(window)
    chart, moves = window.sleep.chart, window.moves.chart
    assert [text for text, _ in chart.columns] == ["9–10 Nov", "2–8 Dec"]
    days = [d.day for d in moves.data.days] if moves.data else []
    assert (days[0], days[-1], len(days)) == (date(2026, 11, 9), date(2026, 12, 8), 30)
    ours, theirs = chart.mapTo(window, QPoint(0, 0)).x(), moves.mapTo(window, QPoint(0, 0)).x()

    def under(first: date, last: date) -> float:
        a, b = days.index(first), days.index(last)
        return theirs + (moves.plot_x(a, 30) + moves.plot_x(b, 30)) / 2

    assert ours + chart.column_x(0) == pytest.approx(
        under(date(2026, 11, 9), date(2026, 11, 10)), abs=2
    )
    assert ours + chart.column_x(1) == pytest.approx(
        under(date(2026, 12, 2), date(2026, 12, 8)), abs=2
    )


def test_the_months_weeks_are_named_as_small_as_the_other_charts_days(
    ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Month: "24–30 Nov" under the bed and wake bands was drawn in body type, larger than
    the day names under the charts above it ("28 Nov"), as if it were another kind of axis."""
    monkeypatch.setattr("footholds.core.days.now_local", lambda: TUESDAY)
    for day in range(2, 9):
        night(ctx, date(2026, 12, day), "23:30")
    ctx.store.add(LogEntry(at=TUESDAY, feelings=["tired"]))
    window = open_insights(ctx, qtbot, "month")
    qtbot.waitExposed(window)
    sizes: dict[str, float] = {}
    draw = QPainter.drawText

    def noted(painter: QPainter, *args: object) -> None:
        sizes[str(args[-1])] = painter.font().pointSizeF()
        draw(painter, *args)  # type: ignore[call-overload]

    with monkeypatch.context() as patched:
        patched.setattr(QPainter, "drawText", noted)
        window.moves.chart.grab()
        window.sleep.chart.grab()
    assert "8 Dec" in sizes and "2–8 Dec" in sizes
    assert sizes["2–8 Dec"] == pytest.approx(sizes["8 Dec"])
