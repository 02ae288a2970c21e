"""The quick log with larger text: the thank-you keeps its height as its words change."""

from __future__ import annotations

from typing import cast

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from settling import settle

from footholds.app.build import AppContext
from footholds.ui.common import tokens
from footholds.ui.journal.quick_log import QuickLogWindow

ICON = QRect(760, 2, 24, 24)  # a tray icon near the top right of the offscreen screen


def tab_until(qtbot: QtBot, window: QWidget, target: QWidget, limit: int = 80) -> None:
    """Press Tab until `target` has the focus."""
    for _ in range(limit):
        qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_Tab)
        if QApplication.focusWidget() is target:
            return
    raise AssertionError("Tab never reached it")


SHORT_THANKS = "Written down and kept safe."
LONG_THANKS = (
    "Thank you. " + "Each entry helps you see the bigger picture, a little at a time. " * 2
)


def open_quick(ctx: AppContext, qtbot: QtBot) -> QuickLogWindow:
    ctx.windows.show("quick-log", near=ICON)
    window = cast(QuickLogWindow, ctx.windows.get("quick-log"))
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.form.note)
    return window


@pytest.mark.parametrize("words", [SHORT_THANKS, LONG_THANKS], ids=["short", "long"])
def test_the_thank_you_keeps_its_height_when_the_win_goes_to_the_proof_list(
    ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, words: str
) -> None:
    """The offer to add the win went as the words changed to "Added to your proof list.",
    and the window shrank under the pointer (146 to 112 px)."""
    quick = open_quick(ctx, qtbot)
    monkeypatch.setattr(quick.thanks, "words", lambda: words)
    quick.form.wins.pick("stepped outside")
    qtbot.keyClick(quick.form.note, Qt.Key.Key_Return)
    assert quick.thanks.keep_proof.isVisible()
    settle(qtbot, quick)
    before = quick.geometry()
    thanks = quick.thanks
    # no blank line kept under a thank-you that fits on one line
    assert thanks.height() == thanks.heightForWidth(thanks.width())
    qtbot.mouseClick(quick.thanks.keep_proof, Qt.MouseButton.LeftButton)
    settle(qtbot, quick)
    assert quick.isVisible()
    assert quick.thanks.line.text() == "Added to your proof list."
    assert quick.geometry() == before


@pytest.mark.parametrize("scale", [1.0, 1.15, 1.2, 1.25])
def test_tab_to_more_keeps_the_note_in_view_when_both_fit(
    ctx: AppContext, qtbot: QtBot, qapp: QApplication, scale: float
) -> None:
    """At 1.25x on a 1280x800 screen More was below the fold, and Tab to it scrolled the
    note out of view for the air kept below More."""
    usual = qapp.font()
    font = qapp.font()
    font.setPointSizeF(usual.pointSizeF() * scale)
    qapp.setFont(font)
    try:
        quick = open_quick(ctx, qtbot)
        settle(qtbot, quick)
        more, note = quick.form.more, quick.form.note
        view = quick.scroll_area.viewport()
        room = quick.screen().availableGeometry()
        if quick.frameGeometry().bottom() < room.bottom() - 2 * tokens.M:
            # the screen had room: the window grew to show More without scrolling
            assert more.mapTo(view, QPoint(0, more.height())).y() <= view.height()
        tab_until(qtbot, quick, more)
        settle(qtbot, quick)
        more_top = more.mapTo(view, QPoint(0, 0)).y()
        assert more_top >= 0 and more_top + more.height() <= view.height()  # More whole
        note_top = note.mapTo(view, QPoint(0, 0)).y()
        if more_top + more.height() - note_top <= view.height():
            assert note_top >= 0, (note_top, view.height())  # both fit: both shown
        else:  # they cannot both show: the page moved no more than More needs
            assert more_top + more.height() == view.height()
    finally:
        qapp.setFont(usual)


def test_a_field_kept_in_sight_stays_as_tab_reaches_a_control_below_it(qtbot: QtBot) -> None:
    """The room kept round a control Tab reaches goes before the page's kept field does."""
    from PySide6.QtWidgets import QLineEdit, QPushButton, QVBoxLayout

    from footholds.ui.common.scrolling import form_scroll

    page = QWidget()
    column = QVBoxLayout(page)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(0)
    note = QLineEdit()
    note.setFixedHeight(40)
    gap = QWidget()
    gap.setFixedHeight(150)
    more = QPushButton("More")
    more.setFixedHeight(30)
    more.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    below = QLineEdit()
    below.setFixedHeight(300)
    for part in (note, gap, more, below):
        column.addWidget(part)
    area = form_scroll(page, "page")
    qtbot.addWidget(area)
    area.keep_seen = note
    area.resize(300, 230)  # note and More fit (220), with the room round More they do not
    area.show()
    qtbot.waitExposed(area)
    area.activateWindow()
    qtbot.waitUntil(area.isActiveWindow)
    note.setFocus()
    qtbot.keyClick(note, Qt.Key.Key_Tab)
    assert more.hasFocus()
    settle(qtbot, area)
    view = area.viewport()
    assert note.mapTo(view, QPoint(0, 0)).y() >= 0
    assert more.mapTo(view, QPoint(0, more.height())).y() <= view.height()
