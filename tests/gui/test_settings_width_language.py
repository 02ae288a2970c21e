"""Settings grew from 771 to 848 pixels wide for the Spanish tab names, and stayed 848 for
good once back in English; then, on screen, Spanish to English narrowed it under the person
(the language box moved 77 px), and English to Spanish still widened it (1026 to 1103 px).
Now a language change made while it is open keeps its size and place: a tab that does not
fit waits behind the scroll arrows. Opened again, it fits the tabs of the language then,
never below its own width; a width the person sized it to stays theirs."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from test_settings_window import FakeAutostart

from footholds.app.build import AppContext
from footholds.ui.common import i18n, tokens
from footholds.ui.settings.settings_window import GENERAL_SECTION, SettingsWindow


@pytest.fixture
def window(ctx: AppContext, qtbot: QtBot, qapp: QApplication) -> Iterator[SettingsWindow]:
    win = SettingsWindow(ctx, autostart=FakeAutostart())
    qtbot.addWidget(win)
    win.present()
    qtbot.waitExposed(win)
    try:
        yield win
    finally:
        i18n.remove(qapp)


def speak(qtbot: QtBot, qapp: QApplication, window: SettingsWindow, language: str) -> None:
    """The language chosen, and the window's pages made again in it."""
    title = window.windowTitle()
    if language == "en":
        i18n.remove(qapp)
    else:
        i18n.install(qapp, language)
    qtbot.waitUntil(lambda: window.windowTitle() != title and not window._rebuild_pending)


def test_a_language_change_keeps_the_open_window_as_it_is(
    window: SettingsWindow, qtbot: QtBot, qapp: QApplication
) -> None:
    before = window.geometry()
    speak(qtbot, qapp, window, "es")
    assert window.geometry() == before  # not widened under the person for the longer names
    speak(qtbot, qapp, window, "en")
    assert window.geometry() == before  # nor narrowed back
    speak(qtbot, qapp, window, "es")
    assert window.geometry() == before  # the same each time, no creeping


def test_spanish_tabs_that_do_not_fit_wait_behind_the_arrows(
    window: SettingsWindow, qtbot: QtBot, qapp: QApplication
) -> None:
    """Kept at its English width, the Spanish tabs scroll; the page the person is on stays in
    view."""
    speak(qtbot, qapp, window, "es")
    bar = window.tabs.tabBar()
    assert bar.tabRect(bar.count() - 1).right() > bar.width()  # they truly need more room
    assert bar.rect().contains(bar.tabRect(bar.currentIndex()))


def test_the_general_tab_keeps_its_place_as_the_language_changes(
    window: SettingsWindow, qtbot: QtBot, qapp: QApplication
) -> None:
    """Spanish to English chosen on the General tab: the window's right edge, and the
    language box on it, stay where they were."""
    speak(qtbot, qapp, window, "es")
    window.tabs.show_page(GENERAL_SECTION)
    box = window.rows["general.language"].editor
    right, at = window.geometry().right(), box.mapTo(window, QPoint(0, 0))
    speak(qtbot, qapp, window, "en")
    window.tabs.show_page(GENERAL_SECTION)
    box = window.rows["general.language"].editor
    assert window.geometry().right() == right
    assert box.mapTo(window, QPoint(0, 0)) == at


def test_the_next_opening_fits_the_tabs_and_then_its_own_width_again(
    window: SettingsWindow, qtbot: QtBot, qapp: QApplication
) -> None:
    """Switched to Spanish on screen, closed and opened again: wide enough for every Spanish
    tab, as far as the screen allows. Closed, back in English, and opened again: its own
    width, not the Spanish one for good."""
    before = window.width()
    speak(qtbot, qapp, window, "es")
    window.close()
    window.present()
    qtbot.waitExposed(window)
    bar = window.tabs.tabBar()
    assert window.width() > before
    # as wide as the screen lets it (offscreen, 800 px: the arrows still help there)
    left, _top, right, _bottom = tokens.WINDOW
    need = bar.sizeHint().width() + left + right + 8
    assert window.width() == min(window.screen().availableGeometry().width() - 24, need)
    window.close()
    i18n.remove(qapp)
    qtbot.waitUntil(lambda: window._stale)
    window.present()
    qtbot.waitExposed(window)
    assert window.width() == before


def test_a_width_the_person_chose_stays_theirs(
    window: SettingsWindow, qtbot: QtBot, qapp: QApplication
) -> None:
    chosen = window.width() + 150
    window.resize(chosen, window.height())
    qtbot.waitUntil(lambda: window.width() == chosen)
    speak(qtbot, qapp, window, "es")
    speak(qtbot, qapp, window, "en")
    assert window.width() == chosen
