"""The quick log with larger text: the thank-you keeps its height as its words change."""

from __future__ import annotations

from typing import cast

from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from settling import settle

from footholds.app.build import AppContext
from footholds.ui.journal.quick_log import QuickLogWindow

ICON = QRect(760, 2, 24, 24)  # a tray icon near the top right of the offscreen screen


def open_quick(ctx: AppContext, qtbot: QtBot) -> QuickLogWindow:
    ctx.windows.show("quick-log", near=ICON)
    window = cast(QuickLogWindow, ctx.windows.get("quick-log"))
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.form.note)
    return window


def test_the_thank_you_keeps_its_height_when_the_win_goes_to_the_proof_list(
    ctx: AppContext, qtbot: QtBot
) -> None:
    """ "Add this win to my proof list" went as its words changed to "Added to your proof
    list.", and the window shrank under the pointer (146 to 112 px)."""
    quick = open_quick(ctx, qtbot)
    quick.form.wins.pick("stepped outside")
    qtbot.keyClick(quick.form.note, Qt.Key.Key_Return)
    assert quick.thanks.keep_proof.isVisible()
    settle(qtbot, quick)
    before = quick.geometry()
    qtbot.mouseClick(quick.thanks.keep_proof, Qt.MouseButton.LeftButton)
    settle(qtbot, quick)
    assert quick.isVisible()
    assert quick.thanks.line.text() == "Added to your proof list."
    assert quick.geometry() == before
