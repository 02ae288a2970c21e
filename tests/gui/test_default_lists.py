"""The starting feelings, wins and parts: stored as keys, shown in the person's language."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import cast

import pytest
from pytestqt.qtbot import QtBot

from footholds.app.build import AppContext
from footholds.core.list_words import DEFAULT_FEELINGS, DEFAULT_PARTS, DEFAULT_WINS
from footholds.render.paper import wording
from footholds.ui.common import default_lists, i18n
from footholds.ui.journal.quick_log import QuickLogWindow


@pytest.fixture
def language(ctx: AppContext) -> Iterator[Callable[[str], None]]:
    def switch(code: str) -> None:
        ctx.settings.set("general.language", code)
        i18n.apply(ctx)

    yield switch
    i18n.remove(ctx.app)


def _chips(window: QuickLogWindow, group: str) -> list[str]:
    return [chip.text() for chip in getattr(window.form, group).chips]


def _spanish(english: list[str]) -> list[str]:
    words = i18n.context_words("es", default_lists.CONTEXT)
    return [words(text) for text in english]


def test_the_catalogue_translates_every_starting_entry() -> None:
    for english in (DEFAULT_FEELINGS, DEFAULT_WINS, DEFAULT_PARTS):
        spanish = _spanish(english)
        assert all(s != e for s, e in zip(spanish, english, strict=True)), spanish


def test_english_spanish_english_leaves_the_lists_as_they_were(
    ctx: AppContext, language: Callable[[str], None]
) -> None:
    ctx.settings.set("lists.wins", [*DEFAULT_WINS, "watered the plant"])
    before = {name: list(ctx.settings[name]) for name in default_lists.SHIPPED}
    window = cast(QuickLogWindow, ctx.windows.get("quick-log"))
    language("es")
    assert {name: list(ctx.settings[name]) for name in default_lists.SHIPPED} == before
    window = cast(QuickLogWindow, ctx.windows.get("quick-log"))
    window.form.refresh_lists()
    assert _chips(window, "feelings") == _spanish(DEFAULT_FEELINGS)
    assert _chips(window, "wins")[-1] == "watered the plant"  # the person's own: as typed
    assert "tristeza" in _chips(window, "feelings") and "sad" not in _chips(window, "feelings")
    assert default_lists.word("moved") == "me moví"  # what a reminder's Done logs
    language("en")
    assert {name: list(ctx.settings[name]) for name in default_lists.SHIPPED} == before
    window.form.refresh_lists()
    assert _chips(window, "feelings") == DEFAULT_FEELINGS


def test_removing_a_shown_starting_entry_removes_its_key(
    ctx: AppContext, language: Callable[[str], None]
) -> None:
    language("es")
    window = cast(QuickLogWindow, ctx.windows.get("quick-log"))
    window.form.refresh_lists()
    window.form._on_removed("lists.feelings", "tristeza")
    assert "sad" not in ctx.settings["lists.feelings"]
    assert len(ctx.settings["lists.feelings"]) == len(DEFAULT_FEELINGS) - 1


def test_the_settings_editor_shows_spanish_and_stores_keys(
    ctx: AppContext, language: Callable[[str], None], qtbot: QtBot
) -> None:
    from footholds.core.settings import BY_NAME
    from footholds.ui.settings.setting_editors import ListEditor

    language("es")
    editor = ListEditor(BY_NAME["lists.feelings"])
    qtbot.addWidget(editor)
    editor.load([*DEFAULT_FEELINGS, "agotada"])
    shown = [editor.items.item(i).text() for i in range(editor.items.count())]
    assert shown == [*_spanish(DEFAULT_FEELINGS), "agotada"]
    assert editor.value() == [*DEFAULT_FEELINGS, "agotada"]
    editor.items.item(0).setText("cansancio del bueno")  # edited in place: now the person's
    assert editor.value()[0] == "cansancio del bueno"


@pytest.mark.parametrize(
    ("stored", "expected"),
    [
        (lambda: _spanish(DEFAULT_FEELINGS), lambda: DEFAULT_FEELINGS),
        (lambda: [*_spanish(DEFAULT_FEELINGS), "agotada"], lambda: [*DEFAULT_FEELINGS, "agotada"]),
        # a starting entry's word is that entry, however the list around it was edited
        (lambda: _spanish(DEFAULT_FEELINGS)[1:], lambda: DEFAULT_FEELINGS[1:]),
        (lambda: ["agotada", "tristeza"], lambda: ["agotada", "sad"]),
        (lambda: DEFAULT_FEELINGS, lambda: DEFAULT_FEELINGS),
    ],
    ids=["exactly-spanish", "spanish-then-own", "spanish-edited", "own", "english"],
)
def test_lists_stored_in_spanish_are_recognised_as_the_starting_ones(
    ctx: AppContext,
    language: Callable[[str], None],
    stored: Callable[[], list[str]],
    expected: Callable[[], list[str]],
) -> None:
    ctx.settings.set("lists.feelings", stored())
    language("en")  # the app starts (or switches) in English
    assert ctx.settings["lists.feelings"] == expected()


def test_the_spanish_lists_of_an_older_version_come_back_to_english(
    ctx: AppContext, language: Callable[[str], None]
) -> None:
    for name, english in default_lists.SHIPPED.items():
        ctx.settings.set(name, _spanish(english))
    language("es")
    assert {n: ctx.settings[n] for n in default_lists.SHIPPED} == default_lists.SHIPPED
    window = cast(QuickLogWindow, ctx.windows.get("quick-log"))
    window.form.refresh_lists()
    assert _chips(window, "feelings") == _spanish(DEFAULT_FEELINGS)
    language("en")
    window.form.refresh_lists()
    assert _chips(window, "feelings") == DEFAULT_FEELINGS


def test_no_starting_entry_has_a_comma_in_any_language() -> None:
    """Feelings are listed with commas ("alivio, bien, sin más, soledad"): a starting word
    with a comma in it reads as two."""
    for code in ["en", *i18n.shipped_languages()]:
        words = i18n.context_words(code, default_lists.CONTEXT)
        for english in (DEFAULT_FEELINGS, DEFAULT_WINS, DEFAULT_PARTS):
            assert not [w for w in map(words, english) if "," in w], code


def test_an_earlier_spanish_word_still_shows_and_comes_back_as_its_entry(
    ctx: AppContext, language: Callable[[str], None]
) -> None:
    """Spanish "okay" was "bien, sin más"; lists an older version stored in Spanish with it
    still come back to their keys, and an entry saved with it shows as today's word."""
    older = ["bien, sin más" if w == "okay" else w for w in _spanish(DEFAULT_FEELINGS)]
    ctx.settings.set("lists.feelings", older)
    language("es")
    assert ctx.settings["lists.feelings"] == DEFAULT_FEELINGS
    assert default_lists.word("bien, sin más") == default_lists.word("okay") == "normal"
    own = ["agotada", "bien, sin más"]  # a list of their own: kept, shown in today's word
    assert default_lists.shown(own) == ["agotada", "normal"]
    assert default_lists.stored("normal", own) == "bien, sin más"
    assert wording().word("bien, sin más") == "normal"  # in the check-in summary too
    language("en")
    assert default_lists.word("bien, sin más") == "okay"


def test_an_entry_saved_in_spanish_reads_as_the_same_entry_in_english(
    ctx: AppContext, language: Callable[[str], None]
) -> None:
    """The quick log saves the words its chips showed: an entry from a Spanish week shows
    and counts as the same feeling and win once the person reads it in English."""
    language("es")
    saved = [default_lists.word("sad"), default_lists.word("reached out")]
    assert saved != ["sad", "reached out"]
    language("en")
    assert default_lists.shown(saved) == ["sad", "reached out"]
    assert wording().word(saved[0]) == "sad"  # the check-in summary too
    assert default_lists.shown(["agotada"]) == ["agotada"]  # their own words: as typed


def test_starting_words_typed_in_spanish_leave_the_lists_as_they_were_in_english(
    ctx: AppContext, language: Callable[[str], None], qtbot: QtBot
) -> None:
    """In Spanish, a starting word added in My lists, renamed in another case, or typed into
    the quick log is that starting entry: shown once, and the lists come back to English as
    they were (they once held "tristeza" beside "sad", shown twice in Spanish)."""
    from PySide6.QtCore import Qt
    from test_settings_window import FakeAutostart

    from footholds.core.store import LogEntry
    from footholds.ui.settings.list_editors import ListEditor
    from footholds.ui.settings.settings_window import SettingsWindow

    before = {name: list(ctx.settings[name]) for name in default_lists.SHIPPED}
    language("es")
    settings = SettingsWindow(ctx, autostart=FakeAutostart())
    qtbot.addWidget(settings)
    settings.present(section="My lists")
    feelings = cast(ListEditor, settings.rows["lists.feelings"].editor)
    feelings.new_text.setText("Tristeza ")
    feelings.add_button.click()
    assert feelings.new_text.text() == ""  # taken, as the word the list has
    assert feelings.items.currentItem().text() == "tristeza"
    row = DEFAULT_FEELINGS.index("calm")
    feelings.items.item(row).setText("CALMA")  # renamed in place, in capitals only
    wins = cast(ListEditor, settings.rows["lists.wins"].editor)
    wins.new_text.setText("me movi")
    wins.add_button.click()
    shown = [feelings.items.item(i).text() for i in range(feelings.items.count())]
    assert shown == _spanish(DEFAULT_FEELINGS)
    window = cast(QuickLogWindow, ctx.windows.get("quick-log"))
    window.form.refresh_lists()
    field = window.form.feelings.add_field
    assert field is not None
    field.setText("Cansancio")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert window.form.feelings.picked() == ["cansancio"]
    assert _chips(window, "feelings") == _spanish(DEFAULT_FEELINGS)
    assert {name: list(ctx.settings[name]) for name in default_lists.SHIPPED} == before
    # an entry saved with a word typed in another case opens with its chip picked, once
    window.form.load(LogEntry(feelings=["TRISTEZA"], wins=["Bebi agua"]))
    assert window.form.feelings.picked() == ["tristeza"]
    assert _chips(window, "feelings") == _spanish(DEFAULT_FEELINGS)
    assert window.form.wins.picked() == ["bebí agua"]
    window.form.clear()
    language("en")
    assert {name: list(ctx.settings[name]) for name in default_lists.SHIPPED} == before
    window.form.refresh_lists()
    assert _chips(window, "feelings") == DEFAULT_FEELINGS
    assert _chips(window, "wins") == DEFAULT_WINS
    settings.present(section="My lists")  # in the language now (rebuilt if need be)
    feelings = cast(ListEditor, settings.rows["lists.feelings"].editor)
    shown = [feelings.items.item(i).text() for i in range(feelings.items.count())]
    assert shown == DEFAULT_FEELINGS
