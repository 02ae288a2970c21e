"""Settings › Your data: what a button did is said just under that button, in room kept
for it (nothing moves), and the page shows a scroll bar only when it has to."""

from __future__ import annotations

from pathlib import Path
from typing import cast

from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from footholds.app.build import AppContext
from footholds.ui.common import tokens
from footholds.ui.settings.settings_parts import DATA_PAGE
from footholds.ui.settings.settings_window import SettingsWindow


def _opened(ctx: AppContext, qtbot: QtBot) -> SettingsWindow:
    window = cast(SettingsWindow, ctx.windows.show("settings"))
    qtbot.waitExposed(window)
    window.tabs.setCurrentIndex(window.tabs.count() - 1)
    qtbot.waitUntil(window.data_page.isVisible)
    QApplication.processEvents()
    return window


def _top(widget: QWidget) -> int:
    return widget.mapTo(widget.window(), widget.rect().topLeft()).y()


def _just_under(line: QWidget, button: QWidget) -> bool:
    """`line` starts under `button`, close to it (less than a line of words below)."""
    gap = _top(line) - (_top(button) + button.height())
    return 0 <= gap <= button.height()


def test_a_backup_is_said_under_back_up_now_and_nothing_moves(
    ctx: AppContext, qtbot: QtBot
) -> None:
    page = _opened(ctx, qtbot).data_page
    before = [_top(w) for w in (page.backup_button, page.export_button, page.import_button)]
    made = page.back_up()
    QApplication.processEvents()
    assert made is not None
    line = page.backup_said
    assert str(made) in line.line.accessibleName() and line.isVisible()
    assert _just_under(line, page.backup_button)
    assert page.export_said.text() == ""
    after = [_top(w) for w in (page.backup_button, page.export_button, page.import_button)]
    assert after == before


def test_an_export_is_said_under_the_export_buttons_and_nothing_moves(
    ctx: AppContext, qtbot: QtBot, tmp_path: Path
) -> None:
    page = _opened(ctx, qtbot).data_page
    before = [_top(w) for w in (page.backup_button, page.export_button, page.import_button)]
    target = tmp_path / "mine.json"
    page.export(target)
    QApplication.processEvents()
    line = page.export_said
    assert str(target) in line.line.accessibleName() and line.isVisible()
    assert _just_under(line, page.export_button)
    assert page.status is line  # what was said last, as before
    after = [_top(w) for w in (page.backup_button, page.export_button, page.import_button)]
    assert after == before


def test_the_page_has_no_scroll_bar_when_its_card_fits(ctx: AppContext, qtbot: QtBot) -> None:
    """Room kept for words not said yet is no reason for a bar: a window just tall enough
    for the card (whose lines keep their own room) shows the page whole, with no bar."""
    window = _opened(ctx, qtbot)
    scroll = window.tabs.scroll_of(DATA_PAGE)
    page = scroll.widget() if scroll is not None else None
    assert scroll is not None and page is not None and page.layout() is not None
    layout = page.layout()
    assert layout is not None
    margins = layout.contentsMargins()
    group = window.data_page.group
    need = group.heightForWidth(page.width()) + margins.top() + margins.bottom()
    window.resize(window.width(), window.height() + need - scroll.viewport().height())
    QApplication.processEvents()
    QApplication.processEvents()
    assert scroll.viewport().height() >= need
    assert not scroll.verticalScrollBar().isVisible()


def test_a_backup_s_words_have_the_card_s_width_and_its_link_sits_under_them(
    ctx: AppContext, qtbot: QtBot
) -> None:
    """A tour saw "Backup written to …" wrap in the left half of the card, with Show in
    folder far off to the right: the words take the whole width, on one line, and the link
    stands under their start, in room kept from the start."""
    window = _opened(ctx, qtbot)
    page = window.data_page
    said = page.backup_said
    before = [_top(w) for w in (page.export_button, page.import_button)]
    height = said.height()
    made = page.back_up()
    QApplication.processEvents()
    assert made is not None
    line, link = said.line, said.show_folder
    assert link.isVisible() and not said.open_it.isVisible()  # a backup is not opened
    assert line.width() >= said.width() - 2  # the words have the whole width
    assert line.height() < 2 * line.fontMetrics().lineSpacing() + 4  # one line
    left = link.mapTo(said, link.rect().topLeft())
    assert left.x() <= tokens.S and left.y() >= line.geometry().bottom()  # under their start
    assert said.height() == height  # its room was kept: nothing below moved
    assert [_top(w) for w in (page.export_button, page.import_button)] == before
