""" "How was that?" opens with the keyboard on "Keep it", the accent and default button, and
no mood chosen: the focus started on mood "1" (very low), so Space recorded the lowest mood."""

from __future__ import annotations

from typing import cast

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from footholds.app.build import AppContext
from footholds.core import activation
from footholds.core.days import day_of
from footholds.core.store import ActivityPlan
from footholds.core.store.models import now_local
from footholds.ui.today.activity_section import HowWasThatDialog
from footholds.ui.today.today import TodayWindow


def _open(ctx: AppContext, qtbot: QtBot) -> HowWasThatDialog:
    idea = activation.Idea("ac-shower", "Take a shower", "achievement", False)
    activation.plan(ctx.store, idea, day_of(now_local(), 4))
    today = cast(TodayWindow, ctx.windows.show("today"))
    qtbot.waitExposed(today)
    today.refresh()
    [did] = today.activities.buttons
    did.click()
    dialog = today.findChild(HowWasThatDialog)
    assert dialog is not None
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def test_the_keyboard_starts_on_keep_it_the_accent_button(ctx: AppContext, qtbot: QtBot) -> None:
    dialog = _open(ctx, qtbot)
    keep = dialog.keep
    assert keep.text() == "Keep it"
    assert keep.property("role") == "primary" and keep.isDefault()
    assert dialog.back.property("role") != "primary"
    qtbot.waitUntil(keep.hasFocus)
    assert dialog.before.value() is None and dialog.after.value() is None
    qtbot.keyClick(keep, Qt.Key.Key_Space)  # keeps it, with no mood made up
    [saved] = ctx.store.all(ActivityPlan)
    assert saved.done_at is not None
    assert (saved.mood_before, saved.mood_after) == (None, None)
    assert not dialog.isVisible()


def test_enter_in_the_word_reached_from_keep_it_keeps_it(ctx: AppContext, qtbot: QtBot) -> None:
    """The keyboard leaving "Keep it" took its default away for good (it had been made the
    default before it was in the dialog, so the dialog had no main default to give back):
    Enter in the word, reached by Shift+Tab, then did nothing."""
    dialog = _open(ctx, qtbot)
    qtbot.waitUntil(dialog.keep.hasFocus)
    qtbot.keyClick(dialog.keep, Qt.Key.Key_Backtab)
    qtbot.waitUntil(dialog.word.hasFocus)
    qtbot.keyClicks(dialog.word, "warm")
    qtbot.keyClick(dialog.word, Qt.Key.Key_Return)
    [saved] = ctx.store.all(ActivityPlan)
    assert saved.done_at is not None and saved.word == "warm"
    assert not dialog.isVisible()


def test_enter_on_the_mood_row_keeps_it_with_the_mood_picked(ctx: AppContext, qtbot: QtBot) -> None:
    """Enter with the keyboard on a mood number keeps it, as "Keep it" does; the number
    stays as picked (Enter is no pick of its own)."""
    dialog = _open(ctx, qtbot)
    qtbot.waitUntil(dialog.keep.hasFocus)
    chip = dialog.after.button(3)
    qtbot.mouseClick(chip, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(chip.hasFocus)
    qtbot.keyClick(chip, Qt.Key.Key_Return)
    [saved] = ctx.store.all(ActivityPlan)
    assert saved.done_at is not None
    assert (saved.mood_before, saved.mood_after) == (None, 3)
    assert not dialog.isVisible()


def test_enter_after_the_keyboard_went_round_keeps_it(ctx: AppContext, qtbot: QtBot) -> None:
    """Back, reached by Tab, takes its own Enter (Back); past it, round to the word,
    Enter keeps it again."""
    dialog = _open(ctx, qtbot)
    qtbot.waitUntil(dialog.keep.hasFocus)
    dialog.back.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(dialog.back.hasFocus)
    dialog.word.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(dialog.word.hasFocus)
    assert dialog.keep.isDefault()
    qtbot.keyClick(dialog.word, Qt.Key.Key_Return)
    [saved] = ctx.store.all(ActivityPlan)
    assert saved.done_at is not None
