"""What the settings say about each reminder: on or off, how often, at what time, which hours.

Read fresh on every call, so a change in the settings window applies at once.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, time, timedelta, tzinfo

from footholds.core import timewindows as tw
from footholds.core.reminders import INTERVAL, Kind
from footholds.core.settings import Settings

AFTER_SESSION = timedelta(minutes=1)  # calm after a session's quiet, for its offer to come first

# set by the person for one moment they chose, so quiet hours let them through: a bedtime
# medicine at 22:30 was held to 07:00, then dropped as too late, without a word
ASKED_FOR = (Kind.WINDDOWN, Kind.ACTIVITY, Kind.MEDICATION)

_MINUTES = {Kind.MOVEMENT: "reminders.movement_minutes", Kind.REST: "reminders.rest_minutes"}


class Rules:
    """The reminder settings, interpreted."""

    def __init__(
        self,
        settings: Settings,
        session_quiet: Callable[[datetime], datetime | None] | None = None,
        usual_bedtime: Callable[[], str | None] | None = None,
        nudges: Callable[[], list[datetime]] | None = None,
    ) -> None:
        self._get = settings.get
        # when the quiet around a therapy session ends, if `at` is in it (core/sessions.py)
        self._session_quiet = session_quiet
        # when planned activities asked for a gentle nudge (none without a planner)
        self._nudges = nudges or (lambda: [])
        # the middle of recent bedtimes from the sleep question, when the person chose that
        self._usual_bedtime = usual_bedtime

    def enabled(self, kind: Kind) -> bool:
        """Whether `kind` is switched on (wind-down is on once a bedtime is set)."""
        if kind is Kind.MOVEMENT:
            return self.flag("reminders.movement_enabled")
        if kind is Kind.REST:
            return self.flag("reminders.rest_enabled")
        if kind is Kind.WINDDOWN:
            return self.bedtime() is not None
        if kind is Kind.NOURISHMENT:
            return self.flag("reminders.nourishment_enabled") and bool(self._times())
        if kind is Kind.ACTIVITY:
            return bool(self._nudges())
        if kind is Kind.MEDICATION:
            return self.flag("medication.enabled") and bool(self._times("medication.times"))
        return self.flag("reminders.reach_out_weekly")

    def interval(self, kind: Kind) -> timedelta:
        """Active use before a movement or a rest."""
        return self.minutes(_MINUTES[kind])

    def minutes(self, name: str) -> timedelta:
        """A setting counted in minutes."""
        return timedelta(minutes=int(self._get(name)))

    def flag(self, name: str) -> bool:
        """An on/off setting."""
        return bool(self._get(name))

    def occurrence(self, kind: Kind, after: datetime, tz: tzinfo) -> datetime | None:
        """The first set time for `kind` strictly after `after`, or None if none is set."""
        if kind is Kind.WINDDOWN:
            bedtime = self.bedtime()
            if bedtime is None:
                return None
            start = tw.minus_minutes(bedtime, int(self._get("day.winddown_minutes")))
            return tw.next_daily(after, start, tz)
        if kind is Kind.NOURISHMENT:
            return min((tw.next_daily(after, t, tz) for t in self._times()), default=None)
        if kind is Kind.ACTIVITY:
            return min((t for t in self._nudges() if t > after), default=None)
        if kind is Kind.MEDICATION:
            times = self._times("medication.times")
            return min((tw.next_daily(after, t, tz) for t in times), default=None)
        if kind is Kind.REACH_OUT:
            at = self._time("reminders.reach_out_time")
            day = tw.WEEKDAYS.index(str(self._get("reminders.reach_out_day")))
            return tw.next_weekly(after, day, at, tz) if at else None
        return None

    def hours_hold(self, kind: Kind, at: datetime, tz: tzinfo) -> tuple[str, datetime] | None:
        """Whether quiet or working hours hold `kind` back at `at`: the reason and its end."""
        # During a therapy session and just after it, nothing at all: not even wind-down.
        session_end = self._session_quiet(at) if self._session_quiet is not None else None
        if session_end is not None:
            return "session", session_end
        # Quiet hours are for the app's own reminders. Wind-down belongs to the evening the
        # person asked for; a planned nudge and a medicine's time are their own request for
        # that very moment (held, each would be dropped two hours on): quiet hours hold none.
        if kind not in ASKED_FOR and self.flag("reminders.quiet_hours"):
            start, end = self._clock("reminders.quiet_start"), self._clock("reminders.quiet_end")
            if tw.in_window(at, start, end, tz):
                return "quiet_hours", tw.next_daily(at, end, tz)
        # Working hours are about computer use; set-time reminders come when the person chose.
        if kind in INTERVAL and self.flag("reminders.working_hours"):
            start, end = self._clock("reminders.work_start"), self._clock("reminders.work_end")
            if start != end and not tw.in_window(at, start, end, tz):
                return "outside_working_hours", tw.next_daily(at, start, tz)
        return None

    def allowed_from(self, kind: Kind, at: datetime, tz: tzinfo) -> datetime:
        """The first instant from `at` on that the hours allow `kind`, and not in the calm
        minute after a session's quiet (`after_session`)."""
        for _ in range(4):  # quiet hours can end outside working hours, and the other way round
            hold = self.hours_hold(kind, at, tz)
            settled = self.after_session(at) if hold is None else None
            if hold is None and settled is None:
                break
            at = hold[1] if hold is not None else settled or at
        return at

    def after_session(self, at: datetime) -> datetime | None:
        """When the calm after a therapy session's quiet ends, if `at` is in it: the
        session's own offer ("After your session", made as the quiet ends) comes first, and
        a card held by the session a calm minute later, never in the same second."""
        if self._session_quiet is None:
            return None
        end = self._session_quiet(at - AFTER_SESSION)
        return end + AFTER_SESSION if end is not None and end <= at else None

    def day_start_hour(self) -> int:
        """The hour the person's day turns over (4 am by default)."""
        return int(self._get("day.start_hour"))

    def bedtime(self) -> time | None:
        """The bedtime wind-down counts back from: the usual one from the sleep question when
        the person chose it and there is one yet, otherwise the one they set."""
        if self._usual_bedtime is not None and self.flag("day.bedtime_usual"):
            usual = tw.parse_hhmm(self._usual_bedtime() or "")
            if usual is not None:
                return usual
        return self._time("day.bedtime")

    def day_start(self, after: datetime, tz: tzinfo) -> datetime:
        """When the next day begins (day.start_hour, 4 am by default)."""
        return tw.next_daily(after, time(int(self._get("day.start_hour"))), tz)

    def _time(self, name: str) -> time | None:
        return tw.parse_hhmm(str(self._get(name)))

    def _clock(self, name: str) -> time:
        return self._time(name) or time(0)

    def _times(self, name: str = "reminders.nourishment_times") -> list[time]:
        return [t for t in map(tw.parse_hhmm, self._get(name)) if t]
