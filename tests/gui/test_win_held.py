"""A small win from "Done" or "I did it" that the disk refused: the thanks say where it is for
now, or say nothing was added. Before: with the disk full, the reminder card and the Tough
day's movement said "Done, and added to today's small wins." while the win was only in memory,
or not kept at all."""

from __future__ import annotations

import errno
from collections.abc import Iterator
from typing import cast

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from reminder_support import Kind, Rig
from test_error_words import FailingWrite

from footholds.app.build import AppContext
from footholds.core import atomic
from footholds.core.store import LogEntry, failures
from footholds.ui.tough_day.tough_day import ToughDayWindow

ONLY_IN_MEMORY = (
    "For now it is only in memory: keep Footholds open, and it will be saved as soon as "
    "writing works again."
)
NOT_ADDED = "Done. It could not be added to today's small wins just now."


@pytest.fixture
def warned(ctx: AppContext, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    said: list[str] = []
    monkeypatch.setattr(ctx.prompter, "warn", lambda _p, text: said.append(text))
    return said


@pytest.fixture
def rig(ctx: AppContext, qtbot: QtBot) -> Iterator[Rig]:
    made = Rig(ctx)
    made.driver.start()
    yield made
    made.close()


def _refuse_nothing_kept(ctx: AppContext, monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(_record: object) -> None:
        raise failures.write_error(errno.EROFS, "store.read_only_open")

    monkeypatch.setattr(ctx.store, "add", refuse)


def test_done_on_a_full_disk_says_the_win_is_held_long_enough_to_read(
    rig: Rig, ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    rig.driver.remind_now(Kind.MOVEMENT)
    with monkeypatch.context() as failing:  # undone before the store closes
        failing.setattr(atomic, "os", FailingWrite(errno.ENOSPC))
        qtbot.mouseClick(rig.card.done_button, Qt.MouseButton.LeftButton)
        assert rig.card.ack.text() == f"Done. Your small win is noted. {ONLY_IN_MEMORY}"
        assert [w.wins for w in rig.wins()] == [["moved"]]  # held in memory
        qtbot.wait(5000)  # an ordinary thank-you has faded by now
        assert rig.card.isVisible()


def test_done_with_nothing_kept_does_not_say_it_was_added(
    rig: Rig, ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    rig.driver.remind_now(Kind.REST)
    _refuse_nothing_kept(ctx, monkeypatch)
    rig.card.done_button.click()
    assert rig.card.ack.text() == NOT_ADDED
    assert rig.wins() == []


def test_the_tough_days_movement_on_a_full_disk_says_the_win_is_held(
    ctx: AppContext, qtbot: QtBot, warned: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    tough = cast(ToughDayWindow, ctx.windows.show("tough-day"))
    qtbot.waitExposed(tough)
    tough.more.click()
    movement = tough.movement
    qtbot.wait(20)
    still = [w.geometry() for w in (movement.done, movement.words, movement.said)]
    with monkeypatch.context() as failing:
        failing.setattr(atomic, "os", FailingWrite(errno.ENOSPC))
        movement.done.click()
        assert warned == []  # no box over the crisis lines: said in the window's own line
        assert movement.said.text() == f"Done. Your small win is noted. {ONLY_IN_MEMORY}"
        assert [e.wins for e in ctx.store.all(LogEntry)] == [["moved"]]
        qtbot.wait(20)
        assert [w.geometry() for w in (movement.done, movement.words, movement.said)] == still


def test_the_tough_days_movement_with_nothing_kept_thanks_for_nothing_added(
    ctx: AppContext, qtbot: QtBot, warned: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    tough = cast(ToughDayWindow, ctx.windows.show("tough-day"))
    qtbot.waitExposed(tough)
    tough.more.click()
    _refuse_nothing_kept(ctx, monkeypatch)
    tough.movement.done.click()
    assert warned == []  # no box over the crisis lines: said in the window's own line
    # nothing said to be added: only why nothing was kept
    assert tough.movement.said.text() == "Footholds opened your entries for reading only."
    assert tough.movement.done.isEnabled()  # another try, once it can be kept
