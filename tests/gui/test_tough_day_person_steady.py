"""Tough day keeps its size while the person is in another window: a person added in Reach
out from the One person step grew it about 50 px under them as they came back."""

from __future__ import annotations

from typing import cast

import pytest
from pytestqt.qtbot import QtBot
from settling import settle

from footholds.app.build import AppContext
from footholds.core.store import Person
from footholds.platform import phone_links
from footholds.ui.common.refresh import DEBOUNCE_MS
from footholds.ui.tough_day.tough_day import ToughDayWindow


@pytest.fixture(autouse=True)
def no_phone(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(phone_links, "can_open", lambda scheme: False)


def test_a_person_added_in_reach_out_keeps_tough_day_its_size(
    ctx: AppContext, qtbot: QtBot
) -> None:
    window = cast(ToughDayWindow, ctx.windows.show("tough-day"))
    qtbot.waitExposed(window)
    settle(qtbot, window)
    window.next_steps.choose("person")
    settle(qtbot, window)
    before, shown = window.size(), window.people.height()
    reach = ctx.windows.show("reach-out")
    qtbot.waitExposed(reach)
    reach.activateWindow()
    qtbot.waitUntil(reach.isActiveWindow)
    ctx.store.add(Person(name="Sam", how="a text message"))
    qtbot.wait(3 * DEBOUNCE_MS)
    settle(qtbot, window)
    assert window.people.height() > shown  # the person is on the step now
    window.activateWindow()  # back to Tough day
    qtbot.waitUntil(window.isActiveWindow)
    settle(qtbot, window)
    assert window.size() == before
    assert window.next_steps.chosen is not None and window.next_steps.chosen.key == "person"
