"""Emptying Qt's font cache after windows close: the fonts nothing uses go, nothing shown
changes, and no font is left behind."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtGui import QFont, QFontDatabase, QFontInfo, QFontMetrics, QGuiApplication
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from footholds.platform import memory
from footholds.ui.shell import windows as windows_module
from footholds.ui.shell.font_cache import empty_font_cache

# FreeType reads the blank font where Qt uses it; macOS and Windows may refuse it (then nothing
# changes), so these run where FreeType is sure.
freetype = pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="the blank font is a FreeType (BDF) font"
)


@freetype
def test_the_font_database_takes_the_change_and_keeps_no_font(qtbot: QtBot) -> None:
    changes: list[bool] = []
    app = QGuiApplication.instance()
    assert isinstance(app, QGuiApplication)

    def changed() -> None:
        changes.append(True)

    app.fontDatabaseChanged.connect(changed)
    try:
        assert empty_font_cache()  # FreeType reads the blank font: Qt empties its cache
    finally:
        app.fontDatabaseChanged.disconnect(changed)
    assert changes  # what Qt empties the cache on
    assert "Footholds cache" not in QFontDatabase.families()


@freetype
def test_text_on_screen_is_unchanged(qtbot: QtBot) -> None:
    text = "Something small, written down, still counts."
    label = QLabel(text)
    font = QFont(label.font())
    font.setPointSize(17)  # an engine only this label uses
    label.setFont(font)
    qtbot.addWidget(label)
    label.show()
    qtbot.waitExposed(label)

    def drawn() -> tuple[int, str, object]:
        """How wide the words are, the family really used, and the pixels drawn."""
        label.repaint()
        shown = label.font()
        return (
            QFontMetrics(shown).horizontalAdvance(text),
            QFontInfo(shown).family(),
            (label.grab().toImage()),
        )

    before = drawn()
    for _ in range(3):  # again and again, as after each close of windows
        assert empty_font_cache()
    assert drawn() == before


def test_giving_back_empties_it(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(memory, "give_back", lambda: True)
    emptied: list[bool] = []
    from footholds.ui.shell import font_cache

    monkeypatch.setattr(font_cache, "empty_font_cache", lambda: emptied.append(True) or True)
    windows_module.give_back_memory()
    assert emptied == [True]
