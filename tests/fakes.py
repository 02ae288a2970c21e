"""Hand-written fakes and drivers shared by the unit tests (no Qt)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

from footholds.core.scheduler import Due, Kind, Scheduler
from footholds.core.settings import Settings


class FakeClock:
    """A clock that moves only when told.

    now() gives an aware datetime in the start's time zone. Time moves in real seconds (kept in
    UTC), so across a DST change the wall clock jumps or repeats the way a real one does.
    """

    def __init__(self, start: datetime) -> None:
        if start.tzinfo is None:
            raise ValueError("FakeClock needs an aware start")
        self.tz = start.tzinfo
        self._utc = start.astimezone(UTC)

    def now(self) -> datetime:
        return self._utc.astimezone(self.tz)

    def __call__(self) -> datetime:
        return self.now()

    def advance(self, amount: float | timedelta) -> datetime:
        """Move forward by seconds or a timedelta (negative moves back); returns the new now."""
        self._utc += amount if isinstance(amount, timedelta) else timedelta(seconds=amount)
        return self.now()

    def set(self, when: datetime) -> None:
        """Jump to an aware datetime, as a suspend or a clock change would."""
        if when.tzinfo is None:
            raise ValueError("FakeClock.set needs an aware datetime")
        self._utc = when.astimezone(UTC)


class SchedulerRig:
    """A Scheduler on a FakeClock with its events recorded, ticked the way the adapter does."""

    def __init__(
        self,
        start: datetime,
        settings: dict[str, Any] | None = None,
        session_quiet: Callable[[datetime], datetime | None] | None = None,
        usual_bedtime: Callable[[], str | None] | None = None,
        nudges: Callable[[], list[datetime]] | None = None,
    ) -> None:
        self.clock = FakeClock(start)
        self.settings = Settings(values=settings)
        self.scheduler = Scheduler(
            self.settings,
            self.clock,
            session_quiet=session_quiet,
            usual_bedtime=usual_bedtime,
            nudges=nudges,
        )
        self.shown: list[Due] = []
        self.shown_at: list[datetime] = []  # when each one was shown (Due.at is when it was due)
        self.deferred: list[tuple[Kind, str]] = []
        self.changes = 0
        self.auto: str | None = None  # when set, each card is answered at once with this
        self.scheduler.due.connect(self._on_due)
        self.scheduler.deferred.connect(lambda kind, reason: self.deferred.append((kind, reason)))
        self.scheduler.changed.connect(self._on_changed)

    def _on_due(self, due: Due) -> None:
        self.shown.append(due)
        self.shown_at.append(self.clock.now())

    def _on_changed(self) -> None:
        self.changes += 1

    def run(
        self,
        minutes: float,
        idle: float | Callable[[float], float] | None = 0.0,
        step: float = 30,
        **desk: Any,  # Scheduler.tick's fullscreen, dnd, locked and call
    ) -> list[Due]:
        """Tick every `step` seconds for `minutes`; `idle` may depend on the seconds elapsed.

        Returns the reminders shown meanwhile.
        """
        first = answered = len(self.shown)
        elapsed = 0.0
        for _ in range(round(minutes * 60 / step)):
            self.clock.advance(step)
            elapsed += step
            self.scheduler.tick(idle(elapsed) if callable(idle) else idle, **desk)
            while self.auto and answered < len(self.shown):
                self.scheduler.answered(self.shown[answered].kind, self.auto)
                answered += 1
        return self.shown[first:]

    def away(self, minutes: float, step: float = 30) -> list[Due]:
        """Step away from the computer: the idle time grows from the start of this call."""
        return self.run(minutes, idle=lambda elapsed: elapsed, step=step)

    def timeline(self, start: datetime) -> list[tuple[Kind, float]]:
        """Each reminder shown, with the real minutes after `start` at which it was shown."""
        pairs = zip(self.shown, self.shown_at, strict=True)
        return [(due.kind, minutes_after(when, start)) for due, when in pairs]

    def answer(self, outcome: str = "done") -> None:
        """Answer the last reminder shown."""
        self.scheduler.answered(self.shown[-1].kind, outcome)


def minutes_after(when: datetime, start: datetime) -> float:
    """Real minutes from `start` to `when`, whatever their time zones."""
    return (when.astimezone(UTC) - start.astimezone(UTC)).total_seconds() / 60
