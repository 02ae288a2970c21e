"""Later on a reminder card in a therapy session's quiet, when a rest is held by the same
quiet: the two come free together and the rest comes, covering the movement. The card said
"It will come back at 11:44" for a movement that never came by itself."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

import pytest
from pytestqt.qtbot import QtBot
from reminder_support import Kind, Rig

from footholds.app.build import AppContext
from footholds.core.store import Session
from support import present


@pytest.fixture
def rig(ctx: AppContext, qtbot: QtBot) -> Iterator[Rig]:
    made = Rig(ctx)
    made.driver.start()
    yield made
    made.close()


def test_later_in_a_long_session_says_it_comes_with_the_rest_and_it_does(rig: Rig) -> None:
    rig.ctx.settings.set("reminders.quiet_hours", False)
    rig.ctx.settings.set("reminders.rest_minutes", 20)  # due within the session
    start = (rig.clock.now() - timedelta(minutes=1)).astimezone()
    day, hhmm = start.date().isoformat(), start.strftime("%H:%M")
    rig.ctx.store.add(Session(day=day, time=hhmm, minutes=90))  # began a minute ago
    rig.driver.remind_now(Kind.MOVEMENT)
    rig.card.later_button.click()
    rest = present(rig.driver.scheduler.comes_back_at(Kind.REST))
    assert rest == rig.clock.now() + timedelta(minutes=90 + 15 - 1 + 1)  # and a calm minute
    said = rest.astimezone(rig.clock.now().tzinfo).strftime("%H:%M")
    assert rig.card.ack.text() == f"All right. It will come with your rest, at {said}."
    rig.card.hide()
    rig.run((rest - rig.clock.now()).total_seconds() / 60)
    shown = present(rig.driver.presenter.current)
    assert shown.kind is Kind.REST


def test_later_on_a_rest_in_a_short_session_says_it_comes_after_the_session(rig: Rig) -> None:
    """The card said "It will come back in about 18 minutes": true only as the end of the
    session's quiet, which it did not name."""
    rig.ctx.settings.set("reminders.quiet_hours", False)
    began = (rig.clock.now() - timedelta(minutes=1)).astimezone().replace(second=0)
    day, hhmm = began.date().isoformat(), began.strftime("%H:%M")
    rig.ctx.store.add(Session(day=day, time=hhmm, minutes=10))
    rig.driver.remind_now(Kind.REST)
    rig.card.later_button.click()
    back = present(rig.driver.scheduler.comes_back_at(Kind.REST))
    assert back == began + timedelta(minutes=10 + 15 + 1)  # the quiet's end, a calm minute
    minutes = round((back - rig.clock.now()).total_seconds() / 60)
    assert rig.card.ack.text() == (
        f"All right. It will come back after your session, in about {minutes} minutes."
    )
    rig.card.hide()
    rig.run((back - rig.clock.now()).total_seconds() / 60 + 0.5)
    assert present(rig.driver.presenter.current).kind is Kind.REST
