"""Icons: every state and variant renders, sharp at small sizes, states differ by shape."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QIcon, QImage
from PySide6.QtWidgets import QApplication

from footholds.ui.common import icons


def _image(icon: QIcon, size: int) -> QImage:
    return icon.pixmap(size, size).toImage()


def _ink(image: QImage) -> int:
    return sum(
        1
        for x in range(image.width())
        for y in range(image.height())
        if image.pixelColor(x, y).alpha() > 128
    )


@pytest.mark.parametrize("state", icons.TRAY_STATES)
@pytest.mark.parametrize("dark", [False, True])
def test_tray_icons_render_at_tray_sizes(qapp: QApplication, state: str, dark: bool) -> None:
    icon = icons.tray_icon(state, dark)
    assert not icon.isNull()
    for size in (16, 22, 32):
        assert _ink(_image(icon, size)) > size  # visible strokes, not an empty square


def test_light_and_dark_variants_use_opposite_ink(qapp: QApplication) -> None:
    light = _image(icons.tray_icon("active", False), 22)
    dark = _image(icons.tray_icon("active", True), 22)

    def shade(img: QImage) -> int:
        inked = [
            img.pixelColor(x, y)
            for x in range(22)
            for y in range(22)
            if img.pixelColor(x, y).alpha() > 200
        ]
        return sum(c.lightness() for c in inked) // len(inked)

    assert shade(light) < 100 < 160 < shade(dark)


def test_states_differ_by_shape_not_only_colour(qapp: QApplication) -> None:
    masks = {}
    for state in icons.TRAY_STATES:
        img = _image(icons.tray_icon(state, False), 22)
        masks[state] = {
            (x, y) for x in range(22) for y in range(22) if img.pixelColor(x, y).alpha() > 128
        }
    assert masks["active"] != masks["paused"] != masks["quiet"] != masks["active"]


def test_app_icon_is_sharp_at_high_dpi(qapp: QApplication) -> None:
    icon = icons.app_icon()
    big = icon.pixmap(
        64,
        64,
    )
    assert not icon.isNull() and big.width() >= 64
    assert _ink(_image(icon, 48)) > 48 * 48 // 2


def test_app_icon_holds_no_pixmap_larger_than_256_pixels(qapp: QApplication) -> None:
    # Its pixmaps stay in memory for the life of the app: a 512-pixel one alone is 1 MB.
    icon = icons.app_icon()
    sides = {size.width() for size in icon.availableSizes()}
    assert {64, 128} <= sides
    assert max(sides) <= 256  # 128 drawn at 2x; a 512-pixel one would be 1 MB


def test_a_dark_app_theme_does_not_change_the_panel_guess(qapp: QApplication) -> None:
    """Dark windows on a light desktop: the tray mark must still suit the (light) panel."""
    from PySide6.QtCore import Qt

    from footholds.ui.common import theme

    if qapp.styleHints().colorScheme() != Qt.ColorScheme.Unknown:
        pytest.skip("this platform reports a colour scheme; the palette guess is not used")
    before = icons.panel_is_dark()
    try:
        theme.apply(qapp, "light" if before else "dark")
        assert icons.panel_is_dark() is before
        assert icons.panel_is_dark(quick=True) is before
    finally:
        theme.apply(qapp, "system")
