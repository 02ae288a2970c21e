"""A small thing ticked in Tough day that the store refused is said there, in a line under
it that takes room only while it speaks, never in a box over the window and its crisis
lines. Before: "I did this small thing" saved with no line to say a refusal in, so a full
disk or a read-only folder put up a box that took every click until answered, and a tick the
store would not take stayed ticked as if it were kept."""

from __future__ import annotations

import errno
from collections.abc import Iterator
from typing import cast

import pytest
from pytestqt.qtbot import QtBot
from settling import settle
from test_error_words import FailingWrite

from footholds.app.build import AppContext
from footholds.core import atomic
from footholds.core.store import RoutineCheck, RoutineItem
from footholds.platform import phone_links
from footholds.ui.shell.registry import BY_NAME
from footholds.ui.tough_day.one_small_thing import BareMinimum
from footholds.ui.tough_day.tough_day import ToughDayWindow


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


def _window(ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> ToughDayWindow:
    """Tough day with Today offered, two small things chosen, at its one small thing."""
    monkeypatch.setattr(ctx.windows, "available", lambda n: n in BY_NAME or n == "today")
    for pos, text in enumerate(["Drink water", "Take meds"]):
        ctx.store.add(RoutineItem(text=text, position=pos))
    window = ToughDayWindow(ctx)
    qtbot.addWidget(window)
    window.resize(560, 760)
    window.show()
    qtbot.waitExposed(window)
    window.next_steps.choose("bare-minimum")
    settle(qtbot, window)
    return window


def _small(window: ToughDayWindow) -> BareMinimum:
    assert window.bare_minimum is not None
    return window.bare_minimum


def test_a_tick_held_in_memory_stays_ticked_and_says_where_it_is(
    ctx: AppContext,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    boxes: list[str],
) -> None:
    window = _window(ctx, qtbot, monkeypatch)
    small = _small(window)
    assert small.refused.text() == "" and not small.refused.isVisible()  # no empty room
    with monkeypatch.context() as failing:  # undone before the store closes
        failing.setattr(atomic, "os", FailingWrite(errno.EPERM))
        small.boxes[0].click()
        qtbot.waitUntil(lambda: not small.refresher.stale)
        settle(qtbot, window)
        assert boxes == []  # no box over Tough day
        # held in memory: ticked, as Today shows it too, and said to be only for now
        [box] = small.boxes
        assert box.isChecked()
        assert [c.item_id for c in ctx.store.all(RoutineCheck)] != []
        assert "only in memory" in small.refused.text()
        assert small.refused.isVisible()
        assert small.said.text() == "Done. That counts, and it is enough for now."


def test_a_tick_the_store_would_not_take_is_not_left_ticked(
    ctx: AppContext,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    boxes: list[str],
) -> None:
    window = _window(ctx, qtbot, monkeypatch)
    small = _small(window)
    ctx.store.read_only = True  # opened only to read: nothing it is given is kept
    try:
        small.boxes[0].click()
        settle(qtbot, window)
        assert boxes == []
        [box] = small.boxes
        assert not box.isChecked()  # the truth: not kept, so not ticked
        assert ctx.store.all(RoutineCheck) == []
        assert small.refused.text() == "Footholds opened your entries for reading only."
        assert not small.said.speaking  # no "Done." over a tick that was not kept
        assert small.another.isVisible()  # still there to pick a different one
        assert small.refused.isVisible()
    finally:
        ctx.store.read_only = False


def test_an_untick_the_store_would_not_take_stays_ticked(
    ctx: AppContext,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    boxes: list[str],
) -> None:
    window = _window(ctx, qtbot, monkeypatch)
    small = _small(window)
    small.boxes[0].click()
    qtbot.waitUntil(lambda: not small.refresher.stale)
    settle(qtbot, window)
    ctx.store.read_only = True
    try:
        small.boxes[0].click()
        settle(qtbot, window)
        assert boxes == []
        [box] = small.boxes
        assert box.isChecked()  # still ticked in the store, so still ticked here
        assert len(ctx.store.all(RoutineCheck)) == 1
        assert small.refused.text() == "Footholds opened your entries for reading only."
    finally:
        ctx.store.read_only = False
    # a tick that works again clears the line, and gives back its room
    small.boxes[0].click()
    settle(qtbot, window)
    assert small.refused.text() == ""
    assert not small.refused.isVisible()


def test_the_small_thing_fits_tough_day_as_it_opens(
    ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Room kept from the start for a refusal's two lines stood empty under every small
    thing, and gave Tough day a scroll bar at the size it opens at."""
    monkeypatch.setattr(ctx.windows, "available", lambda n: n in BY_NAME or n == "today")
    ctx.store.add(RoutineItem(text="Drink water", position=0))
    window = cast(ToughDayWindow, ctx.windows.show("tough-day"))
    qtbot.waitExposed(window)
    window.next_steps.choose("bare-minimum")
    settle(qtbot, window)
    assert _small(window).isVisible()
    assert not window.scroller.verticalScrollBar().isVisible()


def test_an_untick_held_in_memory_is_unticked_and_says_where_it_is(
    ctx: AppContext,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    boxes: list[str],
) -> None:
    window = _window(ctx, qtbot, monkeypatch)
    small = _small(window)
    small.boxes[0].click()
    qtbot.waitUntil(lambda: not small.refresher.stale)
    settle(qtbot, window)
    with monkeypatch.context() as failing:  # undone before the store closes
        failing.setattr(atomic, "os", FailingWrite(errno.ENOSPC))
        small.boxes[0].click()
        qtbot.waitUntil(lambda: not small.refresher.stale)
        settle(qtbot, window)
        assert boxes == []
        [box] = small.boxes
        assert not box.isChecked()  # unticked in memory, as Today shows it too
        assert ctx.store.all(RoutineCheck) == []
        assert "writing works again" in small.refused.text()
