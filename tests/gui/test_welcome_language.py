"""The welcome card offers the interface language near its top: on a computer whose own
language is not Spanish (C.UTF-8), a Spanish speaker read it all in English and had to find
Settings › General › Language alone. Chosen there, the app speaks it at once, the welcome
in its place, the keyboard still on the choice."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import cast

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from footholds.app import build
from footholds.app.build import AppContext
from footholds.ui.common import calm, i18n
from footholds.ui.common.scrolling import PageScroll
from footholds.ui.shell.first_run import FirstRunWindow


@pytest.fixture
def wired(ctx: AppContext, monkeypatch: pytest.MonkeyPatch) -> Iterator[AppContext]:
    """The app's own answer to a setting changed (build.wire): install, follow, save."""
    monkeypatch.setattr(calm, "system_locale_name", lambda: "C.UTF-8")

    def on_setting(name: str, _value: object) -> None:
        build._on_setting(ctx, name)

    ctx.signals.setting_changed.connect(on_setting)
    try:
        yield ctx
    finally:
        ctx.signals.setting_changed.disconnect(on_setting)
        ctx.settings.set("general.language", "system")
        i18n.remove(ctx.app)


def choose(qtbot: QtBot, window: FirstRunWindow, name: str) -> FirstRunWindow:
    """Pick `name` in the welcome's language box with the keyboard, as a person would."""
    box = window.language.box
    box.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(box.hasFocus)
    key = Qt.Key.Key_Down if box.findText(name) > box.currentIndex() else Qt.Key.Key_Up
    qtbot.keyClick(box, key)
    assert box.currentText() == name
    qtbot.waitUntil(lambda: window.ctx.windows.open_windows().get("first-run") is not window)
    again = cast(FirstRunWindow, window.ctx.windows.open_windows()["first-run"])
    qtbot.waitUntil(again.isVisible)
    QApplication.processEvents()
    return again


def test_choosing_espanol_shows_the_welcome_in_spanish_and_keeps_it(
    wired: AppContext, qtbot: QtBot
) -> None:
    ctx = wired
    window = cast(FirstRunWindow, ctx.windows.show("first-run"))
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    box = window.language.box
    # the languages Settings offers, each in its own words; the one in use chosen
    assert [box.itemText(i) for i in range(box.count())] == list(i18n.LANGUAGE_NAMES.values())
    assert box.currentText() == "English"
    assert window.language.label.text() == "Language"
    assert window.language.label.buddy() is box
    # near the top: above the first of the card's words
    top = window.language.mapTo(window, QPoint(0, 0)).y()
    assert top < window.texts[0].mapTo(window, QPoint(0, 0)).y()
    place, size = window.pos(), window.size()

    spanish = choose(qtbot, window, "Español")
    assert spanish.windowTitle() == "Te damos la bienvenida a Footholds"
    assert "Una pequeña compañía" in spanish.text()
    assert spanish.language.box.currentText() == "Español"
    assert spanish.language.label.text() == "Idioma"
    assert ctx.settings["general.language"] == "es"
    saved = json.loads(ctx.paths.settings_file.read_text())
    assert saved["values"]["general.language"] == "es"
    # in its place, and the keyboard still on the choice
    assert spanish.pos() == place
    assert spanish.width() == size.width() and spanish.height() >= size.height()
    qtbot.waitUntil(spanish.language.box.hasFocus)
    assert spanish.isActiveWindow()

    english = choose(qtbot, spanish, "English")
    assert english.windowTitle() == "Welcome to Footholds"
    assert "not therapy" in english.text()
    assert ctx.settings["general.language"] == "en"
    qtbot.waitUntil(english.language.box.hasFocus)
    english.close()


def test_the_taller_spanish_welcome_grows_to_fit_without_a_scroll_bar(
    wired: AppContext, qtbot: QtBot
) -> None:
    """Spanish says it in more lines: the welcome grows downwards just enough for them,
    where it stands, rather than showing a scroll bar with the screen free below it."""
    ctx = wired
    window = cast(FirstRunWindow, ctx.windows.show("first-run"))
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    screen = window.screen().availableGeometry()
    window.move(window.x(), screen.top() + 20)
    qtbot.waitUntil(lambda: window.pos().y() == screen.top() + 20)
    place, size = window.pos(), window.size()
    spanish = choose(qtbot, window, "Español")
    area = spanish.findChild(PageScroll)
    assert area is not None
    bar = area.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() == 0)
    QApplication.processEvents()
    assert bar.maximum() == 0
    assert spanish.pos() == place and spanish.width() == size.width()
    assert spanish.height() > size.height()
    assert spanish.frameGeometry().bottom() <= screen.bottom()
    qtbot.waitUntil(spanish.language.box.hasFocus)
    spanish.close()
