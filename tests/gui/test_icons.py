"""Icons: every state and variant renders, sharp at small sizes, states differ by shape."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QIcon, QImage, QPixmap
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


def _differing_pixels(a: QImage, b: QImage, tolerance: int = 8) -> int:
    """How many pixels differ by more than `tolerance` in any channel (premultiplied, so a
    transparent pixel's leftover colour does not count)."""
    fmt = QImage.Format.Format_ARGB32_Premultiplied
    a, b = a.convertToFormat(fmt), b.convertToFormat(fmt)
    raw_a, raw_b = bytes(a.constBits()), bytes(b.constBits())
    return sum(
        1
        for i in range(0, len(raw_a), 4)
        if max(abs(x - y) for x, y in zip(raw_a[i : i + 4], raw_b[i : i + 4], strict=True))
        > tolerance
    )


@pytest.mark.parametrize("name", sorted(icons.strips()))
def test_each_drawn_strip_matches_its_svg(qapp: QApplication, name: str) -> None:
    from footholds.core import resource_files

    sizes = icons.strips()[name]
    shipped = QImage.fromData(resource_files.path("icons", icons.drawn_name(name)).read_bytes())
    drawn = icons.draw_strip(name, sizes)
    assert shipped.size() == drawn.size(), f"run packaging/draw_icons.py ({name})"
    # Another Qt may antialias an edge a shade differently; a changed drawing moves far more.
    differing = _differing_pixels(shipped, drawn)
    assert differing <= shipped.width() * shipped.height() // 200, (
        f"{name}: {differing} pixels differ from its SVG; run packaging/draw_icons.py"
    )


def test_strip_places_put_each_size_at_1x_then_2x_side_by_side() -> None:
    assert icons.strip_places((16, 22)) == [
        (0, 16, 1.0),
        (16, 32, 2.0),
        (48, 22, 1.0),
        (70, 44, 2.0),
    ]


def test_full_colour_icons_come_from_their_strips_without_the_svg_renderer(
    qapp: QApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_svg(*_args: object) -> None:
        raise AssertionError("the SVG was drawn although its strip is shipped")

    monkeypatch.setattr(icons, "_render", no_svg)
    icons._icon.cache_clear()
    try:
        for name, sizes in icons.strips().items():
            icon = icons._icon(name, sizes)
            # every size at 1x and 2x, as the SVG gave before
            assert {s.width() for s in icon.availableSizes()} == {
                side for _, side, _ in icons.strip_places(sizes)
            }
            sharp = icon.pixmap(QSize(sizes[0], sizes[0]), 2.0)
            assert (sharp.width(), sharp.devicePixelRatio()) == (2 * sizes[0], 2.0)
            assert _ink(sharp.toImage()) > sizes[0]  # drawn, not an empty square
    finally:
        icons._icon.cache_clear()


def test_a_missing_or_wrong_strip_falls_back_to_the_svg(
    qapp: QApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    drawn: list[int] = []
    render = icons._render

    def counted(data: bytes, size: int, ratio: float) -> QPixmap:
        drawn.append(size)
        return render(data, size, ratio)

    monkeypatch.setattr(icons, "_render", counted)
    icons._icon.cache_clear()
    try:
        icons._icon(icons.APP, icons.SIZES)
        assert drawn == []  # its strip fits: nothing drawn
        with monkeypatch.context() as missing:
            missing.setattr(icons, "drawn_name", lambda name: "drawn/no-such-strip.png")
            assert _ink(_image(icons._icon(icons.APP, (16, 32)), 32)) > 32
        assert drawn == [16, 16, 32, 32]  # each size at 1x and 2x, from the SVG
        icons._icon.cache_clear()
        drawn.clear()
        # a strip drawn for other sizes is not cut up wrongly: the SVG is drawn instead
        icon = icons._icon(icons.APP, (16, 32))
        assert drawn == [16, 16, 32, 32]
        assert {s.width() for s in icon.availableSizes()} == {16, 32, 64}
    finally:
        icons._icon.cache_clear()
