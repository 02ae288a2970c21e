"""The welcome's country question, on no country yet: the room kept under the list (for "Not
set yet: …") read as an empty gap. It now says the choice can wait, and where to make it
later; picking a country puts the "Not set yet" words in the same room, moving nothing."""

from __future__ import annotations

from typing import cast

import pytest
from pytestqt.qtbot import QtBot
from settling import settle

from footholds.app.build import AppContext
from footholds.ui.common import calm
from footholds.ui.shell.first_run import FirstRunWindow

WAIT = "It can wait: you can choose it later in Get help now, or in Settings."


def test_the_welcome_says_the_country_can_wait_in_the_room_it_keeps(
    ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(calm, "system_locale_name", lambda: "C.UTF-8")
    window = cast(FirstRunWindow, ctx.windows.show("first-run"))
    qtbot.waitExposed(window)
    settle(qtbot, window)
    check = window.country
    assert check.picker.box.currentData() == ""  # "Choose your country"
    assert check.unset.isVisible() and check.unset.text() == WAIT
    top = check.unset.mapTo(window, check.unset.rect().topLeft()).y()
    height = check.height()
    check.picker.box.setCurrentIndex(check.picker.box.findData("ES"))
    settle(qtbot, window)
    assert check.unset.text().startswith("Not set yet")
    assert check.unset.mapTo(window, check.unset.rect().topLeft()).y() == top
    assert check.height() == height  # nothing below moved
    check.picker.use.click()
    assert ctx.settings["safety.region"] == "ES"
    assert not check.unset.isVisible()  # chosen: nothing left to wait for


def test_the_wait_words_are_true_settings_and_get_help_now_choose_the_country(
    ctx: AppContext,
) -> None:
    """What the line promises is there: the setting in Settings, and Get help now's list."""
    from footholds.core.settings import SETTINGS
    from footholds.ui.help.help_now import HelpNowWindow
    from footholds.ui.help.region import RegionPicker

    assert any(s.name == "safety.region" for s in SETTINGS)
    window = cast(HelpNowWindow, ctx.windows.show("help-now"))
    assert window.findChild(RegionPicker) is not None
