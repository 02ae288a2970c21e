"""Every window with a page that scrolls keeps one column: the page's content, and the help
link kept in view under it, end at the same right edge, and the scroll bar sits at the
window's edge, outside that column (it sat inside the margin in several windows, beside boxes
that ended short of the buttons and the link under them: the last were a questionnaire being
filled in and the journal's entry editor)."""

from __future__ import annotations

from typing import cast

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QScrollArea, QWidget
from pytestqt.qtbot import QtBot
from settling import settle

from footholds.app.build import AppContext
from footholds.core.store import LogEntry
from footholds.ui.common import tokens
from footholds.ui.journal.journal import JournalWindow
from footholds.ui.journal.journal_editor import EntryEditor
from footholds.ui.reflect.questionnaire import QuestionnaireWindow
from support import present

# every window made with scrolling.scrolling_page (grep the ui for it and for QScrollArea)
PAGED = [
    "today",
    "reach-out",
    "medication",
    "help-knowledge",
    "affirmation",
    "first-run",
    "safety-plan",
    "insights",
    "questionnaire",
]


def _right(widget: QWidget, x: int, window: QWidget) -> int:
    return widget.mapTo(window, QPoint(x, 0)).x()


@pytest.mark.parametrize("name", PAGED)
def test_the_page_and_the_help_link_share_one_column(
    ctx: AppContext, qtbot: QtBot, name: str
) -> None:
    window = ctx.windows.show(name)
    qtbot.waitExposed(window)
    scroll = present(window.findChild(QScrollArea))
    window.resize(window.width(), 2400)  # tall enough that no scroll bar shows
    qtbot.waitUntil(lambda: not scroll.verticalScrollBar().isVisible())
    page = present(scroll.widget())
    link = window.help_link  # type: ignore[attr-defined]
    # the area reaches the window's edge, so its bar shows there, outside the column
    assert _right(scroll, scroll.width(), window) == window.width()

    def in_line() -> None:  # once the page is laid out (a page that fit had no bar to hide)
        inside = present(page.layout()).contentsRect()
        column_right = _right(page, inside.right() + 1, window)
        link_right = _right(link, link.width(), window)
        assert abs(column_right - link_right) <= 2, (column_right, link_right)

    qtbot.waitUntil(in_line)


def _margin(page: QWidget) -> int:
    """The right margin of the page's column."""
    return present(page.layout()).contentsMargins().right()


# Windows whose page scrolls in a pane beside another (a splitter) or in tabs: the scroll
# area has no side margin of its own, its page carries the window's, so the bar sits at the
# window's edge and the page ends where the buttons and the help link under it end.
def _pane(window: QWidget, name: str) -> QScrollArea:
    if name == "thought-log":
        return window.page_scroll  # type: ignore[attr-defined,no-any-return]
    if name == "settings":  # the page of the tab shown
        return window.tabs.currentWidget()  # type: ignore[attr-defined,no-any-return]
    raise AssertionError(name)


@pytest.mark.parametrize("name", ["thought-log", "settings"])
def test_a_pane_reaches_the_window_edge_its_page_in_the_column(
    ctx: AppContext, qtbot: QtBot, name: str
) -> None:
    window = ctx.windows.show(name)
    qtbot.waitExposed(window)
    scroll = _pane(window, name)
    window.resize(window.width(), 2400)
    qtbot.waitUntil(lambda: not scroll.verticalScrollBar().isVisible())
    page = present(scroll.widget())
    link = window.help_link  # type: ignore[attr-defined]
    assert _right(scroll, scroll.width(), window) == window.width()
    column_right = _right(page, page.width() - _margin(page), window)
    link_right = _right(link, link.width(), window)
    assert abs(column_right - link_right) <= 2, (column_right, link_right)
    if name == "settings":
        return  # the link under the tabs, not under one page, keeps the window's corner
    # with the bar showing, the rows under the page step in by its width, as on the page
    window.resize(window.width(), 420)
    qtbot.waitUntil(scroll.verticalScrollBar().isVisible)

    def in_line() -> None:
        column_right = _right(page, page.width() - _margin(page), window)
        link_right = _right(link, link.width(), window)
        assert abs(column_right - link_right) <= 2, (column_right, link_right)

    qtbot.waitUntil(in_line)


def test_the_check_in_choices_start_at_the_window_edge_their_page_in_the_column(
    ctx: AppContext, qtbot: QtBot
) -> None:
    """The choices scroll in the left pane: its area starts at the window's edge and its page
    carries the window's left margin, so the choices line up with Import under them."""
    window = ctx.windows.show("check-in")
    qtbot.waitExposed(window)
    scroll: QScrollArea = window.choices  # type: ignore[attr-defined]
    page = present(scroll.widget())
    assert scroll.mapTo(window, QPoint(0, 0)).x() == 0
    column_left = page.mapTo(window, QPoint(present(page.layout()).contentsMargins().left(), 0))
    assert column_left.x() == tokens.WINDOW[0]
    assert window.header.mapTo(window, QPoint(0, 0)).x() == tokens.WINDOW[0]  # type: ignore[attr-defined]


def open_editor(ctx: AppContext, qtbot: QtBot) -> EntryEditor:
    """The journal's editor, opened on an entry as the journal opens it (window-modal)."""
    entry = LogEntry(feelings=["tired"], wins=["drank water"], note="A hard day, written down.")
    ctx.store.add(entry)
    journal = cast(JournalWindow, ctx.windows.show("journal"))
    qtbot.waitExposed(journal)
    qtbot.waitUntil(lambda: journal.model.row_of(entry.id) >= 0)
    journal.view.setCurrentIndex(journal.model.index(journal.model.row_of(entry.id)))
    journal.open_button.click()
    editor = present(journal.editor)
    qtbot.waitExposed(editor)
    return editor


def _in_one_column(window: QWidget, field: QWidget, button: QWidget) -> None:
    """`field` on the page ends where `button` and the help link under the page end."""
    link = window.help_link  # type: ignore[attr-defined]
    ends = [_right(w, w.width(), window) for w in (field, button, link)]
    assert max(ends) - min(ends) <= 2, ends


@pytest.mark.parametrize("name", ["questionnaire form", "entry editor"])
def test_the_questions_and_the_entry_end_where_their_buttons_and_the_help_link_end(
    ctx: AppContext, qtbot: QtBot, name: str
) -> None:
    """A questionnaire being filled in and the entry editor had scroll areas of their own
    inside the window's margin: the questions ended about 20 pixels short of Save."""
    window: QWidget
    if name == "questionnaire form":
        form = cast(QuestionnaireWindow, ctx.windows.show("questionnaire", form="phq9"))
        qtbot.waitExposed(form)
        field: QWidget = present(form.page)
        button: QWidget = form.save
        window = form
    else:
        editor = open_editor(ctx, qtbot)
        field, button, window = editor.form.note, editor.save, editor
    scroll = present(window.findChild(QScrollArea))
    assert _right(scroll, scroll.width(), window) == window.width()  # its bar at the edge
    # as it opens (a form's nine questions scroll: the rows under it step in by the bar)
    qtbot.waitUntil(lambda: _in_one_column(window, field, button))
    window.resize(window.width(), 2400)  # and with no scroll bar
    qtbot.waitUntil(lambda: not scroll.verticalScrollBar().isVisible())
    qtbot.waitUntil(lambda: _in_one_column(window, field, button))
    window.resize(window.width(), 420)
    qtbot.waitUntil(scroll.verticalScrollBar().isVisible)
    qtbot.waitUntil(lambda: _in_one_column(window, field, button))


def test_the_entry_editor_opens_with_the_whole_entry_in_view(ctx: AppContext, qtbot: QtBot) -> None:
    """It fitted the entry at its full width, and opened a scroll bar too short: beside the
    bar the chips wrapped a line more, and More was out of sight."""
    editor = open_editor(ctx, qtbot)
    bar = editor.scroll_area.verticalScrollBar()
    settle(qtbot, editor)  # laid out
    assert not bar.isVisible(), bar.maximum()
