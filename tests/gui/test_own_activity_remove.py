"""Plan something: an activity of the person's own is taken off their list in the place they
see it, by its quiet Remove, the Delete key or the list's menu, with the shared Undo strip
rather than a question. Built-in ideas offer no Remove. Plans made with it keep their words."""

from __future__ import annotations

import gc
import weakref
from datetime import timedelta
from typing import cast

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from pytestqt.qtbot import QtBot

from footholds.app.build import AppContext
from footholds.core import activation
from footholds.core.days import day_of
from footholds.core.store import Activity, ActivityPlan
from footholds.core.store.models import now_local
from footholds.ui.today import own_activities
from footholds.ui.today.activity_plan import PlanActivityWindow

LONG = (
    "Call my sister Mercedes to ask how her knee operation went and meet for a coffee on "
    "the terrace of the corner bar on Saturday morning"
)


def _window(ctx: AppContext, qtbot: QtBot) -> PlanActivityWindow:
    plan = cast(PlanActivityWindow, ctx.windows.show("plan-activity"))
    qtbot.waitExposed(plan)
    return plan


def _shown(plan: PlanActivityWindow) -> list[str]:
    return [plan.ideas.item(row).text().strip() for row in range(plan.ideas.count())]


def _pick(plan: PlanActivityWindow, text: str) -> None:
    rows = [row for row, shown in enumerate(_shown(plan)) if shown == text]
    assert rows, f"{text!r} is not offered"
    plan.ideas.setCurrentRow(rows[0])


def test_remove_takes_an_own_activity_off_the_list_and_undo_brings_it_back(
    ctx: AppContext, qtbot: QtBot
) -> None:
    own = ctx.store.add(Activity(text=LONG, kind="enjoyment"))
    plan = _window(ctx, qtbot)
    _pick(plan, LONG)
    assert plan.remove_own.isVisible() and plan.remove_own.isEnabled()
    plan.remove_own.click()  # no question asked: the conftest's confirm would fail the test
    assert ctx.store.all(Activity) == []
    assert LONG not in _shown(plan)
    assert plan.undo.pending() and plan.undo.isVisible()
    assert "your list" in plan.undo.message.text()
    plan.undo.undo()
    [back] = ctx.store.all(Activity)
    assert (back.id, back.text, back.kind) == (own.id, LONG, "enjoyment")
    assert LONG in _shown(plan)
    chosen = plan.chosen_in_list()  # it comes back picked, where it was
    assert chosen is not None and chosen.id == own.id


def test_the_delete_key_removes_the_own_activity_picked(ctx: AppContext, qtbot: QtBot) -> None:
    ctx.store.add(Activity(text="Play the piano", kind="enjoyment"))
    plan = _window(ctx, qtbot)
    _pick(plan, "Play the piano")
    plan.activateWindow()
    plan.ideas.setFocus()
    qtbot.waitUntil(plan.ideas.hasFocus)
    qtbot.keyClick(plan.ideas, Qt.Key.Key_Delete)
    assert ctx.store.all(Activity) == []
    assert "Play the piano" not in _shown(plan)
    qtbot.keyClick(plan, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert [a.text for a in ctx.store.all(Activity)] == ["Play the piano"]


def test_the_lists_menu_offers_remove_for_own_ones_only(ctx: AppContext, qtbot: QtBot) -> None:
    ctx.store.add(Activity(text="Play the piano", kind="enjoyment"))
    plan = _window(ctx, qtbot)
    _pick(plan, "Play the piano")
    menu = own_activities.menu_for(plan, plan.ideas.currentItem())
    assert menu is not None
    words = [a.text().replace("&", "").split("\t")[0] for a in menu.actions()]
    assert words == ["Change the words…", "Remove from my list"]  # (the change: its own test)
    menu.deleteLater()
    _pick(plan, "Listen to one song I love")
    assert own_activities.menu_for(plan, plan.ideas.currentItem()) is None


def test_built_in_ideas_offer_no_remove(ctx: AppContext, qtbot: QtBot) -> None:
    plan = _window(ctx, qtbot)
    before = _shown(plan)
    _pick(plan, "Listen to one song I love")
    assert not plan.remove_own.isVisible()
    plan.activateWindow()
    plan.ideas.setFocus()
    qtbot.waitUntil(plan.ideas.hasFocus)
    qtbot.keyClick(plan.ideas, Qt.Key.Key_Delete)
    assert _shown(plan) == before and not plan.undo.pending()


def test_plans_made_with_it_keep_their_words(ctx: AppContext, qtbot: QtBot) -> None:
    own = ctx.store.add(Activity(text="Play the piano", kind="enjoyment"))
    idea = activation.Idea(own.id, own.text, own.kind, True)
    now = now_local()
    day = day_of(now, int(ctx.settings["day.start_hour"]))
    past = activation.plan(ctx.store, idea, day - timedelta(days=1), now=now - timedelta(days=1))
    waiting = activation.plan(ctx.store, idea, day + timedelta(days=1), now=now)
    plan = _window(ctx, qtbot)
    _pick(plan, "Play the piano")
    plan.remove_own.click()
    kept = {p.id: (p.text, p.activity_id) for p in ctx.store.all(ActivityPlan)}
    assert kept == {
        past.id: ("Play the piano", own.id),
        waiting.id: ("Play the piano", own.id),
    }


def test_the_window_is_freed_by_reference_counts_after_a_removal(
    ctx: AppContext, qtbot: QtBot
) -> None:
    ctx.store.add(Activity(text="Play the piano", kind="enjoyment"))
    window = _window(ctx, qtbot)
    _pick(window, "Play the piano")
    window.remove_own.click()  # its Undo standing as the window closes
    menu = own_activities.menu_for(window, window.ideas.item(1))
    assert window.undo.pending() and menu is None  # (a built-in's: none)
    QCoreApplication.processEvents()
    gone = weakref.ref(window)
    gc.collect()
    gc.disable()  # only reference counts may free it now
    try:
        window.close()
        del window
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        QCoreApplication.processEvents()
        assert gone() is None, "Plan something is held in a reference cycle after a removal"
    finally:
        gc.enable()


def test_the_room_for_remove_is_there_only_with_ideas_of_ones_own(
    ctx: AppContext, qtbot: QtBot
) -> None:
    plan = _window(ctx, qtbot)
    assert not plan.own_ideas.stack.isVisible()  # no empty band under the list
    plan.close()
    ctx.store.add(Activity(text="Water the basil", kind="enjoyment"))
    plan = _window(ctx, qtbot)
    assert plan.own_ideas.stack.isVisible()
    _pick(plan, "Water the basil")
    at = plan.remove_own.mapTo(plan, plan.remove_own.rect().topLeft())
    plan.remove_own.click()
    assert ctx.store.all(Activity) == []
    assert plan.own_ideas.stack.isVisible()  # the last one gone: nothing moves while open
    assert plan.plan.mapTo(plan, plan.plan.rect().topLeft()).y() > at.y()
