"""Cancel in the journal's entry editor sets the words aside for a few seconds: what was
kept for the entry before (another version's words) stays kept when the offer ends, and
words whose entry went meanwhile wait in the strip as a new entry, opened without a fault."""

from __future__ import annotations

from pytestqt.qtbot import QtBot
from test_journal import NOW, fill, noon, open_journal, select  # noqa: F401

from footholds.app.build import AppContext
from footholds.core.store import LogEntry


def test_another_versions_words_stay_kept_after_a_cancel(ctx: AppContext, qtbot: QtBot) -> None:
    entry = LogEntry(at=NOW, note="as it was")
    fill(ctx, [entry])
    window = open_journal(ctx, qtbot)
    words = {"from_a_newer_version": "words I wrote on my other computer"}
    window.kept[entry.id] = words
    select(window, entry.id)
    window.open_button.click()
    editor = window.editor
    assert editor is not None and editor.unshown is not None
    editor.form.note.set_text("a change")
    editor.cancel.click()
    window.undo_bar.timer.timeout.emit()  # the few seconds pass
    assert window.kept.get(entry.id) == words


def test_words_set_aside_for_an_entry_gone_meanwhile_open_as_new(
    ctx: AppContext, qtbot: QtBot
) -> None:
    entry = LogEntry(at=NOW, note="as it was")
    fill(ctx, [entry])
    window = open_journal(ctx, qtbot)
    select(window, entry.id)
    window.open_button.click()
    editor = window.editor
    assert editor is not None
    editor.form.note.set_text("what I really felt")
    editor.cancel.click()
    gone = ctx.store.get(LogEntry, entry.id)
    assert gone is not None
    ctx.store.remove(gone)  # removed elsewhere
    window.reload()
    assert window.kept_bar.isVisible() and window.strays == [entry.id]
    window.undo_bar.timer.timeout.emit()  # the few seconds pass
    window._on_open_kept_clicked()  # the strip's Open, still on show
    opened = window.editor
    assert opened is not None and opened is not editor
    assert opened.form.note.text() == "what I really felt"
