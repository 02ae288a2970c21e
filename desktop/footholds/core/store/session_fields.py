"""Checks for the fields a therapy session record added later: its start time, how often it
repeats, the notes kept with each occurrence, and the ones cancelled or moved.

Kept apart from models.py so that file stays small; these are plain functions on values.
"""

from __future__ import annotations

import re
from typing import Any

from footholds.core.store import validate as v
from footholds.core.store.validate import invalid

EVERY = ("", "1w", "2w", "4w")  # one date, or every one, two or four weeks
NOTE_KEYS = ("day", "talk", "remember", "try")
NOTES_LIMIT = 600  # more than ten years of weekly sessions
THERAPIST_LIMIT = 100  # the sessions editor's name field holds the same
OFFERED_KEEP = 12  # offers already made; only the recent ones matter
_HHMM = re.compile(r"([01]\d|2[0-3]):[0-5]\d")
_OFFER = re.compile(r"(before|after):\d{4}-\d{2}-\d{2}")


def hhmm(value: Any, label: str, *, optional: bool = True) -> str:
    """A clock time as HH:MM text (00:00 to 23:59), or "" when none is set."""
    if value in (None, "") and optional:
        return ""
    if not isinstance(value, str) or not _HHMM.fullmatch(value.strip()):
        raise invalid("entry.not_session_clock", field=label)
    return value.strip()


def notes(value: Any) -> list[dict[str, str]]:
    """The notes kept with each occurrence: its day, and what to talk about, remember, try."""
    if value is None:
        return []
    if not isinstance(value, list) or len(value) > NOTES_LIMIT:
        raise invalid("entry.shape", field="The session notes")
    out: dict[str, dict[str, str]] = {}
    for item in value:
        if not isinstance(item, dict) or set(item) - set(NOTE_KEYS):
            raise invalid("entry.shape", field="A session note")
        day = v.day(item.get("day"), "The day of a session note")
        out[day] = {
            "day": day,
            "talk": v.text(item.get("talk"), "What I want to talk about", limit=v.NOTE_LIMIT),
            "remember": v.text(item.get("remember"), "What I want to remember", limit=v.NOTE_LIMIT),
            "try": v.text(item.get("try"), "Something to try", limit=v.NOTE_LIMIT),
        }
    return [out[day] for day in sorted(out)]


def days(value: Any, label: str) -> list[str]:
    """Occurrence days (cancelled ones), sorted, each once."""
    if value is None:
        return []
    if not isinstance(value, list) or len(value) > NOTES_LIMIT:
        raise invalid("entry.not_dates", field=label)
    return sorted({v.day(item, label) for item in value})


def moves(value: Any) -> dict[str, str]:
    """Moved occurrences: the day it was planned for -> its new start, "YYYY-MM-DD HH:MM"."""
    if value is None:
        return {}
    if not isinstance(value, dict) or len(value) > NOTES_LIMIT:
        raise invalid("entry.shape", field="The moved sessions")
    out: dict[str, str] = {}
    for key, to in value.items():
        day = v.day(key, "A moved session's date")
        if not isinstance(to, str) or len(to.split()) != 2:
            raise invalid("entry.moved_needs")
        new_day, new_time = to.split()
        new_time = hhmm(new_time, "The new time", optional=False)
        out[day] = f"{v.day(new_day, 'The new date')} {new_time}"
    return dict(sorted(out.items()))


def offered(value: Any) -> list[str]:
    """Offers already made ("before:2026-12-03"), so each is made once; the recent ones kept."""
    if value is None:
        return []
    if not isinstance(value, list) or not all(
        isinstance(item, str) and _OFFER.fullmatch(item) for item in value
    ):
        raise invalid("entry.shape", field="The offers made for a session")
    for item in value:
        v.day(item.split(":", 1)[1], "The date of an offer")
    unique = list(dict.fromkeys(value))
    return sorted(unique, key=lambda k: k.split(":", 1)[1])[-OFFERED_KEEP:]


def clean_added(record: Any) -> None:
    """Check and normalise the later fields of a Session record in place."""
    record.time = hhmm(record.time, "The session time")
    record.minutes = v.number(record.minutes, "The session length", 5, 600, optional=False) or 50
    record.every = v.choice(record.every, "How often", EVERY)
    therapist = v.text(record.therapist, "The therapist's name", limit=THERAPIST_LIMIT)
    record.therapist = " ".join(therapist.split())
    record.notes = notes(record.notes)
    record.cancelled = days(record.cancelled, "A cancelled session")
    record.moved = moves(record.moved)
    record.offered = offered(record.offered)
