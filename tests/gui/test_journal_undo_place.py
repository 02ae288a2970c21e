"""After "Your words were set aside" → Undo, the entry's editor reopened about 17 px higher
and taller, its rows spread apart: it was sized and placed with the kept line showing,
which was hidden once it was open. It reopens exactly where and as it first opened."""

from __future__ import annotations

from PySide6.QtCore import QPoint
from pytestqt.qtbot import QtBot
from settling import settle
from test_journal import NOW, fill, noon, open_journal, select  # noqa: F401

from footholds.app.build import AppContext
from footholds.core.store import LogEntry


def test_undo_reopens_the_editor_where_and_as_it_first_opened(
    ctx: AppContext, qtbot: QtBot
) -> None:
    entry = LogEntry(at=NOW, note="A long day. " * 40, feelings=["sad"])
    fill(ctx, [entry])
    window = open_journal(ctx, qtbot)
    select(window, entry.id)
    window.open_button.click()
    editor = window.editor
    assert editor is not None
    qtbot.waitExposed(editor)
    settle(qtbot, editor)
    first = editor.geometry()
    rows = editor.form.energy_label.mapTo(editor, QPoint(0, 0))
    editor.form.note.set_text(editor.form.note.text() + "more")
    editor.cancel.click()
    assert window.undo_bar.pending()
    window.undo_bar.undo()
    again = window.editor
    assert again is not None and again is not editor
    qtbot.waitExposed(again)
    settle(qtbot, again)
    assert not again.message.isVisible()
    assert again.geometry() == first
    assert again.form.energy_label.mapTo(again, QPoint(0, 0)) == rows
    again.reject()
    window.undo_bar.timer.timeout.emit()
