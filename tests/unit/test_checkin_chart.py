"""The check-in summary's chart puts each feeling's dot on the person's day, as its table does
(an entry before the day-start hour counts for the day before), and gives a row to every
feeling Insights gives one, so a feeling the table lists under a day is not missing from the
picture."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest

from checkin_data import FIRST, TODAY, at, open_store
from footholds.core import checkin
from footholds.core.checkin_chart import bins, chart_svg
from footholds.core.checkin_html import to_html
from footholds.core.insights import build
from footholds.core.store import LogEntry, Store


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    s = open_store(tmp_path)
    yield s
    s.close()


def dots(svg: str) -> dict[float, list[float]]:
    """The feeling dots of a chart: each row's height, and the places along it of its dots."""
    rows: dict[float, list[float]] = {}
    for cx, cy in re.findall(r'<circle cx="([\d.]+)" cy="([\d.]+)" r="5"', svg):
        rows.setdefault(float(cy), []).append(float(cx))
    return rows


def report(store: Store, last: date) -> checkin.Report:
    return checkin.gather(store, FIRST, last, made=TODAY, day_start_hour=4)


def test_an_entry_at_half_past_midnight_has_its_dot_on_the_day_before(store: Store) -> None:
    store.add(LogEntry(id="a", at=at(3, 12), energy=3, feelings=["calm"]))
    store.add(LogEntry(id="b", at=at(5, 0, 30), feelings=["anxious"]))  # still the 4th
    store.add(LogEntry(id="c", at=at(5, 12), energy=2, feelings=["calm"]))
    r = report(store, FIRST + timedelta(days=4))
    points = bins(r.days)
    [anxious_day] = [b.first for b in points if "anxious" in b.feelings]
    assert anxious_day == date(2026, 3, 4)
    html = to_html(r)
    assert "<tr><td>Wed 4 Mar</td><td></td><td>anxious</td></tr>" in html
    svg = chart_svg(r.days, str)
    rows = dots(svg)
    anxious_row = sorted(rows)[r.days.top_feelings.index("anxious")]
    step = (640 - 120 - 36) / len(points)
    assert rows[anxious_row] == [
        pytest.approx(
            120
            + (points.index(next(b for b in points if b.first == date(2026, 3, 4))) + 0.5) * step,
            abs=0.1,
        )
    ]


def test_every_feeling_insights_gives_a_row_has_one_in_the_summary(store: Store) -> None:
    """Seven feelings in a week, the last named once in a quick log at 00:57: Insights
    draws its dot, and so does the summary's chart."""
    named = ["tired", "heavy", "flat", "anxious", "sad", "calm"]
    for n, feeling in enumerate(named):
        for repeat in range(len(named) - n + 1):
            store.add(
                LogEntry(id=f"l{n}-{repeat}", at=at(2 + repeat, 12), energy=3, feelings=[feeling])
            )
    store.add(LogEntry(id="late", at=at(6, 0, 57), feelings=["lonely"]))  # the 5th's
    last = FIRST + timedelta(days=6)
    r = report(store, last)
    seen = build(store, FIRST, last, day_start_hour=4)
    assert "lonely" in [name for name, _ in seen.feelings[:7]]  # a row in Insights
    assert "lonely" in r.days.top_feelings
    points = bins(r.days)
    rows = dots(chart_svg(r.days, str))
    lonely_row = sorted(rows)[r.days.top_feelings.index("lonely")]
    [place] = rows[lonely_row]
    day = next(i for i, b in enumerate(points) if b.first == date(2026, 3, 5))
    step = (640 - 120 - 36) / len(points)
    assert place == pytest.approx(120 + (day + 0.5) * step, abs=0.1)
