"""A country's whole name, typed on the list of countries, is that country: "United States"
then Enter never lands on the United Arab Emirates (a Space that opened the list, "States"
that jumped to S). Closed list or open, case and accents aside, in English and Spanish, in
Get help now, the welcome and Settings."""

from __future__ import annotations

from collections.abc import Iterator
from typing import cast

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QAbstractItemView, QApplication, QComboBox, QWidget
from pytestqt.qtbot import QtBot

from footholds.app.build import AppContext
from footholds.core.settings import SAFETY_SECTION
from footholds.platform import phone_links
from footholds.ui.common import calm, i18n
from footholds.ui.help import region
from footholds.ui.help.help_now import HelpNowWindow
from footholds.ui.settings.settings_window import SettingsWindow
from footholds.ui.shell.first_run import FirstRunWindow


@pytest.fixture(autouse=True)
def no_phone(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(phone_links, "can_open", lambda scheme: False)


@pytest.fixture
def spanish(ctx: AppContext) -> Iterator[None]:
    ctx.settings.set("general.language", "es")
    assert i18n.apply(ctx) == "es"
    try:
        yield
    finally:
        ctx.settings.set("general.language", "en")
        i18n.remove(ctx.app)


def _help_list(ctx: AppContext, qtbot: QtBot) -> tuple[HelpNowWindow, QComboBox]:
    """Get help now for Ireland with "Change country" pressed: the closed list has the
    keyboard."""
    ctx.settings.set("safety.region", "IE")
    window = cast(HelpNowWindow, ctx.windows.show("help-now"))
    qtbot.waitExposed(window)
    window.region_line.change.click()
    box = window.picker.box
    assert window.focusWidget() is box and not box.view().isVisible()
    return window, box


@pytest.mark.parametrize(
    ("typed", "code"),
    [
        ("United States", "US"),
        ("united kingdom", "GB"),
        ("New Zealand", "NZ"),
        ("South Africa", "ZA"),
        ("Sri Lanka", "LK"),
        ("turkiye", "TR"),  # accents aside
        ("not sure", "ZZ"),
    ],
)
def test_a_name_typed_on_the_closed_list_then_enter_is_that_country(
    ctx: AppContext, qtbot: QtBot, typed: str, code: str
) -> None:
    window, box = _help_list(ctx, qtbot)
    qtbot.keyClicks(box, typed)
    assert not box.view().isVisible()  # the Space in the name did not open the list
    assert box.currentData() == code
    assert ctx.settings["safety.region"] == "IE"  # typing alone changes nothing
    qtbot.keyClick(box, Qt.Key.Key_Return)
    assert ctx.settings["safety.region"] == "IE"  # nor Enter: it takes you to the button
    assert window.focusWidget() is window.picker.use
    qtbot.keyClick(window.picker.use, Qt.Key.Key_Return)
    assert ctx.settings["safety.region"] == code
    assert window.region_line.undo.isVisible()


@pytest.mark.parametrize(
    ("typed", "code"),
    [("Estados Unidos", "US"), ("reino unido", "GB"), ("Nueva Zelanda", "NZ"), ("sudafrica", "ZA")],
)
def test_a_spanish_name_typed_then_enter_is_that_country(
    ctx: AppContext, qtbot: QtBot, spanish: None, typed: str, code: str
) -> None:
    window, box = _help_list(ctx, qtbot)
    qtbot.keyClicks(box, typed)
    qtbot.keyClick(box, Qt.Key.Key_Return)
    assert box.currentData() == code and ctx.settings["safety.region"] == "IE"
    qtbot.keyClick(window.picker.use, Qt.Key.Key_Return)
    assert ctx.settings["safety.region"] == code


def test_a_name_typed_in_the_open_list_then_enter_is_that_country(
    ctx: AppContext, qtbot: QtBot
) -> None:
    window, box = _help_list(ctx, qtbot)
    box.showPopup()
    view = box.view()
    qtbot.waitUntil(view.isVisible)
    qtbot.keyClicks(view, "United States")
    assert view.currentIndex().row() == box.findData("US")
    qtbot.keyClick(view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.focusWidget() is window.picker.use)
    assert box.currentData() == "US" and ctx.settings["safety.region"] == "IE"
    qtbot.keyClick(window.picker.use, Qt.Key.Key_Return)
    assert ctx.settings["safety.region"] == "US"


def test_a_pause_starts_a_new_name_and_backspace_takes_a_letter_back(
    ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    _window, box = _help_list(ctx, qtbot)
    qtbot.keyClicks(box, "United Kingdon")
    assert box.currentData() == "GB"  # a slip leaves the list where the name was going
    qtbot.keyClick(box, Qt.Key.Key_Backspace)
    qtbot.keyClicks(box, "m")
    assert box.currentData() == "GB"
    monkeypatch.setattr(region, "TYPING_PAUSE", 0.0)
    qtbot.wait(20)
    qtbot.keyClicks(box, "i")  # after a pause: a new name
    assert box.currentData() == "IS"  # Iceland, the first I
    qtbot.keyClick(box, Qt.Key.Key_Space)  # Space on its own still opens the list
    qtbot.waitUntil(box.view().isVisible)
    box.hidePopup()


def _type_as_a_keyboard_does(qtbot: QtBot, widget: QWidget, words: str) -> None:
    """Each capital after a press of Shift alone (a key with no text), as X sends them."""
    for letter in words:
        if letter.isupper():
            qtbot.keyPress(widget, Qt.Key.Key_Shift)
            qtbot.keyClick(widget, letter, Qt.KeyboardModifier.ShiftModifier)
            qtbot.keyRelease(widget, Qt.Key.Key_Shift, Qt.KeyboardModifier.ShiftModifier)
        else:
            qtbot.keyClicks(widget, letter)


def test_shift_for_a_capital_is_still_typing(ctx: AppContext, qtbot: QtBot) -> None:
    _window, box = _help_list(ctx, qtbot)
    _type_as_a_keyboard_does(qtbot, box, "New Zealand")
    assert box.currentData() == "NZ"
    box.showPopup()
    view = box.view()
    qtbot.waitUntil(view.isVisible)
    _type_as_a_keyboard_does(qtbot, view, "South Africa")
    assert view.currentIndex().row() == box.findData("ZA")
    box.hidePopup()


def test_the_question_row_is_never_found(ctx: AppContext, qtbot: QtBot) -> None:
    _window, box = _help_list(ctx, qtbot)
    qtbot.keyClicks(box, "Cho")
    assert box.currentData() not in ("", None)  # not "Choose your country"


def test_the_welcome_list_finds_a_typed_name(
    ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(calm, "system_locale_name", lambda: "C.UTF-8")
    window = cast(FirstRunWindow, ctx.windows.show("first-run"))
    qtbot.waitExposed(window)
    box = window.country.picker.box
    box.setFocus()
    qtbot.keyClicks(box, "New Zealand")
    qtbot.keyClick(box, Qt.Key.Key_Return)
    assert ctx.settings["safety.region"] == "NZ"
    assert window.isVisible()


def _settings_box(ctx: AppContext, qtbot: QtBot) -> tuple[SettingsWindow, QComboBox]:
    ctx.settings.set("safety.region", "GB")
    window = cast(SettingsWindow, ctx.windows.show("settings"))
    qtbot.waitExposed(window)
    window.tabs.show_page(SAFETY_SECTION)
    [box] = [c for c in window.findChildren(QComboBox) if c.findData("US") >= 0]
    box.setFocus()
    return window, box


def test_the_settings_field_finds_a_typed_name(ctx: AppContext, qtbot: QtBot) -> None:
    _window, box = _settings_box(ctx, qtbot)
    qtbot.keyClicks(box, "United States")
    assert not box.view().isVisible()
    assert box.currentData() == "US"
    qtbot.keyClick(box, Qt.Key.Key_Return)
    assert ctx.settings["safety.region"] == "US"


def test_the_settings_field_saves_only_the_country_chosen(
    ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Typing "United Kingdom" saved the United Arab Emirates first, and each country the
    name passed on its way: only the one chosen is saved."""
    _window, box = _settings_box(ctx, qtbot)
    ctx.settings.set("safety.region", "IE")
    qtbot.waitUntil(lambda: box.currentData() == "IE")  # as the window shows it
    saved: list[str] = []
    real_set = ctx.settings.set

    def recorded(name: str, value: object) -> None:
        if name == "safety.region":
            saved.append(str(value))
        real_set(name, value)

    monkeypatch.setattr(ctx.settings, "set", recorded)
    for letter in "United Kingdom":
        qtbot.keyClicks(box, letter)
        assert ctx.settings["safety.region"] == "IE"  # nothing passed on the way is saved
    assert box.currentData() == "GB" and saved == []
    qtbot.keyClick(box, Qt.Key.Key_Return)
    assert ctx.settings["safety.region"] == "GB" and saved == ["GB"]


def test_leaving_the_settings_field_saves_a_whole_name_only(ctx: AppContext, qtbot: QtBot) -> None:
    _window, box = _settings_box(ctx, qtbot)
    qtbot.keyClicks(box, "New Zealand")
    qtbot.keyClick(box, Qt.Key.Key_Tab)  # the whole name, then away: that country
    assert ctx.settings["safety.region"] == "NZ"
    box.setFocus()
    qtbot.keyClicks(box, "Unit")  # on its way, then away: the country in use stays
    assert box.currentData() not in ("NZ", None)
    qtbot.keyClick(box, Qt.Key.Key_Tab)
    assert ctx.settings["safety.region"] == "NZ"
    assert box.currentData() == "NZ"  # and the box shows it again
    box.setFocus()
    qtbot.keyClicks(box, "South Africa")
    assert box.currentData() == "ZA" and ctx.settings["safety.region"] == "NZ"
    # away, as a click elsewhere takes it (sent here: an offscreen window is never active)
    QApplication.sendEvent(box, QFocusEvent(QEvent.Type.FocusOut, Qt.FocusReason.MouseFocusReason))
    assert ctx.settings["safety.region"] == "ZA"
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Down)  # an arrow is a choice, as in every list
    assert ctx.settings["safety.region"] == box.currentData() != "ZA"


def _open_settings_list(qtbot: QtBot, box: QComboBox) -> QAbstractItemView:
    """The list opened as a click on the box opens it; its view has the keyboard."""
    box.showPopup()
    view = box.view()
    qtbot.waitUntil(view.isVisible)
    return view


@pytest.mark.parametrize(("typed", "code"), [("United Kingdom", "GB"), ("Ireland", "IE")])
def test_a_name_typed_in_the_settings_open_list_then_enter_is_saved(
    ctx: AppContext, qtbot: QtBot, typed: str, code: str
) -> None:
    """The list opened, a name typed, Enter: the box showed the country but nothing was
    saved (the open list takes Enter before the box hears it), and leaving put it back."""
    _window, box = _settings_box(ctx, qtbot)
    ctx.settings.set("safety.region", "US")
    qtbot.waitUntil(lambda: box.currentData() == "US")
    view = _open_settings_list(qtbot, box)
    qtbot.keyClicks(view, typed)
    assert ctx.settings["safety.region"] == "US"  # typing alone changes nothing
    qtbot.keyClick(view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not view.isVisible())
    assert ctx.settings["safety.region"] == code  # at once, before leaving
    QApplication.sendEvent(box, QFocusEvent(QEvent.Type.FocusOut, Qt.FocusReason.TabFocusReason))
    assert ctx.settings["safety.region"] == code and box.currentData() == code


def test_a_spanish_name_typed_in_the_settings_open_list_then_enter_is_saved(
    ctx: AppContext, qtbot: QtBot, spanish: None
) -> None:
    _window, box = _settings_box(ctx, qtbot)
    ctx.settings.set("safety.region", "US")
    qtbot.waitUntil(lambda: box.currentData() == "US")
    view = _open_settings_list(qtbot, box)
    qtbot.keyClicks(view, "Reino Unido")
    qtbot.keyClick(view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: ctx.settings["safety.region"] == "GB")


def test_a_click_in_the_settings_open_list_is_saved(ctx: AppContext, qtbot: QtBot) -> None:
    """Half a name typed in the open list, then a click on the row it found."""
    _window, box = _settings_box(ctx, qtbot)
    view = _open_settings_list(qtbot, box)
    qtbot.keyClicks(view, "Irel")
    index = view.currentIndex()
    assert index.row() == box.findData("IE")
    qtbot.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center()
    )
    qtbot.waitUntil(lambda: ctx.settings["safety.region"] == "IE")
    assert not view.isVisible() and box.currentData() == "IE"


def test_arrows_in_the_settings_open_list_then_enter_are_saved(
    ctx: AppContext, qtbot: QtBot
) -> None:
    _window, box = _settings_box(ctx, qtbot)
    view = _open_settings_list(qtbot, box)
    qtbot.keyClicks(view, "Ireland")
    qtbot.keyClick(view, Qt.Key.Key_Down)
    wanted = box.itemData(view.currentIndex().row())
    assert wanted not in ("IE", "GB", None)
    qtbot.keyClick(view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: ctx.settings["safety.region"] == wanted)


def test_an_arrow_after_a_name_typed_on_the_closed_settings_field_is_saved(
    ctx: AppContext, qtbot: QtBot
) -> None:
    _window, box = _settings_box(ctx, qtbot)
    qtbot.keyClicks(box, "Ireland")
    assert ctx.settings["safety.region"] == "GB"
    qtbot.keyClick(box, Qt.Key.Key_Down)
    assert ctx.settings["safety.region"] == box.currentData() not in ("GB", "IE")


def test_half_a_name_then_the_open_list_closed_unpicked_keeps_the_saved_country(
    ctx: AppContext, qtbot: QtBot
) -> None:
    """Half a name on the closed field, the list opened and closed with Escape, then away:
    the saved country stays and the box shows it again."""
    _window, box = _settings_box(ctx, qtbot)
    qtbot.keyClicks(box, "Unit")
    assert box.currentData() != "GB"
    view = _open_settings_list(qtbot, box)
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not view.isVisible())
    assert ctx.settings["safety.region"] == "GB"
    QApplication.sendEvent(box, QFocusEvent(QEvent.Type.FocusOut, Qt.FocusReason.TabFocusReason))
    assert ctx.settings["safety.region"] == "GB" and box.currentData() == "GB"
