"""The proof list's editor keeps its buttons right under its fields: in an empty list the
room left over lies below the card, never as a blank inside it between Tags and Save."""

from __future__ import annotations

from typing import cast

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from footholds.app.build import AppContext
from footholds.core.store import Proof
from footholds.ui.common import tokens
from footholds.ui.proofs.proof_list import ProofListWindow


def _top(widget: QWidget, window: QWidget) -> int:
    return widget.mapTo(window, QPoint(0, 0)).y()


@pytest.mark.parametrize("entries", [0, 2], ids=["empty-list", "with-entries"])
def test_the_editors_buttons_sit_right_under_its_fields(
    ctx: AppContext, qtbot: QtBot, entries: int
) -> None:
    for n in range(entries):
        ctx.store.add(Proof(text=f"Got through day {n}", day=f"2026-01-0{1 + n}"))
    window = cast(ProofListWindow, ctx.windows.show("proof-list"))
    qtbot.waitExposed(window)
    window.resize(620, 760)
    (window.add_first if entries == 0 else window.add).click()
    editor = window.editor
    qtbot.waitUntil(lambda: editor.isVisible() and editor.save.isVisible())
    qtbot.wait(50)
    tags_bottom = _top(editor.tags, window) + editor.tags.height()
    gap = _top(editor.save, window) - tags_bottom
    assert gap <= 2 * tokens.S, gap
    # the card ends just under its buttons: the rest of the window lies below it
    card_bottom = _top(editor, window) + editor.height()
    assert card_bottom - (_top(editor.save, window) + editor.save.height()) <= 2 * tokens.S


@pytest.mark.parametrize("entries", [0, 2], ids=["empty-list", "with-entries"])
def test_the_header_and_help_stay_where_they_are_when_the_editor_opens(
    ctx: AppContext, qtbot: QtBot, entries: int
) -> None:
    for n in range(entries):
        ctx.store.add(Proof(text=f"Got through day {n}", day=f"2026-01-0{1 + n}"))
    window = cast(ProofListWindow, ctx.windows.show("proof-list"))
    qtbot.waitExposed(window)
    window.resize(620, 760)
    qtbot.wait(50)
    header = window.header.geometry()
    help_at = _top(window.help_link, window)
    (window.add_first if entries == 0 else window.add).click()
    qtbot.waitUntil(window.editor.isVisible)
    qtbot.wait(50)
    assert window.header.geometry() == header  # the room left over never goes to the title
    assert _top(window.help_link, window) == help_at  # help stays at the window's foot
    if entries:
        list_top = _top(window.list_area, window)
        editor_bottom = _top(window.editor, window) + window.editor.height()
        assert list_top - editor_bottom <= 2 * tokens.S
