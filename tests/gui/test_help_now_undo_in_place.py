"""The country's Undo going when its time is up leaves the page where the person scrolled
it: the keyboard goes back to the first line, but the page does not leap to the top under a
reader who has moved on down to their own numbers, plan or people (seen on a real desktop:
eight seconds after a change, the page jumped back and the next click landed elsewhere)."""

from __future__ import annotations

from typing import cast

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from settling import settle

from footholds.app.build import AppContext
from footholds.platform import phone_links
from footholds.ui.help.help_now import HelpNowWindow


@pytest.fixture(autouse=True)
def no_phone(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(phone_links, "can_open", lambda scheme: False)


def _changed_country(ctx: AppContext, qtbot: QtBot) -> HelpNowWindow:
    """Get help now, short enough to scroll, just after a change of country with the keys,
    the keyboard on Undo."""
    ctx.settings.set("safety.region", "NZ")
    window = cast(HelpNowWindow, ctx.windows.show("help-now"))
    qtbot.waitExposed(window)
    window.resize(580, 480)
    window.region_line.change.click()
    window.picker.box.setCurrentIndex(window.picker.box.findData("GB"))
    window.picker.use.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(window.picker.use, Qt.Key.Key_Space)
    settle(qtbot, window)
    assert window.focusWidget() is window.region_line.undo
    return window


def test_undo_going_leaves_a_page_scrolled_down_where_it_is(ctx: AppContext, qtbot: QtBot) -> None:
    window = _changed_country(ctx, qtbot)
    bar = window.scroller.verticalScrollBar()
    assert bar.maximum() > 0  # the page scrolls at this height
    bar.setValue(bar.maximum())  # the wheel: down to their own numbers and people
    settle(qtbot, window)
    read_at = bar.value()
    window.region_line.timer.timeout.emit()  # as when UNDO_SECONDS have passed
    settle(qtbot, window)
    assert bar.value() == read_at  # nothing leapt under the reader
    assert window.focusWidget() is window.crisis.first_action()  # not "Change country"


def test_undo_going_in_sight_still_shows_the_first_line_with_its_ring(
    ctx: AppContext, qtbot: QtBot
) -> None:
    window = _changed_country(ctx, qtbot)
    window.region_line.timer.timeout.emit()
    settle(qtbot, window)
    first = window.crisis.first_action()
    assert first is not None and window.focusWidget() is first
    assert window.testAttribute(Qt.WidgetAttribute.WA_KeyboardFocusChange)  # its ring shows
    shown = window.scroller.viewport().rect()
    place = first.mapTo(window.scroller.viewport(), first.rect().topLeft())
    assert shown.contains(place)  # the keyboard is where the person can see it
