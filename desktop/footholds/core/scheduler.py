"""When to remind: movement and rest after active use; wind-down, food and reach-out at set times.

Driven by calls, never by sleeping: an adapter calls tick() with the idle time and the desktop
state, then arms its timer for next_check(). Every due time is an absolute instant kept in UTC,
so a suspend, a clock change or a DST switch is a comparison, never a burst of reminders.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta, tzinfo

from footholds.core.after_call import AfterCall
from footholds.core.events import EventHook
from footholds.core.reminder_away import later_outlasts
from footholds.core.reminder_due import DueTimes
from footholds.core.reminder_ease import HelpHold, NotNowEase
from footholds.core.reminder_rules import ASKED_FOR, Rules
from footholds.core.reminders import (
    FIXED,
    INTERVAL,
    OUTCOMES,
    PRIORITY,
    Due,
    Kind,
    Status,
)
from footholds.core.settings import Settings

__all__ = ["Due", "Kind", "Scheduler", "Status"]

SETTLE = timedelta(minutes=1)  # calm after coming back, after full screen, between two reminders
# After a hold (a session, a call, full screen, a pause...) what waited comes back gently:
# movement and rest, at most one, none when a set-time one comes, and none for this long after
# a card that waited (PRODUCT.md: "one gentle offer, not a backlog"). What the person asked for
# at a time (a medicine, a plan, wind-down) is not made to wait that long: only SETTLE.
RELEASE_GAP = timedelta(minutes=10)
SHOWN_LIMIT = timedelta(minutes=15)  # an unanswered card (adapter lost it) stops blocking others
JUMP_SLACK = timedelta(minutes=2)  # a tick this much later than planned means suspend/clock jump
MIN_CHECK = timedelta(seconds=5)
ACTIVE_CHECK = timedelta(seconds=60)
RESTING_CHECK = timedelta(minutes=5)  # paused or off: nothing can fire, tick rarely


class Scheduler(DueTimes):
    """Decides when each reminder is due; the adapter drives it and shows what it announces."""

    def __init__(
        self,
        settings: Settings,
        clock: Callable[[], datetime],
        *,
        session_quiet: Callable[[datetime], datetime | None] | None = None,
        usual_bedtime: Callable[[], str | None] | None = None,
        nudges: Callable[[], list[datetime]] | None = None,
    ) -> None:
        self.due: EventHook[[Due]] = EventHook()
        self.deferred: EventHook[[Kind, str]] = EventHook()
        self.changed: EventHook[[]] = EventHook()
        self._rules = Rules(settings, session_quiet, usual_bedtime, nudges)
        self._clock = clock
        now, _ = self._read_clock()
        self._since = dict.fromkeys(INTERVAL, now)  # start of the current stretch of active use
        self._handled = dict.fromkeys(FIXED, now)  # set-time occurrences up to here are done
        self._snoozed: dict[Kind, datetime] = {}
        self._paused = False
        self._paused_until: datetime | None = None
        self._showing: Kind | None = None
        self._shown_at = now
        self._waiting: Kind | None = None
        self._waiting_since = now
        self._catch_up: Kind | None = None
        self._hold = now  # nothing fires before this instant
        self._back = (now, now)  # came back then: what was due before waits till the second
        self._gentle = now  # after a card that waited: nothing but ASKED_FOR before this
        self._held: set[Kind] = set()  # held back while due, and not shown or passed since
        self._releasing = False  # the card up came from such a hold: the next waits longer
        self._away = False
        self._away_since = now  # when the time away began (the last input before it)
        self._desk: str | None = None  # "locked" | "fullscreen" | "dnd" while one holds
        self._locked_since: datetime | None = None
        self._call = AfterCall()  # a call holds reminders; after it, one welcome back
        self._announced: set[tuple[Kind, str]] = set()
        self._last_tick: datetime | None = None
        self._planned = ACTIVE_CHECK
        self._help = HelpHold()  # Tough day or Get help now open, and half an hour after it
        self._asking: set[str] = set()  # a small question of ours is open (How was that?)
        self._ease = NotNowEase()  # three "Not now" in a row: half as often for the day
        self._status = self.status()
        settings.changed.connect(self._on_setting)

    # -- driving ------------------------------------------------------------------------------

    def tick(
        self,
        idle_seconds: float | None,
        *,
        fullscreen: bool = False,
        dnd: bool = False,
        locked: bool = False,
        call: bool | None = None,
    ) -> None:
        """Look at the time and the desktop, and show or defer whatever is due. `call` is
        None when nobody looked (nothing was due) or nothing here can tell."""
        now, tz = self._read_clock()
        self._check_jump(now, tz)
        self._last_tick = now
        self._look_at_call(call, now)
        self._track_presence(now, idle_seconds, locked)
        desk = self._desk_reason(fullscreen, dnd, locked)
        if self._desk is not None and desk is None:
            self._come_back(now, now + SETTLE)  # let them surface before a card
        self._desk = desk
        if self._paused and self._paused_until is not None and now >= self._paused_until:
            self._end_pause(now)
        if self._showing is not None and now - self._shown_at >= SHOWN_LIMIT:
            self._set_waiting(self._showing, now)
            self._showing = None
            self._releasing = False  # that card was lost, not answered: no gap after it
        self._drop_late(now, tz)
        self._fire_or_defer(now, tz)
        self._announce()

    def next_check(self) -> datetime:
        """When the adapter should call tick() next (local time, 5 s to 60 s away while active)."""
        now, tz = self._read_clock()
        cap = min(ACTIVE_CHECK, self._rules.minutes("reminders.idle_break_minutes") / 2)
        if self._mode(now, tz)[0] in ("paused", "off"):
            cap = RESTING_CHECK
        target = now + cap
        if self._showing is not None:
            target = min(target, self._shown_at + SHOWN_LIMIT)
        else:
            for kind in PRIORITY:
                possible = self._possible_at(kind, now, tz)
                # Due but still held means away, locked or full screen: no use polling fast.
                if possible is not None and possible > now:
                    target = min(target, possible)
        if self._paused and self._paused_until is not None:
            target = min(target, self._paused_until)
        self._planned = min(max(target - now, MIN_CHECK), cap)
        return (now + self._planned).astimezone(tz)

    def look_at_call(self, call: bool | None) -> datetime | None:
        """One look at the call state outside a tick (a session offer about to be made asks),
        held to the same rules as a reminder: while a call goes on, a minute from now (look
        again then); just after one, when its calm minutes end; otherwise None."""
        now, tz = self._read_clock()
        self._look_at_call(call, now)
        self._announce()  # the tray says a call holds things, whoever looked
        if self._call.in_call:
            return (now + ACTIVE_CHECK).astimezone(tz)
        until = self._call.quiet_until(self._after_call())
        return until.astimezone(tz) if until is not None and until > now else None

    def now(self) -> datetime:
        """The scheduler's clock, local (a fake one in tests)."""
        return self._clock()

    def comes_back_at(self, kind: Kind) -> datetime | None:
        """When `kind` could next be shown, as far as time tells (after a Later: the snooze,
        or the end of the quiet that holds it then); None when nothing says when yet."""
        now, tz = self._read_clock()
        if kind is Kind.ACTIVITY and kind not in self._snoozed:
            return None  # that plan's Later was let go with its day; the next is another plan
        at = self._possible_at(kind, now, tz)
        return at.astimezone(tz) if at is not None else None

    def comes_with_rest(self, kind: Kind) -> bool:
        """Whether `kind` (a movement) waits for the rest due about when it is: the rest
        covers it, so it comes with the rest (comes_back_at(Kind.REST)), not on its own."""
        now, tz = self._read_clock()
        due = self._due_at(kind, tz)
        if due is None or self._waits_for_rest(kind, due, now, tz):
            return due is not None
        # held (a session's quiet) until the rest is due too: they come free together, and
        # the rest comes, covering the movement
        at = self._possible_at(kind, now, tz)
        return at is not None and at > max(due, now) and self._waits_for_rest(kind, at, now, tz)

    # -- the person's actions -----------------------------------------------------------------

    def pause(self, until: datetime | None) -> None:
        """Hold every reminder until `until` (aware), or until resume() when None."""
        now, _ = self._read_clock()
        if until is not None and until.tzinfo is None:
            raise ValueError("pause needs a timezone-aware datetime")
        if until is not None and until.astimezone(UTC) <= now:
            self.resume()
            return
        self._paused = True
        self._paused_until = until.astimezone(UTC) if until is not None else None
        self._announce()

    def pause_for(self, minutes: int) -> None:
        """Pause for a number of minutes."""
        now, _ = self._read_clock()
        self.pause(now + timedelta(minutes=minutes))

    def pause_until_tomorrow(self) -> None:
        """Pause until the day turns over (day.start_hour, 4 am by default)."""
        now, tz = self._read_clock()
        self.pause(self._rules.day_start(now, tz))

    def resume(self) -> None:
        """End a pause; movement and rest count afresh from now."""
        if self._paused:
            now, _ = self._read_clock()
            self._end_pause(now)
        self._announce()

    def remind_now(self, kind: Kind) -> None:
        """Show `kind` at once, whatever the pause or the hours: the person asked for it."""
        now, tz = self._read_clock()
        self._call.forget()
        self._fire(kind, now, now, tz, catch_up=False)
        self._announce()

    def help_opened(self, name: str) -> None:
        """Tough day or Get help now opened: nothing is shown while it is open."""
        self._help.opened(name)
        self._announce()

    def help_closed(self, name: str) -> None:
        """It closed: the app's own reminders wait half an hour more; what the person asked
        for at a time comes at its time, after a calm minute when it was held meanwhile."""
        now, _ = self._read_clock()
        self._help.closed(name, now)
        self._hold = max(self._hold, now + SETTLE)
        self._announce()

    def question_opened(self, name: str) -> None:
        """A small question of ours is open ("How was that?"): no card comes over it."""
        self._asking.add(name)
        self._announce()

    def question_closed(self, name: str) -> None:
        """It closed: a card held meanwhile comes a calm minute after, not in the same second."""
        if name in self._asking:
            self._asking.discard(name)
            self._hold = max(self._hold, self._read_clock()[0] + SETTLE)
        self._announce()

    def prompt_shown(self, until: datetime) -> None:
        """Another gentle prompt is up until `until` (the session's offer): no card comes
        over it, and one that is due comes a calm minute after it, never in the same second."""
        self._hold = max(self._hold, until.astimezone(UTC) + SETTLE)
        self._announce()

    def answered(self, kind: Kind, outcome: str) -> None:
        """The card closed: "done", "snoozed" (Later), "skipped" (Not now) or "faded"."""
        if outcome not in OUTCOMES:
            raise ValueError(f"unknown outcome {outcome!r}")
        now, tz = self._read_clock()
        self._ease.answered(outcome, self._day(now, tz))
        if self._showing is kind:
            self._showing = None
        self._hold = max(self._hold, now + SETTLE)
        if self._releasing:
            self._gentle = max(self._gentle, now + RELEASE_GAP)
        self._releasing = False
        # A planned activity's nudge stays handled up to its own moment (see _fire): another
        # plan's moment that came while this card was up still comes, after it.
        self._restart(kind, self._handled[kind] if kind is Kind.ACTIVITY else now)
        if outcome == "snoozed":
            back = now + self._rules.minutes("reminders.snooze_minutes")
            plan_over = (
                self._rules.day_start(self._handled[kind], tz) if kind is Kind.ACTIVITY else None
            )
            if plan_over is None or back < plan_over:
                self._snoozed[kind] = back
            # else the plan's day ends first: a Later would never come, so none is kept and
            # none is promised (comes_back_at says None)
        if outcome == "faded":
            self._set_waiting(kind, now)
        elif self._waiting is kind:
            self._waiting = None
        self._announce()

    # -- inside -------------------------------------------------------------------------------

    def _check_jump(self, now: datetime, tz: tzinfo) -> None:
        if self._last_tick is None:
            return
        gap = now - self._last_tick
        if gap < timedelta(0):
            # The clock was set back: keep the time left on each timer, so nothing comes early.
            self._since = {k: v + gap for k, v in self._since.items()}
            self._snoozed = {k: v + gap for k, v in self._snoozed.items()}
            self._hold += gap
            self._back = (self._back[0] + gap, self._back[1] + gap)
            self._gentle += gap
            self._shown_at += gap
            self._waiting_since += gap
        elif gap > self._planned + JUMP_SLACK:
            self._after_gap(now, gap, tz)

    def _after_gap(self, now: datetime, gap: timedelta, tz: tzinfo) -> None:
        """After a suspend or a jump forward: at most one catch-up, and never at once."""
        if gap >= self._rules.minutes("reminders.idle_break_minutes"):
            self._came_back(now, now - gap)  # the machine was asleep, so was their work
        self._drop_late(now, tz)
        owed = [k for k in PRIORITY if (due := self._due_at(k, tz)) is not None and due <= now]
        for kind in owed[1:]:
            self._restart(kind, now)
        self._catch_up = owed[0] if owed else None
        self._come_back(now, now + SETTLE)

    def _track_presence(self, now: datetime, idle: float | None, locked: bool) -> None:
        self._locked_since = (self._locked_since or now) if locked else None
        if idle is None:  # no idle source here: a locked screen is the only sign of absence
            idle = (now - self._locked_since).total_seconds() if self._locked_since else 0.0
        away = idle >= self._rules.minutes("reminders.idle_break_minutes").total_seconds()
        if away and not self._away:
            self._away, self._away_since = True, now - timedelta(seconds=idle)
        elif not away and self._away:
            self._came_back(now - timedelta(seconds=idle), self._away_since)

    def _came_back(self, at: datetime, since: datetime) -> None:
        """Time away (from `since` to `at`) was a break: movement and rest count afresh,
        after a minute of calm. Not a Later the card said comes after a therapy session: it
        stays, unless the time away after the session was itself the rest put off
        (reminder_away.later_outlasts)."""
        self._away = False
        _, tz = self._read_clock()
        for kind in INTERVAL:
            later = self._snoozed.get(kind)
            self._restart(kind, at)
            if later is not None and later_outlasts(self._rules, kind, later, since, at, tz):
                self._snoozed[kind] = later
        if self._waiting in INTERVAL:
            self._waiting = None
        self._come_back(at, at + SETTLE)

    def _fire_or_defer(self, now: datetime, tz: tzinfo) -> None:
        if self._showing is not None:
            return
        ready: tuple[Kind, datetime] | None = None
        episodes: set[tuple[Kind, str]] = set()
        for kind in PRIORITY:
            due = self._due_at(kind, tz)
            if due is None or due > now or self._waits_for_rest(kind, due, now, tz):
                continue
            if self._away and kind in INTERVAL:
                continue  # being away is itself the break; the count restarts on return
            reason = self._reason(kind, now, tz)
            if reason is None:
                calm = now >= self._calm_until(kind, due)  # (a minute after coming back)
                if ready is None and calm and self._gentle_for(kind, now):
                    ready = (kind, due)
                continue
            episodes.add((kind, reason))
            self._held.add(kind)
            if (kind, reason) not in self._announced:
                self.deferred.fire(kind, reason)
        self._announced = episodes  # an episode ends when its kind is no longer held back
        eased_by = ready is not None and ready[0] in FIXED
        if ready is not None and eased_by and not self._ease.shows(ready[0], self._day(now, tz)):
            self._restart(ready[0], now)  # eased: this one goes by, quietly
            ready = None
        if ready is not None and ready[0] in self._held:
            ready = self._released(ready, now, tz)
        if ready is not None:
            welcome = self._call.take_welcome(now, self._after_call())
            for kind in PRIORITY if welcome else ():  # after a call: one, not the backlog
                if kind is ready[0] or kind in ASKED_FOR:  # asked for: still comes, later
                    continue
                if (due := self._due_at(kind, tz)) and due <= now:
                    self._restart(kind, now)
            catch_up = ready[0] is self._catch_up
            self._fire(ready[0], ready[1], now, tz, catch_up=catch_up, welcome_back=welcome)

    def _gentle_for(self, kind: Kind, now: datetime) -> bool:
        """Past the gentle wait after a card that waited, or asked for at a time (a Later
        is: its card said when it comes)."""
        return kind in ASKED_FOR or kind in self._snoozed or now >= self._gentle

    def _released(
        self, ready: tuple[Kind, datetime], now: datetime, tz: tzinfo
    ) -> tuple[Kind, datetime] | None:
        """A hold ended: of movement and rest that waited, at most one comes, and none when a
        set-time one is owed as well (that one comes; they count afresh from now). Not one
        put off with Later: the card said when it comes (a session's quiet, the end of it),
        so it comes, after the one up then is answered."""
        free = [
            k
            for k in PRIORITY
            if (due := self._due_at(k, tz)) is not None
            and due <= now
            and self._reason(k, now, tz) is None
        ]
        fixed = any(k not in INTERVAL for k in free)
        kept = next((k for k in free if k in INTERVAL), None)
        dropped = [
            k
            for k in INTERVAL
            if k in free and k in self._held and (fixed or k is not kept) and k not in self._snoozed
        ]
        for kind in dropped:
            self._restart(kind, now)
        return None if ready[0] in dropped else ready

    def _fire(self, kind: Kind, due: datetime, now: datetime, tz: tzinfo, **flags: bool) -> None:
        # shown is shown: an unanswered card never comes back by itself. Planned nudges are
        # one-off moments, each for its own plan: only the one shown is passed over.
        self._releasing = kind in self._held
        self._restart(kind, min(due, now) if kind is Kind.ACTIVITY else now)
        if kind is Kind.REST:
            self._restart(Kind.MOVEMENT, max(now, self._since[Kind.MOVEMENT]))
        self._showing, self._shown_at = kind, now
        self._waiting = None
        self.due.fire(Due(kind, due.astimezone(tz), **flags))  # catch_up, welcome_back

    def _reason(self, kind: Kind, now: datetime, tz: tzinfo) -> str | None:
        """Why `kind` may not be shown now, or None."""
        if self._paused and (self._paused_until is None or now < self._paused_until):
            return "paused"
        if self._help.holds(now, asked_for=kind in ASKED_FOR):
            return "help_open"
        if self._asking:
            return "question"  # one gentle prompt at a time: the question is up
        hold = self._rules.hours_hold(kind, now, tz)
        if hold is not None:
            return hold[0]
        if self._rules.after_session(now) is not None:
            return "session"  # its calm minute: the session's offer first
        if self._desk == "locked":
            return "locked"
        if self._call.in_call:
            return "call"
        return "away" if self._away else self._desk

    def _look_at_call(self, call: bool | None, now: datetime) -> None:
        if not self._rules.flag("reminders.respect_calls"):
            self._call.clear()
        elif self._call.look(call, now):
            self._hold = max(self._hold, now + self._after_call())  # a few calm minutes

    def _after_call(self) -> timedelta:
        return self._rules.minutes("reminders.after_call_minutes")

    def _desk_reason(self, fullscreen: bool, dnd: bool, locked: bool) -> str | None:
        if locked:
            return "locked"
        if fullscreen and self._rules.flag("reminders.respect_fullscreen"):
            return "fullscreen"
        if dnd and self._rules.flag("reminders.respect_dnd"):
            return "dnd"
        return None
