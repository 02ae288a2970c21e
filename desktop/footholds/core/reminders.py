"""What a reminder is, what the tray says about the next one, and reading saved state."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from enum import StrEnum


class Kind(StrEnum):
    MOVEMENT = "movement"
    REST = "rest"
    WINDDOWN = "winddown"
    NOURISHMENT = "nourishment"
    REACH_OUT = "reach_out"
    ACTIVITY = "activity"  # a nudge for something the person planned, at their chosen time
    MEDICATION = "medication"


INTERVAL = (Kind.MOVEMENT, Kind.REST)  # due after a stretch of active use
# due at a time of day
FIXED = (Kind.WINDDOWN, Kind.NOURISHMENT, Kind.REACH_OUT, Kind.ACTIVITY, Kind.MEDICATION)
# Which one goes first when several are due: set-time ones are dropped if they wait too long.
PRIORITY = (
    Kind.MEDICATION,
    Kind.WINDDOWN,
    Kind.ACTIVITY,
    Kind.NOURISHMENT,
    Kind.REACH_OUT,
    Kind.REST,
    Kind.MOVEMENT,
)
OUTCOMES = ("done", "snoozed", "skipped", "faded")

# The tray's words, in English. The UI passes the same keys translated
# (ui/reminders/reminder_words.py);
# keep the {placeholders}.
ENGLISH: dict[str, str] = {
    "off": "Reminders are off",
    "paused_resume": "Paused until you resume",
    "paused_until": "Paused until {time}",
    "quiet_hours": "Quiet hours until {time}",
    "outside_hours": "Outside working hours until {time}",
    "session": "Quiet for your session until {time}",
    "call": "Reminders wait until your call ends",
    "help_open_tough-day": "Quiet while Tough day is open",
    "help_open_help-now": "Quiet while Get help now is open",
    "help_after_tough-day": "Quiet for a while after Tough day, until {time}",
    "help_after_help-now": "Quiet for a while after Get help now, until {time}",
    "help_after": "Quiet for a little while, until {time}",
    "nothing": "No reminders coming up",
    "next": "Next {what} {when}",
    "waiting": "{what} is here whenever you want it",
    "at": "at {time}",
    "moment": "in a moment",
    "minutes": "in about {n} min",
    "hours": "in about {h} h",
    "hours_minutes": "in about {h} h {m} min",
    "day_time": "{day} at {time}",
    "tomorrow_time": "tomorrow at {time}",
    "today_time": "{time}",
    "name_movement": "movement",
    "name_rest": "rest",
    "name_winddown": "wind-down",
    "name_nourishment": "food and water nudge",
    "name_reach_out": "reach-out nudge",
    "name_activity": "nudge for your plan",
    "name_medication": "reminder",
    "waiting_movement": "A movement idea",
    "waiting_rest": "A short rest",
    "waiting_winddown": "Your wind-down idea",
    "waiting_nourishment": "A food and water idea",
    "waiting_reach_out": "A reach-out idea",
    "waiting_activity": "Something you planned",
    "waiting_medication": "Your reminder",
    "day_0": "Monday",
    "day_1": "Tuesday",
    "day_2": "Wednesday",
    "day_3": "Thursday",
    "day_4": "Friday",
    "day_5": "Saturday",
    "day_6": "Sunday",
}
Words = Mapping[str, str]


@dataclass(frozen=True)
class Due:
    """Show this reminder now. `at` is when it was due; `catch_up` means after a suspend;
    `welcome_back` means the first one after a call."""

    kind: Kind
    at: datetime
    catch_up: bool
    welcome_back: bool = False


@dataclass(frozen=True)
class Status:
    """The scheduler at a glance, for the tray icon and tooltip. Datetimes are local."""

    mode: str  # "active" | "paused" | "quiet" | "off"
    next_kind: Kind | None
    next_at: datetime | None
    paused_until: datetime | None  # None while paused means until resumed
    waiting: Kind | None  # a reminder that faded unanswered and waits in the tooltip
    quiet_reason: str | None = None  # "quiet_hours" | "outside_working_hours" | "session"
    quiet_until: datetime | None = None
    call: bool = False  # a call holds what is due until it ends (seen at the last look)
    # Tough day or Get help now holds reminders: "tough-day" | "help-now" ("" not known),
    # while it is open (help_until None) or for the quiet half hour after it closed
    help: str | None = None
    help_until: datetime | None = None

    def tooltip(self, now: datetime, words: Words = ENGLISH) -> str:
        """A short plain sentence or two about what comes next, for the tray tooltip."""
        w = words
        if self.mode == "off":
            lines = [w["off"]]
        elif self.mode == "paused":
            if self.paused_until is None:
                lines = [w["paused_resume"]]
            else:
                lines = [w["paused_until"].format(time=clock_text(self.paused_until, now, w))]
        elif self.mode == "quiet" and self.quiet_until is not None:
            key = {"quiet_hours": "quiet_hours", "session": "session"}.get(
                self.quiet_reason or "", "outside_hours"
            )
            lines = [w[key].format(time=clock_text(self.quiet_until, now, w))]
            if self.next_kind and self.next_at and self.next_at < self.quiet_until:
                lines.append(_next(self.next_kind, self.next_at, now, w))  # e.g. a wind-down
        elif self.help is not None:
            lines = [_help(self.help, self.help_until, now, w)]
            until, at = self.help_until, self.next_at
            if until is not None and at is not None and self.next_kind and at < until:
                lines.append(_next(self.next_kind, at, now, w))  # asked for: a medicine, say
        elif self.call:
            lines = [w["call"]]
        elif self.next_kind is None or self.next_at is None:
            lines = [w["nothing"]]
        else:
            lines = [_next(self.next_kind, self.next_at, now, w)]
        if self.waiting is not None:
            lines.append(w["waiting"].format(what=w[f"waiting_{self.waiting.value}"]))
        return "\n".join(lines)


def _help(window: str, until: datetime | None, now: datetime, w: Words) -> str:
    """Why reminders wait after a hard moment, in its own words: the tray said only "Next
    movement at 11:40", and a quiet half hour with no reason looked like a fault."""
    if until is None:
        return w.get(f"help_open_{window}", w["help_open_tough-day"])
    key = f"help_after_{window}" if f"help_after_{window}" in w else "help_after"
    return w[key].format(time=clock_text(until, now, w))


def _next(kind: Kind, at: datetime, now: datetime, w: Words) -> str:
    return w["next"].format(what=w[f"name_{kind.value}"], when=_when(kind, at, now, w))


def _when(kind: Kind, at: datetime, now: datetime, w: Words) -> str:
    left = at.astimezone(UTC) - now.astimezone(UTC)
    if kind in FIXED or left >= timedelta(hours=3):
        return when_text(at, now, w)
    minutes = round(left.total_seconds() / 60)
    if minutes <= 1:
        return w["moment"]
    if minutes < 60:
        return w["minutes"].format(n=minutes)
    hours, minutes = divmod(minutes, 60)
    if minutes:
        return w["hours_minutes"].format(h=hours, m=minutes)
    return w["hours"].format(h=hours)


def clock_text(at: datetime, now: datetime, w: Words) -> str:
    """14:30 today; "tomorrow at 04:00" or "Tuesday at 07:00" on another day, whole words
    that read after "until" in both languages ("hasta mañana a las 04:00", "hasta el martes
    a las 07:00"). A bare 04:00 for tomorrow's 04:00 read as today's to a tired eye ("Pause
    until tomorrow" seemed not to have worked), and an abbreviated weekday ("dom a las
    04:00") is not how anyone says it."""
    local = at.astimezone(now.tzinfo)
    time = local.strftime("%H:%M")
    if local.date() == now.date():
        return w["today_time"].format(time=time)  # Spanish says "hasta las 10:00"
    if local.date() == now.date() + timedelta(days=1):
        return w["tomorrow_time"].format(time=time)
    return w["day_time"].format(day=w[f"day_{local.weekday()}"], time=time)


def when_text(at: datetime, now: datetime, w: Words) -> str:
    """When something comes, after a verb or a name: "at 14:30" today, and on another day
    clock_text's words alone, which carry their own "at" ("tomorrow at 04:00")."""
    local = at.astimezone(now.tzinfo)
    if local.date() == now.date():
        return w["at"].format(time=local.strftime("%H:%M"))  # "at" carries its own "las"
    return clock_text(at, now, w)


def parse_kind(value: object) -> Kind | None:
    """A Kind from saved state, or None if it is not one."""
    try:
        return Kind(value)  # type: ignore[arg-type]  # anything else is rejected just below
    except (ValueError, TypeError):
        return None


def parse_instant(value: object) -> datetime | None:
    """An aware ISO datetime from saved state, in UTC, or None if unreadable or naive."""
    if not isinstance(value, str):
        return None
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        return None
    return parsed.astimezone(UTC) if parsed.tzinfo is not None else None


def parse_instants(value: object) -> dict[Kind, datetime]:
    """A {kind: instant} mapping from saved state, keeping only the readable entries."""
    if not isinstance(value, Mapping):
        return {}
    out: dict[Kind, datetime] = {}
    for key, raw in value.items():
        kind, instant = parse_kind(key), parse_instant(raw)
        if kind is not None and instant is not None:
            out[kind] = instant
    return out
