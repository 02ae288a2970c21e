"""The morning sleep question and the lock: while locked the store can't say whether this
morning was answered, so the question waits for the unlock, which asks the store again. An
answer given before the lock is never asked for again, nor replaced by a second one."""

from __future__ import annotations

from datetime import datetime
from typing import cast

import lock_starting
import pytest
import test_unlock as base
from lock_starting import PASS, opened, start, stop
from PySide6.QtCore import QTime
from pytestqt.qtbot import QtBot

from footholds.app.build import AppContext
from footholds.core import sleep
from footholds.core.lock import header_path, inbox
from footholds.core.lock.keys import Header
from footholds.core.paths import Paths
from footholds.core.store import SleepEntry
from footholds.ui.journal.quick_log import QuickLogWindow

pytest.importorskip("cryptography")

closed_lock, locked = lock_starting.closed_lock, base.locked
MORNING = datetime(2026, 12, 7, 9, 56).astimezone()


def quick_log(ctx: AppContext) -> QuickLogWindow:
    ctx.windows.prebuild("quick-log")
    window = cast(QuickLogWindow, ctx.windows.get("quick-log"))
    window.sleep_ask.clock = lambda: MORNING
    return window


def asked(window: QuickLogWindow, qtbot: QtBot) -> bool:
    """Open the quick log as a click on the icon does: whether it asks about last night."""
    window.present()
    qtbot.waitExposed(window)
    shown = window._sleep is not None and window._sleep.isVisible()
    window.put_away()
    return shown


def nights(ctx: AppContext) -> list[SleepEntry]:
    return sleep.recent(ctx.store, MORNING.date(), days=3)


def test_answered_then_locked_and_started_locked_it_is_not_asked_again(
    locked: tuple[Paths, str], qtbot: QtBot
) -> None:
    paths, _ = locked
    ctx = start(paths, opened)
    try:
        ctx.settings.set("day.sleep_question", True)
        window = quick_log(ctx)
        window.present()
        qtbot.waitExposed(window)
        question = window.sleep
        assert question.isVisible()
        question.bed.setTime(QTime(0, 30))
        question.up.setTime(QTime(7, 15))
        question.quality.button(4).click()
        assert question.note_it()
        window.put_away()
        assert ctx.locker.lock_now()
        assert not asked(window, qtbot)  # locked after Lock now: not asked again
    finally:
        stop(ctx)

    ctx = start(paths)  # started again, locked
    try:
        assert ctx.locker.locked
        window = quick_log(ctx)
        assert not asked(window, qtbot)  # the answer can't be read: not asked either
        assert inbox.waiting(paths.data_dir) == []  # and nothing sealed to replace it
        ctx.locker.unlock_with(Header.load(header_path(paths.data_dir)).open(PASS))
        assert not asked(window, qtbot)  # the store, read again, has this morning's answer
        [night] = nights(ctx)
        assert (night.bed, night.up, night.quality) == ("00:30", "07:15", 4)
    finally:
        stop(ctx)


def test_not_answered_it_waits_for_the_unlock_with_what_was_touched(
    locked: tuple[Paths, str], qtbot: QtBot
) -> None:
    paths, _ = locked
    ctx = start(paths, opened)
    try:
        ctx.settings.set("day.sleep_question", True)
        window = quick_log(ctx)
        window.present()
        qtbot.waitExposed(window)
        window.sleep.quality.button(2).click()  # touched, not noted
        assert ctx.locker.lock_now()  # the quick log stays open while locked
        assert not window.sleep.isVisible()  # the question goes until the unlock
        window.put_away()
        assert not asked(window, qtbot)
        ctx.locker.unlock_with(Header.load(header_path(paths.data_dir)).open(PASS))
        assert asked(window, qtbot)  # not answered: asked again once the store can say
        assert window.sleep.quality.value() == 2  # with what was touched
        assert nights(ctx) == []
    finally:
        stop(ctx)
