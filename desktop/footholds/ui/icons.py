"""Interim icons (replaced by the SVG artwork): the only file where icons are made."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QPainter, QPixmap


def _mark(colour: str) -> QIcon:
    pix = QPixmap(32, 32)
    pix.fill(Qt.GlobalColor.transparent)
    p = QPainter(pix)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setBrush(QColor(colour))
    p.setPen(Qt.PenStyle.NoPen)
    p.drawEllipse(4, 10, 24, 16)
    p.end()
    return QIcon(pix)


def app_icon() -> QIcon:
    return _mark("#3d7f7a")


def tray_icon(state: str, dark_panel: bool) -> QIcon:
    return _mark("#e6e4de" if dark_panel else "#262a2e")


def panel_is_dark() -> bool:
    return QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark
