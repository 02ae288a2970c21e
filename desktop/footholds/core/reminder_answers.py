"""What `footholds remind`, `pause` and `resume` answer, in English like every other
command-line answer (the tray's own words are translated in the UI)."""

from __future__ import annotations

from datetime import datetime

from footholds.core import reminders
from footholds.core.reminders import Kind

KIND_WORDS: dict[Kind, str] = {
    Kind.MOVEMENT: "movement",
    Kind.REST: "rest",
    Kind.WINDDOWN: "wind-down",
    Kind.NOURISHMENT: "food and water",
    Kind.REACH_OUT: "reach-out",
    Kind.ACTIVITY: "planned activity",
    Kind.MEDICATION: "reminder",
}


def reminded(kind: Kind) -> str:
    return f"Here is a {KIND_WORDS[kind]} idea."


def paused(until: datetime | None, now: datetime) -> str:
    if until is None:
        return "Reminders are paused until you resume them."
    return f"Reminders are paused until {clock_text(until, now)}."


def resumed(was_paused: bool) -> str:
    return "Reminders are back on." if was_paused else "Nothing was paused."


def clock_text(when: datetime, now: datetime) -> str:
    """14:30 today; "tomorrow at 04:00" or "Tuesday at 09:00" on another day, the tray's own
    words (reminders.clock_text) so the two never differ."""
    return reminders.clock_text(when, now, reminders.ENGLISH)
