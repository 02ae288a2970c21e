"""Alt letters as a test reads them: each "&" mark showing in a window, walked over its
widgets on their own (not through ui/common/alt_letters.py, whose choice they check)."""

from __future__ import annotations

import re

from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QTabBar, QWidget


def alt_letters(window: QWidget, besides: QWidget) -> list[str]:
    """Each Alt letter showing in `window` but `besides`'s, walked here on its own: buttons,
    labels with a buddy, group boxes and tabs, read as "&" marks."""
    texts: list[str] = []
    for widget in window.findChildren(QWidget):
        if widget is besides or not widget.isVisibleTo(window):
            continue
        if isinstance(widget, QAbstractButton) or (
            isinstance(widget, QLabel) and widget.buddy() is not None
        ):
            texts.append(widget.text())
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
        elif isinstance(widget, QTabBar):
            texts.extend(widget.tabText(i) for i in range(widget.count()))
    found = (re.search(r"&([^&\s])", text.replace("&&", "")) for text in texts)
    return [mark.group(1).lower() for mark in found if mark]
