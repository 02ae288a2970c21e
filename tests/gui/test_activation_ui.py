"""Planning from the tray menu, Today and the quick log; "How was that?"; the morning sleep
question; and the two Insights cards."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import cast

from PySide6.QtCore import QPoint, Qt, QTime
from PySide6.QtWidgets import QLabel, QPushButton
from pytestqt.qtbot import QtBot
from settling import settle

from footholds.app.build import AppContext
from footholds.core import activation, sleep
from footholds.core.days import day_of
from footholds.core.store import Activity, ActivityPlan, SleepEntry
from footholds.core.store.models import now_local
from footholds.ui.common.said_under import limit_said
from footholds.ui.journal.quick_log import QuickLogWindow
from footholds.ui.reflect.insights import InsightsWindow
from footholds.ui.shell.registry import MENU_ORDER
from footholds.ui.today.activity_plan import PlanActivityWindow
from footholds.ui.today.activity_section import HowWasThatDialog
from footholds.ui.today.own_activities import IDEA_ROLE
from footholds.ui.today.today import TodayWindow


def menu_texts(ctx: AppContext) -> list[str]:
    return [a.text().replace("&", "") for a in ctx.tray.menu.actions() if not a.isSeparator()]


def test_the_tray_menu_offers_plan_something(ctx: AppContext) -> None:
    assert "Plan something" in menu_texts(ctx)
    assert MENU_ORDER.index("plan-activity") == MENU_ORDER.index("today") + 1


def pick(window: PlanActivityWindow, text: str) -> None:
    for row in range(window.ideas.count()):
        if window.ideas.item(row).text().strip() == text:
            window.ideas.setCurrentRow(row)
            return
    raise AssertionError(f"{text!r} is not offered")


def test_plan_from_the_window_shows_in_today(ctx: AppContext, qtbot: QtBot) -> None:
    plan = cast(PlanActivityWindow, ctx.windows.show("plan-activity"))
    qtbot.waitExposed(plan)
    assert plan.ideas.item(0).text() == "Enjoyment"  # a heading, not something to pick
    pick(plan, "Listen to one song I love")
    plan.at_time.setChecked(True)
    plan.time.setTime(QTime(18, 0))  # offered while still ahead; after 18:00, the next hour
    plan.plan.click()
    assert "Today" in plan.said.text()
    [made] = ctx.store.all(ActivityPlan)
    assert (made.text, made.source, made.time) == ("Listen to one song I love", "tray", "18:00")
    today = cast(TodayWindow, ctx.windows.show("today"))
    today.refresh()
    assert [b.accessibleName() for b in today.activities.buttons] == [
        "I did it: Listen to one song I love"
    ]
    assert not today.activities.empty.isVisible()


def test_own_words_join_the_list_and_come_first(ctx: AppContext, qtbot: QtBot) -> None:
    plan = cast(PlanActivityWindow, ctx.windows.show("plan-activity"))
    plan.own.setText("  Play   the piano ")
    plan.own_kind.setCurrentIndex(0)
    plan.when.setCurrentIndex(1)  # tomorrow
    plan.plan.click()
    assert [a.text for a in ctx.store.all(Activity)] == ["Play the piano"]
    assert "Play the piano" not in [plan.ideas.item(r).text().strip() for r in range(5)]
    plan.when.setCurrentIndex(0)  # (planned for tomorrow, it is offered for today)
    assert plan.ideas.item(1).text().strip() == "Play the piano"  # first under Enjoyment
    [made] = ctx.store.all(ActivityPlan)
    assert made.day == (day_of(now_local(), 4) + timedelta(days=1)).isoformat()
    today = cast(TodayWindow, ctx.windows.show("today"))
    today.refresh()
    assert today.activities.buttons == []  # tomorrow's plan waits for tomorrow
    assert not today.activities.empty.isVisible()


def test_own_words_stop_where_the_store_stops_and_are_all_planned(
    ctx: AppContext, qtbot: QtBot
) -> None:
    plan = cast(PlanActivityWindow, ctx.windows.show("plan-activity"))
    qtbot.keyClicks(plan.own, "Walk to the river and back, slowly, and sit a while. " * 6)
    assert len(plan.own.text()) == Activity.TEXT_LIMIT  # 200, not the 300 typed
    said = limit_said(plan.own)  # just under the field, as long as it is full
    assert said is not None and said.speaking
    assert said.text() == f"Up to {Activity.TEXT_LIMIT} characters fit here."
    # laid in the gap kept for it: the row under the field is not covered
    qtbot.waitExposed(plan)
    below = plan.when.mapTo(plan, plan.when.rect().topLeft()).y()
    assert said.geometry().bottom() < below, (said.geometry(), below)
    typed = " ".join(plan.own.text().split())
    plan.plan.click()
    assert [a.text for a in ctx.store.all(Activity)] == [typed]  # nothing refused afterwards


def test_nothing_picked_says_so_gently(ctx: AppContext, qtbot: QtBot) -> None:
    plan = cast(PlanActivityWindow, ctx.windows.show("plan-activity"))
    plan.ideas.setCurrentRow(-1)
    plan.plan.click()
    assert plan.said.text() == "Pick one from the list, or write your own."
    assert ctx.store.all(ActivityPlan) == []


def test_the_idea_it_opens_on_looks_picked_and_is_picked(ctx: AppContext, qtbot: QtBot) -> None:
    # it rested on the first idea unpicked, drawn in a frame as if chosen, while "Plan it"
    # (and Enter on it) said "Pick one from the list"
    plan = cast(PlanActivityWindow, ctx.windows.show("plan-activity"))
    qtbot.waitExposed(plan)
    assert plan.ideas.item(0).text() == "Enjoyment"  # a heading, never current
    assert plan.ideas.currentRow() == 1
    assert plan.ideas.selectedItems() == [plan.ideas.item(1)]  # drawn picked, and picked
    assert not plan.unsaved_work()  # nothing of theirs yet: a new language need not wait
    plan.ideas.setCurrentRow(2)
    assert plan.unsaved_work()  # their own pick
    plan.ideas.setCurrentRow(1)
    plan.plan.setFocus()
    qtbot.keyClick(plan.plan, Qt.Key.Key_Return)
    assert [p.text for p in ctx.store.all(ActivityPlan)] == ["Listen to one song I love"]
    assert plan.said.text() == (
        "Planned for later today: Listen to one song I love. You'll find it in Today."
    )


def test_after_a_plan_it_names_it_and_a_second_press_plans_nothing(
    ctx: AppContext, qtbot: QtBot
) -> None:
    """The list built again picked its first idea beside "Planned.", as if that one had been
    planned; pressed again, it was planned though nobody chose it."""
    plan = cast(PlanActivityWindow, ctx.windows.show("plan-activity"))
    qtbot.waitExposed(plan)
    pick(plan, "A short walk around the block")
    plan.plan.setFocus()
    qtbot.keyClick(plan.plan, Qt.Key.Key_Return)
    assert [p.text for p in ctx.store.all(ActivityPlan)] == ["A short walk around the block"]
    assert plan.said.text() == (
        "Planned for later today: A short walk around the block. You'll find it in Today."
    )
    assert plan.ideas.selectedItems() == [] and plan.ideas.currentRow() == -1
    assert not plan.plan.isEnabled()
    plan.plan.click()  # a second press, by mistake
    qtbot.keyClick(plan.ideas, Qt.Key.Key_Return)  # or Enter where the focus went
    assert len(ctx.store.all(ActivityPlan)) == 1
    assert "A short walk" in plan.said.text()  # still says what was planned
    assert not plan.unsaved_work()
    pick(plan, "Listen to one song I love")  # a new choice, and "Plan it" is back
    assert plan.plan.isEnabled()
    plan.plan.click()
    assert [p.text for p in ctx.store.all(ActivityPlan)][-1] == "Listen to one song I love"


def test_enter_on_the_list_plans_the_idea_it_rests_on_with_no_time(
    ctx: AppContext, qtbot: QtBot
) -> None:
    plan = cast(PlanActivityWindow, ctx.windows.show("plan-activity"))
    qtbot.waitExposed(plan)
    assert not plan.at_time.isChecked()
    assert not plan.time.isEnabled() and not plan.nudge.isEnabled()  # wait for "At a time"
    plan.ideas.setFocus()
    qtbot.keyClick(plan.ideas, Qt.Key.Key_Return)
    [made] = ctx.store.all(ActivityPlan)
    assert (made.text, made.time, made.nudge) == ("Listen to one song I love", "", False)
    plan.at_time.setChecked(True)
    assert plan.time.isEnabled() and plan.nudge.isEnabled()


def test_enter_plans_it_from_any_field_of_the_form(ctx: AppContext, qtbot: QtBot) -> None:
    """Enter in the time field or on the nudge did nothing: a default button has no effect
    in a plain window."""
    plan = cast(PlanActivityWindow, ctx.windows.show("plan-activity"))
    qtbot.waitExposed(plan)
    plan.own.setText("Water the basil")
    plan.at_time.setChecked(True)
    at = plan.time.time().toString("HH:mm")  # the time offered: 18:00, or an hour ahead
    plan.time.setFocus()
    qtbot.keyClick(plan.time, Qt.Key.Key_Return)
    assert [p.text for p in ctx.store.all(ActivityPlan)] == ["Water the basil"]
    assert (
        plan.said.text() == f"Planned for today at {at}: Water the basil. You'll find it in Today."
    )
    pick(plan, "Listen to one song I love")
    plan.at_time.setChecked(True)  # the form starts afresh after each plan
    plan.nudge.setChecked(True)
    plan.nudge.setFocus()
    qtbot.keyClick(plan.nudge, Qt.Key.Key_Enter)  # the keypad's Enter too
    assert len(ctx.store.all(ActivityPlan)) == 2
    assert [p.nudge for p in ctx.store.all(ActivityPlan)] == [False, True]
    plan.own.setText("Phone Ana")
    plan.own.setFocus()
    qtbot.keyClick(plan.own, Qt.Key.Key_Return)
    assert [p.text for p in ctx.store.all(ActivityPlan)][-1] == "Phone Ana"
    assert len(ctx.store.all(ActivityPlan)) == 3  # planned once, not twice
    assert plan.said.text() == "Planned for later today: Phone Ana. You'll find it in Today."


def test_i_did_it_asks_how_it_was_and_keeps_it(ctx: AppContext, qtbot: QtBot) -> None:
    idea = activation.Idea("ac-shower", "Take a shower", "achievement", False)
    made = activation.plan(ctx.store, idea, day_of(now_local(), 4))
    today = cast(TodayWindow, ctx.windows.show("today"))
    today.refresh()
    dialog = HowWasThatDialog(made, today)
    qtbot.addWidget(dialog)
    dialog.before.button(2).click()
    dialog.after.button(3).click()
    dialog.after.button(4).click()  # a second choice replaces the first
    dialog.word.setText("lighter")
    today.activities.finish(made, dialog)
    saved = ctx.store.get(ActivityPlan, made.id)
    assert saved is not None and saved.done_at is not None
    assert (saved.mood_before, saved.mood_after, saved.word) == (2, 4, "lighter")
    today.refresh()
    assert today.activities.buttons == [] and not today.activities.empty.isVisible()
    assert "Thank you" in today.activities.feedback.text()  # beside "Plan something"


def open_how_was_that(ctx: AppContext, qtbot: QtBot) -> HowWasThatDialog:
    """ "I did it" on a plan for today, as the person does it: "How was that?" opens."""
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
    return dialog


def test_enter_in_the_word_saves_how_was_that_with_the_moods_picked(
    ctx: AppContext, qtbot: QtBot
) -> None:
    """A mood number had become the dialog's default button: Enter in the word picked "1"
    as the mood before, and the dialog stayed open."""
    dialog = open_how_was_that(ctx, qtbot)
    qtbot.mouseClick(dialog.before.button(2), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.after.button(4), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.word, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(dialog.word, "lighter")
    qtbot.keyClick(dialog.word, Qt.Key.Key_Return)
    [saved] = ctx.store.all(ActivityPlan)
    assert saved.done_at is not None  # Enter kept it, as "Keep it" does
    assert (saved.mood_before, saved.mood_after, saved.word) == (2, 4, "lighter")
    assert not dialog.isVisible()


def test_every_mood_number_is_reached_from_the_keyboard(ctx: AppContext, qtbot: QtBot) -> None:
    """The numbers were one Tab stop whose arrows did nothing: only "1" could be picked.
    Then each number was its own Tab stop, ten of them between the top and the word; now
    each row is one, as a radio group is, with the arrows along it."""
    dialog = open_how_was_that(ctx, qtbot)
    row = dialog.before
    row.button(1).setFocus()
    qtbot.keyClick(row.button(1), Qt.Key.Key_Right)
    assert dialog.focusWidget() is row.button(2)
    qtbot.keyClick(row.button(2), Qt.Key.Key_Right)
    assert dialog.focusWidget() is row.button(3)
    qtbot.keyClick(row.button(3), Qt.Key.Key_Space)
    assert row.value() == 3
    qtbot.keyClick(row.button(3), Qt.Key.Key_Left)
    assert dialog.focusWidget() is row.button(2)
    qtbot.keyClick(row.button(2), Qt.Key.Key_Tab)  # one Tab on, past the rest of the row
    assert dialog.focusWidget() is dialog.after.button(1)
    qtbot.keyClick(dialog.after.button(1), Qt.Key.Key_Right)
    qtbot.keyClick(dialog.after.button(2), Qt.Key.Key_Space)
    assert (row.value(), dialog.after.value()) == (3, 2)
    qtbot.keyClick(dialog.after.button(2), Qt.Key.Key_Tab)
    assert dialog.focusWidget() is dialog.word
    qtbot.keyClick(dialog.word, Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
    assert dialog.focusWidget() is dialog.after.button(2)  # back to the number last on
    qtbot.keyClick(dialog.after.button(2), Qt.Key.Key_End)
    assert dialog.focusWidget() is dialog.after.button(5)
    qtbot.keyClick(dialog.after.button(5), Qt.Key.Key_Home)
    assert dialog.focusWidget() is dialog.after.button(1)
    # each number says which row it is in, and how far along the scale
    assert row.button(3).accessibleName() == "My mood before: 3 of 5"
    assert dialog.after.button(5).accessibleName() == "My mood after: 5 of 5"


def test_a_number_key_picks_that_mood(ctx: AppContext, qtbot: QtBot) -> None:
    """Number keys did nothing on the mood numbers."""
    dialog = open_how_was_that(ctx, qtbot)
    dialog.before.button(1).setFocus()
    qtbot.keyClick(dialog.before.button(1), Qt.Key.Key_4)
    assert dialog.before.value() == 4
    assert dialog.focusWidget() is dialog.before.button(4)
    qtbot.keyClick(dialog.before.button(4), Qt.Key.Key_4)  # again: still picked
    assert dialog.before.value() == 4
    qtbot.keyClick(dialog.before.button(4), Qt.Key.Key_2)
    assert dialog.before.value() == 2
    qtbot.keyClick(dialog.before.button(2), Qt.Key.Key_9)  # no such number: nothing
    assert dialog.before.value() == 2
    qtbot.keyClick(dialog.before.button(2), Qt.Key.Key_Tab)
    qtbot.keyClick(dialog.after.button(1), Qt.Key.Key_5)
    assert (dialog.before.value(), dialog.after.value()) == (2, 5)
    dialog.after.button(5).setFocus()
    qtbot.keyClick(dialog.after.button(5), Qt.Key.Key_Tab)
    qtbot.keyClick(dialog.word, Qt.Key.Key_3)  # typed in the word, not picked
    assert dialog.word.text() == "3"
    assert dialog.after.value() == 5


def test_a_plan_from_yesterday_is_not_in_today(ctx: AppContext) -> None:
    idea = activation.Idea("ac-shower", "Take a shower", "achievement", False)
    yesterday = day_of(now_local(), 4) - timedelta(days=1)
    activation.plan(ctx.store, idea, yesterday, now=now_local() - timedelta(days=1))
    today = cast(TodayWindow, ctx.windows.show("today"))
    today.refresh()
    assert today.activities.buttons == [] and today.activities.empty.isVisible()


def morning(hour: int, day: int = 10) -> datetime:
    return now_local().replace(year=2026, month=3, day=day, hour=hour, minute=0)


def test_the_sleep_question_is_off_by_default(ctx: AppContext) -> None:
    quick = cast(QuickLogWindow, ctx.windows.get("quick-log"))
    quick.sleep_ask.clock = lambda: morning(8)
    ctx.windows.show("quick-log")
    assert quick._sleep is None  # never due, so never built: it costs the kept window nothing


def test_the_sleep_question_once_a_morning(ctx: AppContext, qtbot: QtBot) -> None:
    ctx.settings.set("day.sleep_question", True)
    quick = cast(QuickLogWindow, ctx.windows.get("quick-log"))
    quick.sleep_ask.clock = lambda: morning(8)
    ctx.windows.show("quick-log")
    assert quick.sleep.isVisible()
    # under the form that answers "How are you right now?", above Plan and Save
    parts = (quick.heading, quick.scroll_area, quick.sleep, quick.save)
    heading, form, question, save = (w.mapTo(quick, QPoint(0, 0)).y() for w in parts)
    assert heading < form < question < save
    quick.sleep.quality.button(4).click()
    quick.sleep.note.click()
    # answered: the thanks where the question was, until the window is next opened
    assert quick.sleep.isVisible() and quick.sleep.thanks.isVisible()
    assert not quick.sleep.note.isVisible()
    [night] = ctx.store.all(SleepEntry)
    assert (night.bed, night.up, night.quality, night.day) == ("23:00", "07:00", 4, "2026-03-10")
    quick.put_away()
    ctx.windows.show("quick-log")
    assert not quick.sleep.isVisible()  # answered: not again today
    quick.put_away()
    quick.sleep_ask.clock = lambda: morning(12)
    quick.sleep_ask.settled_on = None
    ctx.windows.show("quick-log")
    assert not quick.sleep.isVisible()  # noon: not asked
    quick.put_away()
    quick.sleep_ask.clock = lambda: morning(7, day=11)
    ctx.windows.show("quick-log")
    assert quick.sleep.isVisible()  # the next morning
    assert quick.sleep.note.isVisible() and not quick.sleep.thanks.isVisible()  # asked again
    quick.sleep.later.click()
    # put aside: a kind line in its room, its buttons gone, until the window is next opened
    assert quick.sleep.thanks.isVisible() and not quick.sleep.later.isVisible()
    quick.put_away()
    ctx.windows.show("quick-log")
    assert not quick.sleep.isVisible()  # put aside until tomorrow


def test_noting_the_sleep_moves_nothing_and_thanks_where_the_question_was(
    ctx: AppContext, qtbot: QtBot
) -> None:
    """The question went, everything below moved up ~113 px, the window shrank, and the thanks
    came down by Save, far from the click."""
    ctx.settings.set("day.sleep_question", True)
    quick = cast(QuickLogWindow, ctx.windows.get("quick-log"))
    quick.sleep_ask.clock = lambda: morning(8)
    ctx.windows.show("quick-log")
    qtbot.waitExposed(quick)
    settle(qtbot, quick)
    question = quick.sleep
    size, place = quick.size(), question.geometry()
    save_at = quick.save.mapTo(quick, quick.save.rect().topLeft())
    question.quality.button(3).click()
    question.note.click()
    settle(qtbot, quick)
    assert quick.size() == size and question.geometry() == place
    assert quick.save.mapTo(quick, quick.save.rect().topLeft()) == save_at
    thanks = question.thanks
    assert thanks.isVisible() and thanks.text() == "Noted how you slept. Thank you."
    assert place.contains(thanks.geometry().translated(place.topLeft()))
    assert not quick.status.isVisible()  # said once, where the question was
    assert quick.form.note.hasFocus()  # the buttons it had are gone; the focus goes on
    assert quick.hint.isVisible()


def test_the_sleep_scale_says_which_end_is_which(ctx: AppContext, qtbot: QtBot) -> None:
    ctx.settings.set("day.sleep_question", True)
    quick = cast(QuickLogWindow, ctx.windows.get("quick-log"))
    quick.sleep_ask.clock = lambda: morning(8)
    ctx.windows.show("quick-log")
    qtbot.waitExposed(quick)
    row = quick.sleep.quality
    ends = {w.text(): w for w in row.findChildren(QLabel) if w.text() in ("poorly", "well")}
    assert set(ends) == {"poorly", "well"} and all(w.isVisible() for w in ends.values())
    one, five = row.button(1), row.button(5)
    # on screen as Energy's "low … high": the words either side of the numbers
    assert ends["poorly"].geometry().right() < one.geometry().left()
    assert five.geometry().right() < ends["well"].geometry().left()
    for button in row.scale.buttons:  # and said to a screen reader with each number
        assert button.accessibleDescription() == "From 1, poorly, to 5, well."
    assert one.accessibleName() == "How it was: 1 of 5"


def test_every_sleep_number_is_reached_from_the_keyboard(ctx: AppContext, qtbot: QtBot) -> None:
    ctx.settings.set("day.sleep_question", True)
    quick = cast(QuickLogWindow, ctx.windows.get("quick-log"))
    quick.sleep_ask.clock = lambda: morning(8)
    ctx.windows.show("quick-log")
    qtbot.waitExposed(quick)
    row = quick.sleep.quality
    row.button(1).setFocus()
    for n in (2, 3, 4):
        qtbot.keyClick(row.button(n - 1), Qt.Key.Key_Right)
        assert quick.focusWidget() is row.button(n)
    qtbot.keyClick(row.button(4), Qt.Key.Key_Right)
    assert quick.focusWidget() is row.button(5)
    qtbot.keyClick(row.button(5), Qt.Key.Key_Space)
    assert row.value() == 5


def test_the_quick_log_with_the_sleep_question_has_one_accent_button(
    ctx: AppContext, qtbot: QtBot
) -> None:
    ctx.settings.set("day.sleep_question", True)
    quick = cast(QuickLogWindow, ctx.windows.get("quick-log"))
    quick.sleep_ask.clock = lambda: morning(8)
    ctx.windows.show("quick-log")
    qtbot.waitExposed(quick)
    assert quick.sleep.isVisible()
    shown = [b for b in quick.findChildren(QPushButton) if b.isVisible()]
    accents = [b for b in shown if b.property("role") == "primary"]
    assert accents == [quick.save]
    assert quick.sleep.note.property("role") == "secondary" and not quick.sleep.note.isDefault()


def test_insights_what_seems_to_help_waits_for_enough(ctx: AppContext) -> None:
    from footholds.ui.reflect.insights_more import HelpsCard

    now = now_local()
    card = HelpsCard()
    for n in range(10):
        at = now - timedelta(days=13 - round(n * 13 / 9))
        p = ctx.store.add(
            ActivityPlan(text="A short walk", day=at.date().isoformat(), at=at - timedelta(hours=1))
        )
        activation.done(ctx.store, p, mood_before=2, mood_after=3, now=at)
        card.refresh(ctx.store, day_of(now, 4), 4, "en")
        assert card.isVisibleTo(card.parentWidget() or card) is (n == 9), n
    assert card.items.text() == "• A short walk"
    assert card.lead.text() == "You tended to feel a little better after:"


def test_insights_shows_bed_and_wake_times(ctx: AppContext, qtbot: QtBot) -> None:
    insights = cast(InsightsWindow, ctx.windows.show("insights"))
    qtbot.waitExposed(insights)
    assert not insights.sleep.isVisible()
    today = now_local().date()
    for n, bed in enumerate(["23:10", "23:40", "00:20"]):
        sleep.record(ctx.store, bed, "07:15", 3, morning=today - timedelta(days=n))
    insights.refresh()
    assert insights.sleep.isVisible()
    assert "to bed" in insights.sleep.chart.accessibleDescription()


def test_the_running_app_saves_a_night_sent_by_footholds_log(ctx: AppContext) -> None:
    from footholds.app.handlers import HANDLERS

    night = {"bed": "23:30", "up": "07:10", "quality": 3, "day": "2026-03-10"}
    ok, said = HANDLERS["log"](ctx, {"sleep": night})
    assert ok and said == "Noted how you slept. Thank you."
    entry = {"feelings": ["tired"], "source": "cli"}
    ok, _ = HANDLERS["log"](ctx, {"sleep": {**night, "day": "2026-03-11"}, "entry": entry})
    assert ok
    assert [(n.day, n.bed) for n in ctx.store.all(SleepEntry)] == [
        ("2026-03-10", "23:30"),
        ("2026-03-11", "23:30"),
    ]
    ok, said = HANDLERS["log"](ctx, {"sleep": {**night, "bed": "07:10"}})
    assert not ok and "are the same" in said
    ok, said = HANDLERS["log"](ctx, {"sleep": {"bed": "23:30"}})
    assert not ok and "expected shape" in said


def test_a_nudge_card_shows_the_plan_and_done_asks_how_it_was(
    ctx: AppContext, qtbot: QtBot
) -> None:
    from datetime import time as clock

    from footholds.core.reminders import Kind
    from footholds.core.store import ReminderEvent

    now = now_local()
    earlier = (now - timedelta(minutes=1)).time()
    idea = activation.Idea("", "Water the plants", "achievement", True)
    made = activation.plan(
        ctx.store, idea, day_of(now, 4), at=clock(earlier.hour, earlier.minute), nudge=True
    )
    presenter = ctx.reminders.presenter
    ctx.settings.set("reminders.delivery", "card")
    presenter.present(Kind.ACTIVITY)
    card = presenter.card
    assert card.text.text() == "Water the plants"
    assert card.title.text() == "Something you planned"
    assert not card.another_button.isVisible() and not card.more.isVisible()
    presenter.answer("done")
    saved = ctx.store.get(ActivityPlan, made.id)
    assert saved is not None and saved.done_at is not None
    dialog = cast(HowWasThatDialog | None, presenter._how)
    assert dialog is not None and dialog.isVisible()
    dialog.after.button(4).click()
    dialog.accept()
    saved = ctx.store.get(ActivityPlan, made.id)
    assert saved is not None and saved.mood_after == 4
    outcomes = [(e.reminder, e.outcome) for e in ctx.store.all(ReminderEvent)]
    assert ("activity", "done") in outcomes


def test_plan_with_a_nudge_from_the_window(ctx: AppContext, qtbot: QtBot) -> None:
    plan = cast(PlanActivityWindow, ctx.windows.show("plan-activity"))
    assert not plan.nudge.isEnabled()  # only with a time
    pick(plan, "Take a shower")
    plan.at_time.setChecked(True)
    plan.time.setTime(QTime(18, 0))
    plan.nudge.setChecked(True)
    plan.plan.click()
    [made] = ctx.store.all(ActivityPlan)
    assert made.nudge and made.time == "18:00"
    plan.at_time.setChecked(False)
    assert not plan.nudge.isChecked()


def test_the_nudge_says_it_comes_even_in_quiet_hours(ctx: AppContext, qtbot: QtBot) -> None:
    """It is the person's own request for that moment: quiet hours do not hold it (the old
    words said it waited for them, and then it never came at night)."""
    plan = cast(PlanActivityWindow, ctx.windows.show("plan-activity"))
    qtbot.waitExposed(plan)
    description = plan.nudge.accessibleDescription()
    assert "even in quiet hours" in description and "waits for quiet hours" not in description


def _offered(window: PlanActivityWindow) -> list[str]:
    items = [window.ideas.item(row) for row in range(window.ideas.count())]
    return [item.text().strip() for item in items if item.data(IDEA_ROLE) is not None]


def test_what_is_planned_for_the_day_chosen_is_not_offered_again(
    ctx: AppContext, qtbot: QtBot
) -> None:
    """A walk planned for today was still offered, so the same thing could be planned twice
    for one day."""
    walk, song = "A short walk around the block", "Listen to one song I love"
    plan = cast(PlanActivityWindow, ctx.windows.show("plan-activity"))
    qtbot.waitExposed(plan)
    pick(plan, walk)
    plan.plan.click()
    assert walk not in _offered(plan) and song in _offered(plan)
    plan.when.setCurrentIndex(1)  # another day chosen just after: still nothing picked
    assert walk in _offered(plan)
    assert plan.ideas.selectedItems() == [] and not plan.plan.isEnabled()
    plan.close()
    plan = cast(PlanActivityWindow, ctx.windows.show("plan-activity"))  # opened again
    qtbot.waitExposed(plan)
    assert walk not in _offered(plan)
    pick(plan, song)
    plan.when.setCurrentIndex(1)  # tomorrow: the walk is offered for it; the song stays picked
    assert walk in _offered(plan)
    assert [i.text().strip() for i in plan.ideas.selectedItems()] == [song]
    # the idea picked is planned for the day then chosen: nothing picked, never another
    plan.when.setCurrentIndex(0)
    pick(plan, song)
    plan.plan.click()
    plan.when.setCurrentIndex(1)
    pick(plan, song)
    plan.when.setCurrentIndex(0)
    assert song not in _offered(plan)
    assert plan.ideas.selectedItems() == []
    plan.plan.click()
    assert plan.said.text() == "Pick one from the list, or write your own."
    assert sorted(p.text for p in ctx.store.all(ActivityPlan)) == [walk, song]


def test_planning_a_long_activity_moves_nothing_in_the_window(
    ctx: AppContext, qtbot: QtBot
) -> None:
    """ "Planned: …" with a long activity wrapped to five lines: the list shrank and the
    field and buttons jumped up ~42 px until it faded, and a click aimed at the field
    landed in the list. It says the activity cut short to fit the room kept for it."""
    from PySide6.QtCore import QRect

    from footholds.ui.common.breaks import written

    plan = cast(PlanActivityWindow, ctx.windows.show("plan-activity"))
    qtbot.waitExposed(plan)
    plan.resize(460, 600)
    settle(qtbot, plan)

    def places() -> list[QRect]:
        return [w.geometry() for w in (plan.ideas, plan.own, plan.when, plan.plan, plan.said)]

    before = places()
    for words in ("walk slowly to the corner " * 8, "W" * 200):
        plan.own.setText(words[:200])
        plan.plan.click()
        settle(qtbot, plan)
        assert places() == before  # nothing moved while it speaks
        said = written(plan.said.text())
        # one "…", never "…." (four dots, "by the…. You'll find it"), and at a word's end
        assert said.startswith("Planned for later today: ") and said.endswith(
            "… You'll find it in Today."
        )
        named = said.removeprefix("Planned for later today: ").split("…")[0]
        assert words.startswith(named + " ") or set(named) == {"W"}
        assert plan.said.height() < 4 * plan.said.fontMetrics().lineSpacing()
        plan.said.clear()
        settle(qtbot, plan)
        assert places() == before  # nor when it has gone
    assert plan.said.minimumSizeHint().width() < 200  # a long run wraps in its room


def test_a_plan_for_tomorrow_says_so_and_the_next_one_is_for_tomorrow_too(
    ctx: AppContext, qtbot: QtBot
) -> None:
    """A plan for tomorrow at 10 was told as "Planned: …. You'll find it in Today.", which
    read as today; and the form went back to "Later today", so an evening planning
    tomorrow chose Tomorrow again for each thing."""
    from PySide6.QtCore import QTime

    plan = cast(PlanActivityWindow, ctx.windows.show("plan-activity"))
    qtbot.waitExposed(plan)
    plan.when.setCurrentIndex(plan.when.findData(1))
    plan.own.setText("Water the basil")
    plan.at_time.setChecked(True)
    plan.time.setTime(QTime(10, 0))
    plan.plan.click()
    [made] = ctx.store.all(ActivityPlan)
    assert made.time == "10:00"
    assert plan.said.text() == (
        "Planned for tomorrow at 10:00: Water the basil. It will be in Today then."
    )
    assert plan.when.currentData() == 1  # the day stays for the next one
    assert not plan.at_time.isChecked() and not plan.nudge.isChecked()  # the rest afresh
    plan.own.setText("Phone Ana")
    plan.plan.click()
    assert plan.said.text() == "Planned for tomorrow: Phone Ana. It will be in Today then."
    assert len({p.day for p in ctx.store.all(ActivityPlan)}) == 1  # both for tomorrow
    plan.close()
    plan = cast(PlanActivityWindow, ctx.windows.show("plan-activity"))
    qtbot.waitExposed(plan)
    assert plan.when.currentData() == 0  # opened afresh: later today again


def test_a_plan_two_days_off_is_named_by_its_day_not_tomorrow(
    ctx: AppContext, qtbot: QtBot
) -> None:
    """After the day-start hour moved, a plan two days away read "tomorrow at 08:45"."""
    from datetime import date

    today_window = cast(TodayWindow, ctx.windows.show("today"))
    section = today_window.activities
    today = date(2026, 12, 6)  # a Sunday
    soon = ActivityPlan(text="Walk", day="2026-12-07", time="08:45")
    later = ActivityPlan(text="Walk", day="2026-12-08", time="08:45")
    any_time = ActivityPlan(text="Walk", day="2026-12-09")
    assert section._when(soon, today) == "tomorrow at 08:45"
    assert section._when(later, today) == "Tue 8 Dec at 08:45"
    assert section._when(any_time, today) == "Wed 9 Dec"
