"""A region changed anywhere (Settings, the CLI through the app, another window) is followed
by every open country list and every crisis-lines view: a list never keeps the old country
selected, so "Use this country" can never quietly write the old region back."""

from __future__ import annotations

from typing import cast

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from footholds.app.build import AppContext
from footholds.platform import phone_links
from footholds.ui.common import calm
from footholds.ui.help.help_now import HelpNowWindow
from footholds.ui.settings.setting_editors import ChoiceEditor
from footholds.ui.settings.settings_window import SettingsWindow
from footholds.ui.shell.first_run import FirstRunWindow
from footholds.ui.tough_day.tough_day import ToughDayWindow

# Spain has no lines of its own in Footholds: the card says what Get help now shows for it
SPAIN_SAID = (
    "For Spain, Get help now will show the emergency number, 112, and a directory of "
    "helplines by country."
)


@pytest.fixture(autouse=True)
def no_phone(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(phone_links, "can_open", lambda scheme: False)


def _open(ctx: AppContext, qtbot: QtBot, name: str = "help-now", **options: object) -> QWidget:
    window = ctx.windows.show(name, **options)
    qtbot.waitExposed(window)
    return window


def _choose_in_settings(ctx: AppContext, qtbot: QtBot, code: str) -> None:
    """The person picks `code` in the Settings window's region field."""
    settings = cast(SettingsWindow, _open(ctx, qtbot, "settings"))
    combo = cast(ChoiceEditor, settings.rows["safety.region"].editor).combo
    combo.setCurrentIndex(combo.findData(code))
    assert ctx.settings["safety.region"] == code


def test_an_open_list_follows_settings_and_never_restores_the_old_country(
    ctx: AppContext, qtbot: QtBot
) -> None:
    ctx.settings.set("safety.region", "GB")
    window = cast(HelpNowWindow, _open(ctx, qtbot))
    window.region_line.change.click()
    assert window.picker.box.currentData() == "GB"
    _choose_in_settings(ctx, qtbot, "IE")
    assert window.picker.box.currentData() == "IE"  # the list follows
    assert window.asking()  # and stays open: the person was choosing
    assert "call 112" in window.crisis.text()  # Ireland's numbers
    window.picker.use.click()
    assert ctx.settings["safety.region"] == "IE"  # not GB again
    assert not window.asking() and window.region_line.currentIndex() == 0
    assert window.region_line.where.text() == "Crisis lines for Ireland."


def test_a_list_that_was_closed_opens_on_the_new_country(ctx: AppContext, qtbot: QtBot) -> None:
    ctx.settings.set("safety.region", "GB")
    window = cast(HelpNowWindow, _open(ctx, qtbot))
    _choose_in_settings(ctx, qtbot, "NZ")
    assert window.region_line.where.text() == "Crisis lines for New Zealand."
    assert window.picker.box.currentData() == "NZ"
    window.picker.use.click()  # even a press nobody could see writes only what is selected
    assert ctx.settings["safety.region"] == "NZ"
    window.region_line.change.click()
    assert window.picker.box.currentData() == "NZ"


def test_an_asking_list_drops_anywhere_else_when_it_is_unset_elsewhere(
    ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(calm, "system_locale_name", lambda: "C.UTF-8")
    ctx.settings.set("safety.region", "ZZ")
    window = cast(HelpNowWindow, _open(ctx, qtbot))
    assert window.asking() and window.picker.box.currentData() == "ZZ"
    _choose_in_settings(ctx, qtbot, "")
    assert window.asking()
    assert window.picker.box.currentData() == ""  # "Choose your country", as Settings says
    assert not window.picker.use.isEnabled()
    window.picker.use.click()
    assert ctx.settings["safety.region"] == ""  # "anywhere else" is not written back
    assert window.picker.prompt.text().startswith("Which country are you in?")


def test_a_change_elsewhere_withdraws_the_undo_and_shows_its_lines(
    ctx: AppContext, qtbot: QtBot
) -> None:
    ctx.settings.set("safety.region", "GB")
    window = cast(HelpNowWindow, _open(ctx, qtbot))
    window.region_line.change.click()
    window.picker.box.setCurrentIndex(window.picker.box.findData("IE"))
    window.picker.use.click()
    assert window.region_line.currentIndex() == 1  # "Region changed to Ireland. Undo"
    _choose_in_settings(ctx, qtbot, "US")
    assert window.region_line.currentIndex() == 0  # Undo would now undo Settings' choice
    assert window.region_line.where.text() == "Crisis lines for United States."
    assert "988" in window.crisis.text() and "call 112" not in window.crisis.text()
    window.region_line.undo.click()  # even a press that was already on its way
    assert ctx.settings["safety.region"] == "US"


def test_the_first_run_list_follows_and_never_restores_the_old_country(
    ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(calm, "system_locale_name", lambda: "en_CA")
    window = cast(FirstRunWindow, _open(ctx, qtbot, "first-run"))
    country = window.country
    country.confirm.click()
    country.other.click()
    assert country.picker.isVisible() and country.picker.box.currentData() == "CA"
    _choose_in_settings(ctx, qtbot, "ES")
    assert country.picker.box.currentData() == "ES"
    country.picker.use.click()
    assert ctx.settings["safety.region"] == "ES"
    assert country.said.text() == SPAIN_SAID


def test_the_first_run_card_stops_asking_once_a_country_is_chosen_elsewhere(
    ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(calm, "system_locale_name", lambda: "POSIX")
    window = cast(FirstRunWindow, _open(ctx, qtbot, "first-run"))
    country = window.country
    assert country.picker.isVisible()
    _choose_in_settings(ctx, qtbot, "AU")
    assert not country.picker.isVisible()
    assert country.said.isVisible() and country.said.text() == "Crisis lines for Australia."


@pytest.mark.parametrize("system", ["en_US.UTF-8", "es_MX.UTF-8"])
def test_somewhere_else_on_a_computer_that_names_a_country(
    ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, system: str
) -> None:
    # the person said they are somewhere else: not the country the computer names
    monkeypatch.setattr(calm, "system_locale_name", lambda: system)
    window = cast(HelpNowWindow, _open(ctx, qtbot))
    if not window.asking():
        window.region_line.change.click()
    window.picker.box.setCurrentIndex(window.picker.box.findData("ZZ"))
    window.picker.use.click()
    assert ctx.settings["safety.region"] == "ZZ" and window.asking()
    assert window.picker.box.currentData() == "ZZ"  # not the computer's country
    headline = window.crisis.text().splitlines()[0]
    assert headline.endswith("call your local emergency number.")
    assert "911" not in window.crisis.text() and "988" not in window.crisis.text()
    window.picker.use.click()
    assert ctx.settings["safety.region"] == "ZZ"  # never the computer's country written
    tough = cast(ToughDayWindow, _open(ctx, qtbot, "tough-day"))
    assert "911" not in tough.crisis.text()
    assert tough.crisis.where is not None
    assert tough.crisis.where.text() == "No country chosen yet."


def test_anywhere_else_has_one_name_in_the_list_and_in_settings(
    ctx: AppContext, qtbot: QtBot
) -> None:
    from footholds.ui.settings.setting_editors import region_label

    window = cast(HelpNowWindow, _open(ctx, qtbot))
    box = window.picker.box
    assert box.itemText(box.findData("ZZ")) == region_label("ZZ") == "Not sure, or somewhere else"
