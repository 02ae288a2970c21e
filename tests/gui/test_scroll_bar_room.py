"""A scrolling page's bar takes its room from the page's margin: nothing moves sideways
when the page grows long enough to need it (ui/common/scrolling.py, scrolling_page)."""

from __future__ import annotations

from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QLabel, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from footholds.ui.common.scrolling import page_area, scrolling_page


def test_the_bar_appearing_moves_nothing_sideways(qtbot: QtBot) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    below = QPushButton("Get help now")
    page = scrolling_page(window, "Page", "", below)
    wide = QPushButton("A button as wide as the column")
    page.addWidget(wide)
    window.resize(420, 300)
    window.show()
    qtbot.waitExposed(window)
    bar = page_area(window).verticalScrollBar()
    assert not bar.isVisible()

    def places() -> tuple[int, int, int]:
        left = wide.mapTo(window, QPoint(0, 0)).x()
        return left, left + wide.width(), below.mapTo(window, QPoint(0, 0)).x() + below.width()

    before = places()
    for n in range(30):  # the page grows past the window's height: the bar shows
        page.addWidget(QLabel(f"line {n}"))
    qtbot.waitUntil(bar.isVisible)
    qtbot.wait(50)
    assert places() == before
    right_edge = wide.mapTo(window, QPoint(wide.width(), 0)).x()
    assert right_edge <= bar.mapTo(window, QPoint(0, 0)).x()  # the bar covers nothing
