"""Settings grew from 771 to 848 pixels wide for the Spanish tab names, and stayed 848 for
good once back in English. Now, while it is open, a language change never narrows it under
the person (Spanish to English on the General tab moved its right edge from 1065 to 988 px,
the language box with it): it grows if the new words need it and keeps its size otherwise.
Opened again after a language change made while it was closed, it takes its own width back;
a width the person sized it to stays theirs."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from test_settings_window import FakeAutostart

from footholds.app.build import AppContext
from footholds.ui.common import i18n
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


def test_a_language_change_never_narrows_the_open_window(
    window: SettingsWindow, qtbot: QtBot, qapp: QApplication
) -> None:
    before = window.size()
    speak(qtbot, qapp, window, "es")
    spanish = window.geometry()
    assert spanish.width() > before.width()  # grown for the longer tab names
    assert spanish.height() >= before.height()
    speak(qtbot, qapp, window, "en")
    # kept as it was, under the person's pointer: not narrowed back for the shorter names
    assert window.geometry() == spanish
    speak(qtbot, qapp, window, "es")
    assert window.geometry() == spanish  # the same each time, no creeping


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


def test_its_own_width_comes_back_at_the_next_opening(
    window: SettingsWindow, qtbot: QtBot, qapp: QApplication
) -> None:
    """Widened for Spanish, closed, and opened again in English: its own width, not 848
    for good."""
    before = window.width()
    speak(qtbot, qapp, window, "es")
    assert window.width() > before
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
