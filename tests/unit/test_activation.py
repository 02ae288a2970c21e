"""Behavioural activation with a fake clock: planning, doing and rating, plans that quietly
disappear when their day is over, and when "what seems to help" may speak."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, time, timedelta, timezone
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from footholds.core import activation, content
from footholds.core.store import ActivityPlan, ContentMark, InvalidEntry, Store
from footholds.core.store.models import ACTIVITY_KINDS

TZ = timezone(timedelta(hours=1))
START = 4  # the day turns over at 4 am, as by default


class Clock:
    """A fake clock the tests move by hand."""

    def __init__(self, at: datetime) -> None:
        self.at = at

    def now(self) -> datetime:
        return self.at

    def jump(self, **kw: float) -> None:
        self.at += timedelta(**kw)


if TYPE_CHECKING:  # imported where used, as before
    from fakes import SchedulerRig


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    s = Store(tmp_path / "store", aside_dir=tmp_path / "aside", durable=False)
    s.open()
    yield s
    s.close()


@pytest.fixture
def clock() -> Clock:
    return Clock(datetime(2026, 3, 10, 9, 0, tzinfo=TZ))


def walk() -> activation.Idea:
    return activation.Idea("ac-short-walk", "A short walk around the block", "enjoyment", False)


def test_own_activities_come_first_in_their_kind(store: Store) -> None:
    own = activation.add_own(store, "Play the piano for a bit", "enjoyment")
    ideas = activation.ideas(store)
    kinds = [i.kind for i in ideas]
    assert kinds == sorted(kinds, key=ACTIVITY_KINDS.index)  # kind by kind, in order
    enjoyment = [i for i in ideas if i.kind == "enjoyment"]
    assert enjoyment[0] == activation.Idea(own.id, "Play the piano for a bit", "enjoyment", True)
    assert {i.kind for i in ideas if not i.own} == set(ACTIVITY_KINDS)


def test_a_hidden_built_in_idea_is_not_offered(store: Store) -> None:
    store.add(ContentMark(pack="activities", item_id="ac-shower"))
    assert "ac-shower" not in {i.id for i in activation.ideas(store)}


def test_built_in_ideas_have_a_few_of_every_kind_in_both_languages() -> None:
    assert content.ACTIVITY_KINDS == ACTIVITY_KINDS
    for language in ("en", "es"):
        items = content.load_pack("activities", language)
        for kind in ACTIVITY_KINDS:
            assert sum(item["kind"] == kind for item in items) >= 3


def test_an_own_activity_needs_words_and_a_known_kind(store: Store) -> None:
    with pytest.raises(InvalidEntry):
        activation.add_own(store, "   ", "enjoyment")
    with pytest.raises(InvalidEntry):
        activation.add_own(store, "Bake bread", "chores")


def test_an_idea_planned_for_a_day_is_not_offered_for_it_again(store: Store, clock: Clock) -> None:
    today = clock.now().date()
    tomorrow = today + timedelta(days=1)

    def offered(day: date) -> set[str]:
        return {i.id for i in activation.to_offer(store, day, clock.now(), START)}

    assert walk().id in offered(today)
    made = activation.plan(store, walk(), today, now=clock.now())
    assert walk().id not in offered(today)  # waiting in Today already
    assert walk().id in offered(tomorrow)  # another day, another walk
    own = activation.add_own(store, "Play the piano for a bit", "enjoyment")
    piano = activation.Idea(own.id, own.text, own.kind, True)
    activation.plan(store, piano, tomorrow, now=clock.now())
    assert own.id in offered(today) and own.id not in offered(tomorrow)
    clock.jump(hours=2)
    activation.done(store, made, mood_before=2, mood_after=3, now=clock.now())
    assert walk().id in offered(today)  # done: it may come round again


def test_plan_do_and_rate(store: Store, clock: Clock) -> None:
    made = activation.plan(store, walk(), clock.now().date(), at=time(17, 30), now=clock.now())
    assert activation.open_plans(store, clock.now(), START) == [made]
    clock.jump(hours=9)  # 18:00, after the walk
    finished = activation.done(
        store, made, mood_before=2, mood_after=3, word="  fresh   air ", now=clock.now()
    )
    assert activation.open_plans(store, clock.now(), START) == []
    saved = store.get(ActivityPlan, made.id)
    assert saved is not None and saved.done_at == clock.now()
    assert (saved.mood_before, saved.mood_after, saved.word) == (2, 3, "fresh air")
    assert finished.text == "A short walk around the block"
    today = clock.now().date()
    assert activation.done_between(store, today, today, START) == [saved]


def test_every_part_of_how_it_felt_is_optional(store: Store, clock: Clock) -> None:
    made = activation.plan(store, walk(), clock.now().date(), now=clock.now())
    finished = activation.done(store, made, now=clock.now())
    assert (finished.mood_before, finished.mood_after, finished.word) == (None, None, "")
    with pytest.raises(InvalidEntry):
        activation.done(store, made, mood_after=6, now=clock.now())


def test_a_plan_for_one_at_night_comes_after_the_evening(store: Store, clock: Clock) -> None:
    """Today listed a plan for 01:00 (tonight, before the 4 am turnover, as its nudge takes
    it) before one for 18:00: the plans come in the order they really happen."""
    today = clock.now().date()
    late = activation.plan(store, walk(), today, at=time(1, 0), now=clock.now())
    any_time = activation.plan(store, walk(), today, now=clock.now())
    evening = activation.plan(store, walk(), today, at=time(18, 0), now=clock.now())
    morning = activation.plan(store, walk(), today, at=time(9, 30), now=clock.now())
    at_start = activation.plan(store, walk(), today, at=time(4, 0), now=clock.now())
    found = activation.open_plans(store, clock.now(), START)
    assert found == [at_start, morning, evening, late, any_time]


def test_a_plan_that_did_not_happen_quietly_disappears_at_turnover(
    store: Store, clock: Clock
) -> None:
    today = clock.now().date()
    tonight = activation.plan(store, walk(), today, at=time(20, 0), now=clock.now())
    tomorrow = activation.plan(store, walk(), today + timedelta(days=1), now=clock.now())
    clock.at = datetime(2026, 3, 11, 3, 59, tzinfo=TZ)  # still "today" until 4 am
    assert activation.open_plans(store, clock.now(), START) == [tonight, tomorrow]
    clock.jump(minutes=1)  # 4 am: a new day
    assert activation.open_plans(store, clock.now(), START) == [tomorrow]
    clock.jump(days=1)
    assert activation.open_plans(store, clock.now(), START) == []
    # nothing anywhere counts it: it is in no summary of what was done either
    assert activation.done_between(store, today, today + timedelta(days=2), START) == []


def rated_plans(
    count: int, span_days: int, *, before: int = 2, after: int = 3
) -> list[ActivityPlan]:
    """`count` rated walks, the first and last `span_days` days apart (inclusive)."""
    first = datetime(2026, 3, 1, 18, 0, tzinfo=TZ)
    out = []
    for n in range(count):
        offset = 0 if n == 0 else round(n * (span_days - 1) / (count - 1))
        at = first + timedelta(days=offset)
        out.append(
            ActivityPlan(
                text="A short walk" if n % 2 else "Call my sister",
                kind="enjoyment" if n % 2 else "connection",
                day=at.date().isoformat(),
                at=at,
                done_at=at,
                mood_before=before,
                mood_after=after,
            ).clean()
        )
    return out


@pytest.mark.parametrize(
    ("count", "span", "speaks"),
    [(9, 14, False), (10, 14, True), (10, 13, False), (30, 13, False), (9, 40, False)],
)
def test_what_seems_to_help_waits_for_ten_ratings_over_fourteen_days(
    count: int, span: int, speaks: bool
) -> None:
    plans = rated_plans(count, span)
    assert activation.enough_to_notice(plans, START) is speaks
    found = activation.what_seems_to_help(plans, START)
    assert (found is not None) is speaks
    if speaks:
        assert found is not None
        assert {h.text for h in found} == {"A short walk", "Call my sister"}


def test_unrated_or_undone_plans_do_not_count_towards_enough() -> None:
    plans = rated_plans(10, 14)
    plans[3] = ActivityPlan(text="x", day="2026-03-05", at=plans[3].at, mood_before=2).clean()
    assert activation.what_seems_to_help(plans, START) is None


def test_only_activities_followed_by_feeling_a_little_better_are_named() -> None:
    plans = rated_plans(10, 14)
    same = rated_plans(4, 14, before=3, after=3)
    for p in same:
        p.text = "Tidy the desk"
    found = activation.what_seems_to_help([*plans, *same], START)
    assert found is not None and "Tidy the desk" not in {h.text for h in found}


def test_a_plan_is_only_for_a_real_time_of_day(store: Store) -> None:
    with pytest.raises(InvalidEntry):
        store.add(ActivityPlan(text="Walk", day=date(2026, 3, 10).isoformat(), time="25:00"))


def test_export_and_import_carry_activities_plans_and_sleep(tmp_path: Path) -> None:
    import io

    from footholds.core import export, importers, sleep
    from footholds.core.store import Activity, SleepEntry

    source = Store(tmp_path / "a", aside_dir=tmp_path / "aside", durable=False)
    source.open()
    now = datetime(2026, 3, 10, 9, 0, tzinfo=TZ)
    own = activation.add_own(source, "Water the plants", "achievement")
    idea = activation.Idea(own.id, own.text, own.kind, True)
    made = activation.plan(source, idea, now.date(), at=time(18, 0), now=now)
    activation.done(source, made, mood_before=2, mood_after=4, word="calm", now=now)
    sleep.record(source, "23:30", "07:10", 4, morning=now.date(), now=now)
    buffer = io.StringIO()
    export.write_json(source, buffer)
    assert {"activity", "activity_plan", "sleep"} <= set(
        __import__("json").loads(buffer.getvalue())["records"]
    )
    path = tmp_path / "export.json"
    path.write_text(buffer.getvalue(), encoding="utf-8")
    target = Store(tmp_path / "b", aside_dir=tmp_path / "aside", durable=False)
    target.open()
    plan = importers.plan(target, path)
    assert "1 planned activity to add" in "\n".join(plan.lines())
    importers.apply(target, plan)
    for model in (Activity, ActivityPlan, SleepEntry):
        assert [r.to_dict() for r in target.all(model)] == [r.to_dict() for r in source.all(model)]
        assert target.all(model)
    source.close()
    target.close()


def test_an_old_store_without_the_new_kinds_still_loads(tmp_path: Path) -> None:
    from footholds.core.store import Activity, LogEntry, SleepEntry

    old = Store(tmp_path / "s", aside_dir=tmp_path / "aside", durable=False)
    old.open()
    old.add(LogEntry(note="before activities existed"))
    old.close()
    assert not (tmp_path / "s" / "activity.json").exists()
    again = Store(tmp_path / "s", aside_dir=tmp_path / "aside", durable=False)
    again.open()
    assert again.all(Activity) == [] and again.all(SleepEntry) == [] and again.notices == []
    assert len(again.all(LogEntry)) == 1
    again.close()


# -- the gentle nudge, through the reminder scheduler ------------------------------------------


def test_nudge_moments_are_only_for_open_plans_that_asked(store: Store, clock: Clock) -> None:
    today = clock.now().date()
    asked = activation.plan(store, walk(), today, at=time(17, 30), nudge=True, now=clock.now())
    activation.plan(store, walk(), today, at=time(17, 0), now=clock.now())  # no nudge asked
    activation.plan(store, walk(), today, nudge=True, now=clock.now())  # no time: no nudge
    plans = activation.open_plans(store, clock.now(), START)
    moments = activation.nudge_moments(plans, TZ)
    assert moments == [(datetime(2026, 3, 10, 17, 30, tzinfo=TZ), asked)]
    activation.done(store, asked, now=clock.now())
    assert activation.nudge_moments(activation.open_plans(store, clock.now(), START), TZ) == []


def test_the_nudges_follow_the_store(store: Store, clock: Clock) -> None:
    nudges = activation.Nudges(store, clock.now, lambda: START, TZ)
    assert nudges() == []
    asked = activation.plan(
        store, walk(), clock.now().date(), at=time(17, 30), nudge=True, now=clock.now()
    )
    assert len(nudges()) == 1 and nudges.due(clock.now()) is None
    clock.at = clock.at.replace(hour=17, minute=31)
    assert nudges.due(clock.now()) == asked
    activation.done(store, asked, now=clock.now())
    assert nudges() == [] and nudges.due(clock.now()) is None


def rig_with_nudge_at(start: datetime, at: datetime, **settings: object) -> SchedulerRig:
    from fakes import SchedulerRig

    quiet = {"reminders.movement_enabled": False, "reminders.rest_enabled": False, **settings}
    return SchedulerRig(start, quiet, nudges=lambda: [at])


def test_a_nudge_comes_at_the_chosen_time() -> None:
    from footholds.core.scheduler import Kind

    rig = rig_with_nudge_at(datetime(2026, 3, 10, 17, 0, tzinfo=TZ), at_(17, 30))
    rig.run(60, step=60)
    assert [d.kind for d in rig.shown] == [Kind.ACTIVITY]
    assert rig.shown_at == [at_(17, 30)]


def test_a_nudge_comes_at_its_time_even_in_quiet_hours() -> None:
    """The person asked for that moment; quiet hours are for the app's own reminders. Held
    until 07:00, it was hours late by then and let go: it never came."""
    rig = rig_with_nudge_at(
        datetime(2026, 3, 10, 21, 0, tzinfo=TZ),
        at_(22, 30),
        **{"reminders.quiet_hours": True, "reminders.quiet_start": "22:00"},
    )
    rig.run(12 * 60, step=60)
    assert rig.shown_at == [at_(22, 30)]
    assert not any(reason == "quiet_hours" for _, reason in rig.deferred)


def test_a_nudge_waits_while_paused_or_full_screen() -> None:
    rig = rig_with_nudge_at(datetime(2026, 3, 10, 17, 0, tzinfo=TZ), at_(17, 30))
    rig.run(45, step=60, fullscreen=True)
    assert rig.shown == []
    rig.run(15, step=60)
    assert len(rig.shown) == 1 and at_(17, 45) <= rig.shown_at[0] <= at_(18, 0)


def at_(hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 3, 10, hour, minute, tzinfo=TZ)


def test_a_nudge_waits_for_a_therapy_session_and_a_call() -> None:
    from fakes import SchedulerRig

    # a session 17:15-18:05 and its quiet quarter of an hour: the 17:30 nudge comes after
    start, end = at_(17, 15), at_(18, 20)
    quiet = {"reminders.movement_enabled": False, "reminders.rest_enabled": False}

    def session_quiet(at: datetime) -> datetime | None:
        return end if start <= at < end else None

    rig = SchedulerRig(at_(17, 0), quiet, session_quiet=session_quiet, nudges=lambda: [at_(17, 30)])
    rig.run(70, step=60)
    assert rig.shown == [] and rig.deferred and rig.deferred[0][1] == "session"
    rig.run(20, step=60)
    assert len(rig.shown) == 1 and end <= rig.shown_at[0] <= at_(18, 30)

    # a call from 17:20 to 17:50: the nudge waits for it, and for a few calm minutes after
    rig = rig_with_nudge_at(at_(17, 0), at_(17, 30))
    rig.run(20, step=60)
    rig.run(30, step=60, call=True)
    assert rig.shown == []
    rig.run(20, step=60, call=False)
    assert len(rig.shown) == 1 and rig.shown_at[0] > at_(17, 50)
