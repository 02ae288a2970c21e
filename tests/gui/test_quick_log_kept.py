"""The quick log's draft brought back field by field: one field this version cannot read (from
another version, say) no longer hides the others, and what cannot be shown stays kept."""

from __future__ import annotations

from typing import Any, cast

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from footholds.app import quitting
from footholds.app.build import AppContext
from footholds.core.store.validate import NOTE_LIMIT
from footholds.ui.journal.quick_log import QuickLogWindow

KEPT = "Some words you were writing were kept by another version"


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
    assert KEPT in quick.status.text()


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
