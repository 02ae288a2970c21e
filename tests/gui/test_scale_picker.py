"""A 1-to-5 row's number keys (ui/common/chips.py ScalePicker)."""

from __future__ import annotations

import logging

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from footholds.ui.common.chips import ScalePicker


def test_a_digit_of_another_kind_picks_nothing_and_the_row_goes_on(
    qtbot: QtBot, caplog: pytest.LogCaptureFixture
) -> None:
    """ "²" passed for a digit and int("²") raised inside the row's filter, which closes a
    PySide6 app; "٣" (3 on an Arabic keyboard) is a 3."""
    row = ScalePicker()
    qtbot.addWidget(row)
    row.show()
    qtbot.waitExposed(row)
    first = row.button(1)
    first.setFocus()
    caplog.set_level(logging.ERROR)
    for text, picked in (("²", None), ("٣", 3)):
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            key = QKeyEvent(kind, Qt.Key.Key_twosuperior, Qt.KeyboardModifier.NoModifier, text)
            QApplication.sendEvent(first, key)
        assert row.value() == picked
    assert caplog.text == ""  # not a failure caught by never_raises: no failure at all
