"""Due times: when each reminder is next due, what could still hold it, what the tray is told,
and how all of that is saved across a restart.

Scheduler (scheduler.py) inherits this and acts on it: it is driven by ticks and by the
person's answers, and decides to show or defer. Kept apart because these are questions about
time and stored instants that need none of the driving; the attributes are set in
Scheduler.__init__.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import UTC, date, datetime, timedelta, tzinfo
from typing import Any

from footholds.core.after_call import AfterCall
from footholds.core.days import day_of
from footholds.core.events import EventHook
from footholds.core.reminder_ease import HelpHold, NotNowEase
from footholds.core.reminder_rules import ASKED_FOR, Rules
from footholds.core.reminders import (
    FIXED,
    INTERVAL,
    PRIORITY,
    Kind,
    Status,
    parse_instant,
    parse_instants,
    parse_kind,
)

COINCIDE = timedelta(minutes=5)  # a movement this close before a rest waits; the rest covers it
LATE = timedelta(hours=2)  # a set-time reminder later than this is dropped for that day


class DueTimes:
    """The scheduler's instants and the questions asked of them; Scheduler drives them."""

    changed: EventHook[[]]
    _rules: Rules
    _clock: Callable[[], datetime]
    _since: dict[Kind, datetime]
    _handled: dict[Kind, datetime]
    _snoozed: dict[Kind, datetime]
    _paused: bool
    _paused_until: datetime | None
    _showing: Kind | None
    _shown_at: datetime
    _waiting: Kind | None
    _waiting_since: datetime
    _catch_up: Kind | None
    _hold: datetime
    _back: tuple[datetime, datetime]
    _gentle: datetime
    _held: set[Kind]
    _last_tick: datetime | None
    _help: HelpHold
    _call: AfterCall
    _ease: NotNowEase
    _status: Status

    # -- the tray's status --------------------------------------------------------------------

    def status(self) -> Status:
        """Mode, the next reminder, pause and what is waiting, for the tray."""
        now, tz = self._read_clock()
        mode, reason, until = self._mode(now, tz)
        best: tuple[datetime, Kind] | None = None
        for kind in PRIORITY:
            possible = self._possible_at(kind, now, tz) if kind is not self._showing else None
            if possible is not None and (best is None or possible < best[0]):
                best = (possible, kind)
        paused_until = self._paused_until if self._paused else None
        help_why, help_until = self._help_held(now) if mode == "active" else (None, None)
        return Status(
            mode=mode,
            next_kind=best[1] if best else None,
            next_at=best[0].astimezone(tz) if best else None,
            paused_until=paused_until.astimezone(tz) if paused_until else None,
            waiting=self._waiting,
            quiet_reason=reason,
            quiet_until=until.astimezone(tz) if until else None,
            call=self._call.in_call and mode == "active",
            help=help_why,
            help_until=help_until.astimezone(tz) if help_until else None,
        )

    def _help_held(self, now: datetime) -> tuple[str | None, datetime | None]:
        """Which help window holds reminders (HelpHold.why) and until when (None: it is
        open). The half hour after holds only the app's own: with none of them on, nothing
        waits, and the tray has no reason to give."""
        why, until = self._help.why(now), self._help.until(now)
        own = any(k not in ASKED_FOR and self._rules.enabled(k) for k in PRIORITY)
        if why is None or (until is not None and not own):
            return None, None
        return why, until

    def comes_after_session(self, kind: Kind) -> bool:
        """Whether a therapy session's quiet holds `kind` at its time (a Later's): it comes
        as that quiet ends, and the card says so ("after your session")."""
        now, tz = self._read_clock()
        due = self._due_at(kind, tz)
        hold = self._rules.hours_hold(kind, max(due, now), tz) if due is not None else None
        return hold is not None and hold[0] == "session"

    def _come_back(self, since: datetime, until: datetime) -> None:
        """The person came back at `since` (after a suspend, a restart, time away, full
        screen): what was due before then waits for a calm moment, until `until`."""
        self._back = (since, max(self._back[1], until))

    def _calm_until(self, kind: Kind, due: datetime) -> datetime:
        """Before when `kind`, due at `due`, may not be shown. A plan's nudge asked for since
        the person came back is not made to wait for that calm: they are here, and the plan's
        window said it comes at its time (right away for a time already gone)."""
        since, until = self._back
        if kind is Kind.ACTIVITY and due >= since:
            return self._hold
        return max(self._hold, until)

    # -- state across restarts ----------------------------------------------------------------

    def to_state(self) -> dict[str, Any]:
        """Pause and due times as JSON-ready ISO strings."""
        now, _ = self._read_clock()
        return {
            "version": 1,
            "saved_at": (self._last_tick or now).isoformat(),
            "paused": self._paused,
            "paused_until": self._paused_until.isoformat() if self._paused_until else None,
            "since": {k.value: v.isoformat() for k, v in self._since.items()},
            "handled": {k.value: v.isoformat() for k, v in self._handled.items()},
            "snoozed": {k.value: v.isoformat() for k, v in self._snoozed.items()},
            "waiting": self._waiting.value if self._waiting else None,
            "help_until": self._help.to_state(),
            "help_after": self._help.after_state(),
            "not_now": self._ease.to_state(),
        }

    def from_state(self, state: Mapping[str, Any]) -> None:
        """Restore what to_state() saved; anything unreadable keeps its fresh value."""
        saved_at = parse_instant(state.get("saved_at"))
        if saved_at is not None:
            self._last_tick = saved_at  # the next tick sees how long the app was gone
            self._waiting_since = saved_at
        until = parse_instant(state.get("paused_until"))
        unreadable = state.get("paused_until") is not None and until is None
        self._paused = state.get("paused") is True and not unreadable
        self._paused_until = until if self._paused else None
        for key, into in (("since", self._since), ("handled", self._handled)):
            for kind, value in parse_instants(state.get(key)).items():
                if kind in into:
                    into[kind] = value
        self._snoozed = parse_instants(state.get("snoozed"))
        self._waiting = parse_kind(state.get("waiting"))
        self._help.from_state(state.get("help_until"), state.get("help_after"))
        self._ease.from_state(state.get("not_now"))
        self._announce()

    # -- inside -------------------------------------------------------------------------------

    def _restart(self, kind: Kind, at: datetime) -> None:
        if kind in INTERVAL:
            self._since[kind] = at
        else:
            self._handled[kind] = max(self._handled[kind], at)
        self._snoozed.pop(kind, None)
        self._held.discard(kind)  # what waited is shown or passed: no longer part of a backlog
        if self._catch_up is kind:
            self._catch_up = None

    def _drop_late(self, now: datetime, tz: tzinfo) -> None:
        limit = now - LATE
        for kind in FIXED:
            snoozed = self._snoozed.get(kind)
            if snoozed is not None and snoozed < limit:
                self._restart(kind, limit)
            occurrence = self._rules.occurrence(kind, self._handled[kind], tz)
            if occurrence is not None and occurrence < limit:
                self._restart(kind, limit)  # all of that day's missed ones go at once
        # a plan's nudge belongs to the plan's day: once that day is over, so is the plan
        nudge = self._rules.occurrence(Kind.ACTIVITY, self._handled[Kind.ACTIVITY], tz)
        while nudge is not None and now >= self._rules.day_start(nudge, tz):
            self._restart(Kind.ACTIVITY, nudge)
            nudge = self._rules.occurrence(Kind.ACTIVITY, nudge, tz)
        later = self._snoozed.get(Kind.ACTIVITY)  # a Later that would land in the next day
        if later is not None and later >= self._rules.day_start(self._handled[Kind.ACTIVITY], tz):
            self._snoozed.pop(Kind.ACTIVITY)
        if self._waiting is not None and self._waiting_since < limit:
            self._waiting = None

    def _end_pause(self, now: datetime) -> None:
        self._paused, self._paused_until = False, None
        for kind in INTERVAL:
            self._restart(kind, now)

    def _on_setting(self, name: str, value: object) -> None:
        """Settings apply at once; a newly chosen time or interval counts from now, not before."""
        now, _ = self._read_clock()
        if name in ("reminders.movement_enabled", "reminders.rest_enabled") and value:
            self._restart(Kind.MOVEMENT if "movement" in name else Kind.REST, now)
        elif name.startswith("reminders.nourishment_"):
            self._restart(Kind.NOURISHMENT, now)
        elif name.startswith("medication."):
            self._restart(Kind.MEDICATION, now)
        elif name.startswith("reminders.reach_out_"):
            self._restart(Kind.REACH_OUT, now)
        elif name in ("day.bedtime", "day.winddown_minutes", "day.bedtime_usual"):
            self._restart(Kind.WINDDOWN, now)
        self._announce()

    def _set_waiting(self, kind: Kind, now: datetime) -> None:
        self._waiting, self._waiting_since = kind, now

    def _due_at(self, kind: Kind, tz: tzinfo) -> datetime | None:
        if not self._rules.enabled(kind):
            return None
        snoozed = self._snoozed.get(kind)
        if kind in INTERVAL:
            now, _ = self._read_clock()
            wait = self._rules.interval(kind) * self._ease.factor(self._day(now, tz))
            return snoozed or self._since[kind] + wait
        times = [t for t in (snoozed, self._rules.occurrence(kind, self._handled[kind], tz)) if t]
        return min(times, default=None)

    def _waits_for_rest(self, kind: Kind, due: datetime, now: datetime, tz: tzinfo) -> bool:
        """Movement and rest coincide: show only the rest, which covers the movement too."""
        if kind is not Kind.MOVEMENT:
            return False
        rest = self._due_at(Kind.REST, tz)
        return rest is not None and rest <= max(due, now) + COINCIDE

    def _possible_at(self, kind: Kind, now: datetime, tz: tzinfo) -> datetime | None:
        """The earliest instant `kind` could be shown, if the person stays at the computer."""
        due = self._due_at(kind, tz)
        if due is None or self._waits_for_rest(kind, due, now, tz):
            return None
        for _ in range(16):  # a set time that could only come over two hours late is skipped
            at = max(due, self._calm_until(kind, due))
            if kind not in ASKED_FOR and kind not in self._snoozed:  # (a Later says when)
                at = max(at, self._gentle)  # after a card that waited (scheduler.RELEASE_GAP)
            if self._help.holds(now, asked_for=kind in ASKED_FOR):
                help_until = self._help.until(now)
                if help_until is None:
                    return None  # a help window is open: no time to promise yet
                at = max(at, help_until)
            if self._paused:
                if self._paused_until is None:
                    return None
                at = max(at, self._paused_until)
            at = self._rules.allowed_from(kind, at, tz)
            if kind is Kind.ACTIVITY and at >= self._rules.day_start(due, tz):
                pass  # held past the end of its plan's day: that plan is gone by then
            elif kind in INTERVAL or at - due <= LATE:
                return at
            due = self._rules.occurrence(kind, due, tz)
            if due is None:
                return None
        return None

    def _mode(self, now: datetime, tz: tzinfo) -> tuple[str, str | None, datetime | None]:
        if not any(self._rules.enabled(kind) for kind in PRIORITY):
            return "off", None, None
        if self._paused:
            return "paused", None, None
        hold = self._rules.hours_hold(Kind.MOVEMENT, now, tz)  # movement is held by both
        quiet = hold and hold[0] in ("quiet_hours", "session")
        if hold and (quiet or any(self._rules.enabled(k) for k in INTERVAL)):
            return "quiet", hold[0], hold[1]
        return "active", None, None

    def _announce(self) -> None:
        status = self.status()
        if status != self._status:
            self._status = status
            self.changed.fire()

    def _day(self, now: datetime, tz: tzinfo) -> date:
        """The person's day at `now` (it turns over at day.start_hour)."""
        return day_of(now, int(self._rules.day_start_hour()), tz)

    def _read_clock(self) -> tuple[datetime, tzinfo]:
        local = self._clock()
        if local.tzinfo is None or local.utcoffset() is None:
            raise ValueError("the scheduler's clock must give timezone-aware datetimes")
        return local.astimezone(UTC), local.tzinfo
