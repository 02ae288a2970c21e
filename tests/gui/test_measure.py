"""Tough day and Good to know keep a readable line at any width: at 1280 pixels their lines
crossed the whole screen (the tour: Tough day maximised), and Good to know went down to
152x118, its title cut to "Bu...rlo" and nothing of its words in sight."""

from __future__ import annotations

from typing import cast

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot
from settling import settle

from footholds.app.build import AppContext
from footholds.ui.common import tokens
from footholds.ui.common.measure import ch, least_width
from footholds.ui.help.help_knowledge import HelpKnowledgeWindow
from footholds.ui.tough_day.tough_day import ToughDayWindow

LANGUAGES = ["en", "es"]
VIEW_LINES = 16  # the least the page's view shows, in lines of body text


def _show(ctx: AppContext, qtbot: QtBot, name: str, language: str) -> QWidget:
    ctx.settings.set("general.language", language)
    window = ctx.windows.show(name)
    qtbot.waitExposed(window)
    settle(qtbot, window)
    return window


def _right(widget: QWidget, window: QWidget) -> int:
    return widget.mapTo(window, QPoint(widget.width(), 0)).x()


def _left(widget: QWidget, window: QWidget) -> int:
    return widget.mapTo(window, QPoint(0, 0)).x()


@pytest.mark.parametrize("language", LANGUAGES)
def test_tough_day_keeps_its_lines_to_the_measure(
    ctx: AppContext, qtbot: QtBot, language: str
) -> None:
    window = cast(ToughDayWindow, _show(ctx, qtbot, "tough-day", language))
    window.more.setChecked(True)
    window.resize(1280, window.height())
    settle(qtbot, window)
    left = tokens.WINDOW[0]
    most = left + tokens.MEASURE * ch(window)
    assert _left(window.header.title, window) == left  # the title where it always is
    for part in (window.proofs, window.next_steps, window.more_box):
        assert _left(part, window) == left
        assert _right(part, window) <= most, part
    # the help footer's words and button in line with the cards above, its band full width
    assert window.footer.width() == window.width()
    assert _right(window.help_now, window) == _right(window.next_steps, window)
    assert _right(window.crisis, window) <= most


@pytest.mark.parametrize("language", LANGUAGES)
def test_good_to_know_keeps_its_lines_to_the_measure(
    ctx: AppContext, qtbot: QtBot, language: str
) -> None:
    window = cast(HelpKnowledgeWindow, _show(ctx, qtbot, "help-knowledge", language))
    window.resize(1280, 700)
    settle(qtbot, window)
    left = tokens.WINDOW[0]
    most = left + tokens.MEASURE * ch(window)
    assert _left(window.header.title, window) == left
    for text in window.texts:
        assert _left(text, window) == left
        assert _right(text, window) <= most, text.text()


@pytest.mark.parametrize("language", LANGUAGES)
def test_at_their_usual_width_nothing_changes(ctx: AppContext, qtbot: QtBot, language: str) -> None:
    """The measure is for a wide window: at the width they open at, the column is the
    window's, less its margins, as before."""
    for name in ("tough-day", "help-knowledge"):
        window = _show(ctx, qtbot, name, language)
        header = window.header  # type: ignore[attr-defined]
        assert _right(header, window) == window.width() - tokens.WINDOW[2], name


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("name", ["tough-day", "help-knowledge"])
def test_never_too_small_to_read(ctx: AppContext, qtbot: QtBot, language: str, name: str) -> None:
    window = _show(ctx, qtbot, name, language)
    window.resize(50, 50)
    settle(qtbot, window)
    assert window.width() >= least_width(window), window.size()
    view = window.scroller.viewport()  # type: ignore[attr-defined]
    assert view.height() >= VIEW_LINES * window.fontMetrics().lineSpacing(), window.size()
    # the title whole: no word of it cut at the edge
    title = cast(QLabel, window.header.title)  # type: ignore[attr-defined]
    widest = max(title.fontMetrics().horizontalAdvance(w) for w in title.text().split())
    assert title.width() >= widest
