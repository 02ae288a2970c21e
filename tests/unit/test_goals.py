"""Micro-goals: the person's order, the next step, ticking off, finishing."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from hypothesis import given
from hypothesis import strategies as st

from footholds.core import goals
from footholds.core.store import Goal
from support import present

TZ = timezone(timedelta(hours=1))
T0 = datetime(2026, 3, 10, 9, 0, tzinfo=TZ)


def make(*texts: str, at: datetime = T0) -> Goal:
    goal = Goal(title="Do the laundry", at=at)
    for text in texts:
        goal = goals.add_step(goal, text)
    return goal.clean()


def texts(goal: Goal) -> list[str]:
    return [s["text"] for s in goal.steps]


def test_next_step_is_the_first_undone_in_order() -> None:
    goal = make("pick up one sock", "carry the basket", "press start")
    assert present(goals.next_step(goal))["text"] == "pick up one sock"
    second = goal.steps[1]["id"]
    goal = goals.mark_done(goal, second, T0)
    # order wins, not what is left
    assert present(goals.next_step(goal))["text"] == "pick up one sock"
    goal = goals.mark_done(goal, goal.steps[0]["id"], T0)
    assert present(goals.next_step(goal))["text"] == "press start"


def test_helpers_never_change_the_goal_they_are_given() -> None:
    goal = make("a", "b")
    before = goal.to_dict()
    goals.mark_done(goal, goal.steps[0]["id"], T0)
    goals.move_step(goal, goal.steps[0]["id"], 1)
    goals.edit_step(goal, goal.steps[0]["id"], "changed")
    goals.remove_step(goal, goal.steps[0]["id"])
    goals.add_step(goal, "c")
    assert goal.to_dict() == before


def test_finishing_sets_done_at_and_reopening_clears_it() -> None:
    goal = make("a", "b")
    assert not goals.is_finished(goal)
    goal = goals.mark_done(goal, goal.steps[0]["id"], T0)
    assert goal.done_at is None and goals.progress(goal) == (1, 2)
    later = T0 + timedelta(hours=2)
    goal = goals.mark_done(goal, goal.steps[1]["id"], later)
    assert goals.is_finished(goal) and goal.done_at == later
    assert goals.next_step(goal) is None
    goal = goals.mark_undone(goal, goal.steps[1]["id"])
    assert not goals.is_finished(goal) and goal.done_at is None
    assert present(goals.next_step(goal))["text"] == "b"


def test_adding_a_step_to_a_finished_goal_opens_it_again() -> None:
    goal = make("a")
    goal = goals.mark_done(goal, goal.steps[0]["id"], T0)
    assert goals.is_finished(goal)
    goal = goals.add_step(goal, "one more")
    assert not goals.is_finished(goal) and goal.done_at is None


def test_removing_the_last_open_step_finishes_the_goal() -> None:
    goal = make("a", "b")
    goal = goals.mark_done(goal, goal.steps[0]["id"], T0)
    goal, step, index = goals.remove_step(goal, goal.steps[1]["id"])
    assert goals.is_finished(goal) and goal.done_at == T0
    goal = goals.restore_step(goal, step, index)
    assert texts(goal) == ["a", "b"] and not goals.is_finished(goal)


def test_a_goal_without_steps_is_not_finished() -> None:
    goal = Goal(title="Something big").clean()
    assert not goals.is_finished(goal)
    assert goals.next_step(goal) is None
    assert goals.progress(goal) == (0, 0)


def test_move_step_stays_within_the_list() -> None:
    goal = make("a", "b", "c")
    ids = [s["id"] for s in goal.steps]
    assert texts(goals.move_step(goal, ids[2], -1)) == ["a", "c", "b"]
    assert texts(goals.move_step(goal, ids[0], 1)) == ["b", "a", "c"]
    assert texts(goals.move_step(goal, ids[0], -1)) == ["a", "b", "c"]
    assert texts(goals.move_step(goal, ids[2], 5)) == ["a", "b", "c"]
    assert texts(goals.move_step(goal, ids[2], -9)) == ["c", "a", "b"]
    with pytest.raises(KeyError):
        goals.move_step(goal, "f" * 32, 1)


def test_reorder_follows_the_order_given_and_never_loses_a_step() -> None:
    goal = make("a", "b", "c", "d")
    ids = [s["id"] for s in goal.steps]
    assert texts(goals.reorder(goal, [ids[3], ids[1], ids[0], ids[2]])) == ["d", "b", "a", "c"]
    partial = goals.reorder(goal, [ids[2], "0" * 32, ids[2]])  # unknown and repeated ids
    assert texts(partial) == ["c", "a", "b", "d"]


@given(st.permutations(range(6)))
def test_reorder_is_a_permutation(order: list[int]) -> None:
    goal = make(*"abcdef")
    ids = [s["id"] for s in goal.steps]
    changed = goals.reorder(goal, [ids[i] for i in order])
    assert texts(changed) == ["abcdef"[i] for i in order]
    assert sorted(s["id"] for s in changed.steps) == sorted(ids)


def test_add_step_at_an_index_and_edit() -> None:
    goal = make("a", "c")
    goal = goals.add_step(goal, "  b  ", index=1)
    assert texts(goal) == ["a", "b", "c"]
    goal = goals.edit_step(goal, goal.steps[1]["id"], "b, gently")
    assert texts(goal) == ["a", "b, gently", "c"]
    assert Goal.from_dict(goal.to_dict()).steps == goal.steps  # still a valid record


def test_next_doable_picks_the_goal_worked_on_most_recently() -> None:
    older = make("old first", at=T0)
    newer = make("new first", at=T0 + timedelta(days=1))
    assert present(goals.next_doable([older, newer]))[1]["text"] == "new first"
    older = goals.add_step(older, "old second")
    older = goals.mark_done(older, older.steps[0]["id"], T0 + timedelta(days=2))
    goal, step = present(goals.next_doable([older, newer]))
    assert goal.id == older.id and step["text"] == "old second"
    finished = goals.mark_done(newer, newer.steps[0]["id"], T0 + timedelta(days=3))
    assert goals.next_doable([finished]) is None
    assert goals.next_doable([]) is None


def test_open_and_finished_lists() -> None:
    a = make("a", at=T0)
    b = make("b", at=T0 + timedelta(hours=1))
    c = make("c", at=T0 - timedelta(days=1))
    c = goals.mark_done(c, c.steps[0]["id"], T0 + timedelta(hours=3))
    d = make("d", at=T0 - timedelta(days=2))
    d = goals.mark_done(d, d.steps[0]["id"], T0 + timedelta(hours=5))
    assert [g.id for g in goals.open_goals([b, c, a, d])] == [a.id, b.id]
    assert [g.id for g in goals.finished_goals([b, c, a, d])] == [d.id, c.id]


def test_in_view_keeps_the_goals_touched_lately_in_their_order() -> None:
    """Years of goals left open: cards for the few touched most lately, oldest first; a goal
    made long ago with a step ticked today counts as lately."""
    made = [make("one step", at=T0 + timedelta(days=n)) for n in range(10)]
    old = made[0]
    made[0] = goals.mark_done(old, old.steps[0]["id"], T0 + timedelta(days=30))
    shown, rest = goals.in_view(made, 4)
    assert [g.id for g in shown] == [made[0].id, made[7].id, made[8].id, made[9].id]
    assert [g.id for g in rest] == [g.id for g in made[1:7]]


def test_in_view_shows_everything_up_to_the_limit() -> None:
    made = [make("a", at=T0 + timedelta(days=n)) for n in range(3)]
    assert goals.in_view(made, 3) == (made, [])
    assert goals.in_view([], 3) == ([], [])
