"""A box's example words (its placeholder) wrap within the box's inner margin on both sides:
Qt's own keeps a margin only at the left, and the check-in's "…something that happened, a"
ran into the right border."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from pytestqt.qtbot import QtBot

from footholds.ui.common.limits import LimitedText

WORDS = (
    "Anything you'd like to bring up: something that happened, a question, what you "
    "could use more help with."
)


def _inked_right(box: LimitedText, columns: int) -> bool:
    """Whether the last `columns` columns of the box's page hold any placeholder ink."""
    image = box.viewport().grab().toImage()
    ground = box.palette().color(QPalette.ColorRole.Base)
    for x in range(image.width() - columns, image.width()):
        for y in range(image.height()):
            if QColor(image.pixel(x, y)) != ground:
                return True
    return False


def test_the_placeholder_keeps_the_margin_at_the_right(qtbot: QtBot) -> None:
    box = LimitedText(100)
    qtbot.addWidget(box)
    box.setPlaceholderText(WORDS)
    assert box.placeholderText() == WORDS
    for width in range(200, 420, 7):  # wherever a line happens to break
        box.resize(width, 120)
        box.show()
        qtbot.waitExposed(box)
        margin = int(box.document().documentMargin())
        assert not _inked_right(box, margin), width


def test_the_placeholder_goes_once_words_are_typed(qtbot: QtBot) -> None:
    box = LimitedText(100)
    qtbot.addWidget(box)
    box.setPlaceholderText(WORDS)
    box.resize(300, 120)
    box.show()
    qtbot.waitExposed(box)
    box.setPlainText("x")
    box.clear()
    empty = box.viewport().grab().toImage()
    box.setPlaceholderText("")
    blank = box.viewport().grab().toImage()
    assert empty != blank  # shown again once empty
