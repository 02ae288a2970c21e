"""The crisis lines' region never changes by accident and is never a silent guess: keys and
the wheel over Get help now leave it alone; a change is deliberate, said, and undoable; where
the computer names no country, Footholds asks; the region is named wherever lines show."""

from __future__ import annotations

from typing import cast

import pytest
from PySide6.QtCore import QPoint, QPointF, QRect, Qt
from PySide6.QtGui import QGuiApplication, QWheelEvent
from PySide6.QtWidgets import QApplication, QComboBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot
from settling import settle

from footholds.app.build import AppContext
from footholds.core.settings import SAFETY_SECTION
from footholds.platform import phone_links
from footholds.ui.common import calm, i18n, tokens
from footholds.ui.help import region
from footholds.ui.help.crisis_lines import CrisisLines
from footholds.ui.help.help_now import HelpNowWindow
from footholds.ui.reflect.thought_log import ThoughtLogWindow
from footholds.ui.settings.settings_window import SettingsWindow
from footholds.ui.shell.fallback import FallbackWindow
from footholds.ui.shell.first_run import FirstRunWindow
from footholds.ui.tough_day.tough_day import ToughDayWindow
from support import present

# Spain has no lines of its own in Footholds: the card says what Get help now shows for it
SPAIN_SAID = (
    "For Spain, Get help now will show the emergency number, 112, and a directory of "
    "helplines by country."
)

KEYS = (Qt.Key.Key_Down, Qt.Key.Key_PageDown, Qt.Key.Key_Up, Qt.Key.Key_Home, Qt.Key.Key_End)


@pytest.fixture(autouse=True)
def no_phone(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(phone_links, "can_open", lambda scheme: False)


def _open(ctx: AppContext, qtbot: QtBot, **options: object) -> HelpNowWindow:
    window = cast(HelpNowWindow, ctx.windows.show("help-now", **options))
    qtbot.waitExposed(window)
    return window


def _wheel(widget: QWidget, notches: int) -> None:
    """One wheel turn of `notches` over the middle of `widget`, as a mouse sends it."""
    middle = QPointF(widget.rect().center())
    event = QWheelEvent(
        middle,
        QPointF(widget.mapToGlobal(middle.toPoint())),
        QPoint(0, 0),
        QPoint(0, 120 * notches),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget, event)


def _everything(window: QWidget) -> list[QWidget]:
    return [w for w in window.findChildren(QWidget) if w.isVisible()]


def _press_and_scroll_everywhere(qtbot: QtBot, window: QWidget) -> None:
    """Every key above and both wheel directions, over every visible widget, focused or not."""
    for widget in [window, *_everything(window)]:
        for key in KEYS:
            qtbot.keyClick(widget, key)
        for notches in (-1, 1, -3):
            _wheel(widget, notches)
    for key in KEYS:  # and wherever the focus went
        qtbot.keyClick(QApplication.focusWidget() or window, key)


def test_keys_and_the_wheel_over_the_window_leave_the_region(ctx: AppContext, qtbot: QtBot) -> None:
    ctx.settings.set("safety.region", "GB")
    window = _open(ctx, qtbot)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    lines = window.crisis.text()
    _press_and_scroll_everywhere(qtbot, window)
    assert ctx.settings["safety.region"] == "GB"
    assert window.crisis.text() == lines
    # with the list of countries open, too: it changes nothing until "Use this country"
    window.region_line.change.click()
    _press_and_scroll_everywhere(qtbot, window)
    assert ctx.settings["safety.region"] == "GB"
    assert window.crisis.text() == lines


def test_keys_and_the_wheel_leave_an_unchosen_region_unchosen(
    ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(calm, "system_locale_name", lambda: "C")
    window = _open(ctx, qtbot)
    assert window.asking()
    _press_and_scroll_everywhere(qtbot, window)
    assert ctx.settings["safety.region"] == ""
    assert window.asking()


def test_the_focus_opens_on_the_first_lines_button_never_the_list(
    ctx: AppContext, qtbot: QtBot
) -> None:
    ctx.settings.set("safety.region", "GB")
    window = _open(ctx, qtbot)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    first = window.crisis.first_action()
    assert first is not None and first.hasFocus()
    assert first.text() == "Copy number" and "Samaritans" in first.accessibleName()
    # its ring shows, once the window manager's activation is over
    qtbot.waitUntil(lambda: window.testAttribute(Qt.WidgetAttribute.WA_KeyboardFocusChange))
    assert not isinstance(QApplication.focusWidget(), QComboBox)


def test_a_call_button_where_the_system_can_call(
    ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(phone_links, "can_open", lambda scheme: True)
    ctx.settings.set("safety.region", "GB")
    window = _open(ctx, qtbot)
    opened: list[str] = []
    monkeypatch.setattr(window.crisis, "on_link", opened.append)
    first = present(window.crisis.first_action())
    assert first.text() == "Call"
    window.crisis.set_region("GB")  # rebuilt with the patched handler
    present(window.crisis.first_action()).click()
    assert opened == ["tel:116123"]


def test_the_wheel_turns_the_list_only_once_clicked_into(ctx: AppContext, qtbot: QtBot) -> None:
    ctx.settings.set("safety.region", "GB")
    window = _open(ctx, qtbot)
    window.region_line.change.click()
    box = window.picker.box
    before = box.currentIndex()
    _wheel(box, -1)
    assert box.currentIndex() == before
    box.clicked_into = True  # as a click into it does (the popup is not drawn offscreen)
    _wheel(box, -1)
    assert box.currentIndex() != before
    assert ctx.settings["safety.region"] == "GB"  # still only the list, not the setting


def test_a_change_is_said_in_place_and_can_be_undone(ctx: AppContext, qtbot: QtBot) -> None:
    ctx.settings.set("safety.region", "GB")
    window = _open(ctx, qtbot)
    settle(qtbot, window)
    where = window.crisis.mapTo(window, QPoint(0, 0)).y()
    window.region_line.change.click()
    window.picker.box.setCurrentIndex(window.picker.box.findData("IE"))
    window.picker.use.click()
    assert ctx.settings["safety.region"] == "IE"
    assert window.region_line.said.text() == "Region changed to Ireland."
    assert window.region_line.undo.isVisible() and window.region_line.undo.hasFocus()
    settle(qtbot, window)
    assert window.crisis.mapTo(window, QPoint(0, 0)).y() == where  # nothing moved
    assert "call 112" in window.crisis.text()  # Ireland's own emergency number, not 999
    window.region_line.undo.click()
    assert ctx.settings["safety.region"] == "GB"
    assert "Shout" in window.crisis.text()
    assert window.region_line.where.text() == "Crisis lines for United Kingdom."


def test_keep_as_it_is_changes_nothing(ctx: AppContext, qtbot: QtBot) -> None:
    ctx.settings.set("safety.region", "GB")
    window = _open(ctx, qtbot)
    window.region_line.change.click()
    window.picker.box.setCurrentIndex(window.picker.box.findData("US"))
    window.picker.cancel.click()
    assert ctx.settings["safety.region"] == "GB" and not window.asking()


@pytest.mark.parametrize("system", ["C.UTF-8", "POSIX", "en", "C", "en_ZZ"])
def test_without_a_country_help_asks(
    ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, system: str
) -> None:
    monkeypatch.setattr(calm, "system_locale_name", lambda: system)
    assert region.needs_asking(ctx) and region.chosen_region(ctx) == ""
    window = _open(ctx, qtbot)
    assert window.asking() and window.picker.prompt.text().startswith("Which country")
    assert not window.picker.use.isEnabled()  # "Choose your country" is not a country
    headline = window.crisis.text().splitlines()[0]
    assert headline.endswith("call your local emergency number.")
    assert not any(c.isdigit() for c in headline)  # never another country's number
    window.picker.box.setCurrentIndex(window.picker.box.findData("AU"))
    window.picker.use.click()
    assert ctx.settings["safety.region"] == "AU" and not window.asking()
    assert "000" in window.crisis.text().splitlines()[0]


def test_a_system_country_without_lines_of_its_own_is_asked_about(
    ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(calm, "system_locale_name", lambda: "es_MX.UTF-8")
    assert not region.has_own_lines("MX")
    assert region.needs_asking(ctx) and region.shown_region(ctx) == ""
    window = _open(ctx, qtbot)
    assert window.asking()
    # the system's language is no choice: no number until the person chooses a country
    headline = window.crisis.text().splitlines()[0]
    assert headline.endswith("call your local emergency number.")
    assert "911" not in window.crisis.text()
    assert window.picker.box.currentData() == "MX"  # confirming is one click
    window.picker.use.click()
    assert ctx.settings["safety.region"] == "MX" and not window.asking()
    # the system's language is Spanish, so its data names the country in Spanish (this test
    # installs no translator, so the sentence around it stays English)
    # Footholds has only Mexico's emergency number and the directory: it says so
    # (only the country here: the note under the number says, once, what shows)
    assert window.region_line.where.text() == "Country: México."
    assert "call 911." in window.crisis.text()


def test_a_country_from_the_system_is_named_as_such(
    ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(calm, "system_locale_name", lambda: "en_IE")
    assert region.chosen_region(ctx) == "IE" and region.from_system(ctx)
    window = _open(ctx, qtbot)
    assert not window.asking()
    assert window.region_line.where.text().endswith("from this computer's settings.")


def test_somewhere_else_is_not_a_country_the_adapter_knows() -> None:
    for code in ("", "ZZ", "zz", "  ", "XX"):
        assert not region.is_place(code) and not region.has_own_lines(code)
    assert region.is_place("nz") and region.has_own_lines("NZ")


def test_copy_puts_the_number_on_the_clipboard_without_moving_anything(
    ctx: AppContext, qtbot: QtBot
) -> None:
    ctx.settings.set("safety.region", "GB")
    window = _open(ctx, qtbot)
    button = present(window.crisis.first_action())
    width = button.width()
    button.click()
    assert QGuiApplication.clipboard().text() == "116 123"
    assert button.text() == "Copied" and button.width() == width
    qtbot.waitUntil(lambda: button.text() == "Copy number", timeout=4000)


def test_only_the_last_copy_says_copied(
    ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from footholds.ui.common import buttons

    monkeypatch.setattr(buttons, "COPIED_MS", 300)
    ctx.settings.set("safety.region", "US")
    window = _open(ctx, qtbot)
    first, second = window.crisis.copies[:2]
    words = first.text(), second.text()
    width = first.width(), second.width()
    first.click()
    second.click()
    assert QGuiApplication.clipboard().text() == "988"
    assert first.text() == words[0]  # the clipboard holds the second number now
    assert second.text() == "Copied"
    assert (first.width(), second.width()) == width  # nothing moved
    second.click()  # pressed again while it says so: its own words still come back
    qtbot.waitUntil(lambda: second.text() == words[1], timeout=2000)
    qtbot.wait(400)
    assert (first.text(), second.text()) == words


def test_the_tough_day_footer_names_the_region_and_changes_it_in_one_click(
    ctx: AppContext, qtbot: QtBot
) -> None:
    ctx.settings.set("safety.region", "NZ")
    window = cast(ToughDayWindow, ctx.windows.show("tough-day"))
    qtbot.waitExposed(window)
    assert window.crisis.where is not None and window.crisis.change is not None
    assert window.crisis.where.text() == "Crisis lines for New Zealand."
    assert window.crisis.change.isVisible()
    window.crisis.change.click()
    help_now = cast(HelpNowWindow, ctx.windows.get("help-now"))
    qtbot.waitUntil(help_now.isVisible)
    assert help_now.asking() and help_now.picker.box.currentData() == "NZ"
    help_now.picker.box.setCurrentIndex(help_now.picker.box.findData("AU"))
    help_now.picker.use.click()
    assert window.crisis.where.text() == "Crisis lines for Australia."
    assert "000" in window.crisis.text()


def test_the_tough_day_footer_says_when_no_country_is_chosen(
    ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(calm, "system_locale_name", lambda: "POSIX")
    window = cast(ToughDayWindow, ctx.windows.show("tough-day"))
    qtbot.waitExposed(window)
    assert present(window.crisis.where).text() == "No country chosen yet."
    assert "call your local emergency number" in window.crisis.text()


def test_a_spanish_system_shows_no_number_until_a_country_is_chosen(
    ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Spanish on the computer is no country (it may be Mexico, not Spain's 112): the tough
    day's footer and Get help now show no number, only the way to choose one."""
    monkeypatch.setattr(calm, "system_locale_name", lambda: "es_ES.UTF-8")
    ctx.settings.set("general.language", "es")
    assert i18n.apply(ctx) == "es"
    try:
        window = cast(ToughDayWindow, ctx.windows.show("tough-day"))
        qtbot.waitExposed(window)
        footer = window.crisis.text()
        assert not any(c.isdigit() for c in footer), footer
        assert "número de emergencias" in footer
        assert present(window.crisis.change).text() == "Elige tu país"
        help_now = _open(ctx, qtbot)
        assert help_now.asking()
        assert not any(c.isdigit() for c in help_now.crisis.text().splitlines()[0])
        assert help_now.picker.box.currentData() == "ES"  # one click to confirm it
    finally:
        ctx.settings.set("general.language", "en")
        i18n.remove(ctx.app)


def test_the_settings_region_field_ignores_the_wheel_until_focused(
    ctx: AppContext, qtbot: QtBot
) -> None:
    ctx.settings.set("safety.region", "GB")
    window = cast(SettingsWindow, ctx.windows.show("settings"))
    qtbot.waitExposed(window)
    window.tabs.show_page(SAFETY_SECTION)  # built when first shown
    combo = window.findChildren(QComboBox)
    [box] = [c for c in combo if c.findData("GB") >= 0 and c.findData("US") >= 0]
    box.clearFocus()
    _wheel(box, -1)
    assert ctx.settings["safety.region"] == "GB"


# -- help is one click from everywhere ------------------------------------------------------


def test_tough_day_and_get_help_now_come_first_in_the_tray_menu_marked(ctx: AppContext) -> None:
    actions = ctx.tray.menu.actions()
    assert [a.text().replace("&", "") for a in actions[:2]] == ["Tough day", "Get help now"]
    assert all(not a.icon().isNull() and a.font().bold() for a in actions[:2])
    # the safety plan keeps them company above the line, unmarked: the marks stay for help
    assert actions[2].text().replace("&", "") == "Safety plan" and not actions[2].font().bold()
    assert actions[3].isSeparator()
    assert not any(a.font().bold() for a in actions[2:])


def test_the_no_tray_window_shows_them_first_with_the_region(ctx: AppContext, qtbot: QtBot) -> None:
    from footholds.app import build as app_module

    app_module._open_fallback(ctx)
    window = cast(FallbackWindow, ctx.windows.fallback)
    qtbot.addWidget(window)
    buttons = [b for b in window.findChildren(QPushButton) if b.isVisible()]
    assert [b.text() for b in buttons[:2]] == ["Tough day", "Get help now"]
    assert not buttons[0].icon().isNull() and buttons[1].font().bold()
    ctx.settings.set("safety.region", "IE")
    crisis = cast(CrisisLines, window.crisis)  # typed QWidget | None; the compact lines
    assert present(crisis.where).text() == "Crisis lines for Ireland."
    assert "112" in crisis.text()


def test_the_thought_log_keeps_its_standing_line(ctx: AppContext, qtbot: QtBot) -> None:
    window = cast(ThoughtLogWindow, ctx.windows.show("thought-log"))
    qtbot.waitExposed(window)
    assert present(window.help_link.words).text() == (
        "If the thought is about ending your life or hurting yourself, Get help now is here."
    )
    for _ in range(4):  # on every page of the questions
        if window.next.isVisible() and window.next.isEnabled():
            window.next.click()
        assert window.help_link.isVisible()


# -- the first-run card asks -------------------------------------------------------------


def test_the_first_run_card_asks_for_the_country_when_the_system_does_not_say(
    ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(calm, "system_locale_name", lambda: "C.UTF-8")
    window = cast(FirstRunWindow, ctx.windows.show("first-run"))
    qtbot.waitExposed(window)
    country = window.country
    assert country.picker.isVisible() and not country.confirm.isVisible()
    country.picker.box.setCurrentIndex(country.picker.box.findData("ES"))
    country.picker.use.click()
    assert ctx.settings["safety.region"] == "ES"
    assert country.said.text() == SPAIN_SAID and not country.picker.isVisible()


def test_the_first_run_card_names_a_country_with_lines_plainly(
    ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(calm, "system_locale_name", lambda: "C.UTF-8")
    window = cast(FirstRunWindow, ctx.windows.show("first-run"))
    qtbot.waitExposed(window)
    country = window.country
    country.picker.box.setCurrentIndex(country.picker.box.findData("GB"))
    country.picker.use.click()
    assert country.said.text() == "Crisis lines for United Kingdom."


def test_not_sure_on_the_first_run_card_says_what_help_shows(
    ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(calm, "system_locale_name", lambda: "C.UTF-8")
    window = cast(FirstRunWindow, ctx.windows.show("first-run"))
    qtbot.waitExposed(window)
    country = window.country
    assert not country.said.isVisible() and country.picker.prompt.isVisible()
    box = country.picker.box
    box.setCurrentIndex(box.findData("ZZ"))
    assert country.picker.use.isEnabled()
    country.picker.use.click()
    assert ctx.settings["safety.region"] == "ZZ"
    # something plainly happened: what Get help now will show, and the list to choose later
    assert present(country.said).text() == (
        "Get help now will show a directory of helplines by country. Whenever you know your "
        "country, you can choose it here."
    )
    assert not country.picker.prompt.isVisible()  # the line above says it, once
    assert country.picker.isVisible() and box.currentData() == "ZZ"
    assert not country.picker.use.isEnabled()  # already kept: nothing left to use
    box.setCurrentIndex(box.findData("IE"))
    assert country.picker.use.isEnabled()
    country.picker.use.click()
    assert country.said.text() == "Crisis lines for Ireland." and not country.picker.isVisible()


def test_the_first_run_card_asks_to_confirm_the_systems_country(
    ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(calm, "system_locale_name", lambda: "en_CA")
    window = cast(FirstRunWindow, ctx.windows.show("first-run"))
    qtbot.waitExposed(window)
    country = window.country
    assert country.said.text() == "Your computer says you are in Canada. Is that right?"
    assert ctx.settings["safety.region"] == ""  # not written until confirmed
    country.confirm.click()
    assert ctx.settings["safety.region"] == "CA"
    assert not country.confirm.isVisible()
    country.other.click()
    assert country.picker.isVisible()


def test_choosing_the_same_country_says_nothing(ctx: AppContext, qtbot: QtBot) -> None:
    ctx.settings.set("safety.region", "GB")
    window = _open(ctx, qtbot)
    window.region_line.change.click()
    window.picker.use.click()  # the list opens on the country shown
    assert window.region_line.currentIndex() == 0 and not window.asking()
    assert ctx.settings["safety.region"] == "GB"


def test_the_spanish_picker_names_every_country_in_spanish(ctx: AppContext, qtbot: QtBot) -> None:
    from footholds.core import resource_files
    from footholds.ui.common import i18n
    from footholds.ui.help.region import RegionPicker, sort_key

    spanish = resource_files.read_json("crisis", "names.es.json")["countries"]
    ctx.settings.set("general.language", "es")
    assert i18n.apply(ctx) == "es"
    try:
        picker = RegionPicker(ctx)
        qtbot.addWidget(picker)
        box = picker.box
        shown = {box.itemData(i): box.itemText(i) for i in range(3, box.count())}
        assert shown == {code: spanish[code] for code in shown}
        assert len(shown) == len(spanish)
        assert shown["DE"] == "Alemania" and shown["MX"] == "México"
        names = list(shown.values())
        assert names == sorted(names, key=sort_key)
        # an accented letter sorts with its plain one, not after Z
        assert names.index("Islas Åland") < names.index("Islas Caimán")
    finally:
        ctx.settings.set("general.language", "en")
        i18n.remove(ctx.app)


def test_an_accented_name_sorts_with_its_letter(ctx: AppContext) -> None:
    names = [name for _code, name in region.region_names(ctx)]
    assert names.index("Åland Islands") < names.index("Albania")


def _pick_from_open_list(qtbot: QtBot, box: QComboBox, code: str) -> None:
    """Open the list of countries and click `code`'s row, as a person with a mouse does."""
    box.showPopup()
    view = box.view()
    qtbot.waitUntil(view.isVisible)
    qtbot.wait(QApplication.doubleClickInterval() + 50)  # Qt ignores a release this soon
    row = box.model().index(box.findData(code), 0)
    view.scrollTo(row)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(row).center())
    qtbot.waitUntil(lambda: not view.isVisible())


def test_a_country_picked_from_the_open_list_waits_for_use_this_country(
    ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(calm, "system_locale_name", lambda: "C")
    window = _open(ctx, qtbot)
    assert window.asking()
    _pick_from_open_list(qtbot, window.picker.box, "GB")
    qtbot.waitUntil(lambda: window.focusWidget() is window.picker.use)
    assert window.picker.box.currentData() == "GB" and ctx.settings["safety.region"] == ""
    window.picker.use.click()
    assert ctx.settings["safety.region"] == "GB"
    assert "Samaritans" in window.crisis.text() and not window.asking()
    assert window.region_line.undo.isVisible()  # and a mistaken pick is one click to undo
    # an arrow key on the closed list, later, still only moves the list
    window.region_line.change.click()
    qtbot.keyClick(window.picker.box, Qt.Key.Key_Down)
    qtbot.wait(20)
    assert ctx.settings["safety.region"] == "GB"


def test_the_first_run_card_uses_a_country_picked_from_the_list(
    ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(calm, "system_locale_name", lambda: "C")
    window = cast(FirstRunWindow, ctx.windows.show("first-run"))
    qtbot.waitExposed(window)
    country = window.country
    assert country.picker.isVisible()
    _pick_from_open_list(qtbot, country.picker.box, "IE")
    assert ctx.settings["safety.region"] == "IE"
    assert country.said.text() == "Crisis lines for Ireland." and not country.picker.isVisible()


def test_the_guess_in_the_list_never_reads_as_a_chosen_country(
    ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Get help now's list stood on "España" (the system's language) with no word that it
    was not chosen, while the lines under it showed no number: it read as if Spain were set
    and its 112 missing. A line under the list says so, in room kept for it (nothing moves
    as the person goes through the list), until the country is used."""
    monkeypatch.setattr(calm, "system_locale_name", lambda: "es_ES.UTF-8")
    window = _open(ctx, qtbot)
    assert window.asking() and window.picker.box.currentData() == "ES"
    still = window.region.still
    not_yet = "Not chosen yet: the numbers for this country show once you press “Use this country”."
    assert still.isVisible() and still.text() == not_yet
    height = still.height()
    window.picker.box.setCurrentIndex(0)  # "Choose your country": no country to speak of
    assert still.text() == "" and still.isVisible()
    window.picker.box.setCurrentIndex(window.picker.box.findData("FR"))
    assert still.text() == not_yet
    settle(qtbot, window)
    assert still.height() == height
    window.picker.use.click()
    assert ctx.settings["safety.region"] == "FR" and not still.isVisible()


def test_the_line_under_the_list_has_room_between_it_and_the_danger_sentence(
    ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """ "Not chosen yet: …" sat against the large danger sentence under it, the two read as
    one block: the S between rows is kept under its words."""
    monkeypatch.setattr(calm, "system_locale_name", lambda: "C")
    window = _open(ctx, qtbot)
    window.picker.box.setCurrentIndex(window.picker.box.findData("GB"))
    settle(qtbot, window)
    still = window.region.still
    assert still.text().startswith("Not chosen yet")
    top = still.mapTo(window, still.rect().topLeft()).y() + still.contentsMargins().top()
    words = still.fontMetrics().boundingRect(
        QRect(0, 0, still.contentsRect().width(), 10_000),
        Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft,
        still.text(),
    )
    danger = window.crisis.mapTo(window, window.crisis.rect().topLeft()).y()
    assert danger - (top + words.height()) >= tokens.S


def test_the_welcome_says_the_guessed_country_is_not_set_and_alt_u_reaches_it(
    ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """On a fresh start in Spanish, Enter pressed "Got it" and the country stayed unchosen,
    though the box said "España": nothing said it was not set, nor why it mattered."""
    monkeypatch.setattr(calm, "system_locale_name", lambda: "es_ES.UTF-8")
    window = cast(FirstRunWindow, ctx.windows.show("first-run"))
    window.activateWindow()
    qtbot.waitUntil(window.ok.hasFocus)
    check = window.country
    assert check.picker.box.currentData() == "ES"
    assert check.unset.isVisible()
    assert check.unset.text() == (
        "Not set yet: press “Use this country” so Get help now can show the numbers for it."
    )
    # one key from "Got it", with no Tab through the page: Alt+U (pressed on the desktop;
    # offscreen Qt does not run mnemonics), the only Alt key on the card
    assert check.picker.use.text() == "&Use this country"
    marked = [b.text() for b in window.findChildren(QPushButton) if "&" in b.text()]
    assert [t.split("&")[1][:1].lower() for t in marked].count("u") == 1
    check.picker.use.click()
    assert ctx.settings["safety.region"] == "ES"
    assert not check.unset.isVisible()


def test_enter_on_the_welcome_still_chooses_no_country(
    ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The rule stays: a guess is no choice, and Enter presses "Got it"."""
    monkeypatch.setattr(calm, "system_locale_name", lambda: "es_ES.UTF-8")
    window = cast(FirstRunWindow, ctx.windows.show("first-run"))
    window.activateWindow()
    qtbot.waitUntil(window.ok.hasFocus)
    qtbot.keyClick(window.ok, Qt.Key.Key_Return)
    assert not window.isVisible()
    assert ctx.settings["safety.region"] == "" and region.needs_asking(ctx)
