"""Choosing a language in Settings › General leaves the keyboard on the language control:
the pages are made again in the new language, and the focus went to the General tab."""

from __future__ import annotations

from typing import cast

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from footholds.app.build import AppContext
from footholds.ui.common import i18n
from footholds.ui.settings import setting_editors
from footholds.ui.settings.settings_window import SettingsWindow


def _language(window: SettingsWindow) -> setting_editors.ChoiceEditor:
    return cast(setting_editors.ChoiceEditor, window.rows["general.language"].editor)


def test_the_keyboard_stays_on_the_language_chosen(ctx: AppContext, qtbot: QtBot) -> None:
    window = SettingsWindow(ctx)
    qtbot.addWidget(window)
    window.present()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    combo = _language(window).combo
    combo.setFocus(Qt.FocusReason.TabFocusReason)
    try:
        combo.setCurrentIndex(combo.findData("es"))  # as the arrow keys choose it
        if ctx.settings["general.language"] == "es":
            i18n.apply(ctx)  # as the app does on the change (app/build.py)
        qtbot.waitUntil(lambda: window.windowTitle() != "Footholds settings")
        qtbot.waitUntil(lambda: _language(window).combo is not combo)
        again = _language(window).combo
        # the window's own focus: where the keys go while it is the active window
        qtbot.waitUntil(lambda: window.focusWidget() is again)
        assert window.tabs.currentIndex() == 0
    finally:
        i18n.remove(ctx.app)
