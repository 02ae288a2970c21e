"""The quick log's draft brought back field by field: one field this version cannot read (from
another version, say) no longer hides the others, and what cannot be shown stays kept."""

from __future__ import annotations

from typing import Any, cast

import pytest
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from footholds.app import quitting
from footholds.app.build import AppContext
from footholds.core.store.validate import NOTE_LIMIT
from footholds.ui.journal.quick_log import QuickLogWindow

KEPT = "Words from another version are kept."


@pytest.fixture
def quick(ctx: AppContext, qtbot: QtBot) -> QuickLogWindow:
    ctx.windows.show("quick-log")
    window = cast(QuickLogWindow, ctx.windows.get("quick-log"))
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.form.note)
    return window


def still_kept(ctx: AppContext) -> list[dict[str, Any]]:
    """Every draft the next close keeps (app/quitting.py held_drafts), but the window's own."""
    held = quitting.held_drafts(ctx.windows)
    return [draft for name, draft in held.items() if name != "quick-log"]


@pytest.mark.parametrize(
    ("unread", "value"),
    [
        ("colour", "blue"),  # a field of another version
        ("energy", "very low"),  # a wrong type in one field
        ("feelings", ["calm", 7]),  # a feeling this version cannot read
    ],
)
def test_one_unreadable_field_keeps_the_rest_and_stays_kept(
    ctx: AppContext, quick: QuickLogWindow, unread: str, value: Any
) -> None:
    draft = {"feelings": ["tired"], "note": "the words I wrote", "trigger": "the call"}
    draft[unread] = value
    quick.bring_back(draft)
    assert quick.form.note.text() == "the words I wrote"
    assert quick.form.values()["trigger"] == "the call"
    if unread != "feelings":
        assert quick.form.feelings.picked() == ["tired"]
    assert {unread: value} in still_kept(ctx)
    assert quick._unread is not None and quick._unread.isVisible()
    assert KEPT in quick._unread.line.text()


def test_an_over_long_note_comes_back_cut_to_what_the_box_holds(
    ctx: AppContext, quick: QuickLogWindow
) -> None:
    quick.bring_back({"feelings": ["tired"], "note": "a" * (NOTE_LIMIT + 5)})
    assert quick.form.note.text() == "a" * NOTE_LIMIT
    assert quick.form.feelings.picked() == ["tired"]


def test_a_draft_with_nothing_readable_stays_kept_and_the_form_stays_as_it_was(
    ctx: AppContext, qtbot: QtBot, quick: QuickLogWindow
) -> None:
    qtbot.keyClicks(quick.form.note, "typed since")
    quick.bring_back({"colour": "blue", "energy": "very low"})
    assert quick.form.note.text() == "typed since"
    assert {"colour": "blue", "energy": "very low"} in still_kept(ctx)


def test_typed_since_joins_the_readable_fields(
    ctx: AppContext, qtbot: QtBot, quick: QuickLogWindow
) -> None:
    qtbot.keyClicks(quick.form.note, "typed since")
    quick.bring_back({"note": "kept first", "colour": "blue"})
    assert quick.form.note.text() == "kept first\n\ntyped since"
    assert {"colour": "blue"} in still_kept(ctx)


def test_no_words_kept_builds_nothing_and_the_window_is_as_tall(
    ctx: AppContext, quick: QuickLogWindow
) -> None:
    assert quick._unread is None
    quick.bring_back({"note": "only words it reads"})
    assert quick._unread is None


def test_unread_words_stay_in_sight_at_each_opening_to_see_copy_or_let_go(
    ctx: AppContext, qtbot: QtBot, quick: QuickLogWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Said once and then unseen for good, they lay in the drafts file: now a line says
    they are kept at every opening, shows them, copies them, and lets them go once asked."""
    tall = quick.height()
    quick.bring_back({"note": "mine", "colour": "blue", "feelings": ["calm", 7]})
    strip = quick._unread
    assert strip is not None and strip.isVisible()
    quick.put_away()
    quick.present()  # opened again: still said
    assert strip.isVisible() and quick.height() > tall
    assert not strip.words.isVisible()
    strip.see.click()
    assert strip.words.isVisible()
    assert strip.words.text() == "colour: blue\nfeelings: calm, 7"
    strip.copy.click()
    clipboard = QGuiApplication.clipboard()
    assert clipboard is not None and clipboard.text() == strip.words.text()
    asked: list[str] = []

    def answer(yes: bool) -> None:
        def ask(_parent: object, title: str, *_rest: str) -> bool:
            asked.append(title)
            return yes

        monkeypatch.setattr(ctx.prompter, "ask", ask)

    answer(False)  # "Keep them": nothing goes
    strip.let_go.click()
    assert asked == ["Let these words go?"]
    assert {"colour": "blue", "feelings": ["calm", 7]} in still_kept(ctx)
    assert strip.isVisible()
    answer(True)
    strip.let_go.click()
    assert still_kept(ctx) == []
    assert not strip.isVisible()
    assert quick.form.note.text() == "mine"  # the words it reads stay
    qtbot.waitUntil(lambda: quick.height() <= tall + 1)


def test_the_line_hides_while_locked_and_comes_back_after(
    ctx: AppContext, quick: QuickLogWindow
) -> None:
    quick.bring_back({"colour": "blue"})
    strip = quick._unread
    assert strip is not None and strip.isVisible()
    strip.see.click()
    ctx.windows.drafts.clear()  # as Lock now does, into the sealed drafts file
    quick.forget_words()
    assert not strip.isVisible() and strip.words.text() == ""
    ctx.windows.drafts["quick-log.unread"] = {"colour": "blue"}  # the unlock gives them back
    quick._on_lock_changed(False)
    quick.present()
    assert strip.isVisible() and not strip.words.isVisible()
