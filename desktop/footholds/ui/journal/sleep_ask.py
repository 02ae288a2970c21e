"""Whether the quick log asks about last night now: a cheap check at each opening (a setting,
the clock, and a day remembered when it was answered or put aside). Apart from the question
itself (sleep_question.py), which is imported and built only the first morning it is due:
with the setting off (the default) it never is, and its widgets stay out of the idle app.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from typing import TYPE_CHECKING

from footholds.core import sleep
from footholds.core.store import SleepEntry

if TYPE_CHECKING:
    from footholds.ui.context import AppContext


class SleepAsk:
    """Whether to ask about last night now; kept by the quick log, widget or not."""

    def __init__(self, ctx: AppContext, clock: Callable[[], datetime]) -> None:
        self.ctx = ctx
        self.clock = clock
        self.settled_on: date | None = None  # answered or put aside on this morning
        self.checked_on: date | None = None  # the store was last asked on this morning

    def due(self) -> bool:
        """Whether to ask now. Off (the default) costs one settings read and nothing else.
        Never while locked: the store can't say then whether this morning was answered, and
        an answer sealed then took the place of the one given before at the unlock. What the
        store said is asked again after the unlock (lock_changed)."""
        if not self.ctx.settings["day.sleep_question"]:
            return False
        if self.ctx.locker.locked:
            return False
        now = self.clock()
        morning = now.date()
        if self.checked_on != morning:
            self.checked_on = morning
            if sleep.answered_on(self.ctx.store, morning):
                self.settled_on = morning
        return sleep.question_due(
            enabled=True,
            now=now,
            start_hour=self.ctx.settings["day.start_hour"],
            answered_today=self.settled_on == morning,
            put_aside_on=None,
        )

    def settle(self, morning: date) -> None:
        """Answered or put aside: not asked again that morning."""
        self.settled_on = morning

    def store_changed(self, kind: str) -> None:
        if kind == SleepEntry.KIND:
            self.checked_on = None  # an answer from elsewhere (the command line) counts

    def lock_changed(self, _locked: bool) -> None:
        """Locked, unlocked, or the lock turned on or off: the store is asked again, with
        what joined at the unlock."""
        self.checked_on = None
