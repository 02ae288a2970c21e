"""Tough day grows to fit a step chosen, within the screen; the small thing starts over."""

from __future__ import annotations

from typing import cast

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from settling import settle

from footholds.app.build import AppContext
from footholds.core.store import Person, RoutineItem
from footholds.platform import phone_links
from footholds.ui.shell.registry import BY_NAME
from footholds.ui.tough_day.tough_day import ToughDayWindow
from support import present

STEPS = ["breath", "movement", "bare-minimum", "person"]


@pytest.fixture(autouse=True)
def no_phone(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(phone_links, "can_open", lambda scheme: False)


def _with_today(ctx: AppContext, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ctx.windows, "available", lambda n: n in BY_NAME or n == "today")
    real_show = ctx.windows.show
    monkeypatch.setattr(
        ctx.windows, "show", lambda n, **o: None if n == "today" else real_show(n, **o)
    )


def _small_things(ctx: AppContext) -> list[RoutineItem]:
    return [
        ctx.store.add(RoutineItem(text=text, position=pos))
        for pos, text in enumerate(["Drink a glass of water", "Open the curtains"])
    ]


def _open(ctx: AppContext, qtbot: QtBot) -> ToughDayWindow:
    window = cast(ToughDayWindow, ctx.windows.show("tough-day"))
    qtbot.waitExposed(window)
    settle(qtbot, window)
    return window


def _step_seen_from_its_top(window: ToughDayWindow) -> bool:
    """The chosen step's card shows from its top: whole, or from its top down."""
    card, view = window.next_steps.card, window.scroller.viewport()
    top = card.mapTo(view, QPoint(0, 0)).y()
    return top == 0 or (top > 0 and top + card.height() <= view.height())


@pytest.mark.parametrize("key", STEPS)
def test_a_step_chosen_grows_the_window_to_fit_it_without_a_scroll_bar(
    ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, key: str
) -> None:
    """Opened as tall as its words, a step chosen made the page 10 to 20 px taller than the
    window: a scroll bar, and "More that can help" partly hidden, with screen free below."""
    _with_today(ctx, monkeypatch)
    _small_things(ctx)
    ctx.store.add(Person(name="Sam", how="a text message"))
    window = _open(ctx, qtbot)
    opened = window.geometry()
    bar = window.scroller.verticalScrollBar()
    assert not bar.isVisible()
    window.next_steps.choices[key].click()
    settle(qtbot, window)
    assert not bar.isVisible(), (key, bar.maximum())
    assert window.more.visibleRegion().boundingRect().size() == window.more.size()  # whole
    grown = window.geometry()
    assert grown.width() == opened.width() and grown.height() >= opened.height()
    assert grown.topLeft() == opened.topLeft()  # nothing under the pointer moved
    window.next_steps.back.click()  # back to the choices: the height it had before
    settle(qtbot, window)
    assert window.geometry() == opened


@pytest.mark.parametrize("close", ["back", "esc"])
def test_the_height_grown_for_a_step_is_given_back_as_it_closes(
    ctx: AppContext, qtbot: QtBot, close: str
) -> None:
    """Grown 14 to 20 px for a breath or a movement, the window stayed so after Esc: an
    empty band under "More that can help"."""
    window = _open(ctx, qtbot)
    opened = window.geometry()
    for key in ("breath", "movement"):
        window.next_steps.choices[key].click()
        settle(qtbot, window)
        if close == "esc":
            qtbot.keyClick(window, Qt.Key.Key_Escape)
        else:
            window.next_steps.back.click()
        settle(qtbot, window)
        assert window.next_steps.chosen is None and window.isVisible()
        assert window.geometry() == opened, key


def test_a_height_the_person_chose_meanwhile_is_kept(ctx: AppContext, qtbot: QtBot) -> None:
    window = _open(ctx, qtbot)
    window.next_steps.choices["breath"].click()
    settle(qtbot, window)
    window.resize(window.width(), window.height() + 60)  # the person makes it taller
    settle(qtbot, window)
    chosen = window.geometry()
    window.next_steps.back.click()
    settle(qtbot, window)
    assert window.geometry() == chosen


def test_another_breath_keeps_the_page_whole_and_at_its_top(ctx: AppContext, qtbot: QtBot) -> None:
    """ "Another" in the breath step left the page scrolled, its heading cut off."""
    window = _open(ctx, qtbot)
    bar = window.scroller.verticalScrollBar()
    window.next_steps.choices["breath"].click()
    settle(qtbot, window)
    for _ in range(8):
        window.breath.another.click()
        settle(qtbot, window)
        assert not bar.isVisible(), (window.breath.words.text(), bar.maximum())
        assert bar.value() == 0


def test_never_smaller_than_the_person_made_it(ctx: AppContext, qtbot: QtBot) -> None:
    window = _open(ctx, qtbot)
    window.resize(window.width(), window.height() + 120)
    settle(qtbot, window)
    tall = window.height()
    for key in ("breath", "movement", "person"):
        window.next_steps.choices[key].click()
        settle(qtbot, window)
        assert window.height() == tall
        window.next_steps.back.click()


def test_on_a_small_screen_the_step_scrolls_from_its_top_instead_of_growing(
    ctx: AppContext, qtbot: QtBot
) -> None:
    """With no screen left below the window, it grows no further: the page scrolls, kept at
    the top of the chosen step, the window whole on the screen and where it was."""
    for name in ("Sam", "Alex", "Robin", "Jo", "Kim", "Lee", "Max", "Pat"):
        ctx.store.add(Person(name=name, how="a text message"))
    window = _open(ctx, qtbot)
    screen = window.screen().availableGeometry()
    window.move(window.x(), screen.bottom() + 1 - window.height() - 60)
    settle(qtbot, window)
    placed = window.geometry()
    bar = window.scroller.verticalScrollBar()
    window.next_steps.choices["person"].click()
    settle(qtbot, window)
    QApplication.processEvents()
    assert window.geometry().topLeft() == placed.topLeft()
    assert window.frameGeometry().bottom() <= screen.bottom()  # never past the screen
    assert window.height() >= placed.height()
    assert bar.isVisible() and bar.maximum() > 0  # it scrolls instead
    assert _step_seen_from_its_top(window)
    # taller than the view, the step keeps the place the person scrolled to as it changes
    card, page = window.next_steps.card, window.scroller.widget()
    assert page is not None
    assert card.height() > window.scroller.viewport().height()
    bar.setValue(bar.maximum())
    QApplication.postEvent(page, QEvent(QEvent.Type.LayoutRequest))
    settle(qtbot, window)
    assert bar.value() == bar.maximum() > 0
    window.next_steps.back.click()
    window.next_steps.choices["breath"].click()
    settle(qtbot, window)
    for _ in range(4):
        window.breath.another.click()
        settle(qtbot, window)
        assert _step_seen_from_its_top(window), window.breath.words.text()
        assert window.frameGeometry().bottom() <= screen.bottom()


def test_one_small_thing_opened_again_offers_the_first_not_done(
    ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Another, tick "Open the curtains", Back, One small thing again: it showed the ticked
    one, with no kind word and no Another; the water was out of reach until a reopening."""
    _with_today(ctx, monkeypatch)
    _small_things(ctx)
    window = _open(ctx, qtbot)
    steps = window.next_steps
    small = present(window.bare_minimum)
    steps.choices["bare-minimum"].click()
    assert [b.accessibleName() for b in small.boxes] == ["Drink a glass of water"]
    small.another.click()
    [box] = small.boxes
    assert box.accessibleName() == "Open the curtains"
    box.click()
    qtbot.waitUntil(lambda: not small.refresher.stale)
    steps.back.click()
    settle(qtbot, window)
    steps.choices["bare-minimum"].click()
    settle(qtbot, window)
    [box] = small.boxes
    assert box.accessibleName() == "Drink a glass of water" and not box.isChecked()
    box.click()
    qtbot.waitUntil(lambda: not small.refresher.stale)
    steps.back.click()
    steps.choices["bare-minimum"].click()
    settle(qtbot, window)
    assert small.boxes == []  # all done: the kind line, no tally
    assert small.all_done.isVisible() and not small.another.isVisible()
