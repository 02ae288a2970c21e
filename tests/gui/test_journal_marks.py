"""The journal marks what its search found in each entry, as a highlighter would, so the
person sees why an entry is there (a word deep in a long note, a feeling in its heading)."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import cast

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPalette
from pytestqt.qtbot import QtBot

from footholds.app.build import AppContext
from footholds.core.store import LogEntry
from footholds.ui.common import tokens
from footholds.ui.journal.journal import JournalWindow
from footholds.ui.journal.journal_marks import WRAP, draw_marked, marker

NOW = datetime.now().astimezone().replace(hour=12, minute=0, second=0, microsecond=0)
LONG = "Long day. I went to the SHOP on the corner and talked a while.\n" * 4


@pytest.fixture(autouse=True)
def noon(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("footholds.core.days.now_local", lambda: NOW)


def marked_pixels(window: JournalWindow) -> int:
    image = window.view.viewport().grab().toImage()
    wash = marker(window.view.palette()).rgb()
    return sum(
        1
        for y in range(0, image.height(), 2)
        for x in range(0, image.width(), 2)
        if image.pixel(x, y) == wash
    )


def searched(window: JournalWindow, qtbot: QtBot, words: str, said: str) -> None:
    window.search.setText(words)
    qtbot.waitUntil(lambda: window.status.text() == said, timeout=10_000)
    qtbot.waitUntil(lambda: not window.reader.isActive(), timeout=10_000)
    window.view.viewport().repaint()


def test_what_the_search_found_is_marked_and_only_then(ctx: AppContext, qtbot: QtBot) -> None:
    ctx.store.add(LogEntry(at=NOW - timedelta(hours=2), feelings=["sad"], note="Quiet evening"))
    ctx.store.add(LogEntry(at=NOW - timedelta(hours=1), note=LONG))
    ctx.windows.show("journal")
    window = cast(JournalWindow, ctx.windows.get("journal"))
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.waitUntil(lambda: not window.reader.isActive(), timeout=10_000)
    assert marked_pixels(window) == 0  # no search: nothing marked
    searched(window, qtbot, "shop", "1 entry found.")
    assert window.model.needle == "shop"
    assert marked_pixels(window) > 50
    searched(window, qtbot, "sad", "1 entry found.")  # a feeling, in the entry's heading
    assert marked_pixels(window) > 10
    searched(window, qtbot, "", "")
    assert window.model.needle == ""
    assert marked_pixels(window) == 0


def test_a_marked_entry_is_laid_out_as_an_unmarked_one(qtbot: QtBot) -> None:
    """Drawn line by line to mark words, an entry wraps and spaces its lines as drawText
    does, so it fills the height its row was measured for: with a clear wash the two
    drawings are the same, pixel for pixel."""
    font = QFont()
    rect = QRect(4, 4, 300, 400)

    def drawn(marked: bool) -> QImage:
        image = QImage(320, 420, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.white)
        painter = QPainter(image)
        painter.setFont(font)
        painter.setPen(Qt.GlobalColor.black)
        if marked:
            draw_marked(painter, rect, LONG, "shop", QColor(0, 0, 0, 0))
        else:
            painter.drawText(rect, WRAP, LONG)
        painter.end()
        return image

    assert drawn(True) == drawn(False)


@pytest.mark.parametrize("dark", [False, True])
def test_the_wash_is_the_themes_mark(dark: bool) -> None:
    palette = QPalette()
    window = QColor(tokens.colours(dark).background)
    palette.setColor(QPalette.ColorRole.Window, window)
    assert marker(palette).name() == tokens.colours(dark).mark
