"""Settings keeps the lists that are entries, not settings: routine suggestions, own numbers."""

from __future__ import annotations

from typing import cast

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton, QScrollArea
from pytestqt.qtbot import QtBot
from settling import settle
from test_settings_window import FakeAutostart

from footholds.app.build import AppContext
from footholds.core import content
from footholds.core.store import ContentMark, OwnItem, OwnLine
from footholds.core.store.validate import SHORT_LIMIT
from footholds.ui.common.limits import field_limit
from footholds.ui.help.help_now import HelpNowWindow
from footholds.ui.settings.settings_window import SettingsWindow
from footholds.ui.today.routine_suggestions import RoutineSuggestions
from footholds.ui.today.today import TodayWindow
from support import present


@pytest.fixture
def window(ctx: AppContext, qtbot: QtBot) -> SettingsWindow:
    win = SettingsWindow(ctx, autostart=FakeAutostart())
    qtbot.addWidget(win)
    win.present(section="My lists")
    return win


def offered_in_today(ctx: AppContext) -> list[str]:
    routine = cast(TodayWindow, ctx.windows.get("today")).routine
    routine.refresh()
    return [routine.suggestions.itemText(i) for i in range(routine.suggestions.count())]


def words(widget: RoutineSuggestions) -> list[str]:
    return [present(row.findChild(QLabel)).text() for row in widget.rows]


def test_the_lists_page_shows_every_built_in_suggestion(window: SettingsWindow) -> None:
    built_in = [item["text"] for item in content.load_pack("routine")]
    assert words(window.suggestions) == built_in
    assert not window.suggestions.bring_back.isVisibleTo(window)


def test_hiding_a_suggestion_takes_it_out_of_today_too_and_undo_brings_it_back(
    window: SettingsWindow, ctx: AppContext, qtbot: QtBot
) -> None:
    first = content.load_pack("routine")[0]
    assert first["text"] in offered_in_today(ctx)
    hide = present(window.suggestions.rows[0].findChild(QPushButton))
    assert hide.text() == "Hide"
    qtbot.mouseClick(hide, Qt.MouseButton.LeftButton)
    [mark] = ctx.store.all(ContentMark)
    assert (mark.pack, mark.item_id, mark.mark) == ("routine", first["id"], "hidden")
    assert first["text"] not in words(window.suggestions)
    assert first["text"] not in offered_in_today(ctx)
    assert window.suggestions.bring_back.isVisibleTo(window)
    assert "(1)" in window.suggestions.bring_back.text()
    qtbot.mouseClick(window.suggestions.undo.button, Qt.MouseButton.LeftButton)
    assert ctx.store.all(ContentMark) == []
    assert words(window.suggestions)[0] == first["text"]
    assert first["text"] in offered_in_today(ctx)


def test_bring_back_shows_every_hidden_suggestion(
    window: SettingsWindow, ctx: AppContext, qtbot: QtBot
) -> None:
    for _ in range(3):
        qtbot.mouseClick(
            window.suggestions.rows[0].findChild(QPushButton), Qt.MouseButton.LeftButton
        )
    assert len(ctx.store.all(ContentMark)) == 3
    assert "(3)" in window.suggestions.bring_back.text()
    qtbot.mouseClick(window.suggestions.bring_back, Qt.MouseButton.LeftButton)
    assert ctx.store.all(ContentMark) == []
    assert len(window.suggestions.rows) == len(content.load_pack("routine"))
    assert not window.suggestions.bring_back.isVisibleTo(window)


def test_an_own_suggestion_comes_first_here_and_in_today(
    window: SettingsWindow, ctx: AppContext, qtbot: QtBot
) -> None:
    field = window.suggestions.field
    field.setFocus()
    qtbot.keyClicks(field, "  Feed the cat  ")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    [own] = ctx.store.all(OwnItem)
    assert (own.pack, own.text) == ("routine", "Feed the cat")
    assert field.text() == ""
    assert words(window.suggestions)[0] == "Feed the cat"
    assert offered_in_today(ctx)[0] == "Feed the cat"
    # the same words again, or nothing at all, add nothing
    for text in ("Feed the cat", "   "):
        qtbot.keyClicks(field, text)
        qtbot.keyClick(field, Qt.Key.Key_Return)
    assert len(ctx.store.all(OwnItem)) == 1


def test_words_already_on_the_list_are_said_so_and_left_selected(
    window: SettingsWindow, ctx: AppContext, qtbot: QtBot
) -> None:
    # Enter on them did nothing and said nothing, the words left sitting in the field.
    suggestions = window.suggestions
    field = suggestions.field
    built_in = words(suggestions)[0]
    for text, press in ((built_in.upper(), "enter"), (f"  {built_in} ", "add")):
        field.setFocus()
        field.clear()
        qtbot.keyClicks(field, text)
        if press == "enter":
            qtbot.keyClick(field, Qt.Key.Key_Return)
        else:
            qtbot.mouseClick(suggestions.add, Qt.MouseButton.LeftButton)
        assert suggestions.said.text() == "That one is already on the list."
        assert field.text() == text and field.selectedText() == text  # typing replaces it
        assert field.hasFocus()
    assert ctx.store.all(OwnItem) == []
    # a new one goes on the list, and the line is quiet again
    qtbot.keyClicks(field, "Water the plant")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert [o.text for o in ctx.store.all(OwnItem)] == ["Water the plant"]
    assert field.text() == "" and not suggestions.said.speaking


def test_removing_an_own_suggestion_can_be_undone(
    window: SettingsWindow, ctx: AppContext, qtbot: QtBot, said_yes: list[str]
) -> None:
    window.suggestions.add_own("Water the plant")
    window.suggestions.refresh()
    remove = present(window.suggestions.rows[0].findChild(QPushButton))
    assert remove.text() == "Remove"
    assert remove.accessibleName() == "Remove Water the plant"
    qtbot.mouseClick(remove, Qt.MouseButton.LeftButton)
    assert ctx.store.all(OwnItem) == []
    assert "Water the plant" not in offered_in_today(ctx)
    qtbot.mouseClick(window.suggestions.undo.button, Qt.MouseButton.LeftButton)
    assert [o.text for o in ctx.store.all(OwnItem)] == ["Water the plant"]


def test_reset_to_defaults_keeps_the_persons_own_lists(
    window: SettingsWindow, ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    ctx.settings.set("lists.feelings", ["calm"])
    window.suggestions.add_own("Open a window")
    window.own_lines.name.setText("My GP")
    window.own_lines.number.setText("020 7946 0000")
    window.own_lines.add.click()
    monkeypatch.setattr(ctx.prompter, "ask", lambda *_a, **_k: True)
    window.reset_buttons["My lists"].click()
    window.reset_buttons["Safety"].click()
    assert ctx.settings["lists.feelings"] != ["calm"]
    assert [o.text for o in ctx.store.all(OwnItem)] == ["Open a window"]
    assert [line.name for line in ctx.store.all(OwnLine)] == ["My GP"]


def test_own_numbers_added_in_settings_show_in_get_help_now(
    window: SettingsWindow, ctx: AppContext, qtbot: QtBot, said_yes: list[str]
) -> None:
    window.present(section="Safety")
    own = window.own_lines
    assert own.isVisibleTo(window)
    own.name.setText("My therapist")
    qtbot.keyClicks(own.number, "0161 496 0000")
    qtbot.keyClick(own.number, Qt.Key.Key_Return)
    [line] = ctx.store.all(OwnLine)
    assert (line.name, line.number) == ("My therapist", "0161 496 0000")
    help_now = cast(HelpNowWindow, ctx.windows.get("help-now"))
    assert len(help_now.own.rows) == 1
    assert "My therapist" in present(help_now.own.rows[0].findChild(QLabel)).text()
    # and one removed in Get help now leaves Settings too
    [remove] = [b for b in help_now.own.rows[0].findChildren(QPushButton) if b.text() == "Remove"]
    present(remove).click()
    assert ctx.store.all(OwnLine) == []
    assert own.rows == [] and own.empty.isVisibleTo(window)


def test_a_long_suggestion_wraps_inside_the_window(window: SettingsWindow, qtbot: QtBot) -> None:
    window.resize(660, 580)
    long_text = ("a small step " * 40)[:SHORT_LIMIT].strip()
    window.suggestions.add_own(long_text)
    window.suggestions.refresh()
    label = present(window.suggestions.rows[0].findChild(QLabel))
    # the row is laid out over a few turns of the event loop; slower on a busy machine
    qtbot.waitUntil(lambda: label.height() > label.fontMetrics().height() * 2, timeout=3000)
    assert label.text() == long_text
    page = cast(QScrollArea, window.tabs.currentWidget())  # each page scrolls
    assert present(page.widget()).sizeHint().width() <= window.width()
    assert label.height() > label.fontMetrics().height() * 2  # wrapped onto several lines


def test_a_closed_window_speaks_the_new_language_when_it_opens_again(
    ctx: AppContext, qtbot: QtBot
) -> None:
    from footholds.ui.common import i18n

    win = SettingsWindow(ctx, autostart=FakeAutostart())
    qtbot.addWidget(win)
    win.present()
    win.close()
    ctx.settings.set("general.language", "es")
    i18n.install(ctx.app, "es")
    try:
        # the change arrives as posted events; a closed window only notes it
        qtbot.waitUntil(lambda: win._stale, timeout=5000)
        assert win.windowTitle() == "Footholds settings"  # nothing rebuilt while closed
        win.present()
        assert win.windowTitle() != "Footholds settings"
        assert win.tabs.tabText(0) != "Reminders"
    finally:
        ctx.settings.set("general.language", "en")
        i18n.install(ctx.app, "en")


def test_list_editors_use_a_boxed_list_and_the_button_roles(window: SettingsWindow) -> None:
    from footholds.ui.settings.list_editors import ListBase as _ListBase

    editors = [row.editor for row in window.rows.values() if isinstance(row.editor, _ListBase)]
    assert editors  # feelings, small wins, reminder times...
    for editor in editors:
        assert editor.items.property("boxed") is True
        assert editor.add_button.property("role") == "secondary"
        assert editor.remove_button.property("role") == "quiet"
        for name in ("up_button", "down_button"):
            if hasattr(editor, name):
                assert getattr(editor, name).property("role") == "quiet"


def test_a_list_of_own_words_takes_the_pages_width_under_its_name(
    window: SettingsWindow, qtbot: QtBot
) -> None:
    # in the right-hand column its words were cut off ("di un paso hacia una meta")
    qtbot.waitExposed(window)
    row = window.rows["lists.feelings"]
    assert row.label is not None
    assert row.label.geometry().bottom() < row.field.geometry().top()
    assert row.field.geometry().left() == row.label.geometry().left()
    assert row.field.width() > present(row.field.parentWidget()).width() * 0.8


def test_taking_an_entry_off_a_list_can_be_undone(
    window: SettingsWindow, ctx: AppContext, qtbot: QtBot
) -> None:
    """My lists removed an entry at once, with no way back (LOOK.md: destructive actions are
    always undoable)."""
    from PySide6.QtCore import Qt

    from footholds.ui.settings.list_editors import ListEditor

    editor = cast(ListEditor, window.rows["lists.feelings"].editor)
    before = list(ctx.settings["lists.feelings"])
    editor.items.setCurrentRow(1)
    editor.remove_button.click()
    assert ctx.settings["lists.feelings"] == before[:1] + before[2:]
    assert window.undo.isVisible()
    assert before[1] in window.undo.message.whole
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(editor.items, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert ctx.settings["lists.feelings"] == before
    assert not window.undo.isVisible()


def test_a_refused_word_moves_nothing_below_its_message(
    window: SettingsWindow, ctx: AppContext, qtbot: QtBot
) -> None:
    """The refusal under a list appeared in a line made for it, pushing the rest of My lists
    down; its room is kept from the start (LOOK.md: feedback moves nothing)."""
    from PySide6.QtWidgets import QApplication

    from footholds.ui.settings.list_editors import ListEditor

    qtbot.waitExposed(window)
    row = window.rows["lists.feelings"]
    page = present(row.field.parentWidget())
    below = [
        present(window.rows["lists.wins"].label),
        window.rows["lists.wins"].editor,
        window.rows["lists.parts"].editor,
        window.suggestions,
        window.reset_buttons["My lists"],
    ]

    def places() -> list[int]:
        QApplication.processEvents()
        return [w.mapTo(page, w.rect().topLeft()).y() for w in below]

    setting = row.setting
    ctx.settings.set("lists.feelings", [f"feeling {n}" for n in range(setting.max_items)])
    settle(qtbot, window)
    before = places()
    editor = cast(ListEditor, row.editor)
    editor.new_text.setText("one more")
    editor.add_button.click()  # one too many: refused, and said under the list
    assert row.error.isVisible() and "40 or fewer" in row.error.text()
    settle(qtbot, window)
    assert places() == before
    for width in (window.minimumWidth(), 900):  # the room follows the width the words wrap in
        window.resize(width, window.height())
        settle(qtbot, window)
        shown = places()
        row.error.show_message("")
        settle(qtbot, window)
        assert places() == shown


def test_the_new_word_field_stops_at_the_limit_and_says_so(
    window: SettingsWindow, ctx: AppContext, qtbot: QtBot
) -> None:
    """The field took any length, and a word past 80 characters was refused only after it
    was typed; it now stops where the settings and the store stop, and says so there."""
    from footholds.core.store.validate import WORD_LIMIT
    from footholds.ui.settings.list_editors import ListEditor

    row = window.rows["lists.wins"]
    editor = cast(ListEditor, row.editor)
    limit = row.setting.max_length
    assert limit <= WORD_LIMIT  # a word from this list becomes a chip the store keeps
    assert field_limit(editor.new_text) == limit
    qtbot.waitExposed(window)
    editor.new_text.setFocus()
    qtbot.keyClicks(editor.new_text, "x" * (limit + 5))
    assert editor.new_text.text() == "x" * limit
    assert row.error.isVisible() and f"Up to {limit} characters fit here." in row.error.text()
    before = list(ctx.settings["lists.wins"])
    qtbot.keyClick(editor.new_text, Qt.Key.Key_Return)
    assert ctx.settings["lists.wins"] == [*before, "x" * limit]  # taken as it stands
    assert row.error.text() == "" and editor.new_text.text() == ""


def test_undo_puts_back_only_the_word_taken_off_and_keeps_what_came_since(
    window: SettingsWindow, ctx: AppContext, qtbot: QtBot
) -> None:
    """Undo after a removal put the whole list back as it was then: "tired" came back and
    "wired", added meanwhile, was gone. Now it puts back the one word, in its place, and
    leaves the words added, renamed or moved since."""
    from footholds.ui.settings.list_editors import ListEditor

    editor = cast(ListEditor, window.rows["lists.feelings"].editor)
    before = list(ctx.settings["lists.feelings"])
    at = before.index("tired")
    editor.items.setCurrentRow(at)
    editor.remove_button.click()
    assert window.undo.message.whole == "Removed “tired”."
    editor.new_text.setFocus()
    qtbot.keyClicks(editor.new_text, "wired")
    qtbot.keyClick(editor.new_text, Qt.Key.Key_Return)
    assert ctx.settings["lists.feelings"][-1] == "wired"
    qtbot.mouseClick(window.undo.button, Qt.MouseButton.LeftButton)
    assert ctx.settings["lists.feelings"] == [*before, "wired"]
    assert editor.items.currentItem().text() == "tired"  # chosen where it came back

    # renamed and moved since: the word comes back beside what was round it then (the
    # one above renamed, so below the one that was below), and the rename and move stay
    editor.items.setCurrentRow(at)
    editor.remove_button.click()
    editor.items.item(at - 1).setText("numb as a stone")  # the one above, renamed
    last = editor.items.count() - 1
    editor.items.setCurrentRow(last)
    editor.up_button.click()  # "wired" moved one place up
    now = list(ctx.settings["lists.feelings"])
    assert now[-2] == "wired"
    window.undo.undo()
    expected = [*before[: at - 1], "numb as a stone", *before[at:-1], "wired", before[-1]]
    assert ctx.settings["lists.feelings"] == expected


def test_undo_of_a_word_already_typed_back_adds_it_only_once(
    window: SettingsWindow, ctx: AppContext
) -> None:
    from footholds.ui.settings.list_editors import ListEditor

    editor = cast(ListEditor, window.rows["lists.wins"].editor)
    editor.items.setCurrentRow(0)
    first = ctx.settings["lists.wins"][0]
    editor.remove_button.click()
    editor.new_text.setText(first)
    editor.add_button.click()
    after = list(ctx.settings["lists.wins"])
    window.undo.undo()
    assert ctx.settings["lists.wins"] == after


def asked_and_said_yes(ctx: AppContext, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    asked: list[str] = []

    def ask(_parent: object, _title: str, text: str, **_kwargs: object) -> bool:
        asked.append(text)
        return True

    monkeypatch.setattr(ctx.prompter, "ask", ask)
    return asked


def test_resetting_my_lists_says_your_own_words_go_and_undo_brings_them_back(
    window: SettingsWindow, ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Reset this page on My lists took the person's own feelings, wins and parts, and their
    renames, after a question that did not say so, with no Undo (LOOK.md: destructive
    actions are always undoable; PRODUCT.md: these lists are the person's own)."""
    from footholds.core.store import LogEntry

    feelings = ["wired", *ctx.settings["lists.feelings"][1:]]
    ctx.settings.set("lists.feelings", feelings)
    ctx.settings.set("lists.parts", ["the tired kid"])
    entry = ctx.store.add(LogEntry(feelings=["wired"], wins=[], note="a long day"))
    asked = asked_and_said_yes(ctx, monkeypatch)
    qtbot.mouseClick(window.reset_buttons["My lists"], Qt.MouseButton.LeftButton)
    [question] = asked
    assert question.startswith("Put the settings on the “My lists” page back to how they started?")
    assert question.endswith("Your routine suggestions stay.")
    assert "you added or renamed will be taken out of the lists" in question
    assert "entries you already wrote keep their words" in question
    assert "wired" not in ctx.settings["lists.feelings"]
    assert ctx.settings["lists.parts"] != ["the tired kid"]
    # as the question says: a written entry keeps its words
    [kept] = ctx.store.all(LogEntry)
    assert kept.id == entry.id and kept.feelings == ["wired"]
    assert window.undo.pending()
    assert window.undo.message.whole == (
        "The “My lists” settings are back to how they started. Your routine suggestions stay."
    )
    # a screen reader heard "Undo the removal", and the reset button said own entries stay
    assert window.undo.button.accessibleName() == "Undo the reset"
    assert "removed" not in window.undo.button.accessibleDescription()
    reset_said = window.reset_buttons["My lists"].accessibleDescription()
    assert "own entries stay" not in reset_said and "keep their words" in reset_said
    qtbot.mouseClick(window.undo.button, Qt.MouseButton.LeftButton)
    assert ctx.settings["lists.feelings"] == feelings
    assert ctx.settings["lists.parts"] == ["the tired kid"]
    assert not window.undo.pending()


def test_resetting_lists_with_only_their_starting_words_says_nothing_of_your_own(
    window: SettingsWindow, ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Starting words in another order, or some taken off, are not the person's own words:
    the question does not warn of words that are not there."""
    ctx.settings.set("lists.wins", list(reversed(ctx.settings["lists.wins"]))[1:])
    asked = asked_and_said_yes(ctx, monkeypatch)
    qtbot.mouseClick(window.reset_buttons["My lists"], Qt.MouseButton.LeftButton)
    assert asked == [
        "Put the settings on the “My lists” page back to how they started? "
        "Your routine suggestions stay."
    ]
