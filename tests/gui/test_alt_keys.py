"""Alt with a letter is a shortcut's key: when no shortcut takes it (a greyed-out button's),
it never types the letter into the text box that has the keyboard."""

from __future__ import annotations

from typing import cast

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit
from pytestqt.qtbot import QtBot

from footholds.app.build import AppContext
from footholds.core.store import ThoughtLog
from footholds.ui.reflect.thought_log import ThoughtLogWindow

ALT = Qt.KeyboardModifier.AltModifier


def test_alt_n_on_the_last_step_of_the_thought_log_types_nothing(
    ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    log = cast(ThoughtLogWindow, ctx.windows.get("thought-log"))
    log.show()
    qtbot.waitUntil(log.isActiveWindow)
    qtbot.keyClicks(log.pages.thought, "Nothing goes right")
    log.go(log.pages.count() - 1)
    box = log.pages.balanced
    assert box.hasFocus() and not log.next.isEnabled()
    before = box.toPlainText()
    for _ in range(2):
        qtbot.keyClick(box, Qt.Key.Key_N, ALT)  # Next's own key, greyed out here
    assert box.toPlainText() == before
    qtbot.keyClicks(box, "n")  # a plain n still types
    assert box.toPlainText() == before + "n"
    qtbot.keyClick(box, Qt.Key.Key_Escape)
    (entry,) = ctx.store.all(ThoughtLog)
    assert entry.balanced == (before + "n").strip()


@pytest.mark.parametrize("kind", [QLineEdit, QPlainTextEdit])
def test_no_text_box_takes_alt_with_a_letter(
    ctx: AppContext, qtbot: QtBot, kind: type[QLineEdit] | type[QPlainTextEdit]
) -> None:
    box = kind()
    qtbot.addWidget(box)
    box.show()
    box.activateWindow()
    box.setFocus()
    qtbot.waitUntil(box.hasFocus)
    qtbot.keyClick(box, Qt.Key.Key_B, ALT)
    qtbot.keyClick(box, Qt.Key.Key_B)
    # AltGr (Ctrl+Alt on Windows) still types what it makes
    qtbot.keyClick(box, Qt.Key.Key_At, ALT | Qt.KeyboardModifier.ControlModifier)
    text = box.text() if isinstance(box, QLineEdit) else box.toPlainText()
    assert text == "b@"


def test_an_editable_list_takes_no_alt_letter(ctx: AppContext, qtbot: QtBot) -> None:
    """An editable list has the keyboard itself (its line field only types for it): it was
    never watched, and Alt+B typed "b" into the journal's part and Today's routine ideas."""
    box = QComboBox()
    box.setEditable(True)
    qtbot.addWidget(box)
    box.show()
    box.activateWindow()
    box.setFocus()
    qtbot.waitUntil(box.hasFocus)
    qtbot.keyClick(box, Qt.Key.Key_B, ALT)
    assert box.currentText() == ""
    qtbot.keyClicks(box, "b")  # a plain b still types
    assert box.currentText() == "b"
