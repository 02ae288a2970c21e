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
