"""Which sessions My sessions offers notes for (core/sessions.py noted): each one over in
the last two weeks, latest first, so the week before of a weekly session can still be
reached; and a session kept by its day alone from that day's start, as no offer is made for
it and its time is not known."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from footholds.core import sessions as ss
from footholds.core.store import Session

LONDON = ZoneInfo("Europe/London")
TWO_WEEKS = timedelta(days=14)


def keys(found: list[ss.Occurrence]) -> list[date]:
    return [o.key for o in found]


def test_a_weekly_session_has_each_day_of_the_last_two_weeks_latest_first() -> None:
    weekly = Session(day="2026-11-03", time="17:00", every="1w")
    now = datetime(2026, 12, 9, 9, 0, tzinfo=LONDON)
    assert keys(ss.noted([weekly], now, TWO_WEEKS)) == [date(2026, 12, 8), date(2026, 12, 1)]


def test_one_still_going_on_or_to_come_has_none() -> None:
    weekly = Session(day="2026-12-01", time="17:00", every="1w")
    in_it = datetime(2026, 12, 8, 17, 20, tzinfo=LONDON)
    assert keys(ss.noted([weekly], in_it, TWO_WEEKS)) == [date(2026, 12, 1)]
    assert ss.noted([weekly], datetime(2026, 12, 1, 9, 0, tzinfo=LONDON), TWO_WEEKS) == []


def test_a_cancelled_day_has_none_and_a_moved_one_its_own() -> None:
    weekly = Session(
        day="2026-11-03",
        time="17:00",
        every="1w",
        cancelled=["2026-12-01"],
        moved={"2026-11-24": "2026-11-26 10:00"},
    )
    now = datetime(2026, 12, 9, 9, 0, tzinfo=LONDON)
    assert keys(ss.noted([weekly], now, TWO_WEEKS)) == [date(2026, 12, 8), date(2026, 11, 24)]


def test_a_session_kept_by_its_day_alone_has_notes_from_that_day_on() -> None:
    """No offer is made for it (its time unknown, one could come before it); the link waited
    for its day to be over, so on the evening of the session there was no way to its notes."""
    untimed = Session(day="2026-12-03")
    assert ss.noted([untimed], datetime(2026, 12, 2, 20, 0, tzinfo=LONDON), TWO_WEEKS) == []
    on_the_day = datetime(2026, 12, 3, 19, 0, tzinfo=LONDON)
    assert keys(ss.noted([untimed], on_the_day, TWO_WEEKS)) == [date(2026, 12, 3)]
    later = datetime(2026, 12, 17, 9, 0, tzinfo=LONDON)
    assert keys(ss.noted([untimed], later, TWO_WEEKS)) == [date(2026, 12, 3)]
    assert ss.noted([untimed], later + timedelta(days=1), TWO_WEEKS) == []
