"""Plan something: an activity of the person's own can have its words changed where they see
it (the list's menu, F2, or the quiet Change the words… beside Remove), in a small field under
the list with Save and Cancel: Enter saves, Esc cancels. The change goes through Store.update,
with the shared Undo strip to put the old words back. Built-in ideas offer no change, plans
made with it keep their own words, and empty words are refused in room kept for the line."""

from __future__ import annotations

import weakref
from datetime import timedelta

from PySide6.QtCore import QCoreApplication, QPoint, QRect, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMenu
from pytestqt.qtbot import QtBot
from release_checks import collector_off, flush_deletes
from test_own_activity_remove import LONG, _pick, _shown, _window

from footholds.app.build import AppContext
from footholds.core import activation
from footholds.core.days import day_of
from footholds.core.store import Activity, ActivityPlan
from footholds.core.store.models import now_local
from footholds.ui.common.limits import field_limit
from footholds.ui.today import own_activities
from footholds.ui.today.activity_plan import PlanActivityWindow


def _focus_list(plan: PlanActivityWindow, qtbot: QtBot) -> None:
    plan.activateWindow()
    plan.ideas.setFocus()
    qtbot.waitUntil(plan.ideas.hasFocus)


def _texts(ctx: AppContext) -> list[str]:
    return [a.text for a in ctx.store.all(Activity)]


def _choose_in_menu(words: str) -> None:
    """While the list's menu is up, choose the entry that starts with `words`."""
    menu = QApplication.activePopupWidget()
    assert isinstance(menu, QMenu), "the list's menu is not up"
    [action] = [a for a in menu.actions() if a.text().replace("&", "").startswith(words)]
    menu.setActiveAction(action)
    QTest.keyClick(menu, Qt.Key.Key_Return)  # as a person chooses it


def test_the_menu_changes_the_words_and_undo_puts_the_old_ones_back(
    ctx: AppContext, qtbot: QtBot
) -> None:
    own = ctx.store.add(Activity(text="Play the pinao", kind="enjoyment"))
    plan = _window(ctx, qtbot)
    _pick(plan, "Play the pinao")
    rename = plan.own_ideas.rename
    assert not rename.isVisible()
    item = plan.ideas.currentItem()
    at = plan.ideas.visualItemRect(item).center()
    QTimer.singleShot(100, lambda: _choose_in_menu("Change the words"))
    plan.own_ideas._on_menu_asked(at)
    qtbot.waitUntil(rename.isVisible)
    assert rename.field.text() == "Play the pinao" and plan.focusWidget() is rename.field
    assert rename.field.selectedText() == "Play the pinao"  # typing replaces them
    rename.field.setText("  Play the   piano ")
    rename.save.click()
    assert not rename.isVisible()
    [changed] = ctx.store.all(Activity)
    assert (changed.id, changed.text, changed.kind) == (own.id, "Play the piano", "enjoyment")
    assert len(changed.earlier) == 1  # Store.update remembered the words it replaced
    assert "Play the piano" in _shown(plan) and "Play the pinao" not in _shown(plan)
    chosen = plan.chosen_in_list()
    assert chosen is not None and chosen.id == own.id  # still picked, with its new words
    assert plan.undo.pending() and plan.undo.isVisible()
    assert "changed" in plan.undo.message.text().lower()
    plan.undo.undo()
    [back] = ctx.store.all(Activity)
    assert (back.id, back.text) == (own.id, "Play the pinao")
    assert "Play the pinao" in _shown(plan)
    chosen = plan.chosen_in_list()
    assert chosen is not None and chosen.id == own.id


def test_the_menu_offers_both_for_own_ones_and_nothing_for_built_ins(
    ctx: AppContext, qtbot: QtBot
) -> None:
    ctx.store.add(Activity(text="Play the piano", kind="enjoyment"))
    plan = _window(ctx, qtbot)
    _pick(plan, "Play the piano")
    menu = own_activities.menu_for(plan, plan.ideas.currentItem())
    assert menu is not None
    words = [a.text().replace("&", "").split("\t")[0] for a in menu.actions()]
    assert words == ["Change the words…", "Remove from my list"]
    assert menu.actions()[0].text().endswith("\tF2")
    menu.deleteLater()
    _pick(plan, "Listen to one song I love")
    assert own_activities.menu_for(plan, plan.ideas.currentItem()) is None


def test_f2_opens_the_field_and_enter_saves_without_planning(ctx: AppContext, qtbot: QtBot) -> None:
    ctx.store.add(Activity(text=LONG, kind="connection"))
    plan = _window(ctx, qtbot)
    _pick(plan, LONG)
    _focus_list(plan, qtbot)
    qtbot.keyClick(plan.ideas, Qt.Key.Key_F2)
    rename = plan.own_ideas.rename
    assert rename.isVisible()
    qtbot.waitUntil(rename.field.hasFocus)
    assert rename.field.text() == LONG
    qtbot.keyClick(rename.field, Qt.Key.Key_End)
    qtbot.keyClicks(rename.field, " too")
    qtbot.keyClick(rename.field, Qt.Key.Key_Return)
    assert _texts(ctx) == [LONG + " too"]
    assert ctx.store.all(ActivityPlan) == []  # Enter saved the words; "Plan it" was not pressed
    assert not rename.isVisible() and plan.isVisible()
    qtbot.keyClick(plan, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _texts(ctx) == [LONG]


def test_esc_cancels_and_leaves_the_words_and_the_window(ctx: AppContext, qtbot: QtBot) -> None:
    ctx.store.add(Activity(text="Play the piano", kind="enjoyment"))
    plan = _window(ctx, qtbot)
    _pick(plan, "Play the piano")
    _focus_list(plan, qtbot)
    qtbot.keyClick(plan.ideas, Qt.Key.Key_F2)
    rename = plan.own_ideas.rename
    qtbot.waitUntil(rename.field.hasFocus)
    assert not plan.unsaved_work()  # opened, nothing typed yet
    qtbot.keyClicks(rename.field, "Something else")
    assert plan.unsaved_work()  # a new language waits for the words typed
    qtbot.keyClick(rename.field, Qt.Key.Key_Escape)
    assert not plan.unsaved_work()
    assert _texts(ctx) == ["Play the piano"]
    assert not rename.isVisible() and plan.isVisible()  # Esc left the field, not the window
    assert plan.ideas.hasFocus() and not plan.undo.pending()
    # the quiet button opens it too, and Cancel leaves it all the same
    plan.own_ideas.change.click()
    assert rename.isVisible()
    rename.field.setText("Something else")
    rename.cancel.click()
    assert _texts(ctx) == ["Play the piano"] and not rename.isVisible()


def test_built_in_ideas_cannot_have_their_words_changed(ctx: AppContext, qtbot: QtBot) -> None:
    ctx.store.add(Activity(text="Play the piano", kind="enjoyment"))
    plan = _window(ctx, qtbot)
    _pick(plan, "Play the piano")
    assert plan.own_ideas.change.isVisible()
    _pick(plan, "Listen to one song I love")
    assert not plan.own_ideas.change.isVisible()
    _focus_list(plan, qtbot)
    qtbot.keyClick(plan.ideas, Qt.Key.Key_F2)
    plan.own_ideas.start_rename()
    assert not plan.own_ideas.rename.isVisible()
    assert not plan.undo.pending() and _texts(ctx) == ["Play the piano"]


def test_plans_made_with_it_keep_their_words(ctx: AppContext, qtbot: QtBot) -> None:
    own = ctx.store.add(Activity(text="Play the piano", kind="enjoyment"))
    idea = activation.Idea(own.id, own.text, own.kind, True)
    now = now_local()
    day = day_of(now, int(ctx.settings["day.start_hour"]))
    past = activation.plan(ctx.store, idea, day - timedelta(days=1), now=now - timedelta(days=1))
    waiting = activation.plan(ctx.store, idea, day + timedelta(days=1), now=now)
    plan = _window(ctx, qtbot)
    _pick(plan, "Play the piano")
    plan.own_ideas.change.click()
    plan.own_ideas.rename.field.setText("Play the guitar")
    plan.own_ideas.rename.save.click()
    assert _texts(ctx) == ["Play the guitar"]
    kept = {p.id: (p.text, p.activity_id) for p in ctx.store.all(ActivityPlan)}
    assert kept == {
        past.id: ("Play the piano", own.id),
        waiting.id: ("Play the piano", own.id),
    }


def test_empty_words_are_refused_kindly_and_nothing_moves(ctx: AppContext, qtbot: QtBot) -> None:
    ctx.store.add(Activity(text="Play the piano", kind="enjoyment"))
    plan = _window(ctx, qtbot)
    _pick(plan, "Play the piano")

    def places() -> tuple[QRect, QPoint]:
        """The list's place and the field below the buttons'."""
        QCoreApplication.processEvents()
        return plan.ideas.geometry(), plan.own.mapTo(plan, QPoint(0, 0))

    before = places()
    plan.own_ideas.change.click()
    rename = plan.own_ideas.rename
    assert places() == before  # the field opened in the room the buttons kept for it
    for empty in ("", "   \t "):
        rename.field.setText(empty)
        rename.save.click()
        assert rename.isVisible() and _texts(ctx) == ["Play the piano"]
        assert rename.said.text().startswith("Write a few words") and rename.said.speaking
        assert places() == before
    assert not plan.undo.pending()
    rename.field.setText("Play")  # typing again lets the line go
    qtbot.waitUntil(lambda: not rename.said.speaking)
    rename.cancel.click()
    assert places() == before


def test_the_field_holds_what_the_creating_field_holds_and_twins_are_allowed(
    ctx: AppContext, qtbot: QtBot
) -> None:
    ctx.store.add(Activity(text="Play the piano", kind="enjoyment"))
    ctx.store.add(Activity(text="Walk the dog", kind="enjoyment"))
    plan = _window(ctx, qtbot)
    rename = plan.own_ideas.rename
    assert field_limit(rename.field) == field_limit(plan.own) == Activity.TEXT_LIMIT
    _pick(plan, "Walk the dog")
    plan.own_ideas.change.click()
    rename.field.setText("Play the piano")  # written twice in the field below, both are kept
    rename.save.click()
    assert sorted(_texts(ctx)) == ["Play the piano", "Play the piano"]


def test_the_window_is_freed_by_reference_counts_after_a_change(
    ctx: AppContext, qtbot: QtBot
) -> None:
    ctx.store.add(Activity(text="Play the piano", kind="enjoyment"))
    window = _window(ctx, qtbot)
    _pick(window, "Play the piano")
    window.own_ideas.change.click()
    window.own_ideas.rename.field.setText("Play the guitar")
    window.own_ideas.rename.save.click()  # its Undo standing as the window closes
    assert window.undo.pending()
    window.own_ideas.change.click()  # and the field open again
    QCoreApplication.processEvents()
    gone = weakref.ref(window)
    with collector_off():  # only reference counts may free it now
        window.close()
        del window
        flush_deletes()
        assert gone() is None, "Plan something is held in a reference cycle after a change"


def test_the_field_goes_with_the_window_and_with_another_pick(
    ctx: AppContext, qtbot: QtBot
) -> None:
    ctx.store.add(Activity(text="Play the piano", kind="enjoyment"))
    ctx.store.add(Activity(text="Walk the dog", kind="enjoyment"))
    plan = _window(ctx, qtbot)
    rename = plan.own_ideas.rename
    _pick(plan, "Play the piano")
    plan.own_ideas.change.click()
    rename.field.setText("Play the guitar")
    _pick(plan, "Walk the dog")  # its words are not the ones being changed
    assert not rename.isVisible() and plan.own_ideas.change.isVisible()
    plan.own_ideas.change.click()
    assert rename.field.text() == "Walk the dog"
    plan.close()
    plan = _window(ctx, qtbot)
    assert not plan.own_ideas.rename.isVisible()  # opened afresh, the buttons in their place
    assert sorted(_texts(ctx)) == ["Play the piano", "Walk the dog"]
