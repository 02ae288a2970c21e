"""The only file where icon file names are mentioned. Icons come at every size the tray or a
window may ask for, at 1x and 2x, so they stay sharp on high-DPI screens.

The full-colour icons (the app, the tray, the two help marks) are drawn ahead from their SVGs
into one PNG strip each, `resources/icons/drawn/<name>.png`: at start the app then reads
pixels instead of loading the SVG renderer, which held 0.7 MB for the app's life (measured on
the desktop). `python3 packaging/draw_icons.py` draws the strips again after an SVG changes.
Like the translations' .qm files, they are kept in the repository with a test that they match
their sources, so a checkout, a wheel and a bundle all have them with no build step.
The line icons (`ui_icon`) are drawn from SVG when first painted: their colour follows the
theme."""

from __future__ import annotations

from functools import cache

import shiboken6

# Not the Qt namespace here: its first use costs ~20 ms, and the tray icon comes first.
from PySide6.QtCore import QByteArray, QPoint, QRect, QRectF, QSize
from PySide6.QtGui import (
    QAction,
    QGuiApplication,
    QIcon,
    QIconEngine,
    QImage,
    QPainter,
    QPalette,
    QPixmap,
)

from footholds.core import resource_files
from footholds.ui.common import tokens

APP = "footholds.svg"
TRAY_STATES = ("active", "paused", "quiet")
# The window icon's sizes, each drawn at 1x and 2x and held for the life of the app. Up to
# 128 (256 pixels at 2x): a 256 at 2x alone was 1 MB of pixels, which nothing on screen asks
# for (the desktop entry's large icons are the installed PNGs).
SIZES = (16, 22, 24, 32, 48, 64, 128)
TRAY_SIZES = (16, 22, 24, 32, 48, 64)  # tray hosts ask for these; 2x covers high DPI
# The marks beside the two ways to help in the tray menu and the no-tray window, so they are
# found at a glance. Teal with a light edge: they read on light and dark menus alike.
MARKS = {"help-now": "help.svg", "tough-day": "tough-day.svg"}
MARK_SIZES = (16, 22, 24, 32)
# The UI icons: Lucide (resources/icons/ui, ISC licence beside them), one line drawing per
# window or action, always shown beside its words. Keys are window names, menu sections and
# actions; values are Lucide file names.
UI = {
    "safety-plan": "shield",
    "quick-log": "square-pen",
    "today": "calendar-check",
    "plan-activity": "calendar-plus",
    "proof-list": "footprints",
    "affirmation": "quote",
    "thought-log": "lightbulb",
    "journal": "notebook-pen",
    "reach-out": "users",
    "check-in": "clipboard-list",
    "insights": "chart-line",
    "reminders": "bell",
    "settings": "settings",
    "about": "info",
    "quit": "power",
    "lock": "lock",  # Lock now and Unlock… (drawn for Footholds: see the folder's README)
    "remind-now": "bell-ring",
    "pause": "pause",
    "resume": "play",
    "add": "plus",
    "copy": "copy",
    "another": "refresh-cw",
    "call": "phone",
    # the tough day's next steps, and its way back and "more"
    "breath": "wind",
    "lying-down": "bed",
    "back": "arrow-left",
    "more": "chevrons-down",
    "less": "chevrons-up",
}


@cache
def _svg(name: str) -> bytes:
    return resource_files.path("icons", name).read_bytes()


def _render(data: bytes, size: int, ratio: float) -> QPixmap:
    from PySide6.QtSvg import QSvgRenderer  # only once a line icon is painted (see the top)

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


def strip_places(sizes: tuple[int, ...]) -> list[tuple[int, int, float]]:
    """Where each drawing sits in a strip: (left edge, side in pixels, ratio), each size at
    1x then 2x, left to right, top-aligned."""
    places, left = [], 0
    for size in sizes:
        for ratio in (1.0, 2.0):
            side = round(size * ratio)
            places.append((left, side, ratio))
            left += side
    return places


def strip_size(sizes: tuple[int, ...]) -> tuple[int, int]:
    """A strip's width and height in pixels: its drawings side by side, the tallest in full."""
    return sum(3 * size for size in sizes), 2 * max(sizes)


def draw_strip(name: str, sizes: tuple[int, ...]) -> QImage:
    """The SVG `name` drawn at every size of `sizes` into one strip (packaging/draw_icons.py)."""
    width, height = strip_size(sizes)
    strip = QImage(bytes(width * height * 4), width, height, QImage.Format.Format_ARGB32).copy()
    painter = QPainter(strip)
    painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_Source)
    for left, side, ratio in strip_places(sizes):
        image = _render(_svg(name), round(side / ratio), ratio).toImage()
        image.setDevicePixelRatio(1.0)  # pixel for pixel, 2x drawings at their full size
        painter.drawImage(QPoint(left, 0), image)
    painter.end()
    return strip


def drawn_name(name: str) -> str:
    """The strip of SVG `name`, under resources/icons."""
    return "drawn/" + name.removesuffix(".svg") + ".png"


def _from_strip(name: str, sizes: tuple[int, ...]) -> list[QPixmap] | None:
    """The pixmaps of `name` read from its strip, or None if the strip is missing or does not
    fit `sizes` (then the SVG is drawn instead, as before)."""
    try:
        data = resource_files.path("icons", drawn_name(name)).read_bytes()
    except OSError:
        return None
    strip = QImage()
    strip.loadFromData(data, "PNG")  # named: Qt then probes no image plugin (QtSvg's is one)
    if strip.isNull() or (strip.width(), strip.height()) != strip_size(sizes):
        return None
    pixmaps = []
    for left, side, ratio in strip_places(sizes):
        pixmap = QPixmap.fromImage(strip.copy(QRect(left, 0, side, side)))
        pixmap.setDevicePixelRatio(ratio)
        pixmaps.append(pixmap)
    return pixmaps


@cache
def _icon(name: str, sizes: tuple[int, ...] = SIZES) -> QIcon:
    pixmaps = _from_strip(name, sizes)
    if pixmaps is None:
        pixmaps = [_render(_svg(name), size, ratio) for size in sizes for ratio in (1.0, 2.0)]
    icon = QIcon()
    for pixmap in pixmaps:
        icon.addPixmap(pixmap)
    return icon


def strips() -> dict[str, tuple[int, ...]]:
    """Every full-colour icon and the sizes it is drawn at: what packaging/draw_icons.py draws."""
    states = [f"tray-{s}-{shade}.svg" for s in TRAY_STATES for shade in ("dark", "light")]
    return {
        APP: SIZES,
        **{n: TRAY_SIZES for n in states},
        **{m: MARK_SIZES for m in MARKS.values()},
    }


def app_icon() -> QIcon:
    """The full-colour application icon, for windows and the desktop entry."""
    return _icon(APP)


def mark(name: str) -> QIcon | None:
    """The mark of window `name` in menus ("help-now", "tough-day"), or None."""
    file = MARKS.get(name)
    return _icon(file, MARK_SIZES) if file else None


def ui_icon(name: str, *, menu: bool = False, on_accent: bool = False) -> QIcon:
    """The line icon for `name` (a key of UI, or a Lucide file name in resources/icons/ui),
    drawn in the theme's text colour each time it is painted, so it follows a live light or
    dark switch with no bookkeeping. `menu`: on a highlighted menu row it takes the row's
    text colour (a button's focus must not turn it white on a light button). `on_accent`:
    for a primary button, in the accent text colour beside its words (the text colour there
    is dark ink on teal in light, and pale on light teal in dark)."""
    return QIcon(_TintedSvg(UI.get(name, name), menu, on_accent))


def set_menu_icon(action: QAction, name: str) -> None:
    """The line icon of `name` beside a menu entry's words, where it has one."""
    if name in UI:
        action.setIcon(ui_icon(name, menu=True))
        action.setIconVisibleInMenu(True)


# PySide lets go of a Python icon engine that its QIcon (which owns and deletes it) still
# uses, and the next paint crashes: hold them here, and drop the ones Qt has deleted.
_ENGINES: list[QIconEngine] = []
# Drawn icons, shared by every engine: (file, colour, side) -> pixmap. Few files, two or three
# colours per theme and a few sizes, so it stays small.
_TINTED: dict[tuple[str, str, int], QPixmap] = {}


def forget_drawn() -> None:
    """Let go of the drawn line icons (after windows close); they are drawn again if shown."""
    _TINTED.clear()


class _TintedSvg(QIconEngine):
    """A Lucide SVG whose `currentColor` becomes the palette's text colour at paint time."""

    def __init__(self, file: str, menu: bool, on_accent: bool = False) -> None:
        super().__init__()
        self.file, self.menu, self.on_accent = file, menu, on_accent
        if len(_ENGINES) >= 256:
            _ENGINES[:] = [e for e in _ENGINES if shiboken6.isValid(e)]
        _ENGINES.append(self)

    def clone(self) -> QIconEngine:
        return _TintedSvg(self.file, self.menu, self.on_accent)

    def colour(self, mode: QIcon.Mode) -> str:
        palette = QGuiApplication.palette()
        role, group = QPalette.ColorRole.WindowText, QPalette.ColorGroup.Active
        if mode == QIcon.Mode.Disabled:
            group = QPalette.ColorGroup.Disabled
        elif self.on_accent:
            # the palette has no accent-text role; the window's shade says which theme is on
            dark = palette.color(QPalette.ColorRole.Window).lightness() < 128
            return tokens.colours(dark).accent_text
        elif mode == QIcon.Mode.Selected or (mode == QIcon.Mode.Active and self.menu):
            role = QPalette.ColorRole.HighlightedText
        return palette.color(group, role).name()

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        colour = self.colour(mode)
        side = min(size.width(), size.height())
        key = (self.file, colour, side)
        if key not in _TINTED:
            svg = _svg(f"ui/{self.file}.svg").replace(b"currentColor", colour.encode())
            _TINTED[key] = _render(svg, side, 1)
        return QPixmap(_TINTED[key])  # a copy: QIcon sets its pixel ratio on it

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        device = painter.device()
        ratio = device.devicePixelRatioF() if device is not None else 1.0
        side = round(min(rect.width(), rect.height()) * ratio)
        pixmap = self.pixmap(QSize(side, side), mode, state)
        pixmap.setDevicePixelRatio(ratio)
        painter.drawPixmap(rect.topLeft(), pixmap)


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
