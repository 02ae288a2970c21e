"""Larger text: while the editor is open the list keeps the room, no band left empty under it.

At 1.25x on a 1280x800 screen, Add or Edit shrank the list to about 90 px, a row cut mid-line,
while about 100 px under Edit and Remove stayed empty.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import cast

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from settling import settle

from footholds.app.build import AppContext
from footholds.core.store import Proof
from footholds.ui.proofs.proof_list import ProofListWindow


@pytest.fixture
def larger_text(qapp: QApplication) -> Iterator[None]:
    usual = qapp.font()
    font = qapp.font()
    font.setPointSizeF(usual.pointSizeF() * 1.25)
    qapp.setFont(font)
    yield
    qapp.setFont(usual)


def test_the_list_takes_the_room_the_editor_leaves(
    ctx: AppContext, qtbot: QtBot, larger_text: None
) -> None:
    for words in ("Went for a walk when I did not want to", "Called the doctor", "Ate lunch"):
        ctx.store.add(Proof(text=words, day="2026-01-02"))
    window = cast(ProofListWindow, ctx.windows.get("proof-list"))
    window.show()
    window.resize(700, 620)
    qtbot.waitExposed(window)
    window.list.setCurrentRow(1)
    window.edit.click()
    settle(qtbot, window)
    assert window.editor.isVisible()
    # nothing empty between the row of Edit and Remove and the help link (the Undo strip
    # comes beside the help link, in its row)
    under_row = window.remove.mapTo(window, QPoint(0, window.remove.height())).y()
    link = window.help_link.mapTo(window, QPoint(0, 0)).y()
    gap = link - under_row
    assert gap <= 2 * 12, gap
    assert window.undo.mapTo(window, QPoint(0, 0)).y() >= under_row
    # the list shows at least two rows whole
    assert window.list.height() >= 2 * window.list.sizeHintForRow(0), window.list.height()
