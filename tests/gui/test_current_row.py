"""The current row of a list the keyboard is in stands out from the rows round it, in both
themes: in the proof list it was 45,52,57 on 44,49,54 (dark), all but invisible."""

from __future__ import annotations

from typing import cast

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QListWidget
from pytestqt.qtbot import QtBot

from footholds.app.build import AppContext
from footholds.core.store import Proof
from footholds.ui.common import theme, tokens
from footholds.ui.proofs.proof_list import ProofListWindow
from support import person_day


def _hex(colour: QColor) -> str:
    return colour.name()


@pytest.mark.parametrize("dark", [False, True])
def test_the_proof_lists_current_row_stands_out(ctx: AppContext, qtbot: QtBot, dark: bool) -> None:
    theme.apply(ctx.app, "dark" if dark else "light")
    for text in ("Walked the dog", "Called my brother", "Made tea"):
        ctx.store.add(Proof(day=person_day(), text=text))
    window = cast(ProofListWindow, ctx.windows.show("proof-list"))
    qtbot.waitExposed(window)
    qtbot.waitUntil(window.isActiveWindow)
    _stands_out(window.list, qtbot, dark)


def _stands_out(view: QListWidget, qtbot: QtBot, dark: bool) -> None:
    """The list's second row, current with the keyboard in the list, is outlined in colours
    3:1 from the rows above and below it and from its own inside."""
    view.setFocus(Qt.FocusReason.TabFocusReason)  # as Tab brings the keyboard there
    view.setCurrentRow(1)
    qtbot.waitUntil(view.hasFocus)
    image = view.viewport().grab().toImage()
    ratio = image.width() / view.viewport().width()  # (a high-density screen)
    current, below = view.visualItemRect(view.item(1)), view.visualItemRect(view.item(2))

    def at(x: int, y: int) -> str:
        return _hex(image.pixelColor(int(x * ratio), int(y * ratio)))

    middle = current.center().x()
    edge = at(middle, current.top())  # the current row's own top edge
    inside = at(middle, current.top() + 3)  # inside it, above its words
    neighbour = at(middle, below.top() + 3)  # the next row, above its words
    above = at(middle, current.top() - 3)  # the row above, under its words
    colours = tokens.colours(dark)
    assert tokens.contrast(edge, neighbour) >= 3.0, (edge, neighbour, colours)
    assert tokens.contrast(edge, above) >= 3.0, (edge, above)
    assert tokens.contrast(edge, inside) >= 3.0, (edge, inside)
