"""Two things the journal did with the first entries and with twins of one minute.

Entries arriving while it said "Nothing here yet" (a quick log saved with it open) left the
keyboard on Get help now, not on the list as when it opens with entries. And the question
before removing one of two entries of the same minute ("…today at 14:59?") could be about
either: it says the seconds then, as the thought log does."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import cast

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from footholds.app.build import AppContext
from footholds.core.store import LogEntry
from footholds.ui.common import i18n
from footholds.ui.journal.journal import JournalWindow

NOW = datetime.now().astimezone().replace(hour=12, minute=0, second=0, microsecond=0)


@pytest.fixture(autouse=True)
def noon(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("footholds.core.days.now_local", lambda: NOW)


def open_journal(ctx: AppContext, qtbot: QtBot) -> JournalWindow:
    ctx.windows.show("journal")
    window = cast(JournalWindow, ctx.windows.get("journal"))
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.waitUntil(lambda: not window.reader.isActive(), timeout=10_000)
    return window


@pytest.mark.parametrize("on_help", [False, True])
def test_the_first_entries_take_the_keyboard(ctx: AppContext, qtbot: QtBot, on_help: bool) -> None:
    """From where the empty window left it: its Open the quick log, or Get help now."""
    window = open_journal(ctx, qtbot)
    assert window.empty.isVisible()
    if on_help:
        link = window.help_link.findChild(QPushButton)
        assert link is not None
        link.setFocus()
        qtbot.waitUntil(link.hasFocus)
    ctx.store.add(LogEntry(at=NOW, note="saved from the tray"))
    qtbot.waitUntil(lambda: window.model.entry_count() == 1, timeout=3000)
    qtbot.waitUntil(window.view.hasFocus)


def test_the_keyboard_stays_where_the_person_put_it(ctx: AppContext, qtbot: QtBot) -> None:
    ctx.store.add(LogEntry(at=NOW, note="first"))
    window = open_journal(ctx, qtbot)
    window.search.setFocus()
    qtbot.keyClicks(window.search, "zzz")  # nothing matches: the list gives way to a line
    qtbot.waitUntil(lambda: window.empty.isVisible(), timeout=3000)
    window.search.clear()  # the entries back while the person is in the search box
    qtbot.waitUntil(lambda: window.view.isVisible(), timeout=3000)
    assert window.search.hasFocus()


@pytest.mark.parametrize(
    ("language", "question"),
    [
        ("en", "Remove the entry you wrote today at 09:15:07?"),
        ("es", "¿Quitar la entrada que escribiste hoy a las 09:15:07?"),
    ],
)
def test_two_of_one_minute_are_told_apart_by_their_seconds(
    ctx: AppContext,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    language: str,
    question: str,
) -> None:
    asked: list[str] = []
    monkeypatch.setattr(ctx.prompter, "confirm", lambda _p, q, _a: asked.append(q) or False)
    ctx.settings.set("day.start_hour", 0)
    first = LogEntry(at=NOW.replace(hour=9, minute=15, second=7), note="one")
    ctx.store.add(first)
    ctx.store.add(LogEntry(at=first.at + timedelta(seconds=40), note="two"))
    alone = LogEntry(at=NOW.replace(hour=10, minute=30, second=5), note="three")
    ctx.store.add(alone)
    ctx.settings.set("general.language", language)
    i18n.apply(ctx)
    try:
        window = open_journal(ctx, qtbot)
        for entry in (first, alone):

            def shown(e: LogEntry = entry) -> bool:
                return window.model.row_of(e.id) >= 0

            qtbot.waitUntil(shown, timeout=10_000)
            window.view.setCurrentIndex(window.model.index(window.model.row_of(entry.id)))
            qtbot.keyClick(window.view, Qt.Key.Key_Delete)
        assert asked[0] == question
        assert asked[1].endswith("10:30?")  # alone in its minute: no seconds
    finally:
        ctx.settings.set("general.language", "en")
        i18n.remove(ctx.app)
