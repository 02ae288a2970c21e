"""The journal and the proof list mark what their search found in each entry, as a
highlighter would, so the person sees why an entry is there (a word deep in a long note, a
feeling in its heading, a tag)."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import cast

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPalette
from pytestqt.qtbot import QtBot

from footholds.app.build import AppContext
from footholds.core.store import LogEntry, Proof
from footholds.ui.common import tokens
from footholds.ui.common.calm import HTML_ROLE
from footholds.ui.common.marks import WRAP, draw_marked, marked_html, marker
from footholds.ui.journal.journal import JournalWindow
from footholds.ui.proofs.proof_list import ProofListWindow

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


def test_the_proof_list_marks_each_word_searched_in_text_and_tags(
    ctx: AppContext, qtbot: QtBot
) -> None:
    ctx.store.add(
        Proof(day=NOW.date().isoformat(), text="Got to the <b>shop</b> & back", tags=["walk"])
    )
    ctx.store.add(Proof(day=NOW.date().isoformat(), text="Called my sister"))
    window = cast(ProofListWindow, ctx.windows.show("proof-list"))
    qtbot.waitExposed(window)
    wash = tokens.colours(False).mark
    assert wash not in window.list.item(0).data(HTML_ROLE)  # no search: nothing marked
    window.search.setText("SHOP walk")
    qtbot.waitUntil(lambda: window.list.count() == 1, timeout=5000)
    html = window.list.item(0).data(HTML_ROLE)
    assert html.count(f'<span style="background-color:{wash}">') == 2
    assert f'background-color:{wash}">shop</span>' in html  # its own case, escaped around
    assert "&lt;b&gt;" in html and "&amp;" in html and "<b>" not in html
    assert f'background-color:{wash}">walk</span>' in html  # the tag


def test_marked_html_joins_overlapping_finds_and_keeps_lines() -> None:
    html = marked_html("tienda y TIENDAS\nlejos", ["tienda", "tiendas"], "#abcdef")
    assert html == (
        '<span style="background-color:#abcdef">tienda</span> y '
        '<span style="background-color:#abcdef">TIENDAS</span><br>lejos'
    )


def test_a_single_letter_is_found_but_not_marked() -> None:
    """Searching "i" finds entries; marking every i speckled each one."""
    assert marked_html("I did it", ["i"], "#abcdef") == "I did it"
    assert marked_html("I did it", ["i", "did"], "#abcdef").count("<span") == 1
