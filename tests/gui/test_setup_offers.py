"""The first-run card's one-click offers: the app menu and starting at login."""

from __future__ import annotations

import json
from pathlib import Path
from typing import cast

from pytestqt.qtbot import QtBot

from footholds.app.build import AppContext
from footholds.platform.app_menu import AppMenu
from footholds.platform.autostart import NoAutostart, XdgAutostart
from footholds.ui.shell.first_run import FirstRunWindow
from footholds.ui.shell.setup_offers import SetupOffers


def test_each_offer_is_one_click(ctx: AppContext, qtbot: QtBot, tmp_path: Path) -> None:
    menu = AppMenu(tmp_path / "data")
    login = XdgAutostart(tmp_path / "autostart")
    offers = SetupOffers(ctx, menu, login)
    qtbot.addWidget(offers)
    offers.show()
    assert offers.add_menu.isEnabled() and offers.add_login.isEnabled()
    offers.add_menu.click()
    assert menu.path.is_file() and menu.icon_path.is_file()
    assert not offers.add_menu.isEnabled() and offers.add_menu.text() == "In the app menu"
    assert "app menu" in offers.said.text()
    offers.add_login.click()
    assert login.status() and not offers.add_login.isEnabled()
    assert ctx.settings["general.autostart"] is True
    saved = json.loads(ctx.paths.settings_file.read_text())
    assert saved["values"]["general.autostart"] is True


def test_what_cannot_be_done_here_is_not_offered(ctx: AppContext, qtbot: QtBot) -> None:
    offers = SetupOffers(ctx, AppMenu(None, "not here"), NoAutostart("not here"))
    qtbot.addWidget(offers)
    assert offers.isHidden() and offers.add_menu.isHidden()


def test_a_failure_is_said_in_place_and_loses_nothing(
    ctx: AppContext, qtbot: QtBot, tmp_path: Path
) -> None:
    blocked = tmp_path / "file"
    blocked.write_text("x")
    offers = SetupOffers(ctx, AppMenu(blocked), XdgAutostart(tmp_path / "autostart"))
    qtbot.addWidget(offers)
    offers.add_menu.click()
    assert offers.said.text().startswith("That did not work")
    assert offers.add_menu.isEnabled() and blocked.read_text() == "x"


def test_the_first_run_card_carries_the_offers(ctx: AppContext, qtbot: QtBot) -> None:
    window = cast(FirstRunWindow, ctx.windows.show("first-run"))
    qtbot.waitExposed(window)
    assert window.offers.add_login.isVisibleTo(window)


def test_the_keyboard_goes_on_to_the_next_offer_then_to_got_it(
    ctx: AppContext, qtbot: QtBot, tmp_path: Path
) -> None:
    """A done offer is disabled: the focus must not fall to "Get help now", where Space
    would open it by accident."""
    from PySide6.QtCore import Qt

    window = cast(FirstRunWindow, ctx.windows.show("first-run"))
    qtbot.waitExposed(window)
    offers = window.offers
    offers.app_menu = AppMenu(tmp_path / "data")  # never the test machine's own menu
    offers.autostart = XdgAutostart(tmp_path / "autostart")
    offers.refresh()
    offers.add_menu.setFocus()
    qtbot.keyClick(offers.add_menu, Qt.Key.Key_Space)
    assert not offers.add_menu.isEnabled()
    assert window.focusWidget() is offers.add_login
    qtbot.keyClick(offers.add_login, Qt.Key.Key_Space)
    assert not offers.add_login.isEnabled()
    assert window.focusWidget() is window.ok
    qtbot.keyClick(window.ok, Qt.Key.Key_Space)  # the next Space closes the card, no more
    assert not window.isVisible()
