"""After your session's size: with the two boxes, room to write; with no session over yet
only a line and its buttons, so it is as tall as they need. It kept the boxes' height then,
about 250 pixels of nothing between the line and the buttons."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLayout, QWidget

from footholds.ui.common.calm import fit_to_words

WIDTH, HEIGHT = 480, 460  # with the two boxes


def fit_notes(window: QWidget, layout: QLayout, *, has: bool) -> None:
    """Fit `window` to what it shows. With no session, as tall as its words need at its
    width; a session coming, grown back at its foot to HEIGHT, the title and the line
    staying where they are (a window the person made taller keeps its height). Maximised,
    it is left as it is."""
    if window.windowState() & (Qt.WindowState.WindowMaximized | Qt.WindowState.WindowFullScreen):
        return
    if has:
        if window.height() < HEIGHT:
            fit_to_words(window, window.width(), HEIGHT)
        return
    layout.activate()  # the line's new words measured, not the ones before
    fit_to_words(window, window.width(), layout.totalHeightForWidth(window.width()))
