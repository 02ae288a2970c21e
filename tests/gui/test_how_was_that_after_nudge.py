"""After a nudge's Done the plan is noted as done before "How was that?" opens. Its second
button said "Back", "Closes this and changes nothing", as if the plan were not done yet."""

from __future__ import annotations

from datetime import time as clock
from datetime import timedelta
from typing import cast

from pytestqt.qtbot import QtBot

from footholds.app.build import AppContext
from footholds.core import activation
from footholds.core.days import day_of
from footholds.core.reminders import Kind
from footholds.core.store import ActivityPlan
from footholds.core.store.models import now_local
from footholds.ui.today.activity_section import HowWasThatDialog


def test_closing_how_was_that_after_a_nudge_says_it_stays_done(
    ctx: AppContext, qtbot: QtBot
) -> None:
    now = now_local()
    earlier = (now - timedelta(minutes=1)).time()
    idea = activation.Idea("", "Water the plants", "achievement", True)
    made = activation.plan(
        ctx.store, idea, day_of(now, 4), at=clock(earlier.hour, earlier.minute), nudge=True
    )
    ctx.settings.set("reminders.delivery", "card")
    presenter = ctx.reminders.presenter
    presenter.present(Kind.ACTIVITY)
    presenter.answer("done")
    dialog = cast(HowWasThatDialog | None, presenter._how)
    assert dialog is not None and dialog.isVisible()
    assert dialog.back.text() == "Not now"
    assert dialog.back.accessibleDescription() == "Closes this; it stays noted as done."
    dialog.back.click()
    saved = ctx.store.get(ActivityPlan, made.id)
    assert saved is not None and saved.done_at is not None  # what it said is so


def test_how_was_that_from_today_still_closes_changing_nothing(ctx: AppContext) -> None:
    idea = activation.Idea("", "Water the plants", "achievement", True)
    made = activation.plan(ctx.store, idea, day_of(now_local(), 4))
    dialog = HowWasThatDialog(made)
    assert dialog.back.text() == "Back"  # "I did it" not kept until "Keep it"
    dialog.deleteLater()
