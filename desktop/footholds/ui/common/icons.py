"""The only file where icon file names are mentioned. SVGs are rendered at every size the
tray or a window may ask for, at 1x and 2x, so they stay sharp on high-DPI screens."""

from __future__ import annotations

from functools import cache

# Not the Qt namespace here: its first use costs ~20 ms, and the tray icon comes first.
from PySide6.QtCore import QByteArray, QRectF
from PySide6.QtGui import QGuiApplication, QIcon, QImage, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

from footholds.core import resource_files

APP = "footholds.svg"
TRAY_STATES = ("active", "paused", "quiet")
SIZES = (16, 22, 24, 32, 48, 64, 128, 256)
TRAY_SIZES = (16, 22, 24, 32, 48, 64)  # tray hosts ask for these; 2x covers high DPI
# The marks beside the two ways to help in the tray menu and the no-tray window, so they are
# found at a glance. Teal with a light edge: they read on light and dark menus alike.
MARKS = {"help-now": "help.svg", "tough-day": "tough-day.svg"}
MARK_SIZES = (16, 22, 24, 32)


def _svg(name: str) -> bytes:
    return resource_files.path("icons", name).read_bytes()


def _render(data: bytes, size: int, ratio: float) -> QPixmap:
    renderer = QSvgRenderer(QByteArray(data))
    side = round(size * ratio)
    # Zeroed bytes are a transparent image. QImage.fill() would be the obvious way, but its
    # overloads make PySide build the whole Qt namespace (~20 ms) before the tray shows.
    blank = bytes(side * side * 4)
    image = QImage(blank, side, side, QImage.Format.Format_ARGB32_Premultiplied).copy()
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, side, side))
    painter.end()
    pixmap = QPixmap.fromImage(image)
    pixmap.setDevicePixelRatio(ratio)
    return pixmap


@cache
def _icon(name: str, sizes: tuple[int, ...] = SIZES) -> QIcon:
    data = _svg(name)
    icon = QIcon()
    for size in sizes:
        for ratio in (1.0, 2.0):
            icon.addPixmap(_render(data, size, ratio))
    return icon


def app_icon() -> QIcon:
    """The full-colour application icon, for windows and the desktop entry."""
    return _icon(APP)


def mark(name: str) -> QIcon | None:
    """The mark of window `name` in menus ("help-now", "tough-day"), or None."""
    file = MARKS.get(name)
    return _icon(file, MARK_SIZES) if file else None


def tray_icon(state: str, dark_panel: bool) -> QIcon:
    """The tray mark for `state` (active, paused, quiet): light ink on a dark panel. Paused
    and quiet carry a badge (two bars, a moon), so the state never depends on colour."""
    if state not in TRAY_STATES:
        state = "active"
    return _icon(f"tray-{state}-{'dark' if dark_panel else 'light'}.svg", TRAY_SIZES)


def panel_is_dark(*, quick: bool = False) -> bool:
    """Best guess at the panel's shade: the desktop's colour scheme, else the palette.
    `quick` asks the palette only, for the first icon at start-up; the app asks again, in
    full, once it is built (the colour scheme needs the costly Qt namespace)."""
    palette_dark = _desktop_palette_is_dark()
    if quick:
        return palette_dark
    from PySide6.QtCore import Qt

    hints = QGuiApplication.styleHints()
    scheme = hints.colorScheme()
    if scheme != Qt.ColorScheme.Unknown:
        return scheme == Qt.ColorScheme.Dark
    return palette_dark


_FIRST_PALETTE: list[bool] = []


def _desktop_palette_is_dark() -> bool:
    """The desktop's palette as first seen, before Footholds applies its own theme: that
    theme follows the person's choice for windows and says nothing about the panel."""
    if not _FIRST_PALETTE:
        _FIRST_PALETTE.append(QGuiApplication.palette().window().color().lightness() < 128)
    return _FIRST_PALETTE[0]
