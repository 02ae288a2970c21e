"""Plan something with the disk refusing a save: an idea of one's own joins the list once and
is planned once, however often "Plan it" is pressed. Before: the idea was added to the list
(held in memory) before its plan was refused, and the next press added it again; a plan held
in memory left the words in the field, and the next press planned it a second time."""

from __future__ import annotations

import errno
import os
import types
from collections.abc import Iterator
from typing import Any, cast

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from footholds.app.build import AppContext
from footholds.core import activation, atomic
from footholds.core.store import Activity, ActivityPlan
from footholds.core.store.failures import write_error
from footholds.ui.today.activity_plan import PlanActivityWindow


class FullDisk(types.ModuleType):
    """os, with writes refused while `full` is True."""

    def __init__(self) -> None:
        super().__init__("os")
        self.full = True

    def __getattr__(self, attr: str) -> Any:
        if attr != "write" or not self.full:
            return getattr(os, attr)

        def fail(*_a: Any, **_k: Any) -> Any:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

        return fail


@pytest.fixture
def disk(monkeypatch: pytest.MonkeyPatch) -> Iterator[FullDisk]:
    full = FullDisk()
    with monkeypatch.context() as failing:  # undone before the store closes
        failing.setattr(atomic, "os", full)
        yield full


def _window(ctx: AppContext, qtbot: QtBot) -> PlanActivityWindow:
    plan = cast(PlanActivityWindow, ctx.windows.show("plan-activity"))
    qtbot.waitExposed(plan)
    return plan


def test_an_own_idea_refused_by_a_full_disk_is_added_and_planned_once(
    ctx: AppContext, qtbot: QtBot, disk: FullDisk
) -> None:
    plan = _window(ctx, qtbot)
    plan.own.setText("Water the basil")
    plan.plan.click()  # the disk is full: both are held in memory
    assert "memory" in plan.said.text()  # said plainly, where the window says things
    # beside "Plan it", level with it in the room kept for longer words
    assert plan.said.alignment() & Qt.AlignmentFlag.AlignVCenter
    disk.full = False  # space again: a second press is what a person would try
    plan.plan.click()
    assert [a.text for a in ctx.store.all(Activity)] == ["Water the basil"]
    assert [p.text for p in ctx.store.all(ActivityPlan)] == ["Water the basil"]
    assert plan.own.text() == ""  # held, and planned: nothing left to plan again
    assert ctx.store.retry_pending() and ctx.store.pending() == 0  # and saved once it can be
    assert [a.text for a in ctx.store.all(Activity)] == ["Water the basil"]


def test_an_own_idea_whose_plan_was_refused_is_not_added_twice(
    ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    plan = _window(ctx, qtbot)
    real = activation.plan
    refusals = [write_error(errno.EROFS, "store.read_only_open")]  # nothing held

    def refuse_once(*args: Any, **kwargs: Any) -> ActivityPlan:
        if refusals:
            raise refusals.pop()
        return real(*args, **kwargs)

    monkeypatch.setattr(activation, "plan", refuse_once)
    plan.own.setText("Water the basil")
    plan.plan.click()  # the idea joins the list; its plan is refused and not held
    assert plan.own.text() == "Water the basil"  # the words stay, for another press
    plan.plan.click()
    assert [a.text for a in ctx.store.all(Activity)] == ["Water the basil"]
    assert [p.text for p in ctx.store.all(ActivityPlan)] == ["Water the basil"]
    assert not refusals


def test_a_plan_held_in_memory_is_said_in_its_room_and_stays_until_the_next_step(
    ctx: AppContext, qtbot: QtBot, disk: FullDisk
) -> None:
    """Before: the refusal, said in full, took four lines where the line keeps three, and the
    list above shrank as it came; and it faded after 4 s, too soon for "only in memory"."""
    plan = _window(ctx, qtbot)
    for width in (460, 380):  # as it opens, and as narrow as it goes
        plan.resize(width, 600)
        qtbot.wait(20)
        around = [w.geometry() for w in (plan.ideas, plan.own, plan.when, plan.plan)]
        plan.own.setText("Water the basil on the kitchen windowsill, and the mint too")
        plan.plan.click()  # the disk is full: planned, held in memory
        qtbot.wait(20)
        said = plan.said.text()
        assert "Planned for later today: Water the basil" in said
        assert "only in memory" in said and "saved as soon as writing works again" in said
        assert [w.geometry() for w in (plan.ideas, plan.own, plan.when, plan.plan)] == around
        assert plan.said.height() >= plan.said.heightForWidth(plan.said.width())
        qtbot.wait(5200)  # an ordinary "Planned" has faded by now
        assert plan.said.text() == said
        plan.ideas.setCurrentRow(1)  # their next step: the warning has been there till now
        assert plan.said.text() == ""


def test_an_own_idea_removed_after_a_refused_plan_is_added_again(
    ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The idea kept from the refused press was taken off the list since (from Today): the
    next press adds the words again, so the plan never points at an idea that is gone."""
    plan = _window(ctx, qtbot)
    real = activation.plan
    refusals = [write_error(errno.EROFS, "store.read_only_open")]

    def refuse_once(*args: Any, **kwargs: Any) -> ActivityPlan:
        if refusals:
            raise refusals.pop()
        return real(*args, **kwargs)

    monkeypatch.setattr(activation, "plan", refuse_once)
    plan.own.setText("Water the basil")
    plan.plan.click()
    (first,) = ctx.store.all(Activity)
    ctx.store.remove(first)
    plan.plan.click()
    (again,) = ctx.store.all(Activity)
    assert again.text == "Water the basil" and again.id != first.id
    assert [p.activity_id for p in ctx.store.all(ActivityPlan)] == [again.id]
