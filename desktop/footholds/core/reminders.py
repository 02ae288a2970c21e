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


INTERVAL = (Kind.MOVEMENT, Kind.REST)  # due after a stretch of active use
FIXED = (Kind.WINDDOWN, Kind.NOURISHMENT, Kind.REACH_OUT)  # due at a time of day
# Which one goes first when several are due: set-time ones are dropped if they wait too long.
PRIORITY = (Kind.WINDDOWN, Kind.NOURISHMENT, Kind.REACH_OUT, Kind.REST, Kind.MOVEMENT)
OUTCOMES = ("done", "snoozed", "skipped", "faded")

_NAMES = {
    Kind.MOVEMENT: "movement",
    Kind.REST: "rest",
    Kind.WINDDOWN: "wind-down",
    Kind.NOURISHMENT: "food and water nudge",
    Kind.REACH_OUT: "reach-out nudge",
}
_WAITING = {
    Kind.MOVEMENT: "A movement idea",
    Kind.REST: "A short rest",
    Kind.WINDDOWN: "Your wind-down idea",
    Kind.NOURISHMENT: "A food and water idea",
    Kind.REACH_OUT: "A reach-out idea",
}
_DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


@dataclass(frozen=True)
class Due:
    """Show this reminder now. `at` is when it was due; `catch_up` means after a suspend."""

    kind: Kind
    at: datetime
    catch_up: bool


@dataclass(frozen=True)
class Status:
    """The scheduler at a glance, for the tray icon and tooltip. Datetimes are local."""

    mode: str  # "active" | "paused" | "quiet" | "off"
    next_kind: Kind | None
    next_at: datetime | None
    paused_until: datetime | None  # None while paused means until resumed
    waiting: Kind | None  # a reminder that faded unanswered and waits in the tooltip
    quiet_reason: str | None = None  # "quiet_hours" | "outside_working_hours" in mode "quiet"
    quiet_until: datetime | None = None

    def tooltip(self, now: datetime) -> str:
        """A short plain sentence or two about what comes next, for the tray tooltip."""
        if self.mode == "off":
            lines = ["Reminders are off"]
        elif self.mode == "paused":
            until = "you resume" if self.paused_until is None else _clock(self.paused_until, now)
            lines = [f"Paused until {until}"]
        elif self.mode == "quiet" and self.quiet_until is not None:
            label = "Quiet hours" if self.quiet_reason == "quiet_hours" else "Outside working hours"
            lines = [f"{label} until {_clock(self.quiet_until, now)}"]
            if self.next_kind and self.next_at and self.next_at < self.quiet_until:
                lines.append(self._next(self.next_kind, self.next_at, now))  # e.g. a wind-down
        elif self.next_kind is None or self.next_at is None:
            lines = ["No reminders coming up"]
        else:
            lines = [self._next(self.next_kind, self.next_at, now)]
        if self.waiting is not None:
            lines.append(f"{_WAITING[self.waiting]} is here whenever you want it")
        return "\n".join(lines)

    @staticmethod
    def _next(kind: Kind, at: datetime, now: datetime) -> str:
        return f"Next {_NAMES[kind]} {_when(kind, at, now)}"


def _when(kind: Kind, at: datetime, now: datetime) -> str:
    left = at.astimezone(UTC) - now.astimezone(UTC)
    if kind in FIXED or left >= timedelta(hours=3):
        return f"at {_clock(at, now)}"
    minutes = round(left.total_seconds() / 60)
    if minutes <= 1:
        return "in a moment"
    if minutes < 60:
        return f"in about {minutes} min"
    hours, minutes = divmod(minutes, 60)
    return f"in about {hours} h {minutes} min" if minutes else f"in about {hours} h"


def _clock(at: datetime, now: datetime) -> str:
    """14:30 within the next day; otherwise with the weekday, so it is never ambiguous."""
    local = at.astimezone(now.tzinfo)
    if at.astimezone(UTC) - now.astimezone(UTC) < timedelta(hours=24):
        return local.strftime("%H:%M")
    return f"{_DAYS[local.weekday()]} {local.strftime('%H:%M')}"


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
