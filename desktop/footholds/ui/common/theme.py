"""Light and dark: follow the system, or the person's choice, and change live."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

_LIGHT = {
    "window": "#f6f5f1",
    "base": "#ffffff",
    "text": "#262a2e",
    "button": "#ecebe6",
    "highlight": "#3d7f7a",
    "mid": "#c9c7bf",
    "link": "#2d6d68",
    "soft": "#5b6268",
}
_DARK = {
    "window": "#23272b",
    "base": "#1b1e21",
    "text": "#e6e4de",
    "button": "#30353a",
    "highlight": "#6fb3ac",
    "mid": "#4a5056",
    "link": "#8fd0c8",
    "soft": "#aab0b5",
}


def system_is_dark() -> bool:
    return QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark


def is_dark(choice: str) -> bool:
    """Whether windows should be dark for the theme setting (system, light or dark)."""
    return choice == "dark" or (choice == "system" and system_is_dark())


def colours(dark: bool) -> dict[str, str]:
    """The calm palette's named colours, for widgets that paint (charts, cards)."""
    return dict(_DARK if dark else _LIGHT)


def apply(app: QApplication, choice: str) -> None:
    """Apply a calm palette on Qt's Fusion style, which looks the same on every desktop."""
    app.setStyle("Fusion")
    dark = is_dark(choice)
    c = colours(dark)
    pal = QPalette()
    role = QPalette.ColorRole
    for r, key in (
        (role.Window, "window"),
        (role.Base, "base"),
        (role.AlternateBase, "button"),
        (role.Button, "button"),
        (role.Highlight, "highlight"),
        (role.Mid, "mid"),
        (role.Link, "link"),
        (role.ToolTipBase, "base"),
    ):
        pal.setColor(r, QColor(c[key]))
    for r in (role.WindowText, role.Text, role.ButtonText, role.ToolTipText, role.BrightText):
        pal.setColor(r, QColor(c["text"]))
    pal.setColor(role.PlaceholderText, QColor(c["soft"]))
    # Fusion draws frames, checkbox and radio outlines from these; derived from the window
    # colour they vanish on dark backgrounds, so give them contrast explicitly.
    window, mid = QColor(c["window"]), QColor(c["mid"])
    pal.setColor(role.Light, window.lighter(130) if dark else QColor("#ffffff"))
    pal.setColor(role.Midlight, mid.lighter(115))
    pal.setColor(role.Dark, QColor(c["soft"]) if dark else mid.darker(125))
    pal.setColor(role.Shadow, QColor("#000000") if dark else mid.darker(160))
    pal.setColor(role.HighlightedText, QColor(c["base"]))
    disabled = QPalette.ColorGroup.Disabled
    for r in (role.WindowText, role.Text, role.ButtonText):
        pal.setColor(disabled, r, QColor(c["soft"]))
    app.setPalette(pal)
