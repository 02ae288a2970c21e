"""Small things a day's tour found: the same session added twice, the proof editor's keys,
and "Write my own" after saving."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import QDate, QTime
from PySide6.QtWidgets import QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from footholds.app.build import AppContext
from footholds.core.store import Session


def test_the_same_session_twice_is_said_and_not_added(
    ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from footholds.ui.reflect import sessions_editor

    monkeypatch.setattr(sessions_editor, "now_local", lambda: datetime(2026, 12, 2, 9).astimezone())
    editor = sessions_editor.SessionsEditor(ctx)
    qtbot.addWidget(editor)
    editor.show()
    for _ in range(2):
        editor.first.setDate(QDate(2026, 12, 3))
        editor.start.setTime(QTime(9, 30))
        editor.add.click()
    assert len(ctx.store.all(Session)) == 1
    assert editor.said.text() == "That session is already in your list."
    # another time that day is a session of its own
    editor.first.setDate(QDate(2026, 12, 3))
    editor.start.setTime(QTime(15, 0))
    editor.add.click()
    assert len(ctx.store.all(Session)) == 2


def test_the_proof_editor_says_which_key_saves_and_which_adds_a_line(
    ctx: AppContext, qtbot: QtBot
) -> None:
    from footholds.ui.proofs.proof_editor import ProofEditor

    holder = QWidget()
    qtbot.addWidget(holder)
    editor = ProofEditor(holder)
    QVBoxLayout(holder).addWidget(editor)
    holder.resize(500, 400)
    holder.show()
    editor.start()
    qtbot.waitExposed(holder)
    assert editor.keys.isVisible()
    assert editor.keys.text() == "Ctrl+Enter saves · Enter new line"
    assert editor.keys.property("soft") is True  # a quiet caption, as the quick log's
    # on the buttons' line, beside them
    row = editor.save.geometry()
    assert editor.keys.geometry().top() <= row.center().y() <= editor.keys.geometry().bottom()


def test_write_my_own_looks_as_before_once_its_words_are_saved(
    ctx: AppContext, qtbot: QtBot
) -> None:
    """Clicked, then the words typed and Enter pressed with the pointer left resting on it:
    the button stayed raised, as if still on, over the words just saved."""
    from typing import cast

    from PySide6.QtCore import Qt

    from footholds.ui.proofs.affirmation import AffirmationWindow

    window = cast(AffirmationWindow, ctx.windows.show("affirmation"))
    qtbot.waitExposed(window)
    plain = window.write.grab().toImage()
    window.write.setAttribute(Qt.WidgetAttribute.WA_UnderMouse, True)  # the pointer on it
    window.write.click()
    qtbot.keyClicks(window.own_text, "Slow is still moving")
    qtbot.keyClick(window.own_text, Qt.Key.Key_Return)
    assert window.words.text() == "Slow is still moving"
    assert not window.write.underMouse()
    assert window.write.grab().toImage() == plain
