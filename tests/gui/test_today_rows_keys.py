"""Today's rows from the keyboard alone. Rows repeat (the three, goal cards, finished goals,
plans), so one Alt letter cannot sit on every row: Tab reaches each row's buttons, in the
order the page reads, and Space or Enter presses them; an Alt letter sits only where it is
unique, on the first of today's plans ("I did it") and the latest finished goal's "Save to my
proof list", clear of every other letter in the window, in English and in Spanish."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from datetime import timedelta
from typing import cast

import pytest
from alt_letter_support import alt_letters
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from pytestqt.qtbot import QtBot

from footholds.app.build import AppContext
from footholds.core.store import ActivityPlan, Goal, Proof, RoutineItem
from footholds.core.store.models import now_local
from footholds.ui.common import i18n
from footholds.ui.common.alt_letters import letter
from footholds.ui.today.today import TodayWindow
from support import person_day, present

ALT = Qt.KeyboardModifier.AltModifier


def finished(title: str, days_ago: int) -> Goal:
    when = now_local() - timedelta(days=days_ago)
    step = {"text": "the one step", "done_at": when.isoformat()}
    return Goal(title=title, steps=[step], done_at=when)


@pytest.fixture
def today(ctx: AppContext, qtbot: QtBot) -> TodayWindow:
    for at, words in enumerate(("Drink water", "Open a window")):
        ctx.store.add(RoutineItem(text=words, position=at))
    ctx.store.add(Goal(title="Answer one email", steps=[{"text": "Open it"}]))
    ctx.store.add(Goal(title="Tidy the desk", steps=[{"text": "One cup"}]))
    ctx.store.add(finished("Call the bank", 1))
    ctx.store.add(finished("Post the letter", 2))
    for words in ("A short walk", "Some music"):
        ctx.store.add(ActivityPlan(text=words, day=person_day()))
    window = cast(TodayWindow, ctx.windows.show("today"))
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return window


@pytest.fixture(params=["en", "es"])
def language(request: pytest.FixtureRequest, ctx: AppContext) -> Iterator[str]:
    code = cast(str, request.param)
    ctx.settings.set("general.language", code)
    i18n.apply(ctx)
    yield code
    ctx.settings.set("general.language", "en")
    i18n.apply(ctx)
    i18n.remove(ctx.app)


def row_controls(window: TodayWindow) -> list[QWidget]:
    """Every row's own controls that show: the three's ticks, each goal card's menu and Add
    step, each finished goal's Save and Remove, each plan's I did it."""
    found: list[QWidget] = [row.check for row in window.routine.rows.values()]
    for card in window.goals.cards.values():
        found += [card.menu_button, card.add_step]
    for row in window.goals.rows.values():
        found += [row.save, row.remove]
    found += window.activities.buttons
    return [w for w in found if w.isVisibleTo(window)]


def tab_chain(qtbot: QtBot, window: QWidget) -> list[QWidget]:
    """The stops Tab goes through once round the window, from its first."""
    start = present(QApplication.focusWidget())
    stops = [start]
    for _ in range(200):
        qtbot.keyClick(present(QApplication.focusWidget()), Qt.Key.Key_Tab)
        here = present(QApplication.focusWidget())
        if here is start:
            return stops
        stops.append(here)
    raise AssertionError("Tab never came round again")


def test_tab_reaches_every_rows_buttons_in_reading_order(today: TodayWindow, qtbot: QtBot) -> None:
    controls = row_controls(today)
    assert len(controls) == 2 + 2 * 2 + 2 * 2 + 2
    chain = tab_chain(qtbot, today)
    missing = [w.accessibleName() or type(w).__name__ for w in controls if w not in chain]
    assert missing == []
    # down the page: each row's controls come in the order the rows show
    tops = [w.mapTo(today, w.rect().topLeft()).y() for w in chain if w in controls]
    assert tops == sorted(tops)


def test_space_and_enter_press_a_rows_buttons(
    ctx: AppContext, today: TodayWindow, qtbot: QtBot
) -> None:
    first = next(iter(today.routine.rows.values())).check
    first.setFocus()
    qtbot.keyClick(first, Qt.Key.Key_Space)
    assert first.isChecked()
    latest = today.goals.rows[next(g.id for g in ctx.store.all(Goal) if g.title == "Call the bank")]
    latest.save.setFocus()
    qtbot.keyClick(latest.save, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: any(p.source == "goal" for p in ctx.store.all(Proof)))
    did = today.activities.buttons[1]
    did.setFocus()
    qtbot.keyClick(did, Qt.Key.Key_Space)
    dialog = present(today.activities.findChild(QDialog))
    qtbot.waitUntil(dialog.isVisible)
    dialog.reject()


def test_an_alt_letter_only_where_it_is_unique(
    ctx: AppContext, language: str, today: TodayWindow, qtbot: QtBot
) -> None:
    did = today.activities.buttons
    assert letter(did[0].text()) and not letter(did[1].text())
    saves = [today.goals.rows[g.id].save for g in ctx.store.all(Goal) if g.done_at]
    saves.sort(key=lambda b: b.mapTo(today, b.rect().topLeft()).y())
    assert letter(saves[0].text()) and not letter(saves[1].text())
    for button in (did[0], saves[0]):
        assert "&" not in button.accessibleName()
    today.routine.change.click()  # Remove on each of the three: no letter, and Done's letter
    shown = alt_letters(today, today)
    assert [key for key, n in Counter(shown).items() if n > 1] == []
    # Alt and the first plan's letter asks how it was
    today.routine.change.click()
    today.goals.new_goal.setFocus()
    key = letter(did[0].text())
    qtbot.keyClick(today.goals.new_goal, getattr(Qt.Key, f"Key_{key.upper()}"), ALT)
    qtbot.waitUntil(lambda: today.activities.findChild(QDialog) is not None)
    present(today.activities.findChild(QDialog)).reject()
    assert today.goals.new_goal.text() == ""
