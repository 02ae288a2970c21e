"""Reach out: a person kept with a long note and a long message shows each cut to a few lines
with "…", so one card no longer fills the window; Show all shows them whole, and Copy always
copies the whole message."""

from __future__ import annotations

from typing import cast

from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from footholds.app.build import AppContext
from footholds.core.store import Person
from footholds.ui.people.people import PersonCard
from footholds.ui.people.reach_out import ReachOutWindow

NOTE = ("Knows about the bad weeks and never asks why. " * 44)[:2000]
MESSAGE = "Hey, could we talk for a bit this week? No need to fix anything. " * 15


def _card(ctx: AppContext, qtbot: QtBot, person: Person) -> tuple[ReachOutWindow, PersonCard]:
    ctx.store.add(person)
    window = cast(ReachOutWindow, ctx.windows.show("reach-out"))
    qtbot.waitExposed(window)
    card = window.people.cards[person.id]
    qtbot.waitUntil(lambda: card.note.width() > 100)
    return window, card


def test_a_long_note_and_message_are_cut_and_shown_whole_on_asking(
    ctx: AppContext, qtbot: QtBot
) -> None:
    window, card = _card(ctx, qtbot, Person(name="Sam", note=NOTE, message=MESSAGE))
    line = card.note.fontMetrics().lineSpacing()
    qtbot.waitUntil(lambda: card.whole.isVisible())
    assert card.note.height() <= 4 * line + 8 and card.message.height() <= 5 * line + 8
    assert card.height() < window.height() // 2  # room left for everything below it
    for label in (card.note, card.message):
        assert label.is_cut() and label.toolTip()  # the whole of it in the tooltip
    card.copy.click()
    assert QGuiApplication.clipboard().text() == MESSAGE  # copied whole
    card.whole.click()
    qtbot.waitUntil(lambda: not card.note.is_cut() and not card.message.is_cut())
    qtbot.waitUntil(lambda: card.note.height() > 6 * line)
    assert card.whole.isVisible() and card.whole.isChecked()  # to fold them again
    card.whole.click()
    qtbot.waitUntil(lambda: card.note.is_cut())


def test_short_words_need_no_show_all(ctx: AppContext, qtbot: QtBot) -> None:
    _window, card = _card(ctx, qtbot, Person(name="Alex", note="Evenings", message="Call?"))
    assert not card.whole.isVisible()
    assert not card.note.is_cut() and not card.message.is_cut()
