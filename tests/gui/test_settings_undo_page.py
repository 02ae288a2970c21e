"""Settings' Undo strip belongs to the page it was offered on: after "Reset this page to
defaults" on My lists, "The 'My lists' settings are back to how they started [Undo]" stood
under the General page too, where Ctrl+Z would undo a page the person could not see. Now it
hides with its page (the reset stays, as asked), and comes back with it while its seconds
last."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from test_settings_window import FakeAutostart

from footholds.app.build import AppContext
from footholds.core.settings import BY_NAME, GENERAL_SECTION, LISTS_SECTION
from footholds.ui.settings.settings_window import SettingsWindow


@pytest.fixture
def window(ctx: AppContext, qtbot: QtBot) -> SettingsWindow:
    win = SettingsWindow(ctx, autostart=FakeAutostart())
    qtbot.addWidget(win)
    win.present(LISTS_SECTION)
    qtbot.waitExposed(win)
    return win


def reset_lists(
    window: SettingsWindow, ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> list[str]:
    parts = ["the tired kid"]
    ctx.settings.set("lists.parts", parts)
    monkeypatch.setattr(ctx.prompter, "ask", lambda *_a, **_k: True)
    window.reset_buttons[LISTS_SECTION].click()
    assert ctx.settings["lists.parts"] == BY_NAME["lists.parts"].default
    assert window.undo.isVisible()
    return parts


def test_the_undo_of_a_page_reset_hides_with_its_page(
    window: SettingsWindow, ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    parts = reset_lists(window, ctx, monkeypatch)
    window.tabs.show_page(GENERAL_SECTION)
    assert not window.undo.isVisible()
    assert ctx.settings["lists.parts"] == BY_NAME["lists.parts"].default  # the reset stays
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window.tabs.tabBar(), Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert ctx.settings["lists.parts"] == BY_NAME["lists.parts"].default  # no unseen undo
    window.tabs.show_page(LISTS_SECTION)  # back while its seconds last: so is its Undo
    assert window.undo.isVisible() and window.undo.pending()
    assert "My lists" in window.undo.message.whole
    window.undo.button.click()
    assert ctx.settings["lists.parts"] == parts


def test_its_seconds_run_out_on_another_page_and_it_does_not_come_back(
    window: SettingsWindow, ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    reset_lists(window, ctx, monkeypatch)
    window.tabs.show_page(GENERAL_SECTION)
    window.undo.timer.timeout.emit()  # its time is up while the person is elsewhere
    window.tabs.show_page(LISTS_SECTION)
    assert not window.undo.isVisible() and not window.undo.pending()
    assert ctx.settings["lists.parts"] == BY_NAME["lists.parts"].default


def test_an_offer_made_on_a_page_shows_there(
    window: SettingsWindow, ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The strip follows the page the latest offer was made on, not the first one."""
    reset_lists(window, ctx, monkeypatch)
    window.tabs.show_page(GENERAL_SECTION)
    window.reset_buttons[GENERAL_SECTION].click()
    assert window.undo.isVisible() and "General" in window.undo.message.whole
    window.tabs.show_page(LISTS_SECTION)
    assert not window.undo.isVisible()
    window.tabs.show_page(GENERAL_SECTION)
    assert window.undo.isVisible()
