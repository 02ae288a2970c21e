"""Sleep with a fake clock: reading `--slept`, the once-a-day morning question, the usual
bedtime for the wind-down reminder, and week-by-week steadiness."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, time, timedelta, timezone
from pathlib import Path

import pytest

from footholds.core import sleep
from footholds.core.store import InvalidEntry, SleepEntry, Store

TZ = timezone(timedelta(hours=-5))


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    s = Store(tmp_path / "store", aside_dir=tmp_path / "aside", durable=False)
    s.open()
    yield s
    s.close()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("23:30-07:10", ("23:30", "07:10")),
        ("7:00 - 9:30", ("07:00", "09:30")),
        ("00:45-08:00", ("00:45", "08:00")),
        ("21:00-05:30", ("21:00", "05:30")),
    ],
)
def test_slept_reads_a_night_across_midnight(text: str, expected: tuple[str, str]) -> None:
    assert sleep.parse_slept(text) == expected


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ("late", "like 23:30-07:10"),
        ("23:30", "like 23:30-07:10"),
        ("25:00-07:00", "isn't on the clock"),
        ("23:61-07:00", "isn't on the clock"),
        ("07:00-07:00", "are the same"),
        ("07:10-23:30", "swapped"),
    ],
)
def test_slept_refuses_nonsense_with_a_clear_message(text: str, says: str) -> None:
    with pytest.raises(sleep.SleepTimesError, match=says):
        sleep.parse_slept(text)


def test_the_morning_question_is_asked_once_a_day_before_noon(store: Store) -> None:
    morning = datetime(2026, 3, 10, 7, 30, tzinfo=TZ)

    def due(now: datetime, *, enabled: bool = True, put_aside: date | None = None) -> bool:
        return sleep.question_due(
            enabled=enabled,
            now=now,
            start_hour=4,
            answered_today=sleep.answered_on(store, now.date()),
            put_aside_on=put_aside,
        )

    assert due(morning)
    assert not due(morning, enabled=False)  # off: never asked
    assert not due(morning.replace(hour=12))  # noon: no longer asked
    assert not due(morning.replace(hour=3))  # the day has not started yet
    assert not due(morning, put_aside=morning.date())  # put aside this morning
    assert due(morning + timedelta(days=1), put_aside=morning.date())  # asked again tomorrow
    sleep.record(store, "23:30", "07:10", 4, morning=morning.date(), now=morning)
    assert not due(morning.replace(hour=9))  # answered: once a day
    assert due(morning + timedelta(days=1))


def test_answering_again_the_same_morning_replaces_it(store: Store) -> None:
    at = datetime(2026, 3, 10, 7, 30, tzinfo=TZ)
    first = sleep.record(store, "23:30", "07:10", None, morning=at.date(), now=at)
    second = sleep.record(store, "23:00", "07:00", 3, morning=at.date(), now=at)
    assert second.id == first.id
    saved = store.all(SleepEntry)
    assert [(s.bed, s.up, s.quality) for s in saved] == [("23:00", "07:00", 3)]


def test_two_nights_kept_for_one_morning_count_once_and_the_later_is_changed(
    store: Store,
) -> None:
    """Joined from the lock's inbox before it replaced: both stay kept, one is shown."""
    at = datetime(2026, 3, 10, 7, 30, tzinfo=TZ)
    store.add(SleepEntry(at=at, day="2026-03-10", bed="23:00", up="07:00", quality=2))
    later = SleepEntry(at=at + timedelta(hours=1), day="2026-03-10", bed="23:30", up="07:15")
    store.add(later)
    [shown] = sleep.recent(store, at.date(), days=7)
    assert shown.id == later.id
    [week] = sleep.weeks(sleep.recent(store, at.date(), days=7), at.date(), at.date())
    assert (week.nights, week.bed) == (1, ("23:30", "23:30"))
    changed = sleep.record(store, "22:45", "06:50", 4, morning=at.date(), now=at)
    assert changed.id == later.id  # the one shown is the one a new answer changes
    [shown] = sleep.recent(store, at.date(), days=7)
    assert (shown.bed, shown.quality) == ("22:45", 4)


def test_a_sleep_entry_refuses_impossible_values(store: Store) -> None:
    with pytest.raises(InvalidEntry):
        store.add(SleepEntry(day="2026-03-10", bed="24:00", up="07:00"))
    with pytest.raises(InvalidEntry):
        store.add(SleepEntry(day="2026-03-10", bed="23:00", up="07:00", quality=0))
    with pytest.raises(sleep.SleepTimesError):
        sleep.record(store, "07:00", "07:00", None, morning=date(2026, 3, 10))


def nights(*beds: str, last: date = date(2026, 3, 20), up: str = "07:00") -> list[SleepEntry]:
    return [
        SleepEntry(day=(last - timedelta(days=n)).isoformat(), bed=bed, up=up).clean()
        for n, bed in enumerate(reversed(beds))
    ]


def test_usual_bedtime_is_the_middle_of_recent_nights_across_midnight() -> None:
    today = date(2026, 3, 20)
    assert sleep.usual_bedtime(nights("23:00", "00:30", "23:30"), today) == "23:30"
    # the middle of two: halfway, across midnight
    assert sleep.usual_bedtime(nights("23:40", "00:20", "23:40", "00:20"), today) == "00:00"
    # one very late night does not drag it
    assert sleep.usual_bedtime(nights("22:30", "22:45", "22:30", "03:00"), today) == "22:38"


def test_usual_bedtime_needs_three_recent_nights() -> None:
    today = date(2026, 3, 20)
    assert sleep.usual_bedtime(nights("23:00", "23:30"), today) is None
    old = nights("21:00", "21:00", "21:00", last=today - timedelta(days=40))
    assert sleep.usual_bedtime(old, today) is None  # too long ago to be usual now
    # only the last 14 nights count
    many = nights(*(["20:00"] * 10 + ["23:00"] * 14))
    assert sleep.usual_bedtime(many, today) == "23:00"


def test_weeks_show_the_middle_of_bed_and_wake_times() -> None:
    entries = nights("23:00", "23:15", "23:30", "01:30", "23:10", last=date(2026, 3, 13))
    entries[0].quality, entries[1].quality = 2, 4
    [week] = sleep.weeks(entries, date(2026, 3, 1), date(2026, 3, 31))
    assert week.first == date(2026, 3, 9)
    assert week.nights == 5
    assert week.bed == ("23:10", "23:30")  # the middle half: the 01:30 night is left aside
    assert week.up == ("07:00", "07:00")
    assert week.quality == 3
    assert sleep.weeks(entries, date(2026, 4, 1), date(2026, 4, 30)) == []


def test_weeks_can_start_on_the_day_the_view_starts() -> None:
    """Insights' week ending Saturday 5 December starts on Sunday 29 November."""
    saturday = date(2026, 12, 5)
    entries = nights("23:00", "23:30", last=saturday) + nights("22:30", last=date(2026, 11, 28))
    sunday_weeks = sleep.weeks(entries, date(2026, 11, 1), saturday, starts_on=6)
    assert [(w.first, w.nights) for w in sunday_weeks] == [
        (date(2026, 11, 22), 1),
        (date(2026, 11, 29), 2),
    ]
    monday_weeks = sleep.weeks(entries, date(2026, 11, 1), saturday)
    assert [w.first for w in monday_weeks] == [date(2026, 11, 23), date(2026, 11, 30)]


def test_wind_down_uses_the_usual_bedtime_only_when_chosen() -> None:
    from zoneinfo import ZoneInfo

    from fakes import SchedulerRig
    from footholds.core.scheduler import Kind

    london = ZoneInfo("Europe/London")
    start = datetime(2024, 6, 3, 21, 0, tzinfo=london)
    quiet = {"reminders.movement_enabled": False, "reminders.rest_enabled": False}
    usual = {**quiet, "day.bedtime": "23:00", "day.bedtime_usual": True}
    # chosen: 45 minutes before the usual 23:30, not before the 23:00 set in settings
    rig = SchedulerRig(start, usual, usual_bedtime=lambda: "23:30")
    rig.run(120, step=60)
    assert [d.kind for d in rig.shown] == [Kind.WINDDOWN]
    assert rig.shown_at == [datetime(2024, 6, 3, 22, 45, tzinfo=london)]
    # not chosen: the set bedtime
    rig = SchedulerRig(start, {**usual, "day.bedtime_usual": False}, usual_bedtime=lambda: "23:30")
    rig.run(120, step=60)
    assert rig.shown_at == [datetime(2024, 6, 3, 22, 15, tzinfo=london)]
    # chosen, but no usual bedtime yet (fewer than three nights): the set one
    rig = SchedulerRig(start, usual, usual_bedtime=lambda: None)
    rig.run(120, step=60)
    assert rig.shown_at == [datetime(2024, 6, 3, 22, 15, tzinfo=london)]
    # chosen, with no bedtime set at all: the usual one alone turns wind-down on
    rig = SchedulerRig(start, {**usual, "day.bedtime": ""}, usual_bedtime=lambda: "22:30")
    rig.run(120, step=60)
    assert rig.shown_at == [datetime(2024, 6, 3, 21, 45, tzinfo=london)]


def test_usual_bedtime_from_the_store_follows_new_nights(store: Store) -> None:
    now = datetime(2026, 3, 20, 9, 0, tzinfo=TZ)
    usual = sleep.UsualBedtime(store, lambda: now)
    assert usual() is None
    for n, bed in enumerate(["23:00", "23:20", "23:40"]):
        sleep.record(store, bed, "07:00", None, morning=date(2026, 3, 18 + n), now=now)
    assert usual() == "23:20"


def test_the_summary_and_insights_name_the_same_sleep_week_alike(tmp_path: Path) -> None:
    """A check-in made on Saturday 5 December said "Week of Mon 30 Nov" while Insights called
    the same nights the week of Sunday 29 November: both count weeks ending on their last day."""
    from footholds.core.checkin_activity import gather_sleep
    from footholds.core.checkin_render import Wording

    saturday = date(2026, 12, 5)
    assert sleep.weeks_ending_on(saturday) == 6  # Sunday
    store = Store(tmp_path / "store", aside_dir=tmp_path / "aside", durable=False)
    store.open()
    try:
        for morning in (date(2026, 11, 28), date(2026, 11, 30), saturday):
            at = datetime.combine(morning, time(8)).astimezone()
            sleep.record(store, "23:00", "07:00", 3, morning=morning, now=at)
        summary = gather_sleep(store, date(2026, 11, 22), saturday)
        # Insights' card: the eight weeks up to the day shown
        first = saturday - timedelta(weeks=8) + timedelta(days=1)
        entries = sleep.recent(store, saturday, days=8 * 7)
        insights = sleep.weeks(entries, first, saturday, starts_on=sleep.weeks_ending_on(saturday))
    finally:
        store.close()
    assert [(w.first, w.nights) for w in summary] == [
        (date(2026, 11, 22), 1),
        (date(2026, 11, 29), 2),
    ]
    assert [(w.first, w.nights) for w in insights] == [(w.first, w.nights) for w in summary]
    assert Wording(today=saturday).day(summary[-1].first) == "Sun 29 Nov"


@pytest.mark.parametrize(
    ("bed", "up", "now", "refused"),
    [
        ("23:00", "07:00", (6, 6, 52, 0), True),  # the tour's night: up later than now
        ("23:00", "07:00", (6, 7, 0, 0), False),  # up this very minute
        ("23:00", "07:00", (6, 7, 0, 40), False),  # within the minute
        ("01:00", "09:30", (6, 9, 0, 0), True),  # both after midnight, up still to come
        ("21:00", "23:30", (6, 6, 0, 0), False),  # an evening's sleep: the day before
        ("23:00", "07:00", (7, 6, 0, 0), False),  # noted the next morning
    ],
)
def test_a_getting_up_time_still_to_come_is_refused(
    store: Store, bed: str, up: str, now: tuple[int, int, int, int], refused: bool
) -> None:
    day, hour, minute, second = now
    asked = datetime(2026, 12, day, hour, minute, second).astimezone()

    def record() -> SleepEntry:
        return sleep.record(store, bed, up, None, morning=date(2026, 12, 6), now=asked)

    if refused:
        with pytest.raises(sleep.SleepTimesError) as caught:
            record()
        assert caught.value.code == "sleep.not_yet"
        assert sleep.recent(store, date(2026, 12, 6), days=2) == []
    else:
        record()
        assert len(sleep.recent(store, date(2026, 12, 6), days=2)) == 1


def test_nights_are_one_a_morning_within_the_days_asked() -> None:
    """Insights' week shows each night at its morning, as its other charts show days."""
    tuesday = date(2026, 12, 8)
    entries = nights("23:00", "00:30", last=tuesday) + nights("22:00", last=date(2026, 11, 30))
    shown = sleep.nights(entries, date(2026, 12, 2), tuesday)
    assert [(n.first, n.last, n.mornings) for n in shown] == [
        (date(2026, 12, 7), date(2026, 12, 7), (date(2026, 12, 7),)),
        (tuesday, tuesday, (tuesday,)),
    ]
    assert [(n.nights, n.bed, n.up) for n in shown] == [
        (1, ("23:00", "23:00"), ("07:00", "07:00")),
        (1, ("00:30", "00:30"), ("07:00", "07:00")),
    ]
