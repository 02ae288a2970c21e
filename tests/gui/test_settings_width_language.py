"""Settings grew from 771 to 848 pixels wide for the Spanish tab names, and stayed 848 once
back in English. After a round trip it comes back to its width, unless the person sized it
themselves, which stays theirs."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from test_settings_window import FakeAutostart

from footholds.app.build import AppContext
from footholds.ui.common import i18n
from footholds.ui.settings.settings_window import SettingsWindow


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


def test_the_width_comes_back_after_a_language_round_trip(
    window: SettingsWindow, qtbot: QtBot, qapp: QApplication
) -> None:
    before = window.width()
    speak(qtbot, qapp, window, "es")
    spanish = window.width()
    assert spanish >= before  # grown for the longer tab names, or as it was
    speak(qtbot, qapp, window, "en")
    assert window.width() == before
    speak(qtbot, qapp, window, "es")
    assert window.width() == spanish  # the same each time, no creeping


def test_a_width_the_person_chose_stays_theirs(
    window: SettingsWindow, qtbot: QtBot, qapp: QApplication
) -> None:
    chosen = window.width() + 150
    window.resize(chosen, window.height())
    qtbot.waitUntil(lambda: window.width() == chosen)
    speak(qtbot, qapp, window, "es")
    speak(qtbot, qapp, window, "en")
    assert window.width() == chosen
