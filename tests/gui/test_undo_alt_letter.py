"""The Undo strip's button underlines an Alt letter chosen as it shows, from the letters of
"Undo" ("Deshacer") that nothing else in its window takes: no one letter is free in every
window, in every language. Alt+that letter puts back what was removed, from anywhere in the
window; with every letter taken, it underlines none (Ctrl+Z still undoes)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import cast

import pytest
from alt_letter_support import alt_letters
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QPushButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from footholds.app.build import AppContext
from footholds.core.store import Goal, OwnLine, Person, Proof, RoutineItem
from footholds.ui.common import i18n
from footholds.ui.common.alt_letters import free_letter, letter, marked
from footholds.ui.common.undo import UndoBar
from support import person_day

ALT = Qt.KeyboardModifier.AltModifier
# every window with an Undo strip of its own (grep UndoBar); Settings' pages share its one
WINDOWS = [
    "today",
    "proof-list",
    "affirmation",
    "thought-log",
    "journal",
    "reach-out",
    "medication",
    "help-now",
    "settings",
]


def seed(ctx: AppContext) -> None:
    """Something in each window, so its rows and their buttons show too."""
    ctx.store.add(Proof(day=person_day(), text="Walked round the block"))
    ctx.store.add(Person(name="Alex", message="Rough day, can we talk?"))
    ctx.store.add(OwnLine(name="Dr Lee", number="0123 456"))
    ctx.store.add(Goal(title="Answer one email", steps=[{"text": "Open it"}]))
    ctx.store.add(RoutineItem(text="Drink water", position=0))


def strip_of(window: QWidget) -> UndoBar:
    """The window's own strip (Get help now's is its own numbers')."""
    own = getattr(window, "undo_bar", None) or getattr(window, "undo", None)
    if isinstance(own, UndoBar):
        return own
    (only,) = window.findChildren(UndoBar)
    return only


@pytest.fixture(params=["en", "es"])
def language(request: pytest.FixtureRequest, ctx: AppContext) -> Iterator[str]:
    code = cast(str, request.param)
    ctx.settings.set("general.language", code)
    i18n.apply(ctx)
    yield code
    ctx.settings.set("general.language", "en")
    i18n.apply(ctx)
    i18n.remove(ctx.app)


@pytest.mark.parametrize("name", WINDOWS)
def test_alt_and_the_undo_letter_puts_it_back_and_clashes_with_nothing(
    ctx: AppContext, qtbot: QtBot, language: str, name: str
) -> None:
    seed(ctx)
    window = ctx.windows.show(name)
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    bar = strip_of(window)
    assert letter(bar.button.text()) == ""  # no letter held while nothing is offered
    undone: list[bool] = []
    bar.offer("Removed.", lambda: undone.append(True) or None)
    key = letter(bar.button.text())
    word = "deshacer" if language == "es" else "undo"
    assert key and key in word, bar.button.text()
    assert bar.button.text().replace("&", "").lower() == word
    assert key not in alt_letters(window, bar.button), (key, alt_letters(window, bar.button))
    assert "&" not in bar.button.accessibleName()
    # from somewhere else in the window: the keyboard is moved off Undo first
    elsewhere = next(
        b
        for b in window.findChildren(QPushButton)
        if b.isVisible() and b.isEnabled() and not bar.isAncestorOf(b)
    )
    elsewhere.setFocus()
    qtbot.waitUntil(elsewhere.hasFocus)
    qtbot.keyClick(elsewhere, getattr(Qt.Key, f"Key_{key.upper()}"), ALT)
    qtbot.waitUntil(lambda: bool(undone))  # a mnemonic clicks as animateClick()
    assert not bar.pending()
    assert letter(bar.button.text()) == ""  # its letter let go with the offer


def test_a_letter_taken_everywhere_leaves_undo_unmarked(qtbot: QtBot) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    button = QPushButton(window)
    for mark in ("&Up", "&New", "&Do", "&Open"):
        QPushButton(mark, window)
    free_letter(button, "Undo")
    assert button.text() == "Undo"
    assert marked("Undo", {"u"}) == "U&ndo"
    assert marked("Salt & pepper", {"s"}) == "S&alt && pepper"
    assert letter("Salt && &pepper") == "p" and letter("Tom & Jerry") == ""
