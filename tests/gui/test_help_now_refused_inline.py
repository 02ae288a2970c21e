"""A number the disk refused, added in Get help now, is said inside the window, under the
form, in room kept for it: the tour found a "Couldn't save to disk… Got it" box standing
over the crisis lines, taking every click until answered."""

from __future__ import annotations

import errno
from collections.abc import Iterator
from typing import cast

import pytest
from pytestqt.qtbot import QtBot
from test_error_words import FailingWrite

from footholds.app.build import AppContext
from footholds.core import atomic
from footholds.platform import phone_links
from footholds.ui.help.help_now import HelpNowWindow


@pytest.fixture(autouse=True)
def no_phone(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(phone_links, "can_open", lambda scheme: False)


@pytest.fixture
def boxes(ctx: AppContext, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(ctx.prompter, "warn", lambda _p, text: shown.append(text))
    monkeypatch.setattr(ctx.prompter, "inform", lambda _p, text: shown.append(text))
    return shown


@pytest.fixture
def unwritable(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    with monkeypatch.context() as failing:  # undone before the store closes
        failing.setattr(atomic, "os", FailingWrite(errno.EPERM))
        yield


def test_a_number_the_disk_refused_is_said_in_the_window(
    ctx: AppContext, qtbot: QtBot, boxes: list[str], unwritable: None
) -> None:
    window = cast(HelpNowWindow, ctx.windows.show("help-now"))
    qtbot.waitExposed(window)
    own = window.own
    assert own.refused.isHidden()  # no room waits empty under the form meanwhile
    own.name.setText("My GP")
    own.number.setText("0123 456")
    own.add.click()
    assert boxes == []  # no box over the crisis lines
    # the folder can't be written, nor the file of unsaved entries beside it: only in memory
    assert "only in memory" in own.refused.text()
    assert own.refused.isVisible()
    # from then on its room stays: emptied (as the next Add does first), nothing below moves
    qtbot.wait(50)
    below = own.kept.mapTo(window, own.kept.rect().topLeft()).y()
    own.refused.setText("")
    qtbot.wait(50)
    assert own.kept.mapTo(window, own.kept.rect().topLeft()).y() == below


def test_the_tough_day_and_the_safety_plan_say_a_refusal_in_their_window(
    ctx: AppContext, qtbot: QtBot, boxes: list[str], unwritable: None
) -> None:
    from footholds.ui.help.safety_plan import SafetyPlanWindow
    from footholds.ui.tough_day.tough_day import ToughDayWindow

    tough = cast(ToughDayWindow, ctx.windows.show("tough-day"))
    tough.more.click()
    tough.name_it.line.setText("a heavy morning")
    tough.name_it.save()
    assert "only in memory" in tough.name_it.said.text()

    plan = cast(SafetyPlanWindow, ctx.windows.show("safety-plan"))
    qtbot.waitExposed(plan)
    next(iter(plan.fields.values())).setPlainText("A walk round the block")
    plan.save_plan()
    assert "save" in plan.status.text() and plan.status.text() != "Saved."
    assert boxes == []  # no box over either window
