"""Get help now for someone who is not sure where they are, who only uses the keyboard, and
who needs a number typed elsewhere: "not sure" first in the list, with Undo; Enter on the
closed list uses the country; a copy for every number, the emergency one too."""

from __future__ import annotations

from typing import cast

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot
from settling import settle

from footholds.app.build import AppContext
from footholds.platform import phone_links
from footholds.ui.common import calm, i18n
from footholds.ui.common.undo import UNDO_SECONDS
from footholds.ui.help.help_now import HelpNowWindow
from footholds.ui.shell.first_run import FirstRunWindow

# Spain has no lines of its own in Footholds: the card says what Get help now shows for it
SPAIN_SAID = (
    "For Spain, Get help now will show the emergency number, 112, and a directory of "
    "helplines by country."
)


@pytest.fixture(autouse=True)
def no_phone(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(phone_links, "can_open", lambda scheme: False)


def _open(ctx: AppContext, qtbot: QtBot) -> HelpNowWindow:
    window = cast(HelpNowWindow, ctx.windows.show("help-now"))
    qtbot.waitExposed(window)
    return window


# -- "not sure" -----------------------------------------------------------------------------


def test_not_sure_is_the_first_choice_under_the_question(
    ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(calm, "system_locale_name", lambda: "C")
    box = _open(ctx, qtbot).picker.box
    assert box.itemData(0) == "" and box.itemText(0) == "Choose your country"
    assert box.itemData(1) == "ZZ" and box.itemText(1) == "Not sure, or somewhere else"
    assert [box.itemData(i) for i in range(box.count())].count("ZZ") == 1  # not after Zimbabwe
    assert box.itemText(box.count() - 1) == "Zimbabwe"


def test_not_sure_is_first_in_spanish_too(ctx: AppContext, qtbot: QtBot) -> None:
    ctx.settings.set("general.language", "es")
    assert i18n.apply(ctx) == "es"
    try:
        box = _open(ctx, qtbot).picker.box
        assert box.itemText(1) == "No lo sé, o es otro país" and box.itemData(1) == "ZZ"
    finally:
        ctx.settings.set("general.language", "en")
        i18n.remove(ctx.app)


@pytest.mark.parametrize("locale_name", ["C", "en_MX.UTF-8"])
def test_with_no_country_chosen_no_note_says_there_are_no_lines(
    ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, locale_name: str
) -> None:
    # nothing set, or only a guess from the computer (Mexico, with no lines of its own):
    # "no lines for your region" would be untrue, as no region is chosen at all; how to
    # choose one is the list's to say, just above, not the directory's note again
    monkeypatch.setattr(calm, "system_locale_name", lambda: locale_name)
    window = _open(ctx, qtbot)
    assert window.asking()
    text = window.crisis.text()
    assert "your region" not in text
    assert "No country is chosen yet" not in text and "Use this country" not in text
    assert "call your local emergency number." in text and "findahelpline.com" in text
    assert "911" not in text and "112" not in text  # Mexico's number is no one's choice yet
    checked = next(x.text() for x in window.crisis.labels if "Directory link" in x.text())
    assert checked.startswith("Directory link checked on ") and checked.endswith(".")
    assert checked.count(".") == 1  # the date, and nothing after it


def test_with_no_country_chosen_how_to_choose_is_said_once(
    ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """In Spanish on a computer in Spain the list stood on «España», with "Not chosen yet:
    … press “Use this country”" under it and, a few lines down, the directory's note saying
    the same again. The line under the list says it; the note under the directory does not."""
    monkeypatch.setattr(calm, "system_locale_name", lambda: "es_ES.UTF-8")
    ctx.settings.set("general.language", "es")
    assert i18n.apply(ctx) == "es"
    try:
        window = _open(ctx, qtbot)
        assert window.picker.box.currentData() == "ES"
        assert "«Usar este país»" in window.region.still.text()
        text = window.crisis.text()
        assert "Usar este país" not in text and "Todavía no has elegido" not in text
        assert "tu región" not in text and "112" not in text
        assert "Enlace del directorio comprobado el " in text
    finally:
        ctx.settings.set("general.language", "en")
        i18n.remove(ctx.app)


def test_choosing_not_sure_offers_undo_like_any_other_country(
    ctx: AppContext, qtbot: QtBot
) -> None:
    ctx.settings.set("safety.region", "GB")
    window = _open(ctx, qtbot)
    window.region_line.change.click()
    box = window.picker.box
    box.setCurrentIndex(box.findData("ZZ"))
    window.picker.use.click()
    assert ctx.settings["safety.region"] == "ZZ"
    assert window.asking()  # the directory shows, and the list stays to choose from
    line = window.region_line
    assert line.isVisible() and line.undo.isVisible()
    assert line.said.text() == "Region changed to “Not sure, or somewhere else”."
    assert window.focusWidget() is line.undo
    line.undo.click()
    assert ctx.settings["safety.region"] == "GB"
    assert "Samaritans" in window.crisis.text() and not window.asking()


def test_the_undo_for_not_sure_goes_when_its_time_is_up(ctx: AppContext, qtbot: QtBot) -> None:
    ctx.settings.set("safety.region", "GB")
    window = _open(ctx, qtbot)
    window.region_line.change.click()
    window.picker.box.setCurrentIndex(window.picker.box.findData("ZZ"))
    window.picker.use.click()
    assert window.focusWidget() is window.region_line.undo
    window.region_line.timer.timeout.emit()  # as when UNDO_SECONDS have passed
    assert UNDO_SECONDS > 0
    assert not window.region_line.isVisible() and window.asking()
    assert window.focusWidget() is window.picker.box  # the keyboard stays in the window


def test_change_country_never_takes_the_place_of_undo(ctx: AppContext, qtbot: QtBot) -> None:
    """A click meant for Undo, a moment late, lands on nothing rather than on "Change
    country"; the keyboard left on Undo goes back to the lines, not onto "Change country"."""
    ctx.settings.set("safety.region", "NZ")
    window = _open(ctx, qtbot)
    line = window.region_line
    window.region_line.change.click()
    window.picker.box.setCurrentIndex(window.picker.box.findData("AU"))
    window.picker.use.click()
    qtbot.wait(100)  # the layout settled
    assert line.undo.isVisible() and window.focusWidget() is line.undo
    undo, place = line.undo.geometry(), line.change.geometry()
    assert not undo.intersects(place)
    line.timer.timeout.emit()  # as when UNDO_SECONDS have passed
    qtbot.wait(100)  # the layout settled
    assert not line.undo.isVisible() and line.change.isVisible()
    assert line.change.geometry() == place  # "Change country" where it always is
    assert not line.change.geometry().intersects(undo)
    assert window.focusWidget() is not line.change
    assert window.focusWidget() is window.crisis.first_action()


def test_the_lines_shown_are_named_while_another_country_is_in_the_list(
    ctx: AppContext, qtbot: QtBot
) -> None:
    ctx.settings.set("safety.region", "NZ")
    window = _open(ctx, qtbot)
    window.region_line.change.click()
    still = window.region.still
    assert still.isVisible() and not still.text().strip()  # the same country: nothing to say
    height = still.height()
    window.picker.box.setCurrentIndex(window.picker.box.findData("AU"))
    assert "111" in window.crisis.text()  # still New Zealand's, and it says so
    assert still.text() == (
        "The numbers above are still for New Zealand until you press “Use this country”."
    )
    QGuiApplication.processEvents()
    assert still.height() == height  # its line was kept: nothing below jumped
    window.picker.use.click()
    assert not still.isVisible() and "000" in window.crisis.text()


def test_the_line_naming_the_lines_keeps_room_for_two_lines_when_it_wraps(
    ctx: AppContext, qtbot: QtBot
) -> None:
    ctx.settings.set("general.language", "es")
    ctx.settings.set("safety.region", "NZ")
    window = _open(ctx, qtbot)
    window.resize(window.minimumSizeHint().width(), window.height())
    window.region_line.change.click()
    settle(qtbot, window)
    still = window.region.still
    height, below = still.height(), window.crisis.mapTo(window, window.crisis.rect().topLeft())
    line = still.fontMetrics().lineSpacing()
    window.picker.box.setCurrentIndex(window.picker.box.findData("AU"))
    settle(qtbot, window)
    assert "Nueva Zelanda" in still.text()
    assert still.heightForWidth(still.width()) > line * 1.5  # it wraps here: two lines
    assert still.height() == height  # kept from the start: nothing below moved
    assert window.crisis.mapTo(window, window.crisis.rect().topLeft()) == below


def test_not_sure_again_is_no_change(ctx: AppContext, qtbot: QtBot) -> None:
    ctx.settings.set("safety.region", "ZZ")
    window = _open(ctx, qtbot)
    window.picker.use.click()  # the list stands on "not sure" already
    assert not window.region_line.isVisible()  # nothing changed, nothing to undo


# -- Enter on the closed list ------------------------------------------------------------


def test_enter_on_the_closed_list_stands_on_the_country_until_it_is_used(
    ctx: AppContext, qtbot: QtBot
) -> None:
    ctx.settings.set("safety.region", "GB")
    window = _open(ctx, qtbot)
    window.region_line.change.click()
    box = window.picker.box
    assert window.focusWidget() is box and not box.view().isVisible()
    box.setCurrentIndex(box.findData("IE"))
    qtbot.keyClick(box, Qt.Key.Key_Return)
    # Enter picks the country in the list; the lines change only on "Use this country"
    assert ctx.settings["safety.region"] == "GB" and window.asking()
    assert window.focusWidget() is window.picker.use
    qtbot.keyClick(window.picker.use, Qt.Key.Key_Return)
    assert ctx.settings["safety.region"] == "IE"
    assert not window.asking() and window.region_line.undo.isVisible()
    assert "Ireland" in window.region_line.said.text()


def test_enter_on_the_question_row_changes_nothing(ctx: AppContext, qtbot: QtBot) -> None:
    ctx.settings.set("safety.region", "GB")
    window = _open(ctx, qtbot)
    window.region_line.change.click()
    window.picker.box.setCurrentIndex(0)  # "Choose your country"
    qtbot.keyClick(window.picker.box, Qt.Key.Key_Enter, Qt.KeyboardModifier.KeypadModifier)
    assert ctx.settings["safety.region"] == "GB" and window.asking()


def test_enter_on_the_first_run_list_uses_the_country(
    ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(calm, "system_locale_name", lambda: "C.UTF-8")
    window = cast(FirstRunWindow, ctx.windows.show("first-run"))
    qtbot.waitExposed(window)
    country = window.country
    country.picker.box.setFocus()
    country.picker.box.setCurrentIndex(country.picker.box.findData("ES"))
    qtbot.keyClick(country.picker.box, Qt.Key.Key_Return)
    assert ctx.settings["safety.region"] == "ES"
    assert window.isVisible()  # Enter chose the country; it did not close the welcome
    assert country.said.text() == SPAIN_SAID
    assert window.focusWidget() is country.other


def test_not_sure_at_first_run_keeps_the_keyboard_on_the_list(
    ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(calm, "system_locale_name", lambda: "C.UTF-8")
    window = cast(FirstRunWindow, ctx.windows.show("first-run"))
    qtbot.waitExposed(window)
    box = window.country.picker.box
    box.setFocus()
    box.setCurrentIndex(box.findData("ZZ"))
    qtbot.keyClick(box, Qt.Key.Key_Return)
    assert ctx.settings["safety.region"] == "ZZ"
    assert window.focusWidget() is box  # not on the hidden "Change"


# -- a copy for every number -------------------------------------------------------------


def _by_name(window: HelpNowWindow) -> dict[str, QPushButton]:
    return {b.accessibleName(): b for b in window.crisis.copies}


def test_the_emergency_number_has_its_copy(ctx: AppContext, qtbot: QtBot) -> None:
    ctx.settings.set("safety.region", "GB")
    window = _open(ctx, qtbot)
    copy = window.crisis.emergency_copy
    assert copy is not None and copy.isVisible() and copy.text() == "Copy number"
    assert copy.accessibleName() == "Copy the emergency number"
    copy.click()
    assert QGuiApplication.clipboard().text() == "999"
    assert window.crisis.first_action() is not copy  # help still opens on the first line


def test_no_emergency_copy_where_there_is_no_number(ctx: AppContext, qtbot: QtBot) -> None:
    ctx.settings.set("safety.region", "ZZ")
    window = _open(ctx, qtbot)
    assert window.crisis.emergency_copy is None


def test_a_keyword_line_copies_its_number_and_says_the_word(ctx: AppContext, qtbot: QtBot) -> None:
    ctx.settings.set("safety.region", "GB")
    window = _open(ctx, qtbot)
    shout = _by_name(window)["Copy the text number for Shout"]
    assert shout.text() == "Copy text number"
    assert "SHOUT" in shout.accessibleDescription() and "85258" in shout.accessibleDescription()
    shout.click()
    assert QGuiApplication.clipboard().text() == "85258"  # for the "To" of a message
    html = "".join(label.text() for label in window.crisis.labels)
    assert "<b>SHOUT</b>" in html  # the word to send, plain beside it


def test_a_line_with_a_separate_text_number_has_a_copy_for_each(
    ctx: AppContext, qtbot: QtBot
) -> None:
    ctx.settings.set("safety.region", "US")
    window = _open(ctx, qtbot)
    names = _by_name(window)
    veterans = names["Copy the text number for Veterans Crisis Line"]
    veterans.click()
    assert QGuiApplication.clipboard().text() == "838255"
    names["Copy the number for Veterans Crisis Line"].click()
    assert QGuiApplication.clipboard().text() == "988"
    names["Copy the text number for Crisis Text Line"].click()
    assert QGuiApplication.clipboard().text() == "741741"
    # 988 is both the call and the text number: one copy is enough
    assert "Copy the text number for 988 Suicide & Crisis Lifeline" not in names


def test_copied_moves_nothing(ctx: AppContext, qtbot: QtBot) -> None:
    ctx.settings.set("safety.region", "US")
    window = _open(ctx, qtbot)
    copies = window.crisis.copies
    assert len({b.width() for b in copies}) == 1  # one calm column
    places = [(b.mapTo(window, b.rect().topLeft()), b.size()) for b in copies]
    for button in copies:
        button.click()
        QGuiApplication.processEvents()
        # only the last copied says so: the clipboard holds its number alone
        assert [b for b in copies if b.text() == "Copied"] == [button]
        assert [(b.mapTo(window, b.rect().topLeft()), b.size()) for b in copies] == places


def test_the_copies_in_spanish(ctx: AppContext, qtbot: QtBot) -> None:
    ctx.settings.set("safety.region", "GB")
    ctx.settings.set("general.language", "es")
    assert i18n.apply(ctx) == "es"
    try:
        window = _open(ctx, qtbot)
        names = _by_name(window)
        assert "Copiar el número de emergencias" in names
        assert "Copiar el número de SMS de Shout" in names
        shout = names["Copiar el número de SMS de Shout"]
        assert shout.text() == "Copiar número de SMS"
        assert "SHOUT" in shout.accessibleDescription()
    finally:
        ctx.settings.set("general.language", "en")
        i18n.remove(ctx.app)
