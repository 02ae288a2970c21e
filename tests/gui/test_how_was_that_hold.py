"""One gentle prompt at a time: no reminder card comes while "How was that?" is open (after a
plan's nudge, or from Today's "I did it"); one due meanwhile comes a calm minute after the
question closes. A rest card came over the question before."""

from __future__ import annotations

from collections.abc import Iterator
from typing import cast

import pytest
from pytestqt.qtbot import QtBot
from reminder_support import Kind, Rig

from footholds.app.build import AppContext
from footholds.core import activation
from footholds.core.days import day_of
from footholds.core.store import ActivityPlan
from footholds.core.store.models import now_local
from footholds.ui.today.activity_section import HowWasThatDialog
from footholds.ui.today.today import TodayWindow


@pytest.fixture
def rig(ctx: AppContext, qtbot: QtBot) -> Iterator[Rig]:
    made = Rig(ctx)
    ctx.reminders = made.driver  # the windows tell the rig's driver
    made.driver.start()
    yield made
    made.close()


def a_plan(ctx: AppContext) -> ActivityPlan:
    idea = activation.Idea("ac-shower", "Take a shower", "achievement", False)
    return activation.plan(ctx.store, idea, day_of(now_local(), 4))


def held_then_shown(rig: Rig, dialog: HowWasThatDialog) -> None:
    """At 40 minutes the question is open: the movement due at 45 waits while it stays open,
    and comes a calm minute after it closes at 50, not before."""
    rig.run(10)
    assert rig.driver.presenter.current is None
    assert [(e.reminder, e.outcome, e.reason) for e in rig.events()][-1] == (
        "movement",
        "deferred",
        "question",
    )
    dialog.reject()  # Back
    rig.run(0.5)
    assert rig.driver.presenter.current is None  # never in the same second
    rig.run(0.5)
    current = rig.driver.presenter.current
    assert current is not None and current.kind is Kind.MOVEMENT
    assert rig.card.isVisible()


def test_no_card_over_how_was_that_after_a_plans_nudge(
    ctx: AppContext, rig: Rig, qtbot: QtBot
) -> None:
    ctx.settings.set("reminders.rest_enabled", False)
    rig.run(40)
    rig.driver.presenter._plan_done(a_plan(ctx).id)  # Done on the plan's nudge card
    dialog = cast(HowWasThatDialog | None, rig.driver.presenter._how)
    assert dialog is not None and dialog.isVisible()
    held_then_shown(rig, dialog)


def test_no_card_over_how_was_that_from_today(ctx: AppContext, rig: Rig, qtbot: QtBot) -> None:
    ctx.settings.set("reminders.rest_enabled", False)
    a_plan(ctx)
    rig.run(40)
    today = cast(TodayWindow, ctx.windows.show("today"))
    today.refresh()
    [did] = today.activities.buttons
    did.click()  # I did it
    dialog = today.findChild(HowWasThatDialog)
    assert dialog is not None and dialog.isVisible()
    held_then_shown(rig, dialog)


def test_a_question_closed_with_its_window_holds_nothing_after(
    ctx: AppContext, rig: Rig, qtbot: QtBot
) -> None:
    """Today closed with the question still open: the question went with it, and so does
    the hold (a card due comes, a calm minute on)."""
    ctx.settings.set("reminders.rest_enabled", False)
    a_plan(ctx)
    rig.run(40)
    today = cast(TodayWindow, ctx.windows.show("today"))
    today.refresh()
    today.activities.buttons[0].click()
    dialog = today.findChild(HowWasThatDialog)
    assert dialog is not None
    dialog.deleteLater()
    qtbot.waitUntil(lambda: today.findChild(HowWasThatDialog) is None)
    rig.run(6)
    current = rig.driver.presenter.current
    assert current is not None and current.kind is Kind.MOVEMENT
