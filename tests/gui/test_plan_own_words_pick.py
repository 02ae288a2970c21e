"""Plan something: words written and an idea picked in the list. The idea it opened on stayed
highlighted beside the words written, and "Plan it" planned the words; an idea picked after
writing was never planned, however it looked."""

from __future__ import annotations

from typing import cast

from pytestqt.qtbot import QtBot

from footholds.app.build import AppContext
from footholds.core.store import ActivityPlan
from footholds.ui.today.activity_plan import PlanActivityWindow


def pick(window: PlanActivityWindow, text: str) -> None:
    for row in range(window.ideas.count()):
        if window.ideas.item(row).text().strip() == text:
            window.ideas.setCurrentRow(row)
            return
    raise AssertionError(f"{text!r} is not offered")


def opened(ctx: AppContext, qtbot: QtBot) -> PlanActivityWindow:
    plan = cast(PlanActivityWindow, ctx.windows.show("plan-activity"))
    qtbot.waitExposed(plan)
    return plan


def test_writing_your_own_unpicks_the_idea_it_opened_on(ctx: AppContext, qtbot: QtBot) -> None:
    plan = opened(ctx, qtbot)
    assert plan.ideas.selectedItems()  # it opens on an idea, picked
    plan.own.setText("Call my sister")
    assert plan.ideas.selectedItems() == []  # nothing highlighted beside the words
    plan.plan.click()
    assert [p.text for p in ctx.store.all(ActivityPlan)] == ["Call my sister"]
    assert plan.own.text() == ""  # planned, and in their list now


def test_an_idea_picked_after_writing_is_the_one_planned(ctx: AppContext, qtbot: QtBot) -> None:
    plan = opened(ctx, qtbot)
    plan.own.setText("Call my sister")
    pick(plan, "Take a shower")
    plan.plan.click()
    assert [p.text for p in ctx.store.all(ActivityPlan)] == ["Take a shower"]
    assert "Take a shower" in plan.said.text()
    assert plan.own.text() == "Call my sister"  # their words wait, not planned, not lost
    assert plan.ideas.selectedItems() == []  # the list built again picks nothing beside them
    plan.own.setText("Call my sister later")  # writing again makes the words the choice
    plan.plan.click()
    assert [p.text for p in ctx.store.all(ActivityPlan)][-1] == "Call my sister later"
