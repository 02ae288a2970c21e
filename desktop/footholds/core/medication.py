"""Medication, off by default: the daily tick, the medicines list, and reminder words.

A reminder or notification never names a medicine: someone may be looking at the screen. It
is called by the time of day it was set for ("your evening reminder"), and this module is the
only place those words come from; it never reads the medicines list.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime, time, timedelta

from footholds.core.store import MedicationTaken, Medicine, Store

# Which part of the day a reminder time belongs to, by its hour.
PARTS = (
    (time(4), "morning"),
    (time(12), "afternoon"),
    (time(17), "evening"),
    (time(22), "night"),
)
# The English words; the UI passes the same keys translated (ui/journal/medication_words.py).
ENGLISH: dict[str, str] = {
    "morning": "Your morning reminder",
    "afternoon": "Your afternoon reminder",
    "evening": "Your evening reminder",
    "night": "Your night-time reminder",
}


def part_of_day(at: time) -> str:
    """morning (4-12), afternoon (12-17), evening (17-22) or night (22-4)."""
    part = "night"
    for start, name in PARTS:
        if at >= start:
            part = name
    return part


def reminder_text(due: datetime, words: Mapping[str, str] = ENGLISH) -> str:
    """What a medication reminder says: only the part of the day, never a medicine's name."""
    return words[part_of_day(due.timetz().replace(tzinfo=None))]


def taken_on(store: Store, day: date) -> MedicationTaken | None:
    """The tick for `day`, if the person ticked it."""
    ticks = _ticks_on(store, day)
    return ticks[0] if ticks else None


def _ticks_on(store: Store, day: date) -> list[MedicationTaken]:
    """Every tick for `day`: one, but a tick joined from the lock's inbox before it replaced
    may have made two."""
    wanted = day.isoformat()
    # a tick is made on its day, or in the small hours after it (the day starts at 4 am)
    start = datetime.combine(day, time(0)).astimezone() - timedelta(days=1)
    ticks = store.between(MedicationTaken, start, start + timedelta(days=3))
    return [tick for tick in ticks if tick.day == wanted]


def set_taken(store: Store, day: date, taken: bool, at: datetime | None = None) -> None:
    """Tick or untick `day` (an untick removes only that day's tick); `at` is when, if not
    now (a reminder answered is ticked at its time)."""
    ticks = _ticks_on(store, day)
    if taken and not ticks:
        record = MedicationTaken(day=day.isoformat())
        if at is not None:
            record.at = at
        store.add(record)
    elif not taken:
        for tick in ticks:  # every one, or the box would stay ticked
            store.remove(tick)


def medicines(store: Store) -> list[Medicine]:
    """The medicines list, in the order they were added."""
    return sorted(store.all(Medicine), key=lambda m: m.at)
