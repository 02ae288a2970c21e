"""The first-run card: shown once, says what Footholds is and is not, reachable from About."""

from __future__ import annotations

import json
from pathlib import Path
from typing import cast

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QLabel, QScrollArea
from pytestqt.qtbot import QtBot
from settling import settle

from footholds.app.build import AppContext
from footholds.app.handlers import after_start
from footholds.platform.app_menu import AppMenu
from footholds.platform.autostart import XdgAutostart
from footholds.ui.common import calm, i18n
from footholds.ui.shell.about import AboutWindow
from footholds.ui.shell.first_run import FirstRunWindow
from footholds.ui.shell.registry import BY_NAME


def test_shown_at_the_first_start_and_never_again(ctx: AppContext, qtbot: QtBot) -> None:
    assert BY_NAME["first-run"].in_menu is False
    after_start(ctx, "")
    window = cast(FirstRunWindow, ctx.windows.get("first-run"))
    qtbot.waitUntil(window.isVisible)
    assert ctx.settings["general.first_run_done"] is False  # not until it has been closed
    qtbot.mouseClick(window.ok, Qt.MouseButton.LeftButton)
    assert not window.isVisible()
    assert ctx.settings["general.first_run_done"] is True
    saved = json.loads(ctx.paths.settings_file.read_text())
    assert saved["values"]["general.first_run_done"] is True
    after_start(ctx, "")
    assert not window.isVisible()


def test_says_what_it_is_and_is_not_and_where_help_is(ctx: AppContext, qtbot: QtBot) -> None:
    window = cast(FirstRunWindow, ctx.windows.show("first-run"))
    qtbot.waitExposed(window)
    text = window.text()
    assert "not therapy" in text
    assert "not an emergency service" in text
    assert "Get help now" in text
    assert "stays on this computer" in text
    assert window.width() < 700
    window.help_link.button.click()
    assert ctx.windows.is_visible("help-now")


def test_closing_with_escape_also_counts_as_seen(ctx: AppContext, qtbot: QtBot) -> None:
    window = cast(FirstRunWindow, ctx.windows.show("first-run"))
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.waitUntil(window.ok.hasFocus)
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert not window.isVisible()
    assert ctx.settings["general.first_run_done"] is True


def test_enter_on_got_it_closes(ctx: AppContext, qtbot: QtBot) -> None:
    window = cast(FirstRunWindow, ctx.windows.show("first-run"))
    window.activateWindow()
    qtbot.waitUntil(window.ok.hasFocus)
    qtbot.keyClick(window.ok, Qt.Key.Key_Return)
    assert not window.isVisible()


def test_reachable_again_from_about(ctx: AppContext, qtbot: QtBot) -> None:
    ctx.settings.set("general.first_run_done", True)
    about = cast(AboutWindow, ctx.windows.show("about"))
    qtbot.waitExposed(about)
    assert about.first_run is not None
    about.first_run.click()
    assert ctx.windows.is_visible("first-run")


def test_tab_from_got_it_goes_only_to_controls_that_show_focus(
    ctx: AppContext, qtbot: QtBot
) -> None:
    """The first Tab from "Got it" went to the scroll area round the words, which shows no
    focus: a stop where nothing seemed to have it."""
    window = cast(FirstRunWindow, ctx.windows.show("first-run"))
    window.activateWindow()
    qtbot.waitUntil(window.ok.hasFocus)
    stops = []
    for _ in range(12):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        widget = QApplication.focusWidget()
        if widget is window.ok:
            break
        stops.append(widget)
    assert stops, "Tab never left Got it"
    for widget in stops:
        assert not isinstance(widget, (QScrollArea, QLabel)), widget
        assert widget is not None and widget.isVisible() and widget.window() is window
    # down the window: the help link under Got it, then the first choice on the card (the
    # language, near its top), then the country
    assert stops[:3] == [
        window.help_link.button,
        window.language.box,
        window.country.picker.box,
    ]


@pytest.mark.parametrize("language", ["en", "es"])
def test_first_run_setup_buttons_stay_put_when_pressed(
    ctx: AppContext, qtbot: QtBot, tmp_path: Path, language: str
) -> None:
    """ "Add to the app menu" turns into the shorter "In the app menu": the button keeps its
    width, so "Start when I log in" does not slide under the pointer (in Spanish too)."""
    ctx.settings.set("general.language", language)
    i18n.apply(ctx)
    try:
        window = cast(FirstRunWindow, ctx.windows.show("first-run"))
        qtbot.waitExposed(window)
        offers = window.offers
        offers.app_menu = AppMenu(tmp_path / "data")  # never the test machine's own menu
        offers.autostart = XdgAutostart(tmp_path / "autostart")
        offers.refresh()
        QApplication.processEvents()
        before = [(b.x(), b.width()) for b in (offers.add_menu, offers.add_login)]
        idle = offers.add_menu.text()
        qtbot.mouseClick(offers.add_menu, Qt.MouseButton.LeftButton)
        QApplication.processEvents()
        assert offers.add_menu.text() != idle and not offers.add_menu.isEnabled()
        assert [(b.x(), b.width()) for b in (offers.add_menu, offers.add_login)] == before
        qtbot.mouseClick(offers.add_login, Qt.MouseButton.LeftButton)
        QApplication.processEvents()
        assert [(b.x(), b.width()) for b in (offers.add_menu, offers.add_login)] == before
        for button in (offers.add_menu, offers.add_login):  # and no words are cut
            assert button.width() >= button.sizeHint().width()
    finally:
        ctx.settings.set("general.language", "en")
        i18n.remove(ctx.app)


@pytest.mark.parametrize("code", ["US", "GB", "ZZ"])
def test_choosing_the_country_on_the_first_run_card_moves_nothing_below(
    ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, code: str
) -> None:
    """Choosing "United States" folded the list's row away: everything under it rose 34 px
    (LOOK.md: feedback moves nothing else)."""
    monkeypatch.setattr(calm, "system_locale_name", lambda: "C.UTF-8")
    window = cast(FirstRunWindow, ctx.windows.show("first-run"))
    qtbot.waitExposed(window)
    settle(qtbot, window)
    below = [window.plan, window.offers, window.ok]

    def places() -> list[int]:
        QApplication.processEvents()
        return [w.mapTo(window, QPoint(0, 0)).y() for w in below]

    before = places()
    country = window.country
    country.picker.box.setCurrentIndex(country.picker.box.findData(code))
    country.picker.use.click()
    settle(qtbot, window)
    assert ctx.settings["safety.region"] == code
    assert places() == before
    country.other.click()  # "Change": the list again, in the same room
    settle(qtbot, window)
    assert places() == before
