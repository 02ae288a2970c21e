"""Two ways reminders step back when a person is struggling. Plain rules, no clock of their
own: the scheduler passes the time in, so tests move it by hand.

- Help holds them. While Tough day or Get help now is open, no reminder is shown; for half an
  hour after the last of them closes, none of the app's own. What the person asked for at a
  time they chose (a planned activity's nudge, a medicine, wind-down) comes at that time: a
  plan made just after Tough day, for ten minutes on, was held to the end of the half hour.
- Three "Not now" answers in a row: movement and rest come half as often, and only every other
  set-time reminder is shown, until the next Done or the next day. Nothing on screen says so:
  no reminder ever mentions that one was skipped.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime, timedelta
from typing import Any

from footholds.core.reminders import Kind, parse_instant

HELP_QUIET = timedelta(minutes=30)  # after help closes, time to breathe before any nudge
NOT_NOW_RUN = 3  # this many "Not now" in a row and reminders ease off
EASED = 2  # eased: intervals this many times as long, every other set-time one shown


class HelpHold:
    """Reminders wait while a help window is open and for HELP_QUIET after."""

    def __init__(self) -> None:
        self._open: set[str] = set()
        self._until: datetime | None = None
        self._after: str | None = None  # the window whose closing began the half hour

    def opened(self, name: str) -> None:
        """Window `name` (tough-day, help-now) is on screen."""
        self._open.add(name)

    def closed(self, name: str, now: datetime) -> None:
        """Window `name` closed at `now`; the quiet half hour starts when the last one does."""
        if name in self._open:
            self._open.discard(name)
            if not self._open:
                self._until, self._after = now + HELP_QUIET, name

    def holds(self, now: datetime, *, asked_for: bool = False) -> bool:
        """No reminder may be shown at `now`; one the person `asked_for` at a time is held
        only while a window is open, not in the half hour after."""
        if self._open:
            return True
        return not asked_for and self._until is not None and now < self._until

    def until(self, now: datetime) -> datetime | None:
        """When the hold ends: None while a window is open (not known yet) or when nothing
        holds; check holds() first."""
        if self._open or self._until is None or now >= self._until:
            return None
        return self._until

    def why(self, now: datetime) -> str | None:
        """Which window holds reminders at `now`, for the tray to say why they wait:
        "tough-day" or "help-now" (open, or closed last), "" when not known (a half hour
        saved by an older version), None when nothing holds."""
        if self._open:
            return "tough-day" if "tough-day" in self._open else min(self._open)
        if self.until(now) is None:
            return None
        return self._after or ""

    def to_state(self) -> str | None:
        """The end of the quiet half hour, so a restart inside it keeps it."""
        return self._until.isoformat() if self._until is not None else None

    def from_state(self, value: Any, after: Any = None) -> None:
        self._until = parse_instant(value)
        self._after = after if isinstance(after, str) and self._until is not None else None

    def after_state(self) -> str | None:
        """The window whose closing began the saved half hour, so the tray can say why."""
        return self._after if self._until is not None else None


class NotNowEase:
    """Counts "Not now" answers in a row, and eases reminders off after NOT_NOW_RUN of them."""

    def __init__(self) -> None:
        self._day: date | None = None
        self._run = 0
        self._eased = False
        self._passed: set[Kind] = set()  # set-time kinds whose last occurrence went by quietly

    def answered(self, outcome: str, day: date) -> None:
        """A card closed on `day` (the person's day): "done", "snoozed", "skipped", "faded"."""
        self._roll(day)
        if outcome == "skipped":
            self._run += 1
            self._eased = self._eased or self._run >= NOT_NOW_RUN
        elif outcome == "done":
            self._run, self._eased = 0, False
            self._passed.clear()
        elif outcome == "snoozed":
            self._run = 0  # "Later" is an answer too: the run is broken, an ease stays
        # "faded" is not an answer: the run stays as it was

    def eased(self, day: date) -> bool:
        """Reminders come half as often on `day`."""
        self._roll(day)
        return self._eased

    def factor(self, day: date) -> int:
        """How many times as long movement and rest wait on `day`."""
        return EASED if self.eased(day) else 1

    def shows(self, kind: Kind, day: date) -> bool:
        """Whether a set-time reminder due now is shown (True) or goes by quietly: while eased,
        every other one does."""
        if not self.eased(day):
            return True
        if kind in self._passed:
            self._passed.discard(kind)
            return True
        self._passed.add(kind)
        return False

    def _roll(self, day: date) -> None:
        """A new day starts afresh."""
        if day != self._day:
            self._day, self._run, self._eased = day, 0, False
            self._passed.clear()

    def to_state(self) -> dict[str, Any]:
        return {
            "day": self._day.isoformat() if self._day else None,
            "run": self._run,
            "eased": self._eased,
            "passed": sorted(kind.value for kind in self._passed),
        }

    def from_state(self, state: Any) -> None:
        """Restore to_state(); anything unreadable starts afresh."""
        if not isinstance(state, Mapping):
            return
        try:
            day = date.fromisoformat(str(state.get("day")))
        except ValueError:
            return
        run = state.get("run")
        self._day = day
        self._run = run if isinstance(run, int) and 0 <= run < 1000 else 0
        self._eased = state.get("eased") is True
        passed = state.get("passed")
        values = {kind.value: kind for kind in Kind}
        self._passed = (
            {values[v] for v in passed if v in values} if isinstance(passed, list) else set()
        )
