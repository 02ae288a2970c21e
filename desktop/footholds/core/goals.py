"""Micro-goals: something big broken into tiny steps, done one at a time, in the person's order.

Every helper returns a changed copy of the goal and leaves the one it was given alone, because
records read from the store are shared and are saved by passing a copy to `Store.update`.
"""

from __future__ import annotations

import copy
from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import Any

from footholds.core.store.models import Goal, new_id, now_local

Step = dict[str, Any]


def is_done(step: Step) -> bool:
    """Whether a step has been ticked off."""
    return bool(step.get("done_at"))


def next_step(goal: Goal) -> Step | None:
    """The first step not yet done, in the person's order; None when there is none."""
    for step in goal.steps:
        if not is_done(step):
            return dict(step)
    return None


def progress(goal: Goal) -> tuple[int, int]:
    """(steps done, steps in all)."""
    return sum(1 for step in goal.steps if is_done(step)), len(goal.steps)


def is_finished(goal: Goal) -> bool:
    """A goal is finished when it has steps and every one of them is done."""
    done, total = progress(goal)
    return total > 0 and done == total


def find(goal: Goal, step_id: str) -> int:
    """The index of a step; raises KeyError when the goal has no such step."""
    for index, step in enumerate(goal.steps):
        if step["id"] == step_id:
            return index
    raise KeyError(step_id)


def add_step(goal: Goal, text: str, index: int | None = None, step_id: str = "") -> Goal:
    """A copy with a new (not done) step, at the end or at `index`."""
    changed = _copy(goal)
    step = {"id": step_id or new_id(), "text": text.strip(), "done_at": ""}
    where = len(changed.steps) if index is None else max(0, min(index, len(changed.steps)))
    changed.steps.insert(where, step)
    return _settle(changed, None)


def edit_step(goal: Goal, step_id: str, text: str) -> Goal:
    """A copy with one step's words changed."""
    changed = _copy(goal)
    changed.steps[find(changed, step_id)]["text"] = text.strip()
    return changed


def remove_step(goal: Goal, step_id: str) -> tuple[Goal, Step, int]:
    """A copy without the step, plus the step and where it was (to put it back on undo)."""
    changed = _copy(goal)
    index = find(changed, step_id)
    step = changed.steps.pop(index)
    return _settle(changed, None), step, index


def restore_step(goal: Goal, step: Step, index: int) -> Goal:
    """A copy with a removed step back in its old place."""
    changed = _copy(goal)
    changed.steps.insert(max(0, min(index, len(changed.steps))), dict(step))
    return _settle(changed, None)


def move_step(goal: Goal, step_id: str, offset: int) -> Goal:
    """A copy with one step moved up (negative) or down (positive), kept within the list."""
    changed = _copy(goal)
    index = find(changed, step_id)
    target = max(0, min(index + offset, len(changed.steps) - 1))
    changed.steps.insert(target, changed.steps.pop(index))
    return changed


def reorder(goal: Goal, order: Sequence[str]) -> Goal:
    """A copy with the steps in the order of `order` (step ids); unnamed steps keep theirs
    at the end, so a partial or stale order never loses a step."""
    changed = _copy(goal)
    by_id = {step["id"]: step for step in changed.steps}
    seen: set[str] = set()
    ordered: list[Step] = []
    for step_id in order:
        if step_id in by_id and step_id not in seen:
            ordered.append(by_id[step_id])
            seen.add(step_id)
    ordered.extend(step for step in changed.steps if step["id"] not in seen)
    changed.steps = ordered
    return changed


def mark_done(goal: Goal, step_id: str, when: datetime | None = None) -> Goal:
    """A copy with the step ticked off; the goal is finished when its last step is."""
    moment = when or now_local()
    changed = _copy(goal)
    step = changed.steps[find(changed, step_id)]
    if not is_done(step):
        step["done_at"] = moment.isoformat()
    return _settle(changed, moment)


def mark_undone(goal: Goal, step_id: str) -> Goal:
    """A copy with the step open again (and so the goal too)."""
    changed = _copy(goal)
    changed.steps[find(changed, step_id)]["done_at"] = ""
    return _settle(changed, None)


def next_doable(goals: Iterable[Goal]) -> tuple[Goal, Step] | None:
    """The next small doable thing: the next step of the goal worked on most recently."""
    best: tuple[datetime, Goal, Step] | None = None
    for goal in goals:
        step = next_step(goal)
        if step is None:
            continue
        touched = last_touched(goal)
        if best is None or touched > best[0]:
            best = (touched, goal, step)
    return None if best is None else (best[1], best[2])


def last_touched(goal: Goal) -> datetime:
    """When the goal was made or a step last ticked off, whichever is later."""
    moments = [goal.at]
    moments.extend(datetime.fromisoformat(s["done_at"]) for s in goal.steps if is_done(s))
    return max(moments)


def open_goals(goals: Iterable[Goal]) -> list[Goal]:
    """Goals still under way (not finished), oldest first."""
    return sorted((g for g in goals if not is_finished(g)), key=lambda g: g.at)


def in_view(under_way: list[Goal], limit: int) -> tuple[list[Goal], list[Goal]]:
    """Goals under way split into the `limit` touched most lately, shown as cards, and the
    older rest, kept behind a button; each part stays in the order given (oldest first).
    Years of goals left open would otherwise fill the Today window and take seconds to draw."""
    if len(under_way) <= limit:
        return list(under_way), []
    recent = sorted(under_way, key=last_touched, reverse=True)[:limit]
    keep = {goal.id for goal in recent}
    return [g for g in under_way if g.id in keep], [g for g in under_way if g.id not in keep]


def finished_goals(goals: Iterable[Goal]) -> list[Goal]:
    """Finished goals, most recently finished first."""
    done = [g for g in goals if is_finished(g)]
    return sorted(done, key=lambda g: g.done_at or last_touched(g), reverse=True)


def _copy(goal: Goal) -> Goal:
    changed = copy.copy(goal)
    changed.steps = [dict(step) for step in goal.steps]
    return changed


def _settle(goal: Goal, moment: datetime | None) -> Goal:
    """Keep `done_at` true to the steps: set when all are done, cleared when one is open."""
    if not is_finished(goal):
        goal.done_at = None
    elif goal.done_at is None:
        goal.done_at = moment or max(datetime.fromisoformat(s["done_at"]) for s in goal.steps)
    return goal
