"""The tough-day window: each section, the order, and help always in view."""

from __future__ import annotations

import errno
import re
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import cast

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QGuiApplication, QTextDocumentFragment
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QWidget
from pytestqt.qtbot import QtBot
from settling import settle
from test_error_words import FailingWrite

from footholds.app.build import AppContext
from footholds.core import atomic, content
from footholds.core.days import day_of
from footholds.core.store import (
    Affirmation,
    LogEntry,
    Person,
    Proof,
    RoutineCheck,
    RoutineItem,
    SafetyPlan,
)
from footholds.platform import phone_links
from footholds.ui.common import i18n
from footholds.ui.proofs.proof_list import ProofListWindow
from footholds.ui.shell.registry import BY_NAME
from footholds.ui.tough_day.tough_day import ToughDayWindow
from footholds.ui.tough_day.tough_sections import PROOF_MOST_LINES
from support import person_day, present


@pytest.fixture(autouse=True)
def no_phone(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(phone_links, "can_open", lambda scheme: False)


def _open(ctx: AppContext, qtbot: QtBot) -> ToughDayWindow:
    window = cast(ToughDayWindow, ctx.windows.show("tough-day"))
    qtbot.waitExposed(window)
    return window


def _with_today(ctx: AppContext, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Pretend the Today feature exists; record what it was asked to show."""
    shown: list[str] = []
    monkeypatch.setattr(ctx.windows, "available", lambda n: n in BY_NAME or n == "today")
    real_show = ctx.windows.show
    monkeypatch.setattr(
        ctx.windows, "show", lambda n, **o: shown.append(n) if n == "today" else real_show(n, **o)
    )
    return shown


def test_one_click_from_the_tray(ctx: AppContext, qtbot: QtBot) -> None:
    ctx.tray.actions["tough-day"].trigger()
    window = ctx.windows.get("tough-day")
    qtbot.waitUntil(window.isVisible)
    assert window.windowTitle() == "Tough day"


def test_one_thing_at_a_time_without_today(
    ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(ctx.windows, "available", lambda n: n in BY_NAME and n != "today")
    window = _open(ctx, qtbot)
    assert window.bare_minimum is None
    steps = window.next_steps
    assert steps.question.text() == "What might help a little right now?"
    assert [c.text() for c in steps.choices.values()] == [
        "A slow breath",
        "A movement lying down",
        "One person",
    ]
    # the rest is behind "more", in this order, and hidden until asked for
    titles = [heading.text() for heading, _ in window.sections]
    assert titles == [
        "How does it feel right now?",
        "Something to hold on to",
        "Come back to right here: 5-4-3-2-1",
        "Your safety plan",
    ]
    assert not any(w.isVisible() for _, w in window.sections)
    window.more.click()
    assert all(w.isVisible() for _, w in window.sections)
    ys = [w.mapTo(window, w.rect().topLeft()).y() for _, w in window.sections]
    assert ys == sorted(ys)
    qtbot.waitUntil(window.name_it.line.hasFocus)  # opening "more" puts the keyboard in it
    assert window.more.text() == "Show &less"
    window.more.click()
    assert not any(w.isVisible() for _, w in window.sections)
    qtbot.waitUntil(window.more.hasFocus)  # the keyboard stays where the person was
    # "more" opened scrolled the page (the window keeps its size); folded, back at the top
    qtbot.waitUntil(lambda: window.scroller.verticalScrollBar().value() == 0)


def test_choosing_a_step_shows_just_that_with_a_way_back(
    ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    _with_today(ctx, monkeypatch)
    window = ToughDayWindow(ctx)
    qtbot.addWidget(window)
    window.present()
    qtbot.waitExposed(window)
    steps = window.next_steps
    assert list(steps.choices) == ["breath", "movement", "bare-minimum", "person"]
    buttons = [b for b in window.findChildren(QPushButton) if b.isVisible()]
    assert [b.property("role") for b in buttons].count("primary") <= 1  # one accent at most
    views = {
        "breath": present(window.breath),
        "movement": present(window.movement),
        "bare-minimum": present(window.bare_minimum),
        "person": present(window.people),
    }
    assert not any(v.isVisible() for v in views.values())
    for key, view in views.items():
        steps.choices[key].click()
        assert view.isVisible()
        assert [k for k, v in views.items() if v.isVisible()] == [key]  # just that one
        assert not steps.menu.isVisible() and steps.back.isVisible()
        steps.back.click()
        assert steps.menu.isVisible() and not view.isVisible()
    rest = {i["text"] for i in content.load_pack("rest") if i["kind"] == "breathing"}
    assert window.breath.words.text() in rest
    steps.choices["breath"].click()
    window.hide()
    window.present()  # a fresh start each time it opens
    assert steps.menu.isVisible() and not window.breath.isVisible()


def test_crisis_lines_stay_in_view_outside_the_scroll_area(ctx: AppContext, qtbot: QtBot) -> None:
    ctx.settings.set("safety.region", "IE")
    for i in range(5):
        ctx.store.add(Proof(day=person_day(), text="A long day that I got through. " * 20 + str(i)))
    window = _open(ctx, qtbot)
    window.more.click()  # the most there is to scroll
    assert not present(window.scroller.widget()).isAncestorOf(window.crisis)
    assert window.crisis.isVisible()
    assert "112" in window.crisis.text() and "116 123" in window.crisis.text()
    bar = window.scroller.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)  # there is something to scroll
    bar.setValue(bar.maximum())
    bottom = window.footer.mapTo(window, window.footer.rect().bottomLeft()).y()
    assert bottom <= window.height()
    assert window.help_now.isVisible()
    window.help_now.click()
    assert ctx.windows.is_visible("help-now")


def test_name_it_is_saved_only_when_filled(ctx: AppContext, qtbot: QtBot) -> None:
    window = _open(ctx, qtbot)
    window.more.click()
    qtbot.waitUntil(window.name_it.line.hasFocus)
    qtbot.keyClick(window.name_it.line, Qt.Key.Key_Return)
    assert ctx.store.all(LogEntry) == []
    qtbot.keyClicks(window.name_it.line, "flat and far away")
    qtbot.keyClick(window.name_it.line, Qt.Key.Key_Return)
    [entry] = ctx.store.all(LogEntry)
    assert (entry.note, entry.source) == ("flat and far away", "tough-day")
    assert window.name_it.said.text() in content.load_document("acknowledgements")["tough"]
    assert window.name_it.line.text() == ""


def test_the_thanks_for_naming_it_scrolls_into_view(ctx: AppContext, qtbot: QtBot) -> None:
    """With "more" open, Enter in "How does it feel right now?" at the foot of the page put
    the thanks below its visible part: the page scrolls to it, the keyboard stays put."""
    ctx.store.add(Proof(day=person_day(), text="A long day that I got through. " * 20))
    window = _open(ctx, qtbot)
    window.resize(window.width(), 520)
    window.more.click()
    line, said, area = window.name_it.line, window.name_it.said, window.scroller
    qtbot.waitUntil(line.hasFocus)
    page = present(area.widget())

    def shown() -> bool:
        top = said.mapTo(page, QPoint(0, 0)).y() - area.verticalScrollBar().value()
        return top >= 0 and top + said.words_height() <= area.viewport().height()

    settle(qtbot, window)
    area.ensureWidgetVisible(line, 0, 0)  # the line at the foot, its thanks below
    assert not shown()
    qtbot.keyClicks(line, "tight, like a knot")
    qtbot.keyClick(line, Qt.Key.Key_Return)
    assert said.text()
    qtbot.waitUntil(shown)
    assert line.hasFocus()


def test_one_proof_as_the_hero_and_another(ctx: AppContext, qtbot: QtBot) -> None:
    for i in range(4):
        ctx.store.add(Proof(text=f"proof {i}", day=f"2025-01-0{i + 1}"))
    window = _open(ctx, qtbot)
    hero = window.proofs
    assert hero.words.text().startswith("proof ") and hero.words.property("type") == "title"
    assert hero.when.text().endswith("2025")  # its date, with the year
    size = hero.words.font().pointSizeF()
    assert size == window.font().pointSizeF() + 5  # the title step, larger than the rest
    below = window.next_steps.mapTo(window, window.next_steps.rect().topLeft()).y()
    assert hero.mapTo(window, hero.rect().bottomLeft()).y() < below  # the hero comes first
    assert hero.another.isVisible() and hero.another.property("role") == "quiet"
    hero.seen = {present(hero.shown).id}  # a fresh deck from the one on screen
    seen = [present(hero.shown).id]
    for _ in range(3):
        hero.another.click()
        seen.append(present(hero.shown).id)
    assert len(set(seen)) == 4  # every one once before any comes round again
    hero.another.click()
    assert present(hero.shown).id != seen[-1]  # never the same twice in a row
    assert hero.words.font().pointSizeF() == size  # the same size, however many


def test_the_choices_stay_still_whatever_the_proofs_length(ctx: AppContext, qtbot: QtBot) -> None:
    """A short proof showed in large type and a long one in body type, so the card grew
    and shrank and "What might help" and its choices jumped 30-50 px with each "another"."""
    texts = [
        "short",
        "Did the dishes, just the cups, and left the rest for tomorrow.",
        "Too tired to cook, so toast and fruit it was. Got up anyway and made tea, which "
        "counts. Walked to the corner shop and back; the air helped a little.",
    ]
    for text in texts:
        ctx.store.add(Proof(day=person_day(), text=text))
    window = _open(ctx, qtbot)
    hero, question = window.proofs, window.next_steps.question
    seen: dict[str, tuple[float, int]] = {}
    for _ in range(12):
        settle(qtbot, window)
        top = question.mapTo(window, question.rect().topLeft()).y()
        seen[hero.words.text()] = (hero.words.font().pointSizeF(), top)
        hero.another.click()
    assert set(seen) == set(texts)
    assert len(set(seen.values())) == 1, seen  # one size, and the question never moves
    # a proof longer than the room kept still shows whole: the card grows for it
    long = ctx.store.add(
        Proof(day=person_day(), text="Everything felt impossible and I still fed the cat. " * 8)
    )
    hero.shown = long
    hero.refresh()
    settle(qtbot, window)
    words = hero.words
    assert words.height() >= words.heightForWidth(words.width()) > words.fontMetrics().height() * 4


def test_a_long_proof_in_the_deck_moves_nothing_either(ctx: AppContext, qtbot: QtBot) -> None:
    """Room was kept for four lines, so a proof of six pushed the choices down each time
    "another" brought it. The card now keeps room for the tallest proof (up to six
    lines); a longer one still shows whole."""
    six = "Got out of bed, showered, and answered the one email that mattered. " * 4
    for text in ("short", six):
        ctx.store.add(Proof(day=person_day(), text=text))
    window = _open(ctx, qtbot)
    hero, question = window.proofs, window.next_steps.question
    tops: dict[str, int] = {}
    for _ in range(6):
        settle(qtbot, window)
        tops[hero.words.text()] = question.mapTo(window, question.rect().topLeft()).y()
        hero.another.click()
    assert set(tops) == {"short", six}
    words = hero.words
    line = words.fontMetrics().lineSpacing()
    assert words.height() > line * 4  # the six-line proof needs more than the four kept
    assert len(set(tops.values())) == 1, tops
    # beyond the most kept, the proof still shows whole, and only it makes room
    huge = ctx.store.add(
        Proof(day=person_day(), text="One more breath, one more step, one more hour. " * 40)
    )
    hero.shown = huge
    hero.refresh()
    settle(qtbot, window)
    assert words.height() >= words.heightForWidth(words.width()) > line * PROOF_MOST_LINES
    hero.shown = next(p for p in ctx.store.all(Proof) if p.text == "short")
    hero.refresh()
    settle(qtbot, window)
    assert words.height() <= line * PROOF_MOST_LINES + line  # back to the kept room


def test_no_proofs_yet_shows_something_kind(ctx: AppContext, qtbot: QtBot) -> None:
    window = _open(ctx, qtbot)
    hero = window.proofs
    assert hero.shown is None
    assert hero.words.text() == "Getting through today, however it goes, counts."
    assert hero.empty.isVisible() and not hero.another.isVisible()
    assert not hero.when.isVisible()
    hero.write_first.click()
    proof_list = cast(ProofListWindow, ctx.windows.get("proof-list"))
    assert proof_list.isVisible() and proof_list.editor.isVisible()
    ctx.store.add(Proof(day=person_day(), text="only one"))
    assert hero.words.text() == "only one"
    assert not hero.another.isVisible() and not hero.empty.isVisible()


def test_the_affirmation_is_the_persons_own_first(ctx: AppContext, qtbot: QtBot) -> None:
    ctx.store.add(Affirmation(text="I can do the next small thing."))
    window = _open(ctx, qtbot)
    assert window.affirmation.words.text() == "I can do the next small thing."
    window.affirmation.another.click()
    assert window.affirmation.words.text()  # never blank


def test_a_lying_down_movement_and_logging_it(ctx: AppContext, qtbot: QtBot) -> None:
    window = _open(ctx, qtbot)
    pack = content.load_pack("movements")
    lying = {m["text"] for m in pack if m["posture"] == "lying" and m["effort"] == "gentle"}
    for _ in range(5):
        assert window.movement.words.text() in lying
        window.movement.another.click()
    window.movement.done.click()
    [entry] = ctx.store.all(LogEntry)
    assert entry.wins == ["moved"] and entry.source == "tough-day"
    assert not window.movement.done.isEnabled()


def _today_day(ctx: AppContext) -> str:
    return day_of(datetime.now().astimezone(), ctx.settings["day.start_hour"]).isoformat()


def test_bare_minimum_only_when_today_exists(
    ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown = _with_today(ctx, monkeypatch)
    items = [
        ctx.store.add(RoutineItem(text=text, position=pos))
        for pos, text in enumerate(["Drink water", "Take meds", "Open a window", "Fourth"])
    ]
    window = ToughDayWindow(ctx)
    qtbot.addWidget(window)
    assert window.bare_minimum is not None
    assert "One small thing for today" in [s.title for s in window.next_steps.steps]
    window.show()
    window.next_steps.choose("bare-minimum")
    [box] = window.bare_minimum.boxes  # one thing, not the list
    assert box.accessibleName() == "Drink water"
    settle(qtbot, window)
    more_at = window.more.mapTo(window, window.more.rect().topLeft())
    box.click()
    [check] = ctx.store.all(RoutineCheck)
    assert check.item_id == items[0].id and check.day == _today_day(ctx)
    # a warm word, and nothing new put in its place
    assert window.bare_minimum.said.speaking
    assert window.bare_minimum.said.text() == "Done. That counts, and it is enough for now."
    bare = present(window.bare_minimum)
    qtbot.waitUntil(lambda: not bare.refresher.stale)  # the refresh the save brings has run
    settle(qtbot, window)
    [box] = window.bare_minimum.boxes
    assert box.accessibleName() == "Drink water" and box.isChecked()
    # the warm word takes the place of "another": nothing below it moves
    assert window.more.mapTo(window, window.more.rect().topLeft()) == more_at
    assert not window.bare_minimum.another.isVisible()
    box.click()
    assert ctx.store.all(RoutineCheck) == []
    window.bare_minimum.open.click()
    assert shown == ["today"]


def test_one_small_thing_is_the_first_not_done_with_another(
    ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    _with_today(ctx, monkeypatch)
    items = [
        ctx.store.add(RoutineItem(text=text, position=pos))
        for pos, text in enumerate(["Drink water", "Take meds", "Open a window", "Fourth"])
    ]
    ctx.store.add(RoutineCheck(day=_today_day(ctx), item_id=items[0].id))
    window = ToughDayWindow(ctx)
    qtbot.addWidget(window)
    window.present()
    qtbot.waitExposed(window)
    window.next_steps.choose("bare-minimum")
    small = present(window.bare_minimum)
    names: Callable[[], list[str]] = lambda: [b.accessibleName() for b in small.boxes]  # noqa: E731
    assert names() == ["Take meds"]  # the first not done today
    assert small.another.isVisible()
    small.another.click()
    assert names() == ["Open a window"]  # the fourth is not one of today's three
    small.another.click()
    assert names() == ["Take meds"]  # round again, never one already done
    window.close()
    window.present()  # a fresh opening starts at the first not done again
    small.another.click()
    window.close()
    window.present()
    assert names() == ["Take meds"]


def test_one_small_thing_when_all_are_done_says_so_without_counting(
    ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    _with_today(ctx, monkeypatch)
    for pos, text in enumerate(["Drink water", "Take meds", "Open a window"]):
        item = ctx.store.add(RoutineItem(text=text, position=pos))
        ctx.store.add(RoutineCheck(day=_today_day(ctx), item_id=item.id))
    window = ToughDayWindow(ctx)
    qtbot.addWidget(window)
    window.present()
    qtbot.waitExposed(window)
    window.next_steps.choose("bare-minimum")
    small = present(window.bare_minimum)
    assert small.boxes == []
    assert small.all_done.isVisible() and not small.empty.isVisible()
    assert not small.another.isVisible()
    text = small.all_done.text()
    assert text == "Today's small things are already done. Resting now is enough."
    assert not any(ch.isdigit() for ch in text)
    for word in ("three", "all", "of", "still"):  # no tally, nothing about what is left
        assert word not in text.lower().split()


def test_one_small_thing_in_the_small_hours_is_the_persons_today(
    ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """At 00:30 on Sunday, the day starting at 4, Saturday's ticks still count as today's
    (as Today shows them), and a tick now is Saturday's."""
    _with_today(ctx, monkeypatch)
    ctx.settings.set("day.start_hour", 4)
    night = datetime(2026, 3, 15, 0, 30).astimezone()
    monkeypatch.setattr("footholds.core.days.now_local", lambda: night)
    water, meds = (
        ctx.store.add(RoutineItem(text=text, position=pos))
        for pos, text in enumerate(["Drink water", "Take meds"])
    )
    ctx.store.add(RoutineCheck(day="2026-03-14", item_id=water.id, at=night - timedelta(hours=2)))
    window = ToughDayWindow(ctx)
    qtbot.addWidget(window)
    window.present()
    qtbot.waitExposed(window)
    window.next_steps.choose("bare-minimum")
    small = present(window.bare_minimum)
    [box] = small.boxes
    assert box.accessibleName() == "Take meds"  # water was done this (Saturday) evening
    box.click()
    ticked = {c.item_id: c.day for c in ctx.store.all(RoutineCheck)}
    assert ticked == {water.id: "2026-03-14", meds.id: "2026-03-14"}


def test_bare_minimum_kind_line_when_none_picked(
    ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    _with_today(ctx, monkeypatch)
    window = ToughDayWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    window.next_steps.choose("bare-minimum")
    small = present(window.bare_minimum)
    assert small.boxes == []
    assert small.empty.isVisible()


def test_with_none_chosen_one_small_thing_offers_one_idea_to_do_or_not(
    ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    _with_today(ctx, monkeypatch)
    window = ToughDayWindow(ctx)
    qtbot.addWidget(window)
    window.present()
    qtbot.waitExposed(window)
    window.next_steps.choose("bare-minimum")
    small = present(window.bare_minimum)
    ideas = small.ideas()
    assert len(ideas) > 1
    # one concrete thing, not a pointer elsewhere; "another" swaps it for the next idea
    assert small.idea.isVisible() and small.idea.text() == ideas[0]
    assert small.did_idea.isVisible() and small.another.isVisible()
    small.another.click()
    assert small.idea.text() == ideas[1]
    more_at = window.more.mapTo(window, window.more.rect().topLeft())
    small.did_idea.click()
    assert small.said.text() == "Done. That counts, and it is enough for now."
    assert not small.did_idea.isVisible() and not small.another.isVisible()
    assert window.more.mapTo(window, window.more.rect().topLeft()) == more_at  # nothing moved
    assert ctx.store.all(RoutineCheck) == []  # an idea done is said, not written down
    window.close()
    window.present()  # a fresh opening starts again at the first idea
    window.next_steps.choose("bare-minimum")
    assert small.idea.text() == ideas[0] and small.did_idea.isVisible()


def test_people_empty_then_added_inline_then_copy(
    ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(ctx.windows, "available", lambda n: n in BY_NAME and n != "reach-out")
    window = _open(ctx, qtbot)
    window.next_steps.choose("person")
    people = window.people
    assert people.empty.isVisible() and people.add_someone.isVisible()
    people.add_someone.click()
    assert people.form.isVisible()
    qtbot.keyClicks(people.name, "Priya")
    qtbot.keyClicks(people.how, "texts are best")
    qtbot.keyClick(people.how, Qt.Key.Key_Return)
    [person] = ctx.store.all(Person)
    assert (person.name, person.how) == ("Priya", "texts are best")
    [row] = people.rows
    assert not people.empty.isVisible()
    row.copy.click()
    assert QGuiApplication.clipboard().text() == row.message.text()
    assert row.message.text()  # a ready message, even though none was written
    assert "Copied" in row.done.text()


def test_a_persons_own_message_comes_first(ctx: AppContext, qtbot: QtBot) -> None:
    ctx.store.add(Person(name="Sam", message="Sam, can you call me tonight?"))
    window = _open(ctx, qtbot)
    [row] = window.people.rows
    assert row.message.text() == "Sam, can you call me tonight?"
    row.other.click()
    assert row.message.text() != "Sam, can you call me tonight?"


def test_add_someone_opens_reach_out_when_it_exists(
    ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[tuple[str, dict[str, object]]] = []
    monkeypatch.setattr(ctx.windows, "available", lambda n: n in BY_NAME or n == "reach-out")
    monkeypatch.setattr(ctx.windows, "show", lambda n, **o: shown.append((n, o)))
    window = ToughDayWindow(ctx)
    qtbot.addWidget(window)
    window.people.add_someone.click()
    assert shown == [("reach-out", {"add": True})]  # its add form open (test_reach_out.py)
    assert not window.people.form.isVisible()


def test_grounding_one_step_at_a_time(ctx: AppContext, qtbot: QtBot) -> None:
    window = _open(ctx, qtbot)
    g = window.grounding
    doc = content.load_document("grounding")
    assert g.words.text() == doc["opening"]["text"]
    assert g.forward.text() == "Begin" and not g.back.isVisible()
    assert not g.where.isVisible()
    for number, step in enumerate(doc["steps"], start=1):
        g.forward.click()
        assert g.words.text() == step["prompt"]
        assert g.where.text() == f"Step {number} of 5"
    g.back.click()
    assert g.words.text() == doc["steps"][3]["prompt"]
    g.forward.click()
    g.forward.click()
    assert g.words.text() == doc["closing"]["text"]
    assert g.forward.text() == "Start again"
    assert not g.where.isVisible()
    g.forward.click()
    assert g.words.text() == doc["opening"]["text"]


def test_safety_plan_section(ctx: AppContext, qtbot: QtBot) -> None:
    window = _open(ctx, qtbot)
    assert window.plan.edit.text() == "Write my safety plan"
    ctx.store.add(SafetyPlan(sections={"sp-on-my-own": "Bath, then bed"}))
    assert "Bath, then bed" in window.plan.text()


def test_long_entries_wrap_and_the_window_stays_a_sensible_size(
    ctx: AppContext, qtbot: QtBot
) -> None:
    long = "Everything felt impossible and I still fed the cat. " * 40
    ctx.store.add(Proof(day=person_day(), text=long))
    ctx.store.add(Person(name="A very long name " * 5, message="Hi. " * 200))
    window = _open(ctx, qtbot)
    window.more.click()
    window.next_steps.choose("person")
    assert window.width() < 900
    assert window.proofs.words.wordWrap()
    assert window.proofs.words.property("type") == "title"  # the one size, however long
    viewport = window.scroller.viewport().width()
    assert present(window.scroller.widget()).width() <= viewport  # no sideways scrolling


def test_a_long_bare_minimum_item_wraps(
    ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    _with_today(ctx, monkeypatch)
    long = "Drink a glass of water, slowly, sitting somewhere comfortable " * 3
    ctx.store.add(RoutineItem(text=long.strip(), position=0))
    window = ToughDayWindow(ctx)
    qtbot.addWidget(window)
    window.resize(480, 600)
    window.present()
    qtbot.waitExposed(window)
    window.next_steps.choose("bare-minimum")
    settle(qtbot, window)
    body = present(window.scroller.widget())
    assert body.minimumSizeHint().width() <= window.scroller.viewport().width()
    assert body.width() <= window.scroller.viewport().width()
    assert not window.scroller.horizontalScrollBar().isVisible()
    [box] = present(window.bare_minimum).boxes
    words = present(present(window.bare_minimum).rows[0].findChild(QLabel))
    assert words.text() == long.strip() and words.wordWrap()
    qtbot.mouseClick(words, Qt.MouseButton.LeftButton)  # its words tick it, as a box's do
    assert box.isChecked()


def test_help_footer_stays_in_view_when_the_window_is_small(ctx: AppContext, qtbot: QtBot) -> None:
    ctx.settings.set("safety.region", "IE")
    window = _open(ctx, qtbot)
    window.more.click()
    window.resize(420, 200)  # smaller than the window lets itself be
    settle(qtbot, window)
    footer = window.footer
    assert footer.isVisible() and footer.property("helpband")
    bottom = footer.mapTo(window, footer.rect().bottomLeft()).y()
    assert bottom <= window.height()
    assert footer.height() >= footer.heightForWidth(footer.width())  # not squeezed
    assert present(window.crisis.where).text() == "Crisis lines for Ireland."  # the region named
    assert window.help_now.isVisible() and window.help_now.property("role") == "primary"
    assert window.scroller.verticalScrollBar().maximum() > 0  # the rest scrolls above it


def test_keyboard_focus_starts_on_the_first_choice_and_escape_closes(
    ctx: AppContext, qtbot: QtBot
) -> None:
    window = _open(ctx, qtbot)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    first = window.next_steps.choices["breath"]
    qtbot.waitUntil(first.hasFocus)
    qtbot.keyClick(first, Qt.Key.Key_Space)
    assert window.breath.isVisible() and window.next_steps.back.hasFocus()
    qtbot.keyClick(window.next_steps.back, Qt.Key.Key_Space)
    assert first.hasFocus()  # back where the person was
    window.more.click()
    qtbot.waitUntil(window.name_it.line.hasFocus)
    qtbot.keyClick(window.name_it.line, Qt.Key.Key_Tab)
    assert window.name_it.keep.hasFocus()
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert not window.isVisible()


def test_escape_goes_back_one_step_before_it_closes(
    ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With "One small thing" open, Esc closed the whole window: it goes back to the
    choices first, to the one chosen, and only then closes."""
    _with_today(ctx, monkeypatch)
    ctx.store.add(RoutineItem(text="Drink water", position=0))
    window = ToughDayWindow(ctx)
    qtbot.addWidget(window)
    window.present()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    for key in ("bare-minimum", "breath"):
        window.next_steps.choices[key].click()
        inside = present(window.bare_minimum).boxes[0] if key == "bare-minimum" else window.breath
        inside.setFocus()
        qtbot.keyClick(inside, Qt.Key.Key_Escape)
        assert window.isVisible() and window.next_steps.chosen is None
        assert window.next_steps.menu.isVisible()
        assert window.next_steps.choices[key].hasFocus()  # back where the person was
    qtbot.keyClick(window.next_steps.choices["breath"], Qt.Key.Key_Escape)
    assert not window.isVisible()


def test_the_sections_follow_a_live_language_change(
    ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Open, switch the app to Spanish while it is on screen: its own sections turn (not only
    the help footer), in place, and back to English; the step chosen and "more" stay."""
    _with_today(ctx, monkeypatch)
    ctx.store.add(RoutineItem(text="Drink water", position=0))
    ctx.store.add(Proof(text="I got through the move.", day="2025-06-10"))
    window = ToughDayWindow(ctx)
    qtbot.addWidget(window)
    window.present()
    qtbot.waitExposed(window)
    window.show_more(True)
    window.next_steps.choose("bare-minimum")
    steps = window.next_steps

    def words() -> list[str]:
        return [
            window.windowTitle(),
            window.header.title.text(),
            steps.question.text(),
            *(c.text() for c in steps.choices.values()),
            steps.title.text(),
            steps.back.text(),
            window.more.text(),
            *(heading.text() for heading, _ in window.sections),
            window.proofs.caption.text(),
            window.proofs.when.text(),
            present(window.bare_minimum).open.text(),
            window.name_it.keep.text(),
            window.grounding.forward.text(),
            window.movement.words.text(),  # the same movement, in the new language
        ]

    english = words()
    assert english[:3] == [
        "Tough day",
        "This is a hard day. You don't have to fix it.",
        "What might help a little right now?",
    ]
    assert "Tue 10 Jun 2025" in english
    try:
        ctx.settings.set("general.language", "es")
        assert i18n.apply(ctx) == "es"
        qtbot.waitUntil(lambda: steps.question.text() != english[2], timeout=3000)
        spanish = words()
        assert spanish[0] == "Día difícil"
        assert "Una cosa pequeña para hoy" in spanish
        assert "Mar 10 jun 2025" in spanish  # the proof's date too, from dates.py
        assert "Abrir Hoy" in spanish
        unchanged = [e for e, s in zip(english, spanish, strict=True) if e == s]
        assert unchanged == [], unchanged
        assert steps.chosen is not None and steps.chosen.key == "bare-minimum"
        assert window.more_box.isVisible()
    finally:
        ctx.settings.set("general.language", "en")
        i18n.remove(ctx.app)
    qtbot.waitUntil(lambda: words() == english, timeout=3000)


def test_the_proof_being_read_stays_through_a_language_change(
    ctx: AppContext, qtbot: QtBot
) -> None:
    for i in range(30):
        ctx.store.add(Proof(text=f"proof {i}", day="2025-06-10"))
    window = _open(ctx, qtbot)
    reading = present(window.proofs.shown).id
    try:
        ctx.settings.set("general.language", "es")
        assert i18n.apply(ctx) == "es"
        qtbot.waitUntil(lambda: window.proofs.another.text() == "Otra", timeout=3000)
        assert ctx.windows.get("tough-day") is window
        assert present(window.proofs.shown).id == reading
        assert window.proofs.words.text() == present(window.proofs.shown).text
    finally:
        ctx.settings.set("general.language", "en")
        i18n.remove(ctx.app)
    qtbot.waitUntil(lambda: window.proofs.another.text() == "Another", timeout=3000)
    assert present(window.proofs.shown).id == reading


def test_a_closed_window_is_worded_again_when_it_opens(ctx: AppContext, qtbot: QtBot) -> None:
    window = _open(ctx, qtbot)
    window.close()
    try:
        ctx.settings.set("general.language", "es")
        assert i18n.apply(ctx) == "es"
        qtbot.wait(50)
        window = _open(ctx, qtbot)
        assert window.next_steps.question.text() == "¿Qué podría ayudarte un poco ahora mismo?"
    finally:
        ctx.settings.set("general.language", "en")
        i18n.remove(ctx.app)


def _tab_stops(qtbot: QtBot, window: QWidget, count: int) -> list[QWidget]:
    """Where the focus lands on each of `count` presses of Tab."""
    stops: list[QWidget] = []
    for _ in range(count):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        focused = QApplication.focusWidget()
        assert focused is not None
        stops.append(focused)
    return stops


def test_tab_goes_down_the_window_as_it_is_seen_to_get_help_now(
    ctx: AppContext, qtbot: QtBot
) -> None:
    ctx.settings.set("safety.region", "")  # the footer shows the directory's link
    window = _open(ctx, qtbot)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    first = window.next_steps.choices["breath"]
    qtbot.waitUntil(first.hasFocus)
    stops = _tab_stops(qtbot, window, 9)
    crisis = window.crisis.labels[0]
    assert stops == [
        *list(window.next_steps.choices.values())[1:],
        window.more,
        window.crisis.change,
        crisis,  # straight at its link: no stop on the words alone
        window.help_now,
        window.proofs.write_first,  # round again, from the top: the proof first
        first,
    ]
    assert window.scroller not in stops  # no stop that shows nothing


def test_get_help_now_has_its_own_alt_key(ctx: AppContext, qtbot: QtBot) -> None:
    window = _open(ctx, qtbot)

    def keys() -> list[str]:
        shown = [b for b in window.findChildren(QPushButton) if "&" in b.text()]
        return sorted(b.text().split("&")[1][0].lower() for b in shown)

    assert window.help_now.text() == "&Get help now"
    assert keys() == ["g", "m"]  # Alt+G, and "More that can help" keeps Alt+M
    try:
        ctx.settings.set("general.language", "es")
        assert i18n.apply(ctx) == "es"
        qtbot.waitUntil(lambda: window.help_now.text() == "&Ayuda ahora", timeout=3000)
        qtbot.waitUntil(lambda: keys() == ["a", "m"], timeout=3000)  # no clash in Spanish
    finally:
        ctx.settings.set("general.language", "en")
        i18n.remove(ctx.app)


@pytest.mark.parametrize("width", [420, 620])
def test_the_thanks_for_naming_it_moves_nothing_below(
    ctx: AppContext, qtbot: QtBot, width: int
) -> None:
    window = _open(ctx, qtbot)
    window.resize(width, 760)
    window.more.click()
    settle(qtbot, window)
    below = window.sections[1][0]  # "Something to hold on to"
    page = present(window.scroller.widget())  # on the page: it may scroll to show the thanks whole
    before = below.mapTo(page, below.rect().topLeft()).y()
    for _ in range(5):  # whichever line of thanks it picks
        qtbot.keyClicks(window.name_it.line, "heavy")
        qtbot.keyClick(window.name_it.line, Qt.Key.Key_Return)
        settle(qtbot, window)
        assert window.name_it.said.text().startswith(("Thank", "Kept", "It is"))
        assert below.mapTo(page, below.rect().topLeft()).y() == before


def test_the_footer_invites_choosing_a_country_until_one_is_chosen(
    ctx: AppContext, qtbot: QtBot
) -> None:
    ctx.settings.set("safety.region", "")
    window = _open(ctx, qtbot)
    change = window.crisis.change
    assert change is not None and change.text() == "Choose your country"
    ctx.settings.set("safety.region", "ZZ")  # "not sure": the words beside it differ
    assert window.crisis.where is not None
    assert window.crisis.where.text() == "No country chosen yet."
    assert "choose your country" not in window.crisis.where.text().lower()  # said once
    ctx.settings.set("safety.region", "GB")
    assert change.text() == "Change country"


@pytest.mark.parametrize("region", ["GB", "ES"])
@pytest.mark.parametrize("width", [420, 620, 900])
def test_the_footers_lines_break_only_between_services(
    ctx: AppContext, qtbot: QtBot, region: str, width: int
) -> None:
    """Spain's footer ended a line with "024  ·": Qt broke the line at the space after the
    separator. The label sets the lines itself now, a separator only between two services
    on one line, each service whole."""
    from PySide6.QtGui import QFontMetricsF

    ctx.settings.set("safety.region", region)
    window = _open(ctx, qtbot)
    window.resize(width, 760)
    label = window.crisis.labels[0]
    qtbot.waitUntil(lambda: label.text().count("<br>") >= 1)
    settle(qtbot, window)  # laid out again at this width
    gap = "&nbsp;&nbsp;·&nbsp;&nbsp;"
    # after the emergency sentence and, quietly under it, the other numbers (GB's 112)
    lines = [x for x in label.text().split("<br>")[1:] if "Other emergency numbers" not in x]
    services = [service for line in lines for service in line.split(gap)]
    assert len(services) == len(window.crisis.region["lines"])
    metrics = QFontMetricsF(label.font())
    for line in lines:
        assert not line.startswith(("·", "&nbsp;")) and not line.endswith(("·", "&nbsp;"))
        shown = QTextDocumentFragment.fromHtml(line).toPlainText()
        if " " not in line.replace("<a href", "<a&nbsp;href"):
            # no plain space inside: Qt cannot break it again, and it fits the label's width
            assert metrics.horizontalAdvance(shown) <= label.contentsRect().width()
            continue
        # a service wider than the line, alone on it, wraps between its words (it widened
        # the window), its numbers whole
        assert gap not in line and metrics.horizontalAdvance(shown) > label.contentsRect().width()
        assert not re.search(r"\d |\s\d", line.replace("<a href", "<a&nbsp;href")), line
    assert window.minimumWidth() <= width  # the footer held no window open wider
    if region == "GB" and width >= 620:  # at 420 the footer's line is narrower than that
        assert "Breathing&nbsp;Space&nbsp;(Scotland)" in label.text()
        assert len(lines) < len(services)  # several on a line where they fit


BAND = 48  # the most room between "More that can help" and the help footer at opening


def _band(window: ToughDayWindow) -> int:
    more_foot = window.more.mapTo(window, window.more.rect().bottomLeft()).y()
    return window.footer.y() - more_foot


def test_tough_day_opens_without_an_empty_band_above_the_footer(
    ctx: AppContext, qtbot: QtBot
) -> None:
    """At a fixed 760 high about 240 empty pixels lay between "More that can help" and the
    help footer: the window opens as tall as its words."""
    window = _open(ctx, qtbot)
    QApplication.processEvents()
    assert 0 <= _band(window) <= BAND, _band(window)
    assert not window.scroller.verticalScrollBar().isVisible()  # and nothing cut off
    window.show_more(True)
    window.hide()
    window.present()  # opened again: folded, and as tall as that
    qtbot.waitExposed(window)
    QApplication.processEvents()
    assert 0 <= _band(window) <= BAND, _band(window)


@pytest.mark.parametrize(("language", "region"), [("es", "AR"), ("en", "CA")])
def test_tough_day_opens_whole_with_a_footer_line_that_wraps(
    ctx: AppContext, qtbot: QtBot, language: str, region: str
) -> None:
    """Sized to its words before its footer had its width, the window counted the footer's
    wrapped line as one line too few, and opened with its page scrolling."""
    ctx.settings.set("general.language", language)
    ctx.settings.set("safety.region", region)
    window = _open(ctx, qtbot)
    settle(qtbot, window)
    assert window.width() == 620
    assert not window.scroller.verticalScrollBar().isVisible()
    assert 0 <= _band(window) <= BAND, _band(window)


def test_tough_day_keeps_its_size_as_more_opens(ctx: AppContext, qtbot: QtBot) -> None:
    """The window grew down to the screen's foot for "more": it keeps its size, and its page
    scrolls instead, the first of "more" scrolled into view with the keyboard in it, nothing
    above "more" moved. (A step chosen grows it just enough to fit: test_tough_day_fit.py.)"""
    ctx.store.add(Person(name="Sam", how="a text message"))
    window = _open(ctx, qtbot)
    QApplication.processEvents()
    before = window.size()
    window.next_steps.choose("person")
    settle(qtbot, window)
    opened = window.size()
    where = window.more.mapToGlobal(window.more.rect().topLeft())
    qtbot.mouseClick(window.more, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    assert window.size() == opened
    line = window.name_it.line
    assert line.hasFocus()
    view = window.scroller.viewport()
    top = line.mapTo(view, line.rect().topLeft()).y()
    assert window.scroller.verticalScrollBar().value() > 0  # the page scrolled, not the window
    assert top >= 0 and top + line.height() <= view.height()  # in view, where typing goes
    qtbot.mouseClick(window.more, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    assert window.size() == opened
    window.scroller.verticalScrollBar().setValue(0)
    assert window.more.mapToGlobal(window.more.rect().topLeft()) == where
    window.next_steps.show_choices()  # the height grown for the step given back
    settle(qtbot, window)
    assert window.size() == before


def test_the_choices_keep_their_width_when_the_page_starts_to_scroll(
    ctx: AppContext, qtbot: QtBot
) -> None:
    """The scroll bar came only once the page scrolled, and took its width from the page:
    each choice narrowed by about 12 px as "more" opened. Its room is kept from the start."""
    window = _open(ctx, qtbot)
    QApplication.processEvents()
    bar = window.scroller.verticalScrollBar()
    choice = next(iter(window.next_steps.choices.values()))
    assert not bar.isVisible()
    folded = choice.width()
    window.more.click()
    qtbot.waitUntil(bar.isVisible)
    QApplication.processEvents()
    assert choice.width() == folded
    window.more.click()
    qtbot.waitUntil(lambda: not bar.isVisible())
    QApplication.processEvents()
    assert choice.width() == folded


def test_a_new_day_start_hour_relabels_the_proof_shown(
    ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """At 00:58 on Sunday the day starting at 4 am makes Saturday's proof "Today"; set to
    midnight in Settings, it is "Yesterday" in the open window, as in the proof list, and
    the same proof stays on screen."""
    monkeypatch.setattr(
        "footholds.core.days.now_local", lambda: datetime(2026, 12, 6, 0, 58).astimezone()
    )
    ctx.settings.set("day.start_hour", 4)
    ctx.store.add(Proof(text="Got through the night", day="2026-12-05"))
    ctx.store.add(Proof(text="Rang my sister", day="2026-11-20"))
    window = _open(ctx, qtbot)
    hero = window.proofs
    while present(hero.shown).text != "Got through the night":
        hero.another.click()
    assert hero.when.text() == "Today"
    ctx.settings.set("day.start_hour", 0)
    qtbot.waitUntil(lambda: hero.when.text() == "Yesterday")
    assert hero.words.text() == "Got through the night"


@pytest.mark.parametrize("width", [420, 620])
@pytest.mark.parametrize("number", [errno.ENOSPC, errno.EROFS])
def test_a_save_held_in_memory_is_said_where_the_thanks_go_and_moves_nothing_below(
    ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, width: int, number: int
) -> None:
    """The disk refused the words: "Thank you for naming it." and where they are for now,
    longer than any thanks, in the room kept for it. Before: no room was kept for it, and
    the headings below jumped down a line as it appeared."""
    monkeypatch.setattr(ctx.prompter, "warn", lambda _p, _text: None)
    window = _open(ctx, qtbot)
    window.resize(width, 760)
    window.more.click()
    settle(qtbot, window)
    below = window.sections[1][0]  # "Something to hold on to"
    page = present(window.scroller.widget())  # on the page: it may scroll to show the words
    before = below.mapTo(page, below.rect().topLeft()).y()
    with monkeypatch.context() as failing:  # undone before the store closes
        failing.setattr(atomic, "os", FailingWrite(number))
        qtbot.keyClicks(window.name_it.line, "heavy")
        qtbot.keyClick(window.name_it.line, Qt.Key.Key_Return)
    settle(qtbot, window)
    said = window.name_it.said.text()
    assert said.startswith("Thank you for naming it.") and "writing works again" in said
    assert below.mapTo(page, below.rect().topLeft()).y() == before


def test_a_movement_done_is_thanked_without_moving_anything_below(
    ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Before: a thanks that wrapped to a second line made the row taller, and "More that
    can help" below it jumped down."""
    window = _open(ctx, qtbot)
    window.resize(420, 760)
    window.next_steps.choose("movement")
    settle(qtbot, window)
    before = window.more.mapTo(window, window.more.rect().topLeft()).y()
    movement = window.movement
    for line in content.load_document("acknowledgements")["done_movement"]:
        monkeypatch.setattr(movement.rng, "choice", lambda _lines, line=line: line)
        movement.said.setText("")  # the same movement, done again: each thanks in turn
        movement.done.setEnabled(True)
        movement.done.click()
        settle(qtbot, window)
        assert movement.said.text() == line
        assert window.more.mapTo(window, window.more.rect().topLeft()).y() == before, line


def test_thanks_under_a_field_sit_under_it_and_beside_buttons_level_with_them(
    ctx: AppContext, qtbot: QtBot
) -> None:
    """A status line starts at the top of its kept room, just under what it answers; the
    movement's thanks, beside its buttons in a row, stays level with them."""
    window = _open(ctx, qtbot)
    under = window.name_it.said.alignment()
    beside = window.movement.said.alignment()
    assert under & Qt.AlignmentFlag.AlignTop
    assert beside & Qt.AlignmentFlag.AlignVCenter and not beside & Qt.AlignmentFlag.AlignTop
