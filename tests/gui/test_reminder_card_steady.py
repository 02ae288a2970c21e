"""The reminder card answered: Done, Later or Not now put a short line in the room the
buttons had, and nothing moves. The card shrank by 60 to 86 px at once and its title moved
up about 4 px (the "⋯" beside it went), where a tired pointer had just been."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot
from reminder_support import Kind, Rig

from footholds.app.build import AppContext
from footholds.ui.reminders.reminder_card import ReminderCard


@pytest.fixture
def rig(ctx: AppContext, qtbot: QtBot) -> Iterator[Rig]:
    made = Rig(ctx)
    made.driver.start()
    yield made
    made.close()


def at(card: ReminderCard, widget_name: str) -> QPoint:
    widget: QWidget = getattr(card, widget_name)
    return widget.mapTo(card, QPoint(0, 0))


@pytest.mark.parametrize("kind", [Kind.MOVEMENT, Kind.REST])
@pytest.mark.parametrize("answer", ["done_button", "later_button", "skip_button"])
def test_an_answer_moves_nothing_on_the_card(
    rig: Rig, qtbot: QtBot, kind: Kind, answer: str
) -> None:
    rig.driver.remind_now(kind)
    card = rig.card
    qtbot.waitExposed(card)
    place, title, words = card.geometry(), at(card, "title"), at(card, "text")
    answers = card.buttons.geometry()
    qtbot.mouseClick(getattr(card, answer), Qt.MouseButton.LeftButton)
    assert not card.buttons.isVisibleTo(card) and card.ack.isVisibleTo(card)
    assert card.geometry() == place
    assert (at(card, "title"), at(card, "text")) == (title, words)
    # the answer's line in the room the buttons had, at the card's foot
    line, layout = card.ack.geometry(), card.layout()
    assert layout is not None
    assert line.top() >= answers.top() - layout.spacing() - 4
    assert line.bottom() <= answers.bottom()


def test_a_long_answer_line_grows_the_card_and_moves_its_title_nothing(
    rig: Rig, qtbot: QtBot
) -> None:
    """Words longer than the buttons' room (a win held for now) grow the card away from the
    tray, its edge nearest the tray kept; its title stays where it is on the card."""
    rig.driver.remind_now(Kind.REST)
    card = rig.card
    qtbot.waitExposed(card)
    place, title = card.geometry(), at(card, "title")
    card.acknowledge(" ".join(["Done. Your small win is noted, and kept for now."] * 10))
    grown = card.geometry()
    assert grown.height() > place.height()
    assert grown.top() == place.top() or grown.bottom() == place.bottom()  # the tray's edge
    assert at(card, "title") == title
