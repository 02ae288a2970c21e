"""The journal, the thought log and the check-in made as small as they go still show what
they are for: the thought log's box was a sliver, "Step 1 of 6" stood one word a line, and
its standing line about ending one's life ran off the window's foot; the journal kept part
of one entry."""

from __future__ import annotations

from typing import cast

from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from settling import settle

from footholds.app.build import AppContext
from footholds.core.store import LogEntry
from footholds.ui.common import tokens
from footholds.ui.journal.journal import JournalWindow
from footholds.ui.reflect.checkin import CheckinWindow
from footholds.ui.reflect.thought_log import ThoughtLogWindow


def smallest(window: QWidget, qtbot: QtBot) -> None:
    qtbot.waitExposed(window)
    window.resize(100, 100)  # as small as the window lets itself be made
    settle(qtbot, window)
    QApplication.processEvents()


def bottom_in(window: QWidget, part: QWidget) -> int:
    return part.mapTo(window, part.rect().bottomLeft()).y()


def test_the_thought_log_made_small_keeps_its_box_step_and_help_line(
    ctx: AppContext, qtbot: QtBot
) -> None:
    window = cast(ThoughtLogWindow, ctx.windows.show("thought-log"))
    smallest(window, qtbot)
    assert window.page_scroll.height() >= tokens.XL * 4  # a few lines of the box
    step = window.step
    assert step.text().startswith("Step 1")
    wide = step.fontMetrics().horizontalAdvance(step.text())
    assert wide <= step.contentsRect().width()  # on one line
    words = window.help_link.words
    assert words is not None and words.isVisible()
    needed = words.heightForWidth(words.width())
    assert words.height() >= needed  # the whole sentence, not its first lines
    assert bottom_in(window, words) < window.height()  # and inside the window
    assert bottom_in(window, window.help_link.button) < window.height()


def test_the_journal_made_small_keeps_room_for_its_entries(ctx: AppContext, qtbot: QtBot) -> None:
    ctx.store.add(LogEntry(note="Walked to the shop and back, slowly. " * 6))
    window = cast(JournalWindow, ctx.windows.show("journal"))
    qtbot.waitUntil(lambda: window.model.entry_count() == 1, timeout=10_000)
    smallest(window, qtbot)
    assert window.view.height() >= tokens.XL * 4
    assert bottom_in(window, window.help_link) < window.height()


def test_the_check_in_made_small_shows_its_choices_and_preview(
    ctx: AppContext, qtbot: QtBot
) -> None:
    """Each pane showed two lines: the choices a scroll bar, the preview its title."""
    window = cast(CheckinWindow, ctx.windows.show("check-in"))
    smallest(window, qtbot)
    assert window.splitter.height() >= tokens.XL * 7
    assert window.choices.height() >= tokens.XL * 7 and window.paper.height() >= tokens.XL * 7
    assert bottom_in(window, window.help_link) < window.height()
