"""A keyboard tour of Today's goals: Add step looked and keyed unlike "+ Add goal" beside
it, the goal's ⋯ menu underlined no letter, and a goal brought back by Undo sat mostly below
the fold, its title at the window's foot."""

from __future__ import annotations

from collections.abc import Iterator
from typing import cast

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractButton, QApplication
from pytestqt.qtbot import QtBot
from settling import settle

from footholds.app.build import AppContext
from footholds.core import goals as g
from footholds.core.store import Goal, RoutineItem
from footholds.ui.common import i18n
from footholds.ui.common.alt_letters import letter
from footholds.ui.common.scrolling import SETTLE_MS, page_area
from footholds.ui.today.today import TodayWindow


@pytest.fixture(params=["en", "es"])
def language(request: pytest.FixtureRequest, ctx: AppContext) -> Iterator[str]:
    code = cast(str, request.param)
    ctx.settings.set("general.language", code)
    i18n.apply(ctx)
    yield code
    ctx.settings.set("general.language", "en")
    i18n.apply(ctx)
    i18n.remove(ctx.app)


def add_goal(ctx: AppContext, title: str, *steps: str) -> Goal:
    goal = Goal(title=title)
    for text in steps:
        goal = g.add_step(goal, text)
    return ctx.store.add(goal)


def steps(ctx: AppContext, goal: Goal) -> list[dict[str, object]]:
    stored = ctx.store.get(Goal, goal.id)
    return list(stored.steps) if stored is not None else []


def shown_letters(window: TodayWindow) -> list[str]:
    found = [b for b in window.findChildren(QAbstractButton) if b.isVisibleTo(window)]
    return [letter(b.text()) for b in found if letter(b.text())]


def test_add_step_wears_the_plus_and_an_alt_letter_only_where_none_clashes(
    ctx: AppContext, qtbot: QtBot, language: str
) -> None:
    ctx.store.add(RoutineItem(text="Drink water", position=0))
    first = add_goal(ctx, "Answer one email", "Open it")
    today = cast(TodayWindow, ctx.windows.show("today"))
    qtbot.waitUntil(today.isVisible)
    card = today.goals.cards[first.id]
    assert not card.add_step.icon().isNull()  # the "+" of "+ Add goal" and "+ Add"
    # alone on Today: its own letter, free of every other there, and Alt with it adds
    key = letter(card.add_step.text())
    assert key, card.add_step.text()
    letters = shown_letters(today)
    assert len(letters) == len(set(letters)), letters
    card.new_step.setFocus()
    qtbot.keyClicks(card.new_step, "Write two lines")
    today.activateWindow()
    qtbot.waitUntil(card.new_step.hasFocus)
    alt_key = getattr(Qt.Key, f"Key_{key.upper()}")
    qtbot.keyClick(card.new_step, alt_key, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: len(steps(ctx, first)) == 2)
    # with a second card the same letter would only pass the keyboard between the two
    second = add_goal(ctx, "Tidy the desk", "Clear one corner")
    today.refresh()
    both = [today.goals.cards[first.id].add_step, today.goals.cards[second.id].add_step]
    assert [letter(b.text()) for b in both] == ["", ""]
    assert all(not b.icon().isNull() for b in both)
    # one again: its letter comes back
    ctx.store.remove(second)
    today.refresh()
    assert letter(today.goals.cards[first.id].add_step.text()) == key


def test_the_goal_menu_underlines_a_letter_on_every_line(
    ctx: AppContext, qtbot: QtBot, language: str
) -> None:
    goal = add_goal(ctx, "Cook", "a", "b")
    today = cast(TodayWindow, ctx.windows.show("today"))
    qtbot.waitUntil(today.isVisible)
    menu = today.goals.cards[goal.id].menu
    lines = [a.text().split("\t")[0] for a in menu.actions() if not a.isSeparator()]
    letters = [letter(text) for text in lines]
    assert len(lines) == 7 and all(letters), lines
    assert len(set(letters)) == len(letters), lines
    assert all(key.isascii() for key in letters)  # a key on every keyboard ("Añadir": no "ñ")


def test_a_goal_brought_back_by_undo_shows_whole(ctx: AppContext, qtbot: QtBot) -> None:
    ctx.prompter.confirm = lambda *_args: True  # type: ignore[method-assign]
    ctx.store.add(RoutineItem(text="Drink water", position=0))
    for n in range(5):
        add_goal(ctx, f"Goal {n}", "One step", "Another step", "A third step")
    today = cast(TodayWindow, ctx.windows.show("today"))
    qtbot.waitUntil(today.isActiveWindow)
    today.resize(today.width(), 560)
    settle(qtbot, today)
    area = page_area(today)
    card = list(today.goals.cards.values())[-1]  # the lowest card on the page
    goal_id = card.goal.id
    area.verticalScrollBar().setValue(area.verticalScrollBar().maximum())
    settle(qtbot, today)
    card.menu_button.setFocus()
    card.remove_goal.trigger()
    assert goal_id not in today.goals.cards
    area.verticalScrollBar().setValue(0)  # the person read on, up the page, meanwhile
    settle(qtbot, today)
    focus = QApplication.focusWidget()
    assert focus is not None
    qtbot.keyClick(focus, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    back = today.goals.cards[goal_id]
    qtbot.wait(SETTLE_MS)
    settle(qtbot, today)
    view = area.viewport()
    top = back.mapTo(view, QPoint(0, 0)).y()
    assert back.height() <= view.height()  # it can show whole here
    assert top >= 0 and top + back.height() <= view.height(), (top, back.height(), view.height())
    assert today.focusWidget() is back.title
