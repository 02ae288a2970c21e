"""Get help now opens with the keyboard on the first crisis line's own action, its ring
showing, also where the country has only its emergency number (Spain: the tour found it on
"Change country", where one Space opened the list), and again after an unlock; and opening
the list of countries leaves the emergency number where it was."""

from __future__ import annotations

from pathlib import Path
from typing import cast

import pytest
import test_unlock as base
from lock_starting import opened, start, stop
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot
from test_lock_app import unlock_in

from footholds.app.build import AppContext
from footholds.core.paths import Paths
from footholds.platform import phone_links
from footholds.ui.help.help_now import HelpNowWindow

pytest.importorskip("cryptography")
closed_lock, locked = base.closed_lock, base.locked  # the same fixtures as the start's tests


@pytest.fixture(autouse=True)
def no_phone(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(phone_links, "can_open", lambda scheme: False)


def _top(widget: QWidget) -> int:
    return widget.mapTo(widget.window(), QPoint(0, 0)).y()


def _ringed(window: QWidget, target: QWidget | None) -> bool:
    return (
        target is not None
        and target.hasFocus()
        and window.testAttribute(Qt.WidgetAttribute.WA_KeyboardFocusChange)
    )


def test_a_country_with_only_its_emergency_number_opens_on_its_copy(
    ctx: AppContext, qtbot: QtBot
) -> None:
    ctx.settings.set("safety.region", "ES")
    window = cast(HelpNowWindow, ctx.windows.show("help-now"))
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    copy = window.crisis.emergency_copy
    assert copy is not None and window.crisis.first_action() is copy
    qtbot.waitUntil(lambda: _ringed(window, copy))
    assert not window.region_line.change.hasFocus()


def test_opening_the_list_of_countries_leaves_the_emergency_number_in_place(
    ctx: AppContext, qtbot: QtBot
) -> None:
    ctx.settings.set("safety.region", "ES")
    window = cast(HelpNowWindow, ctx.windows.show("help-now"))
    qtbot.waitExposed(window)
    before = _top(window.crisis.labels[0])  # the danger sentence, with 112
    window.region_line.change.click()
    qtbot.wait(100)  # the layout settled
    assert window.asking() and window.picker.box.hasFocus()
    assert _top(window.crisis.labels[0]) == before  # (the lines are built again)
    window.picker.cancel.click()
    qtbot.wait(100)
    assert _top(window.crisis.labels[0]) == before


def test_after_an_unlock_the_keyboard_is_back_on_the_first_line(
    locked: tuple[Paths, str], qtbot: QtBot, tmp_path: Path
) -> None:
    paths, _ = locked
    ctx = start(paths, opened)
    try:
        ctx.settings.set("lock.safety_plan", True)
        ctx.settings.set("safety.region", "ES")
        assert ctx.locker.lock_now()
        window = cast(HelpNowWindow, ctx.windows.show("help-now"))
        qtbot.waitExposed(window)
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
        first = window.crisis.first_action()
        qtbot.waitUntil(lambda: _ringed(window, first))
        window.people.locked.unlock.click()
        assert ctx.locker.dialog is not None
        unlock_in(ctx.locker.dialog, qtbot)
        assert not ctx.locker.locked
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
        qtbot.waitUntil(lambda: _ringed(window, window.crisis.first_action()))
    finally:
        stop(ctx)


@pytest.mark.parametrize("opened_by", ["button", "footer"])
def test_esc_closes_only_the_list_of_countries(
    ctx: AppContext, qtbot: QtBot, opened_by: str
) -> None:
    # the tour: Esc on the open list closed the whole window; it closes the list, as Esc
    # closes a step elsewhere, and the keyboard is back on "Change country"
    ctx.settings.set("safety.region", "US")
    if opened_by == "button":
        window = cast(HelpNowWindow, ctx.windows.show("help-now"))
        qtbot.waitExposed(window)
        window.region_line.change.click()
    else:  # the tough day's footer opens it with the list open
        window = cast(HelpNowWindow, ctx.windows.show("help-now", choose_region=True))
        qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    assert window.asking() and window.picker.box.hasFocus()
    qtbot.keyClick(window.picker.box, Qt.Key.Key_Escape)
    assert window.isVisible() and not window.asking()
    assert window.region_line.change.hasFocus()
    assert ctx.settings["safety.region"] == "US"
    qtbot.keyClick(window.region_line.change, Qt.Key.Key_Escape)  # then Esc closes it
    assert not window.isVisible()
