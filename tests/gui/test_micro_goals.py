"""Micro-goals in the Today window: tiny steps, one at a time, each a small win."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from typing import cast

import pytest
from layout_checks import clipped
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QLabel, QPushButton, QStyleOptionViewItem
from pytestqt.qtbot import QtBot
from settling import settle

from footholds.app.build import AppContext
from footholds.core import content
from footholds.core import goals as g
from footholds.core.store import Goal, LogEntry, Proof
from footholds.ui.common.scrolling import SETTLE_MS, page_area
from footholds.ui.today.goals import ABOUT_A_STEP, GOALS_SHOWN, STEP_WIN
from footholds.ui.today.today import TodayWindow
from support import present


@pytest.fixture
def today(ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> TodayWindow:
    monkeypatch.setattr(ctx.prompter, "confirm", lambda *_args: True)
    window = cast(TodayWindow, ctx.windows.get("today"))
    qtbot.addWidget(window)
    window.show()
    return window


def make_goal(ctx: AppContext, title: str, *steps: str) -> Goal:
    goal = Goal(title=title)
    for text in steps:
        goal = g.add_step(goal, text)
    return ctx.store.add(goal)


def stored(ctx: AppContext, goal: Goal) -> Goal:
    return present(ctx.store.get(Goal, goal.id))


def texts(goal: Goal) -> list[str]:
    return [s["text"] for s in goal.steps]


def wins(ctx: AppContext) -> list[LogEntry]:
    return [e for e in ctx.store.all(LogEntry) if STEP_WIN in e.wins]


def test_empty_state_offers_an_example_and_a_prompt(ctx: AppContext, today: TodayWindow) -> None:
    section = today.goals
    assert section.empty.isVisible()
    assert section.example["goal"] in section.empty.text()
    assert section.prompt.text() in section.prompts
    assert section.cards == {}
    assert not section.finished_heading.isVisible()


def test_the_prompt_talks_about_a_step_only_when_there_is_one(
    ctx: AppContext, today: TodayWindow
) -> None:
    section = today.goals
    for language in ("en", "es"):
        ids = {p["id"] for p in content.load_document("goal_prompts", language)["prompts"]}
        assert ids >= ABOUT_A_STEP, language
    two_minutes = next(
        p["text"]
        for p in content.load_document("goal_prompts", "en")["prompts"]
        if p["id"] == "gp-two-minutes"
    )
    section.prompt.setText(two_minutes)  # as a random pick could, before
    section.refresh()
    assert section.prompt.text() in section.prompts
    assert section.prompt.text() != two_minutes  # no step yet to talk about
    make_goal(ctx, "Do the laundry", "Pick one sock up")
    section.prompt.setText(two_minutes)
    section.refresh()
    assert section.prompt.text() == two_minutes
    # the first prompt is under a new goal's card: the section does not say it too
    make_goal(ctx, "Sort the post")
    section.prompt.setText(section.first_prompt)
    section.refresh()
    assert section.prompt.text() in section.prompts
    assert section.prompt.text() != section.first_prompt


def test_a_goal_and_its_steps_with_the_keyboard_only(
    ctx: AppContext, today: TodayWindow, qtbot: QtBot
) -> None:
    section = today.goals
    section.new_goal.setFocus()
    qtbot.keyClicks(section.new_goal, "Answer the email from the bank")
    qtbot.keyClick(section.new_goal, Qt.Key.Key_Return)
    (goal,) = ctx.store.all(Goal)
    card = section.cards[goal.id]
    assert card.new_step.hasFocus()  # straight on to the very first step
    assert section.first_prompt in card.no_steps.text()  # whole, in words that wrap
    assert card.no_steps.isVisibleTo(card)
    for step in ("Open the email", "Write one sentence", "Press send"):
        qtbot.keyClicks(card.new_step, step)
        qtbot.keyClick(card.new_step, Qt.Key.Key_Return)
    assert texts(stored(ctx, goal)) == ["Open the email", "Write one sentence", "Press send"]
    # The next small doable thing, on top of the window.
    qtbot.waitUntil(lambda: today.next_text.text() == "Open the email")
    # Move "Press send" up one with Alt+Up, then tick the first step with Space.
    card.steps.setFocus()
    card.steps.setCurrentRow(2)
    qtbot.keyClick(card.steps, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert texts(stored(ctx, goal)) == ["Open the email", "Press send", "Write one sentence"]
    assert card.steps.currentRow() == 1  # the moved step stays chosen
    card.steps.setCurrentRow(0)
    qtbot.keyClick(card.steps, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: g.progress(stored(ctx, goal)) == (1, 3))
    qtbot.waitUntil(lambda: today.next_text.text() == "Press send")
    assert len(wins(ctx)) == 1


def test_a_new_goal_s_step_field_shows_its_whole_hint(
    ctx: AppContext, today: TodayWindow, qtbot: QtBot
) -> None:
    # The first prompt as the field's hint ended "Start t…" in a window of the usual width.
    today.resize(560, 700)
    goal = make_goal(ctx, "Sort out one drawer")
    today.refresh()
    card = today.goals.cards[goal.id]
    qtbot.waitUntil(lambda: card.new_step.width() > 100 and card.no_steps.height() > 0)
    field = card.new_step
    hint = field.placeholderText()
    assert hint
    room = field.width() - field.textMargins().left() - field.textMargins().right() - 12
    assert field.fontMetrics().horizontalAdvance(hint) <= room, (hint, room)
    assert clipped(card) == []


def test_a_finished_step_is_a_small_win_and_unticking_takes_it_back(
    ctx: AppContext, today: TodayWindow, qtbot: QtBot
) -> None:
    goal = make_goal(ctx, "Laundry", "Carry the basket", "Press start")
    today.refresh()
    card = today.goals.cards[goal.id]
    card.steps.item(0).setCheckState(Qt.CheckState.Checked)
    qtbot.waitUntil(lambda: len(wins(ctx)) == 1)
    (win,) = wins(ctx)
    assert win.source == "goal" and win.wins == [STEP_WIN] and win.note == "Carry the basket"
    assert card.feedback.speaking  # a short warm acknowledgement, beside the goal
    assert not today.goals.finished_said.speaking  # the goal is not finished yet
    card.steps.item(0).setCheckState(Qt.CheckState.Unchecked)
    qtbot.waitUntil(lambda: g.progress(stored(ctx, goal)) == (0, 2))
    assert wins(ctx) == []


def test_done_it_on_the_next_thing_ticks_the_step(ctx: AppContext, today: TodayWindow) -> None:
    goal = make_goal(ctx, "Tidy the desk", "Move one cup", "Wipe the desk")
    today.refresh()
    assert today.next_done.isVisible()
    today.next_done.click()
    assert g.progress(stored(ctx, goal)) == (1, 2)
    assert today.next_text.text() == "Wipe the desk"
    assert len(wins(ctx)) == 1


def test_finishing_a_goal_and_keeping_it_as_proof(
    ctx: AppContext, today: TodayWindow, qtbot: QtBot
) -> None:
    goal = make_goal(ctx, "Book a doctor's appointment", "Find the number", "Call")
    today.refresh()
    today.next_done.click()
    today.next_done.click()
    finished = stored(ctx, goal)
    assert g.is_finished(finished) and finished.done_at is not None
    section = today.goals
    assert goal.id not in section.cards and goal.id in section.rows
    assert section.finished_said.speaking  # said beside the finished goal, not on top
    assert section.finished_said.text() == "All done, one step at a time."
    assert not today.next_done.isVisible()
    row = section.rows[goal.id]
    assert row.label.text().endswith("(finished today)")  # the one day format, short
    assert row.save.isVisible() and not row.saved.isVisible()
    row.save.click()
    assert section.finished_said.text() == "Saved to your proof list."
    (proof,) = ctx.store.all(Proof)
    assert proof.source == "goal" and "Book a doctor's appointment" in proof.text
    assert not row.save.isVisible() and row.saved.isVisible()


def test_buttons_move_edit_and_remove_steps(
    ctx: AppContext, today: TodayWindow, qtbot: QtBot
) -> None:
    goal = make_goal(ctx, "Cook", "a", "b", "c")
    today.refresh()
    card = today.goals.cards[goal.id]
    assert not card.up.isEnabled()  # nothing chosen yet
    card.steps.setCurrentRow(0)
    card.down.trigger()
    assert texts(stored(ctx, goal)) == ["b", "a", "c"]
    card.steps.setCurrentRow(2)
    card.up.trigger()
    assert texts(stored(ctx, goal)) == ["b", "c", "a"]
    card.steps.item(0).setText("b, slowly")
    qtbot.waitUntil(lambda: texts(stored(ctx, goal))[0] == "b, slowly")
    card.steps.item(0).setText("   ")  # empty words are not kept, and come back
    qtbot.waitUntil(lambda: card.steps.item(0).text() == "b, slowly")
    assert texts(stored(ctx, goal))[0] == "b, slowly"


def test_a_step_being_edited_is_left_alone_by_a_refresh(
    ctx: AppContext, today: TodayWindow, qtbot: QtBot
) -> None:
    goal = make_goal(ctx, "Cook", "a", "b")
    today.refresh()
    card = today.goals.cards[goal.id]
    card.steps.setCurrentRow(1)
    card.edit.trigger()
    assert card.steps.state() == card.steps.State.EditingState
    ctx.store.add(LogEntry(note="something logged elsewhere meanwhile"))
    today.refresh()
    assert card.steps.state() == card.steps.State.EditingState  # the editor is still open


def test_removing_a_step_asks_and_can_be_undone(
    ctx: AppContext, today: TodayWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked = []
    monkeypatch.setattr(ctx.prompter, "confirm", lambda *args: asked.append(args) or True)
    goal = make_goal(ctx, "Cook", "a", "b", "c")
    today.refresh()
    card = today.goals.cards[goal.id]
    card.steps.setFocus()
    card.steps.setCurrentRow(1)
    qtbot.keyClick(card.steps, Qt.Key.Key_Delete)
    assert len(asked) == 1
    assert texts(stored(ctx, goal)) == ["a", "c"]
    assert today.undo_bar.isVisible()
    qtbot.keyClick(today, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert texts(stored(ctx, goal)) == ["a", "b", "c"]


def test_removing_a_goal_can_be_undone(ctx: AppContext, today: TodayWindow) -> None:
    goal = make_goal(ctx, "Write to Sam", "Open a new message")
    today.refresh()
    today.goals.cards[goal.id].remove_goal.trigger()
    assert ctx.store.all(Goal) == []
    assert goal.id not in today.goals.cards
    today.undo_bar.button.click()
    assert texts(stored(ctx, goal)) == ["Open a new message"]
    assert goal.id in today.goals.cards


def test_renaming_a_goal(ctx: AppContext, today: TodayWindow) -> None:
    goal = make_goal(ctx, "Laundry", "a")
    today.refresh()
    title = today.goals.cards[goal.id].title
    title.setText("Laundry, gently")
    title.editingFinished.emit()
    assert stored(ctx, goal).title == "Laundry, gently"
    title.setText("")
    title.editingFinished.emit()
    assert title.text() == "Laundry, gently"


def test_long_goals_and_steps_wrap(ctx: AppContext, today: TodayWindow, qtbot: QtBot) -> None:
    long_step = "Pick up the one sock that is by the door and carry it somewhere " * 6
    goal = make_goal(ctx, "A long goal " * 30, long_step.strip()[:500], "short")
    today.resize(460, 700)
    today.refresh()
    card = today.goals.cards[goal.id]
    assert card.steps.wordWrap()
    qtbot.waitUntil(lambda: card.steps.height() > 3 * card.steps.sizeHintForRow(1))
    assert today.minimumSizeHint().width() < 600
    assert today.next_text.wordWrap()


def test_a_long_step_row_is_as_tall_as_its_wrapped_words(
    ctx: AppContext, today: TodayWindow, qtbot: QtBot
) -> None:
    # The row was measured as if the words had a little more width than they are drawn in:
    # a step just too long for one line lost its end, with no "…".
    words = "My chest was tight in the afternoon; slow breathing took the edge off."
    goal = make_goal(ctx, "Sort out one drawer", words)
    today.refresh()
    steps = today.goals.cards[goal.id].steps
    item = steps.item(0)
    item.setData(Qt.ItemDataRole.TextAlignmentRole, Qt.AlignmentFlag.AlignTop)
    cut = []
    for width in range(300, 560):  # every width, so one lands just where a word wraps
        steps.resize(width, steps.height())
        steps.fit()
        row = steps.visualItemRect(item)
        # drawn in a much taller row, any words below the row's own height were cut off
        option = QStyleOptionViewItem()
        option.initFrom(steps)
        option.rect = QRect(0, 0, row.width(), row.height() + 60)
        image = QImage(option.rect.size(), QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        steps.itemDelegate().paint(painter, option, steps.indexFromItem(item))
        painter.end()
        if any(
            image.pixelColor(x, y).alpha()
            for y in range(row.height(), row.height() + 40)
            for x in range(40, row.width(), 2)  # right of the tick, which is centred
        ):
            cut.append(width)
    assert cut == []


def test_progress_names_what_is_done_never_how_many_are_left(
    ctx: AppContext, today: TodayWindow, qtbot: QtBot
) -> None:
    goal = make_goal(ctx, "Tidy the desk", "Clear one corner", "Wipe it", "Put the pens away")
    qtbot.waitUntil(lambda: goal.id in today.goals.cards, timeout=3000)
    card = today.goals.cards[goal.id]
    assert card.progress.text() == "Ready for a first small step"
    first = stored(ctx, goal).steps[0]["id"]
    ctx.store.update(g.mark_done(stored(ctx, goal), first))
    qtbot.waitUntil(lambda: card.progress.text() == "1 step done", timeout=3000)
    second = stored(ctx, goal).steps[1]["id"]
    ctx.store.update(g.mark_done(stored(ctx, goal), second))
    qtbot.waitUntil(lambda: card.progress.text() == "2 steps done", timeout=3000)
    assert " of " not in card.progress.text()  # it said "2 of 3 done": one left, counted


def test_every_edit_action_is_behind_one_menu_per_goal(
    ctx: AppContext, today: TodayWindow, qtbot: QtBot
) -> None:
    goal = make_goal(ctx, "Cook", "a", "b")
    today.refresh()
    card = today.goals.cards[goal.id]
    shown = [b for b in card.findChildren(QPushButton) if b.isVisibleTo(card)]
    assert set(shown) == {card.menu_button, card.add_step}  # no row of tools
    assert card.menu_button.menu() is card.menu
    words = [a.text().split("\t")[0].replace("&", "") for a in card.menu.actions() if a.text()]
    assert words[:2] == ["Rename goal", "Add a step"] and words[-1] == "Remove goal"
    card.rename.trigger()
    assert card.title.hasFocus() and card.title.selectedText() == "Cook"
    card.add_another.trigger()
    assert card.new_step.hasFocus()


def test_an_empty_goal_never_shows_a_count(ctx: AppContext, today: TodayWindow) -> None:
    goal = make_goal(ctx, "Sort the post")
    today.refresh()
    card = today.goals.cards[goal.id]
    assert not card.progress.isVisibleTo(card)
    assert card.no_steps.isVisibleTo(card)
    for widget in card.findChildren(QLabel):
        if widget.isVisibleTo(card):
            assert "0" not in widget.text() and " of " not in widget.text()


def test_a_tick_is_acknowledged_in_place_and_nothing_moves(
    ctx: AppContext, today: TodayWindow, qtbot: QtBot
) -> None:
    goal = make_goal(ctx, "Laundry", "Carry the basket", "Press start")
    today.refresh()
    card = today.goals.cards[goal.id]
    settle(qtbot, today)  # the deferred fit of the step lists has run
    watched = [today.goals, card.steps, card.new_step, today.routine, today.next_card]
    before = [w.mapTo(today, w.rect().topLeft()) for w in watched]
    card.steps.item(0).setCheckState(Qt.CheckState.Checked)
    qtbot.waitUntil(lambda: card.feedback.speaking)
    assert card.feedback.text() == "One small step, taken."
    settle(qtbot, today)
    assert [w.mapTo(today, w.rect().topLeft()) for w in watched] == before
    card.steps.item(1).setCheckState(Qt.CheckState.Unchecked)
    card.steps.item(0).setCheckState(Qt.CheckState.Unchecked)
    qtbot.waitUntil(lambda: not card.feedback.speaking)


def test_a_long_title_shows_its_beginning(ctx: AppContext, today: TodayWindow) -> None:
    title = "Went to the supermarket on my own even though the queue felt far too long " * 3
    goal = make_goal(ctx, title.strip(), "a")
    today.refresh()
    assert today.goals.cards[goal.id].title.cursorPosition() == 0


def test_done_it_is_acknowledged_on_its_card(
    ctx: AppContext, today: TodayWindow, qtbot: QtBot
) -> None:
    make_goal(ctx, "Tidy the desk", "Move one cup", "Wipe the desk", "Put the pen away")
    today.refresh()
    settle(qtbot, today)  # the deferred fit of the step lists has run
    watched = [today.next_card, today.routine, today.goals]
    before = [(w.mapTo(today, w.rect().topLeft()), w.size()) for w in watched]
    assert not today.next_said.speaking
    today.next_done.click()
    assert today.next_said.speaking and today.next_said.text() == "Done. That is a win."
    assert today.next_card.isAncestorOf(today.next_said)
    said = today.next_said  # wholly on the card, with room for its words
    on_card = said.geometry().translated(said.parentWidget().mapTo(today.next_card, QPoint()))
    assert today.next_card.rect().contains(on_card)
    assert said.width() >= said.fontMetrics().horizontalAdvance(said.text())
    settle(qtbot, today)
    assert [(w.mapTo(today, w.rect().topLeft()), w.size()) for w in watched] == before


def test_finishing_a_goal_is_acknowledged_beside_it_and_nothing_above_moves(
    ctx: AppContext, today: TodayWindow, qtbot: QtBot
) -> None:
    # Issue 17: a status line must never push the page; it used to appear at the top.
    make_goal(ctx, "Water the plant", "Fill the cup")
    other = make_goal(ctx, "Post the letter", "Find a stamp")
    ctx.store.update(g.mark_done(other, other.steps[0]["id"]))  # finished before: heading shown
    today.resize(560, 1600)  # tall enough for no scroll bar: its coming and going is not ours
    today.refresh()
    settle(qtbot, today)  # the deferred fit of the step lists has run
    section = today.goals
    assert section.finished_heading.isVisible() and not section.finished_said.speaking
    watched = [
        today.header,
        today.next_card,
        today.routine,
        today.showed_up,
        today.activities,
        section.new_goal,  # below it, the finished card leaves; that is the change itself
    ]
    before = [(w.mapTo(today, w.rect().topLeft()), w.size()) for w in watched]
    today.next_done.click()  # the last step: the goal is finished
    assert section.finished_said.speaking
    assert section.finished_said.text() == "All done, one step at a time."
    # said on the heading's line, just above the goal now first in the finished list
    assert list(section.rows) and section.finished_said.isVisible()
    first = section.finished_box.itemAt(0).widget()
    assert first is not None and first.goal.title == "Water the plant"
    assert section.finished_said.mapTo(today, QPoint()).y() < first.mapTo(today, QPoint()).y()
    settle(qtbot, today)
    assert [(w.mapTo(today, w.rect().topLeft()), w.size()) for w in watched] == before
    assert not hasattr(today, "said")  # no line at the top of the page any more


def test_the_finished_day_reads_right_in_spanish(ctx: AppContext, today: TodayWindow) -> None:
    """The day is relative ("hoy"), so the Spanish line must not say "terminado el hoy"."""
    from footholds.ui.common import i18n

    goal = make_goal(ctx, "Regar la planta", "Llenar el vaso")
    ctx.settings.set("general.language", "es")
    i18n.apply(ctx)
    try:
        today.refresh()
        today.next_done.click()
        label = today.goals.rows[goal.id].label.text()
        assert label.endswith("(terminado: hoy)"), label
    finally:
        ctx.settings.set("general.language", "en")
        i18n.remove(ctx.app)


def test_years_of_open_goals_show_the_latest_few_and_the_rest_on_asking(
    ctx: AppContext, today: TodayWindow, qtbot: QtBot
) -> None:
    """Goals left open over the years are not a wall of cards: the latest few show, the rest
    one click away, and a goal added or worked on is never pushed off the screen."""
    made = [make_goal(ctx, f"Goal {n}", "One step") for n in range(GOALS_SHOWN + 3)]
    today.refresh()
    section = today.goals
    latest = {goal.id for goal in made[-GOALS_SHOWN:]}
    assert set(section.cards) == latest
    assert section.show_all.isVisible()
    assert section.show_all.text().replace("&", "") == "Show all goals"
    section.show_all.click()
    assert set(section.cards) == {goal.id for goal in made}
    assert section.show_all.text().replace("&", "") == "Show fewer goals"
    section.show_all.click()
    assert set(section.cards) == latest
    # a new goal gets its card and the focus; no card already on screen goes away
    section.new_goal.setText("A new one")
    section.add_goal.click()
    new = next(goal for goal in ctx.store.all(Goal) if goal.title == "A new one")
    assert set(section.cards) == latest | {new.id}
    assert section.cards[new.id].new_step.hasFocus()


def test_no_show_all_button_for_a_few_goals(ctx: AppContext, today: TodayWindow) -> None:
    for n in range(GOALS_SHOWN):
        make_goal(ctx, f"Goal {n}", "One step")
    today.refresh()
    assert len(today.goals.cards) == GOALS_SHOWN
    assert not today.goals.show_all.isVisible()


def test_a_goal_finished_after_midnight_reads_as_today(
    ctx: AppContext, today: TodayWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The person's day turns at 4 am: a goal finished at 2 am, before they have slept, was
    finished "today", whatever the calendar says (this test failed when run before 4 am)."""
    zone = timezone(timedelta(hours=1))
    night = datetime(2026, 3, 10, 2, 30, tzinfo=zone)
    monkeypatch.setattr("footholds.ui.today.goals.now_local", lambda: night)
    goal = make_goal(ctx, "Reply to Sam", "Write it")
    done = g.mark_done(goal, goal.steps[0]["id"], night - timedelta(minutes=20))
    ctx.store.update(done)
    today.refresh()
    row = today.goals.rows[goal.id]
    assert row.label.text().endswith("(finished today)")


def test_a_new_goal_is_scrolled_into_view(
    today: TodayWindow, ctx: AppContext, qtbot: QtBot
) -> None:
    """Added at the foot of a long page, a goal appeared out of sight and only the cleared
    field said anything had happened."""
    for n in range(6):
        ctx.store.add(Goal(title=f"Goal {n}"))
    today.resize(560, 480)
    section = today.goals
    section.refresh()
    qtbot.wait(50)
    section.new_goal.setText("A drawer, one shelf at a time")
    section.add_goal.click()
    [goal] = [g for g in ctx.store.all(Goal) if g.title.startswith("A drawer")]
    card = section.cards[goal.id]
    qtbot.waitUntil(lambda: not card.visibleRegion().isEmpty(), timeout=2000)


def test_the_step_field_stays_in_view_while_steps_are_added(
    today: TodayWindow, qtbot: QtBot
) -> None:
    """Each step added grew the page above the field (the list, and the next step shown at
    the top), and the field being typed into went out of sight below."""
    section = today.goals
    area = page_area(today)
    section.new_goal.setFocus()
    qtbot.keyClicks(section.new_goal, "Sort out the spare room")
    qtbot.keyClick(section.new_goal, Qt.Key.Key_Return)
    [card] = section.cards.values()
    field = card.new_step
    qtbot.wait(SETTLE_MS + 100)  # the new goal was brought into view; the page is still now
    long_step = "Take everything out of the wardrobe and lay it on the bed in piles " * 3
    for step in (long_step, "Fold the jumpers"):
        qtbot.keyClicks(field, step)
        qtbot.keyClick(field, Qt.Key.Key_Return)
        qtbot.wait(50)  # the page is laid out again, and scrolled, once the event loop runs

        def in_view() -> bool:
            top = field.mapTo(area.viewport(), QPoint(0, 0)).y()
            return top >= 0 and top + field.height() <= area.viewport().height()

        qtbot.waitUntil(in_view, timeout=2000)
        assert field.hasFocus() or today.focusWidget() is field
