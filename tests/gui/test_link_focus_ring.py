"""A link in rich text shows the keyboard's 2 px ring round it (Qt's own mark on a link is a
faint dotted box): Get help now's directory link, reached with Tab."""

from __future__ import annotations

from typing import cast

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QApplication, QPushButton, QWidget
from pytestqt.qtbot import QtBot
from settling import settle

from footholds.app.build import AppContext
from footholds.ui.common import theme
from footholds.ui.common.focus_ring import FocusRing
from footholds.ui.help.help_now import HelpNowWindow
from footholds.ui.help.line_parts import LinkLabel


def _tab_to_a_link(window: QWidget, qtbot: QtBot) -> LinkLabel:
    for _ in range(60):
        focused = QApplication.focusWidget()
        if isinstance(focused, LinkLabel):
            return focused
        qtbot.keyClick(focused or window, Qt.Key.Key_Tab)
    raise AssertionError("Tab never reached a link")


def test_tab_to_the_directory_link_draws_the_ring_round_it(ctx: AppContext, qtbot: QtBot) -> None:
    ctx.settings.set("safety.region", "ZZ")  # "not sure": the directory's link
    window = cast(HelpNowWindow, ctx.windows.show("help-now"))
    qtbot.waitExposed(window)
    window.activateWindow()
    # focus given in a window not yet active is only remembered: hasFocus() stays False
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    link = _tab_to_a_link(window, qtbot)
    settle(qtbot, window)
    [ring] = [r for r in window.findChildren(FocusRing) if r.target is link]
    assert ring.isVisible()

    def in_window(widget: QWidget) -> QRect:
        return QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())

    # round it, never over its words, and whole: its host has room for every side
    assert in_window(link) == in_window(ring).adjusted(3, 3, -3, -3)
    host = ring.parentWidget()
    assert host is not None and host.rect().contains(ring.geometry())
    picture = ring.grab().toImage()
    edge = picture.pixelColor(1, picture.height() // 2)
    assert edge.alpha() > 0 and abs(edge.hue() - theme.focus_colour().hue()) <= 12
    qtbot.keyClick(link, Qt.Key.Key_Tab)  # on to the next: the ring goes with the focus
    settle(qtbot, window)
    assert not ring.isVisible()


def test_a_click_on_the_words_draws_no_ring(ctx: AppContext, qtbot: QtBot) -> None:
    ctx.settings.set("safety.region", "ZZ")
    window = cast(HelpNowWindow, ctx.windows.show("help-now"))
    qtbot.waitExposed(window)
    window.activateWindow()
    # focus given in a window not yet active is only remembered: hasFocus() stays False
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    links = [label for label in window.findChildren(LinkLabel) if label.isVisible()]
    clicked = next(label for label in links if label.focusPolicy() != Qt.FocusPolicy.NoFocus)
    window.findChildren(QPushButton)[0].setFocus(Qt.FocusReason.OtherFocusReason)
    clicked.setFocus(Qt.FocusReason.MouseFocusReason)
    assert clicked.hasFocus()
    settle(qtbot, window)
    rings = [r for r in window.findChildren(FocusRing) if r.isVisible()]
    assert rings == []
