"""Made small, the journal's list went down to its day's heading and the first line of a
cut card (about 60 pixels), the rest of the window kept for its buttons: a person saw none
of their words. The list keeps room for a page's worth of lines, as a reading window does."""

from __future__ import annotations

from pytestqt.qtbot import QtBot
from test_journal import NOW, fill, noon, open_journal  # noqa: F401

from footholds.app.build import AppContext
from footholds.core.store import LogEntry
from footholds.ui.common.measure import VIEW_LINES


def test_a_small_journal_still_shows_a_whole_entry(ctx: AppContext, qtbot: QtBot) -> None:
    fill(ctx, [LogEntry(at=NOW, feelings=["sad"], energy=2, note="A heavy morning. " * 12)])
    window = open_journal(ctx, qtbot)
    window.resize(300, 300)
    qtbot.waitUntil(lambda: window.view.height() < 400)  # the layout has taken the new size
    lines = window.view.fontMetrics().lineSpacing()
    assert window.view.height() >= VIEW_LINES * lines
    card = window.view.visualRect(window.model.index(1))  # the first entry, under its day
    assert window.view.viewport().rect().contains(card), (card, window.view.viewport().rect())
