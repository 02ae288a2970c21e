"""A plan's nudge on screen when the plan is done in Today ("I did it", then Keep it): the
nudge is answered by that, so it goes quietly, recorded as done, with no second thank-you and
no second "How was that?". Before, it stayed up asking about something already done."""

from __future__ import annotations

from datetime import time as clock
from datetime import timedelta
from typing import cast

from pytestqt.qtbot import QtBot

from footholds.app.build import AppContext
from footholds.core import activation
from footholds.core.days import day_of
from footholds.core.reminders import Kind
from footholds.core.store import ActivityPlan, ReminderEvent
from footholds.core.store.models import now_local
from footholds.ui.reminders.reminder_presenter import ReminderPresenter
from footholds.ui.today.activity_section import HowWasThatDialog
from footholds.ui.today.today import TodayWindow


def planned(ctx: AppContext, words: str) -> ActivityPlan:
    """A plan whose moment came a minute ago, with a nudge."""
    earlier = (now_local() - timedelta(minutes=1)).time()
    idea = activation.Idea("", words, "achievement", True)
    at = clock(earlier.hour, earlier.minute)
    return activation.plan(ctx.store, idea, day_of(now_local(), 4), at=at, nudge=True)


def nudge_up(ctx: AppContext) -> ReminderPresenter:
    ctx.settings.set("reminders.delivery", "card")
    presenter = ctx.reminders.presenter
    presenter.present(Kind.ACTIVITY)
    assert presenter.current is not None and presenter.current.kind is Kind.ACTIVITY
    assert presenter.card.showing
    return presenter


def did_it_in_today(ctx: AppContext, qtbot: QtBot, row: int = 0) -> HowWasThatDialog:
    today = cast(TodayWindow, ctx.windows.show("today"))
    today.refresh()
    today.activities.buttons[row].click()  # I did it
    dialog = today.findChild(HowWasThatDialog)
    assert dialog is not None and dialog.isVisible()
    return dialog


def outcomes(ctx: AppContext) -> list[str]:
    return [e.outcome for e in ctx.store.all(ReminderEvent) if e.reminder == "activity"]


def test_a_nudge_goes_when_its_plan_is_done_in_today(ctx: AppContext, qtbot: QtBot) -> None:
    made = planned(ctx, "Water the plants")
    presenter = nudge_up(ctx)
    dialog = did_it_in_today(ctx, qtbot)
    assert presenter.card.showing  # not yet: the question may still be let go with Back
    with qtbot.waitSignal(presenter.answered, timeout=1000) as told:
        dialog.keep.click()
    assert told.args == ["activity", "done"]  # the driver tells the scheduler from this
    saved = ctx.store.get(ActivityPlan, made.id)
    assert saved is not None and saved.done_at is not None
    assert presenter.current is None
    assert not presenter.card.showing  # fading away, with no words of its own
    assert not presenter.card.ack.isVisible()
    assert presenter._how is None  # Today asked already: no second question
    assert outcomes(ctx)[-1] == "done"


def test_a_nudge_stays_when_the_question_is_let_go(ctx: AppContext, qtbot: QtBot) -> None:
    planned(ctx, "Water the plants")
    presenter = nudge_up(ctx)
    did_it_in_today(ctx, qtbot).back.click()  # Back: nothing kept
    assert presenter.current is not None and presenter.card.showing
    assert outcomes(ctx)[-1] != "done"


def test_another_plan_done_leaves_the_nudge_up(ctx: AppContext, qtbot: QtBot) -> None:
    first = planned(ctx, "Water the plants")
    presenter = nudge_up(ctx)
    assert presenter.current is not None and presenter.current.item_id == first.id
    idea = activation.Idea("", "Call my sister", "connection", True)
    activation.plan(ctx.store, idea, day_of(now_local(), 4))  # no time: listed after
    today = cast(TodayWindow, ctx.windows.show("today"))
    today.refresh()
    words = [b.accessibleName() for b in today.activities.buttons]
    row = next(i for i, name in enumerate(words) if "sister" in name)
    did_it_in_today(ctx, qtbot, row).keep.click()
    assert presenter.current is not None and presenter.current.item_id == first.id
    assert presenter.card.showing
