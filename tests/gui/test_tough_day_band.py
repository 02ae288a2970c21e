"""Tough day's choices and help band, laid out as they read: three choices (the lock keeps
One small thing) leave no hole in the grid, the band names the country as Get help now
does, and "Change country" ends where the Get help now button ends, level with the
country's name."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot
from settling import settle

from footholds.ui.tough_day.next_steps import NextSteps, Step


@pytest.mark.parametrize("count", [1, 2, 3, 4])
def test_an_odd_choice_out_spans_the_row(qtbot: QtBot, count: int) -> None:
    keys = ["breath", "movement", "small", "person"]
    steps = NextSteps([Step(k, k.title(), "another", QLabel(k), k) for k in keys])
    qtbot.addWidget(steps)
    steps.resize(600, 300)
    steps.show_only(keys[:count])
    steps.show()
    qtbot.waitExposed(steps)
    settle(qtbot, steps)
    shown = [steps.choices[k] for k in keys[:count]]
    assert [c.isVisible() for c in steps.choices.values()] == [k in keys[:count] for k in keys]
    row = steps.menu.contentsRect()
    for at, choice in enumerate(shown):
        place = choice.geometry()
        last_alone = at == count - 1 and at % 2 == 0
        if last_alone:  # across the whole row: no hole beside it
            assert place.left() == row.left() and place.right() == row.right()
        else:
            assert place.width() < row.width() // 2 + 1
    if count == 4:  # the lock off again: two to a row as before
        assert shown[3].geometry().left() > shown[2].geometry().right()
