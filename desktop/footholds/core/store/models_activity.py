"""The records behind behavioural activation and sleep: the person's own activities, plans
(with how they felt once done) and roughly when they went to bed and got up."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from footholds.core.store import validate as v
from footholds.core.store.models import (
    ACTIVITY_KINDS,
    PLAN_SOURCES,
    SLEEP_SOURCES,
    Record,
)


@dataclass(kw_only=True)
class Activity(Record):
    """A small thing the person likes to do, in their own words, in one of four kinds."""

    KIND = "activity"
    TEXT_LIMIT = 200  # the plan window's field holds the same (ui/today/activity_plan.py)
    text: str = ""
    kind: str = "enjoyment"

    def _clean(self) -> None:
        self.text = v.text(self.text, "The activity", limit=self.TEXT_LIMIT, required=True)
        self.kind = v.choice(self.kind, "Kind of activity", ACTIVITY_KINDS)


@dataclass(kw_only=True)
class ActivityPlan(Record):
    """One activity planned for a day (and maybe a time), and, once done, how it felt.

    The words are copied in, so the plan still reads right if the activity is changed later.
    A plan not done by the end of its day is never shown again anywhere; nothing counts it.
    """

    KIND = "activity_plan"
    DAY_FROM_AT = True
    PARTITIONED = True
    TIME_FIELDS = ("at", "done_at")
    activity_id: str = ""  # an own Activity id or a built-in idea's id; "" when typed in
    text: str = ""
    kind: str = "enjoyment"
    day: str  # the person's day (core/days.py), which the caller knows: no calendar default
    time: str = ""  # "HH:MM", or "" for any time that day
    nudge: bool = False  # a gentle reminder at that time, held back like every reminder
    done_at: datetime | None = None
    mood_before: int | None = None
    mood_after: int | None = None
    word: str = ""
    source: str = "today"

    def _clean(self) -> None:
        self.activity_id = v.text(self.activity_id, "Activity", limit=v.WORD_LIMIT)
        self.text = v.text(self.text, "The activity", limit=Activity.TEXT_LIMIT, required=True)
        self.kind = v.choice(self.kind, "Kind of activity", ACTIVITY_KINDS)
        self.day = v.day(self.day, "The day")
        self.time = v.clock(self.time, "The time", optional=True)
        self.nudge = v.flag(self.nudge, "Nudge")
        self.done_at = None if self.done_at is None else v.moment(self.done_at)
        self.mood_before = v.number(self.mood_before, "Mood before", 1, 5)
        self.mood_after = v.number(self.mood_after, "Mood after", 1, 5)
        self.word = " ".join(v.text(self.word, "A word", limit=v.WORD_LIMIT).split())
        self.source = v.choice(self.source, "Source", PLAN_SOURCES)


@dataclass(kw_only=True)
class SleepEntry(Record):
    """Roughly when the person went to bed and got up, for the night before `day`."""

    KIND = "sleep"
    DAY_FROM_AT = True
    PARTITIONED = True
    ONE_PER = ("day",)  # one night a morning: a later answer replaces it
    day: str  # the morning, the person's day (core/days.py): no calendar default
    bed: str = ""  # "HH:MM"
    up: str = ""  # "HH:MM"
    quality: int | None = None
    source: str = "quick-log"

    def _clean(self) -> None:
        self.day = v.day(self.day, "The morning")
        self.bed = v.clock(self.bed, "Bedtime")
        self.up = v.clock(self.up, "Getting up")
        self.quality = v.number(self.quality, "How it was", 1, 5)
        self.source = v.choice(self.source, "Source", SLEEP_SOURCES)
