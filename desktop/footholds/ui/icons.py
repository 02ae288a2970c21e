"""The only file where icon file names are mentioned. SVGs are rendered at every size the
tray or a window may ask for, at 1x and 2x, so they stay sharp on high-DPI screens."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QByteArray, QRectF, Qt
from PySide6.QtGui import QGuiApplication, QIcon, QImage, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

from footholds.core import resource_files

APP = "footholds.svg"
TRAY_STATES = ("active", "paused", "quiet")
SIZES = (16, 22, 24, 32, 48, 64, 128, 256)


def _svg(name: str) -> bytes:
    return resource_files.path("icons", name).read_bytes()


def _render(data: bytes, size: int, ratio: float) -> QPixmap:
    renderer = QSvgRenderer(QByteArray(data))
    side = round(size * ratio)
    image = QImage(side, side, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, side, side))
    painter.end()
    pixmap = QPixmap.fromImage(image)
    pixmap.setDevicePixelRatio(ratio)
    return pixmap


@cache
def _icon(name: str) -> QIcon:
    data = _svg(name)
    icon = QIcon()
    for size in SIZES:
        for ratio in (1.0, 2.0):
            icon.addPixmap(_render(data, size, ratio))
    return icon


def app_icon() -> QIcon:
    """The full-colour application icon, for windows and the desktop entry."""
    return _icon(APP)


def tray_icon(state: str, dark_panel: bool) -> QIcon:
    """The tray mark for `state` (active, paused, quiet): light ink on a dark panel. Paused
    and quiet carry a badge (two bars, a moon), so the state never depends on colour."""
    if state not in TRAY_STATES:
        state = "active"
    return _icon(f"tray-{state}-{'dark' if dark_panel else 'light'}.svg")


def panel_is_dark() -> bool:
    """Best guess at the panel's shade: the desktop's colour scheme, else the palette."""
    hints = QGuiApplication.styleHints()
    scheme = hints.colorScheme()
    if scheme != Qt.ColorScheme.Unknown:
        return scheme == Qt.ColorScheme.Dark
    return QGuiApplication.palette().window().color().lightness() < 128
