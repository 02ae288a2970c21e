"""A search in the journal that finds nothing says so once, in the list's place: "Nothing
matches “zzzz”." stood there with "0 entries found." under it, the same news twice, the
second a count of nothing. The line under the list keeps its room, so nothing moves."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import cast

import pytest
from pytestqt.qtbot import QtBot

from footholds.app.build import AppContext
from footholds.core.store import LogEntry
from footholds.ui.journal.journal import JournalWindow

NOW = datetime.now().astimezone().replace(hour=12, minute=0, second=0, microsecond=0)


@pytest.fixture(autouse=True)
def noon(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("footholds.core.days.now_local", lambda: NOW)


def test_nothing_found_is_said_once(ctx: AppContext, qtbot: QtBot) -> None:
    ctx.store.add(LogEntry(at=NOW - timedelta(hours=1), note="Called my sister"))
    ctx.windows.show("journal")
    window = cast(JournalWindow, ctx.windows.get("journal"))
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.waitUntil(lambda: not window.reader.isActive(), timeout=10_000)
    window.search.setText("sister")
    qtbot.waitUntil(lambda: window.status.text() == "1 entry found.", timeout=10_000)
    room = window.status.geometry()
    window.search.setText("zzzz")
    qtbot.waitUntil(window.empty.isVisible, timeout=10_000)
    qtbot.waitUntil(lambda: not window.reader.isActive(), timeout=10_000)
    assert window.empty.text() == "Nothing matches “zzzz”."
    assert window.status.text() == ""
    # told to a screen reader where it shows
    assert window.empty.line.accessibleName() == "Nothing matches “zzzz”."
    assert window.status.geometry() == room  # its room kept: nothing below moves


def test_nothing_found_hides_the_entry_buttons_in_their_room(ctx: AppContext, qtbot: QtBot) -> None:
    """ "Read or change" and "Remove" stood greyed out under "Nothing matches", asking for
    an entry no longer there; they go with the entries, as over the empty journal, and
    their room stays, so the help link under them does not move."""
    ctx.store.add(LogEntry(at=NOW - timedelta(hours=1), note="Called my sister"))
    ctx.windows.show("journal")
    window = cast(JournalWindow, ctx.windows.get("journal"))
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.waitUntil(lambda: not window.reader.isActive(), timeout=10_000)
    assert window.open_button.isVisible() and window.delete_button.isVisible()
    below = window.help_link.geometry()
    window.search.setText("zzzz")
    qtbot.waitUntil(window.empty.isVisible, timeout=10_000)
    qtbot.waitUntil(lambda: not window.reader.isActive(), timeout=10_000)
    assert not window.open_button.isVisible() and not window.delete_button.isVisible()
    assert window.help_link.geometry() == below
    window.search.setText("sister")
    qtbot.waitUntil(lambda: window.status.text() == "1 entry found.", timeout=10_000)
    assert window.open_button.isVisible() and window.delete_button.isVisible()
    assert window.help_link.geometry() == below
