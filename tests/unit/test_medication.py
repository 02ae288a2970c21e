"""Medication, off by default: reminders at set times that follow the reminder rules and never
name a medicine, the daily tick, and the medicines list."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from fakes import SchedulerRig
from footholds.core import medication
from footholds.core.scheduler import Kind
from footholds.core.store import MedicationTaken, Medicine, Store

LONDON = ZoneInfo("Europe/London")
NOTHING_ELSE = {"reminders.movement_enabled": False, "reminders.rest_enabled": False}


def at(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2024, 6, day, hour, minute, tzinfo=LONDON)


def meds(*times: str) -> dict[str, object]:
    return {**NOTHING_ELSE, "medication.enabled": True, "medication.times": list(times)}


def test_off_by_default_nothing_is_reminded() -> None:
    rig = SchedulerRig(at(3, 8), {**NOTHING_ELSE, "medication.times": ["08:30"]})
    assert rig.run(120) == []


def test_a_reminder_at_each_set_time() -> None:
    rig = SchedulerRig(at(3, 8), meds("08:30", "20:00"))
    rig.auto = "done"
    rig.run(13 * 60, step=60)
    assert [d.kind for d in rig.shown] == [Kind.MEDICATION, Kind.MEDICATION]
    assert rig.shown_at == [at(3, 8, 30), at(3, 20)]


def test_a_medicine_time_in_quiet_hours_still_comes() -> None:
    """The person chose 22:30 for a bedtime medicine: held to 07:00 it was dropped as too
    late, so it never came at all."""
    rig = SchedulerRig(
        at(3, 21, 50),
        {**meds("22:30"), "reminders.quiet_start": "22:00", "reminders.quiet_end": "07:00"},
    )
    rig.auto = "done"
    rig.run(120, step=60)
    assert [d.kind for d in rig.shown] == [Kind.MEDICATION]
    assert rig.shown_at == [at(3, 22, 30)]
    assert (Kind.MEDICATION, "quiet_hours") not in rig.deferred


def test_a_locked_screen_defers_it() -> None:
    rig = SchedulerRig(at(3, 8), meds("08:30"))
    rig.run(45, locked=True)
    assert rig.shown == [] and (Kind.MEDICATION, "locked") in rig.deferred


@pytest.mark.parametrize(
    ("clock", "words"),
    [
        (time(4), "Your morning reminder"),
        (time(8, 30), "Your morning reminder"),
        (time(11, 59), "Your morning reminder"),
        (time(12), "Your afternoon reminder"),
        (time(16, 59), "Your afternoon reminder"),
        (time(17), "Your evening reminder"),
        (time(21, 59), "Your evening reminder"),
        (time(22), "Your night-time reminder"),
        (time(0, 30), "Your night-time reminder"),
        (time(3, 59), "Your night-time reminder"),
    ],
)
def test_a_reminder_is_named_by_the_time_of_day(clock: time, words: str) -> None:
    assert medication.reminder_text(datetime.combine(date(2024, 6, 3), clock, LONDON)) == words


def test_no_medicine_name_can_reach_a_reminder(tmp_path: Path) -> None:
    store = Store(tmp_path / "store", aside_dir=tmp_path / "aside")
    store.open()
    names = ["Sertraline", "Evening pill", "morning", "reminder", "Your"]
    for name in names:
        store.add(Medicine(name=name, dose="50 mg"))
    rig = SchedulerRig(at(3, 6), meds("07:00", "13:00", "18:00", "23:30"))
    rig.settings.set("reminders.quiet_hours", False)
    rig.auto = "done"
    rig.run(20 * 60, step=60)
    texts = {medication.reminder_text(due.at) for due in rig.shown}
    assert len(rig.shown) == 4
    # the words come from a fixed list, whatever the medicines are called
    assert texts <= set(medication.ENGLISH.values())
    for text in texts:
        for name in ("Sertraline", "Evening pill", "50 mg"):
            assert name.lower() not in text.lower()
    store.close()


def test_the_tick_is_one_per_day_and_can_be_undone(tmp_path: Path) -> None:
    store = Store(tmp_path / "store", aside_dir=tmp_path / "aside")
    store.open()
    # today, as the tick is made (a fixed day failed once the clock was two days past it:
    # a tick is looked for around the time it was made)
    day = date.today()
    assert medication.taken_on(store, day) is None
    medication.set_taken(store, day, True)
    medication.set_taken(store, day, True)
    assert len(store.all(MedicationTaken)) == 1
    assert medication.taken_on(store, day) is not None
    assert medication.taken_on(store, day + timedelta(days=1)) is None
    medication.set_taken(store, day, False)
    assert medication.taken_on(store, day) is None and store.all(MedicationTaken) == []
    store.close()


def test_untick_takes_back_both_ticks_a_locked_day_may_have_left(tmp_path: Path) -> None:
    """Two ticks for one day (one joined from the lock's inbox before it replaced): the box
    is ticked off at once, not left ticked by the second."""
    store = Store(tmp_path / "store", aside_dir=tmp_path / "aside")
    store.open()
    day = date.today()
    for _ in range(2):
        store.add(MedicationTaken(day=day.isoformat()))
    medication.set_taken(store, day, False)
    assert medication.taken_on(store, day) is None and store.all(MedicationTaken) == []
    store.close()


def test_dose_changes_are_kept_in_date_order() -> None:
    medicine = Medicine(
        name="Something",
        dose="10 mg",
        changes=[{"day": "2026-11-20", "dose": "20 mg"}, {"day": "2026-10-01", "dose": "15 mg"}],
    ).clean()
    assert [c["day"] for c in medicine.changes] == ["2026-10-01", "2026-11-20"]
    assert medicine.changes[0] == {"day": "2026-10-01", "dose": "15 mg", "note": ""}
