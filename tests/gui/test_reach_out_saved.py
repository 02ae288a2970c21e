"""Reach out after Save in the add-person form: the form folded away and the page was left
scrolled where it had been, its title out of view and the line under it cut by the top
edge. The page now shows the person saved, its head whole (at the top when all fits); and
while the form is open, its Save is the one accent button in view."""

from __future__ import annotations

from typing import cast

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot
from settling import settle

from footholds.app.build import AppContext
from footholds.core.store import Person
from footholds.ui.common.components import WindowHeader
from footholds.ui.common.scrolling import SETTLE_MS, page_area
from footholds.ui.people.reach_out import ReachOutWindow


@pytest.fixture
def reach(ctx: AppContext, qtbot: QtBot) -> ReachOutWindow:
    window = cast(ReachOutWindow, ctx.windows.get("reach-out"))
    window.resize(580, 520)  # short enough that the open form scrolls the page
    window.show()
    qtbot.waitExposed(window)
    return window


def add_with_the_form(qtbot: QtBot, window: ReachOutWindow, name: str) -> Person:
    qtbot.mouseClick(window.add_person, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    qtbot.keyClicks(window.form.name, name)
    qtbot.mouseClick(window.form.save, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    # the page follows the card shown for a moment (bring_into_view); a person's next
    # Add someone comes later than that
    qtbot.wait(SETTLE_MS + 100)
    return next(p for p in window.ctx.store.all(Person) if p.name == name)


def span(window: ReachOutWindow, widget: QWidget) -> tuple[int, int]:
    """Where `widget` is, top and bottom, in the page's view."""
    viewport = page_area(window).viewport()
    top = widget.mapTo(viewport, QPoint(0, 0)).y()
    return top, top + widget.height()


def in_view(window: ReachOutWindow, widget: QWidget) -> bool:
    top, bottom = span(window, widget)
    return top >= 0 and bottom <= page_area(window).viewport().height()


def head_whole_or_away(window: ReachOutWindow) -> bool:
    """The title and the line under it: all in view, or all scrolled past; never cut."""
    head = window.findChild(WindowHeader)
    assert head is not None
    top, bottom = span(window, head)
    return top >= 0 or bottom <= 0


@pytest.mark.parametrize("already", [0, 1])
def test_after_saving_a_short_list_the_page_is_at_its_top(
    ctx: AppContext, reach: ReachOutWindow, qtbot: QtBot, already: int
) -> None:
    for n in range(already):
        ctx.store.add(Person(name=f"Friend {n}"))
    reach.refresh()
    settle(qtbot, reach)
    person = add_with_the_form(qtbot, reach, "Sam")
    assert page_area(reach).verticalScrollBar().value() == 0
    assert in_view(reach, reach.people.cards[person.id])


def test_after_saving_into_a_long_list_the_person_shows_and_the_head_is_not_cut(
    ctx: AppContext, reach: ReachOutWindow, qtbot: QtBot
) -> None:
    for n in range(6):
        ctx.store.add(Person(name=f"Friend {n}", how="a text", note="knows"))
    reach.refresh()
    settle(qtbot, reach)
    for name in ("Zoe", "Friend 3b", "Aaron"):  # at the end, in the middle, first
        person = add_with_the_form(qtbot, reach, name)
        assert in_view(reach, reach.people.cards[person.id]), name
        assert head_whole_or_away(reach), name


def test_while_the_form_is_open_save_is_the_one_primary_button(
    reach: ReachOutWindow, qtbot: QtBot
) -> None:
    def primaries() -> list[QWidget]:
        found = reach.findChildren(QWidget)
        return [w for w in found if w.property("role") == "primary" and w.isVisibleTo(reach)]

    assert primaries() == [reach.reached]
    qtbot.mouseClick(reach.add_person, Qt.MouseButton.LeftButton)
    assert primaries() == [reach.form.save]
    width = reach.reached.width()
    qtbot.mouseClick(reach.form.cancel, Qt.MouseButton.LeftButton)
    assert primaries() == [reach.reached]
    assert reach.reached.width() == width  # wearing either role, it keeps its size
    qtbot.mouseClick(reach.add_person, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(reach.form.name, "Sam")
    qtbot.mouseClick(reach.form.save, Qt.MouseButton.LeftButton)
    assert primaries() == [reach.reached]
