"""Behavioural activation: small things to plan, do, and notice how they felt. No Qt.

A plan belongs to one of the person's days (settings' day.start_hour turns the day over).
Once its day is over and it was not done, it is simply never shown again: nothing here, in
Insights or in the check-in summary counts or names such a plan.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta, tzinfo
from functools import cache

from footholds.core import content
from footholds.core.days import DEFAULT_START_HOUR, day_bounds, day_of
from footholds.core.list_words import fold
from footholds.core.store import Activity, ActivityPlan, ContentMark, Store
from footholds.core.store.models import ACTIVITY_KINDS

PACK = "activities"
# "What seems to help" waits for this much: enough ratings, spread over enough days, that a
# pattern means something and a single bad week does not speak for the person.
HELPS_MIN_RATED = 10
HELPS_MIN_DAYS = 14
HELPS_MIN_EACH = 2  # an activity needs two ratings before it is named
HELPS_SHOWN = 3
# plans are looked for this far back: a plan is made for today or tomorrow at the latest
_PLAN_WINDOW = timedelta(days=3)


@dataclass(frozen=True)
class Idea:
    """An activity to choose from: the person's own (own=True) or a built-in idea."""

    id: str
    text: str
    kind: str
    own: bool


def ideas(store: Store, language: str = content.DEFAULT_LANGUAGE) -> list[Idea]:
    """Every activity to pick from, kind by kind, the person's own first in each kind."""
    hidden = {m.item_id for m in store.all(ContentMark) if m.pack == PACK and m.mark == "hidden"}
    own = [Idea(a.id, a.text, a.kind, True) for a in store.all(Activity)]
    built_in = [
        Idea(str(item["id"]), str(item["text"]), str(item["kind"]), False)
        for item in content.load_pack(PACK, language)
        if item["id"] not in hidden
    ]
    order = {kind: n for n, kind in enumerate(ACTIVITY_KINDS)}
    return sorted([*own, *built_in], key=lambda i: (order[i.kind], not i.own))


def to_offer(
    store: Store,
    day: date,
    now: datetime,
    start_hour: int,
    language: str = content.DEFAULT_LANGUAGE,
) -> list[Idea]:
    """The ideas to pick from for `day`: every one but those already waiting in a plan for
    that day (not done yet), so the same thing is never offered twice for one day."""
    waiting = {
        p.activity_id
        for p in open_plans(store, now, start_hour)
        if p.day == day.isoformat() and p.activity_id
    }
    return [idea for idea in ideas(store, language) if idea.id not in waiting]


@cache
def _builtin_words() -> dict[str, frozenset[str]]:
    """Each built-in idea's id: its words in every shipped language, folded."""
    found: dict[str, set[str]] = {}
    for code in content.available_languages():
        for item in content.load_pack(PACK, code):
            found.setdefault(str(item["id"]), set()).add(fold(str(item["text"])))
    return {item_id: frozenset(words) for item_id, words in found.items()}


def words_of(plan: ActivityPlan, language: str) -> str:
    """What `plan` is called in `language`: a built-in idea's words in that language while
    the plan still has the idea's words in any shipped language (one planned in Spanish reads
    in English after a switch), else the words saved with it, which are the person's own."""
    known = _builtin_words().get(plan.activity_id)
    if not known or fold(plan.text) not in known:
        return plan.text
    for item in content.load_pack(PACK, language):
        if item["id"] == plan.activity_id:
            return str(item["text"])
    return plan.text


def add_own(store: Store, text: str, kind: str) -> Activity:
    """Keep an activity in the person's own words. Raises InvalidEntry when it can't be."""
    return store.add(Activity(text=text, kind=kind))


def plan(
    store: Store,
    idea: Idea,
    day: date,
    *,
    at: time | None = None,
    nudge: bool = False,
    source: str = "today",
    now: datetime | None = None,
) -> ActivityPlan:
    """Plan one activity for `day` (today or tomorrow), at a time or any time that day."""
    record = ActivityPlan(
        activity_id=idea.id,
        text=idea.text,
        kind=idea.kind,
        day=day.isoformat(),
        time=at.strftime("%H:%M") if at is not None else "",
        nudge=nudge and at is not None,
        source=source,
    )
    if now is not None:
        record.at = now
    return store.add(record)


def open_plans(
    store: Store, now: datetime, start_hour: int, tz: tzinfo | None = None
) -> list[ActivityPlan]:
    """Plans for today and later that are not done yet, soonest first. Plans for days already
    over are left out: they quietly disappear."""
    today = day_of(now, start_hour, tz)
    recent = store.between(ActivityPlan, now - _PLAN_WINDOW, now + timedelta(seconds=1))
    waiting = [p for p in recent if p.done_at is None and date.fromisoformat(p.day) >= today]
    return sorted(waiting, key=lambda p: (p.day, _clock_order(p.time, start_hour), p.at))


def _clock_order(hhmm: str, start_hour: int) -> int:
    """Minutes into the person's day of a plan's time, "" (any time) after every one: a time
    before the day-start hour is that night's, after the evening (planned_moment)."""
    try:
        hour, minute = (int(part) for part in hhmm.split(":"))
    except ValueError:  # any time ("")
        return 48 * 60
    return (hour + (24 if hour < start_hour else 0)) * 60 + minute


def done(
    store: Store,
    record: ActivityPlan,
    *,
    mood_before: int | None = None,
    mood_after: int | None = None,
    word: str = "",
    now: datetime,
) -> ActivityPlan:
    """Mark a plan done, with how it felt (every part optional)."""
    changed = replace(
        record, done_at=now, mood_before=mood_before, mood_after=mood_after, word=word
    )
    return store.update(changed)


def planned_moment(day: date, at: time, start_hour: int, tz: tzinfo | None = None) -> datetime:
    """When a plan for the person's `day` at `at` is, on the wall clock (this computer's zone,
    or `tz`). A time before the day-start hour belongs to the night after that day."""
    wall = datetime.combine(day, at)
    if at.hour < start_hour:
        wall += timedelta(days=1)
    return wall.astimezone() if tz is None else wall.replace(tzinfo=tz)


def has_passed(day: date, at: time, now: datetime, start_hour: int) -> bool:
    """Whether `at` on the person's `day` is already behind `now` (the minute now began
    counts as still to come): a nudge asked for then comes right away."""
    moment = planned_moment(day, at, start_hour, now.tzinfo)
    return moment < now.replace(second=0, microsecond=0)


def nudge_moments(
    plans: Iterable[ActivityPlan], tz: tzinfo | None = None, start_hour: int = DEFAULT_START_HOUR
) -> list[tuple[datetime, ActivityPlan]]:
    """When each plan that asked for a nudge wants it, soonest first (this computer's zone,
    or `tz`); the reminder scheduler holds it back like any other reminder.

    A time already passed when the plan was made means right away: the moment it was made.
    Every plan gets a moment of its own (two at the same minute a microsecond apart), since
    the scheduler counts a moment as handled once it has shown one at or after it. Done plans
    are left out, but still take their place in that order, so the others' moments stay put
    when one is done."""
    out: list[tuple[datetime, ActivityPlan]] = []
    for p in plans:
        if p.nudge and p.time:
            wall = planned_moment(
                date.fromisoformat(p.day), time.fromisoformat(p.time), start_hour, tz
            )
            out.append((max(wall, p.at), p))
    out.sort(key=lambda pair: (pair[0], pair[1].at, pair[1].id))
    for n in range(1, len(out)):
        if out[n][0] <= out[n - 1][0]:
            out[n] = (out[n - 1][0] + timedelta(microseconds=1), out[n][1])
    return [(at, p) for at, p in out if p.done_at is None]


class Nudges:
    """The moments open plans asked to be nudged at, for the scheduler; read from the store
    once and again only when a plan changes (the scheduler asks on every tick)."""

    def __init__(
        self,
        store: Store,
        clock: Callable[[], datetime],
        start_hour: Callable[[], int],
        tz: tzinfo | None = None,  # None: this computer's zone
    ) -> None:
        self._store, self._clock, self._start_hour, self._tz = store, clock, start_hour, tz
        self._cached: list[tuple[datetime, ActivityPlan]] | None = None
        store.changed.connect(self._on_changed)

    def pairs(self) -> list[tuple[datetime, ActivityPlan]]:
        if self._cached is None:
            now, start_hour = self._clock(), self._start_hour()
            today = day_of(now, start_hour, self._tz)
            recent = self._store.between(
                ActivityPlan, now - _PLAN_WINDOW, now + timedelta(seconds=1)
            )
            # done ones too, so that the moments of the others never move (nudge_moments)
            ahead = [p for p in recent if date.fromisoformat(p.day) >= today]
            self._cached = nudge_moments(ahead, self._tz, start_hour)
        return self._cached

    def __call__(self) -> list[datetime]:
        return [at for at, _plan in self.pairs()]

    def due(self, at: datetime) -> ActivityPlan | None:
        """The plan whose nudge the scheduler says is due at `at`; when none is exactly then
        (a nudge snoozed with Later), the latest one due by `at`."""
        passed = [(moment, plan) for moment, plan in self.pairs() if moment <= at]
        exact = [plan for moment, plan in passed if moment == at]
        if exact:
            return exact[0]
        return passed[-1][1] if passed else None

    def forget(self) -> None:
        """Read the plans again when next asked (the app locked or unlocked)."""
        self._cached = None

    def _on_changed(self, kind: str) -> None:
        if kind == ActivityPlan.KIND:
            self._cached = None


def done_between(
    store: Store, first: date, last: date, start_hour: int, tz: tzinfo | None = None
) -> list[ActivityPlan]:
    """Plans done on the days first..last, in the order they were done."""
    start, end = day_bounds(first, start_hour, tz)[0], day_bounds(last, start_hour, tz)[1]
    # a plan is made at most a couple of days before it is done
    made = store.between(ActivityPlan, start - _PLAN_WINDOW, end)
    finished = [p for p in made if p.done_at is not None and start <= p.done_at < end]
    return sorted(finished, key=lambda p: p.done_at or p.at)


@dataclass(frozen=True)
class Helped:
    """An activity after which the person tended to feel a little better."""

    text: str
    kind: str
    times: int


def _rated(plans: Iterable[ActivityPlan]) -> list[ActivityPlan]:
    return [
        p
        for p in plans
        if p.done_at is not None and p.mood_before is not None and p.mood_after is not None
    ]


def enough_to_notice(plans: Iterable[ActivityPlan], start_hour: int) -> bool:
    """At least 10 rated activities, spread over at least 14 days (first to last)."""
    rated = _rated(plans)
    if len(rated) < HELPS_MIN_RATED:
        return False
    days = [day_of(p.done_at, start_hour) for p in rated if p.done_at is not None]
    return (max(days) - min(days)).days + 1 >= HELPS_MIN_DAYS


def what_seems_to_help(
    plans: Iterable[ActivityPlan], start_hour: int, language: str = content.DEFAULT_LANGUAGE
) -> list[Helped] | None:
    """Activities the person tended to feel a little better after, or None while there is
    not enough yet to say anything. Only a tendency: it never claims a cause. A built-in
    idea is one activity, and named in `language`, whichever language it was planned in."""
    plans = list(plans)
    if not enough_to_notice(plans, start_hour):
        return None
    from statistics import mean  # here: it brings decimal and fractions into the idle app

    groups: dict[str, list[ActivityPlan]] = {}
    for p in _rated(plans):
        groups.setdefault(" ".join(words_of(p, language).casefold().split()), []).append(p)
    found = []
    for group in groups.values():
        lift = mean((p.mood_after or 0) - (p.mood_before or 0) for p in group)
        if len(group) >= HELPS_MIN_EACH and lift > 0:
            found.append((lift, len(group), group[-1]))
    # listed with the clearest tendency first; it describes activities, never the person
    found.sort(key=lambda f: (-f[0], -f[1]))
    return [Helped(words_of(p, language), p.kind, n) for _, n, p in found[:HELPS_SHOWN]]
