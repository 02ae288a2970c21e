"""A small, fixed store for the check-in and insights tests: two weeks of a person's notes."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from pathlib import Path

from footholds.core.store import (
    LogEntry,
    Proof,
    ReminderEvent,
    Session,
    Store,
    ThoughtLog,
)

TZ = timezone(timedelta(hours=1))
FIRST = date(2026, 3, 2)
LAST = date(2026, 3, 15)
TODAY = date(2026, 3, 16)


def at(day: int, hour: int, minute: int = 0) -> datetime:
    """A moment in March 2026 in the fixed test zone."""
    return datetime(2026, 3, day, hour, minute, tzinfo=TZ)


def open_store(folder: Path) -> Store:
    store = Store(folder / "store", aside_dir=folder / "aside", durable=False)
    store.open()
    return store


def fill(store: Store) -> Store:
    """Write the fixed data set: logs, reminders, a thought log, proof and sessions."""
    n = 0

    def rid(prefix: str) -> str:
        nonlocal n
        n += 1
        return f"{prefix}{n:03d}"

    logs = [
        (2, 9, ["tired", "heavy"], 2, ["drank water"], "", "", "", "", "the critic"),
        (2, 21, ["flat"], 2, [], "", "a long call with my manager", "", "", ""),
        (3, 8, ["tired"], 3, ["ate something", "drank water"], "", "", "", "a walk", ""),
        (4, 13, ["anxious"], 2, [], "slept badly", "", "breathing slowly", "", "the critic"),
        (5, 1, ["numb"], 1, [], "couldn't sleep", "", "", "", "the numb part"),
        (6, 18, ["calm", "tired"], 3, ["stepped outside"], "", "", "", "A walk ", ""),
        (8, 10, ["sad"], None, ["reached out"], "Texted Sam.\nIt was short.", "", "", "", ""),
        (9, 16, ["tired", "calm"], 4, ["moved"], "", "", "", "talking to Sam", ""),
        (11, 12, ["heavy"], 2, [], "", "an email | from work", "a bath", "a bath", ""),
        (12, 20, ["calm"], 4, ["drank water", "moved"], "", "", "", "a walk", ""),
        (14, 9, ["tired", "hopeful"], 3, ["ate something"], "", "", "", "", ""),
        (15, 23, ["hopeful"], 4, [], "A good talk.", "", "", "", ""),
    ]
    for day, hour, feelings, energy, wins, note, trigger, tried, helped, part in logs:
        store.add(
            LogEntry(
                id=rid("log"),
                at=at(day, hour),
                feelings=feelings,
                energy=energy,
                wins=wins,
                note=note,
                trigger=trigger,
                tried=tried,
                helped=helped,
                part=part,
            )
        )
    for day, kind, outcome in [
        (2, "movement", "done"),
        (3, "movement", "skipped"),
        (3, "movement", "done"),
        (3, "movement", "done"),
        (6, "movement", "done"),
        (9, "winddown", "done"),
        (10, "winddown", "skipped"),
        (12, "movement", "done"),
    ]:
        store.add(ReminderEvent(id=rid("rem"), at=at(day, 15), reminder=kind, outcome=outcome))
    store.add(
        ThoughtLog(
            id=rid("th"),
            at=at(7, 19),
            thought="I always let people down.",
            belief_before=80,
            balanced="I let Sam down once this week, and I also showed up for him twice.",
            belief_after=45,
            traps=["tt-all-or-nothing", "my own trap"],
        )
    )
    store.add(
        Proof(id=rid("pr"), at=at(10, 11), day="2026-03-10", text="Got through Monday's meeting.")
    )
    store.add(Proof(id=rid("pr"), at=at(1, 11), day="2026-02-20", text="Before the period."))
    store.add(
        Session(
            id=rid("se"),
            at=at(2, 8),
            day="2026-03-02",
            talk_about="Old notes.",
            notes=[
                {"day": "2026-03-02", "remember": "Small steps count.", "try": "A walk\nat lunch."}
            ],
        )
    )
    store.add(
        Session(
            id=rid("se"),
            at=at(15, 20),
            day="2026-03-17",
            talk_about="Sleep has been hard.\nI want to talk about work, and about Sam.",
        )
    )
    return store


def fill_activity_and_sleep(store: Store) -> Store:
    """Activities planned and done (one never done), and nights' sleep, in the same weeks."""
    from datetime import time as clock

    from footholds.core import activation, sleep

    walk = activation.Idea("ac-short-walk", "A short walk", "enjoyment", False)
    call = activation.Idea("", "Call Sam", "connection", True)
    for day, idea, before, after, word in [
        (3, walk, 2, 3, "fresh air"),
        (6, call, None, 4, ""),
        (9, walk, None, None, "rain"),
    ]:
        made = activation.plan(store, idea, date(2026, 3, day), now=at(day, 9))
        activation.done(
            store, made, mood_before=before, mood_after=after, word=word, now=at(day, 17)
        )
    activation.plan(store, walk, date(2026, 3, 12), at=clock(18), now=at(12, 9))  # not done
    for day, bed, up, quality in [
        (3, "23:30", "07:10", 3),
        (4, "23:45", "07:00", 4),
        (5, "00:30", "07:30", 2),
        (10, "23:00", "07:00", None),
    ]:
        sleep.record(store, bed, up, quality, morning=date(2026, 3, day), now=at(day, 8))
    return store
