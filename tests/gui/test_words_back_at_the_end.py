"""Words given back into a box (a draft kept at a close, a note written earlier) leave the
cursor after them, whatever kind of box: one shared place, kept_words.to_the_end."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QTextEdit
from pytestqt.qtbot import QtBot

from footholds.ui.common import kept_words


def test_every_kind_of_box_puts_the_cursor_after_the_words(qtbot: QtBot) -> None:
    line, plain, rich = QLineEdit(), QPlainTextEdit(), QTextEdit()
    for box in (line, plain, rich):
        qtbot.addWidget(box)
    line.setText("ask about sleep")
    line.setCursorPosition(0)
    plain.setPlainText("ask about sleep")
    rich.setPlainText("ask about sleep")
    for box in (line, plain, rich):
        kept_words.to_the_end(box)
    assert line.cursorPosition() == len("ask about sleep")
    assert plain.textCursor().atEnd() and rich.textCursor().atEnd()


def test_kept_words_put_back_in_a_line_go_on_after_them(qtbot: QtBot) -> None:
    box = QLineEdit()
    qtbot.addWidget(box)
    assert kept_words.put_back({"own": box}, {"own": "walk to the shop"})
    assert box.cursorPosition() == len("walk to the shop") and box.isModified()
