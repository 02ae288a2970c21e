"""The check-in summary: the period, what is gathered, and Markdown and HTML against golden files.

Regenerate the golden files only on purpose, after reading the difference:
FOOTHOLDS_REGOLD=1 python3 -m pytest tests/unit/test_checkin_report.py
"""

from __future__ import annotations

import os
import re
from datetime import date, timedelta
from pathlib import Path

import pytest

from checkin_data import FIRST, LAST, TODAY, TZ, at, fill, open_store
from footholds.core import checkin
from footholds.core.checkin_chart import bins
from footholds.core.checkin_render import sparkline, to_html, to_markdown
from footholds.core.store import LogEntry, Session

GOLDEN = Path(__file__).parent / "golden"


@pytest.fixture
def store(tmp_path: Path):
    s = fill(open_store(tmp_path))
    yield s
    s.close()


@pytest.fixture
def report(store) -> checkin.Report:
    return checkin.gather(store, FIRST, LAST, made=TODAY, tz=TZ, day_start_hour=4)


def golden(name: str, text: str) -> None:
    path = GOLDEN / name
    if os.environ.get("FOOTHOLDS_REGOLD"):
        path.write_text(text, encoding="utf-8")
    assert text == path.read_text(encoding="utf-8"), f"{name} differs from the golden file"


def test_markdown_matches_golden_file(report) -> None:
    golden("checkin.md", to_markdown(report))


def test_html_matches_golden_file(report) -> None:
    golden("checkin.html", to_html(report))


def test_default_period_starts_at_the_last_session_before_today(store) -> None:
    assert checkin.default_period(store, TODAY) == (date(2026, 3, 2), TODAY)
    # the session on the 17th is the one being prepared for, not a start
    assert checkin.upcoming_session(store, TODAY).day == "2026-03-17"
    after = date(2026, 3, 20)
    assert checkin.default_period(store, after) == (date(2026, 3, 17), after)


def test_default_period_without_sessions_is_the_last_14_days(tmp_path) -> None:
    store = open_store(tmp_path)
    first, last = checkin.default_period(store, TODAY)
    assert (last - first).days + 1 == 14 and last == TODAY
    store.add(Session(day=TODAY.isoformat()))  # a session today does not shorten today's summary
    assert checkin.default_period(store, TODAY) == (first, last)


def test_gather_counts_what_helped_most_often_first_and_alike_answers_together(report) -> None:
    assert report.helped == [("a walk", 3), ("talking to Sam", 1), ("a bath", 1)]
    assert report.parts == [("the critic", 2), ("the numb part", 1)]


def test_gather_follows_the_day_start_hour(report) -> None:
    # written at 1 am on the 5th: it belongs to the evening of the 4th
    day = next(d for d in report.days.days if d.day == date(2026, 3, 4))
    assert day.entries == 2 and day.energy == 1.5 and day.feelings == ("anxious", "numb")


def test_gather_keeps_to_the_period(report) -> None:
    assert [p.text for p in report.proof] == ["Got through Monday's meeting."]
    assert report.movements == 5 and report.movement_days == 4  # skipped ones are not counted
    assert report.thoughts[0].traps == ("All-or-nothing", "my own trap")
    assert report.talk_about.startswith("Sleep has been hard.")


def test_leaving_sections_out(report) -> None:
    chosen = [s for s in checkin.SECTIONS if s not in ("tried", "thoughts", "talk")]
    for text in (to_markdown(report, chosen), to_html(report, chosen)):
        assert "What I tried" not in text and "breathing slowly" not in text
        assert "I always let people down" not in text and "Sleep has been hard" not in text
        assert "What set things off" in text and "a long call with my manager" in text


def test_an_empty_period_reads_kindly(tmp_path) -> None:
    store = open_store(tmp_path)
    report = checkin.gather(store, FIRST, LAST, made=TODAY, tz=TZ)
    text = to_markdown(report)
    shown = len(checkin.SECTIONS) - len(checkin.LEFT_OUT_WHEN_EMPTY)
    assert text.count("Nothing noted here for these days.") == shown
    # the parts that are left out when empty are not there at all
    assert "What I did, and how it felt" not in text and "## Sleep" not in text
    assert "<svg" not in to_html(report)
    for word in ("missed", "failed", "streak", "bad day"):
        assert word not in text.lower()


def test_long_periods_are_drawn_one_mark_per_week(tmp_path) -> None:
    store = open_store(tmp_path)
    first = date(2025, 1, 1)
    for n in range(0, 120, 3):
        store.add(LogEntry(at=at(1, 12) - timedelta(days=400 - n), energy=1 + n % 5))
    report = checkin.gather(store, first, first + timedelta(days=119), made=TODAY, tz=TZ)
    points = bins(report.days)
    assert len(points) == 18  # 120 days in weeks, the last one short
    assert len(sparkline(points)) == 18
    assert "Energy each week" in to_markdown(report)


def test_sparkline_marks_levels_and_gaps(report) -> None:
    line = sparkline(bins(report.days))
    assert len(line) == 14
    assert line[0] == "▂" and line[3] == "·"  # energy 2 on the 2nd, nothing on the 5th


def test_html_is_self_contained_and_escapes_what_the_person_wrote(store) -> None:
    store.add(LogEntry(at=at(9, 9), trigger='<script>alert("x")</script> & more'))
    report = checkin.gather(store, FIRST, LAST, made=TODAY, tz=TZ, day_start_hour=4)
    page = to_html(report)
    assert "<script>" not in page and "&lt;script&gt;" in page and "&amp; more" in page
    assert "<svg" in page and "</svg>" in page
    sources = re.findall(r'(?:src|href)="([^"]+)"', page)
    assert sources == []  # nothing is fetched from anywhere
    assert re.findall(r"https?://[^\s\"']+", page) == ["http://www.w3.org/2000/svg"]


def test_chart_uses_calm_colours_only(report) -> None:
    page = to_html(report)
    for colour in set(re.findall(r"#[0-9a-fA-F]{6}", page)):
        r, g, b = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
        assert not (r > g + 60 and r > b + 60), f"{colour} reads as a warning red"


def test_markdown_multi_line_notes_stay_inside_their_item(store) -> None:
    store.add(LogEntry(at=at(9, 9), tried="first line\nsecond line"))
    report = checkin.gather(store, FIRST, LAST, made=TODAY, tz=TZ, day_start_hour=4)
    assert "- Mon 9 Mar: first line\n  second line" in to_markdown(report)
