"""The Windows and macOS bundle icons, drawn from the app's SVG with Qt."""

from __future__ import annotations

import importlib.util
import struct
from pathlib import Path
from types import ModuleType

from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication

from support import ROOT

SVG = ROOT / "resources" / "icons" / "footholds.svg"


def _bundle_icons() -> ModuleType:
    path = ROOT / "packaging" / "bundle_icons.py"
    spec = importlib.util.spec_from_file_location("bundle_icons", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_rendered_pngs_have_their_size_and_the_icon_drawn(qapp: QApplication) -> None:
    pngs = _bundle_icons().render_pngs(SVG, [16, 256])
    for size, data in pngs.items():
        # the stubs want the format as bytes; PySide6 takes only str (a ValueError with bytes)
        image = QImage.fromData(data, "PNG")  # type: ignore[arg-type]
        assert (image.width(), image.height()) == (size, size)
    big = QImage.fromData(pngs[256], "PNG")  # type: ignore[arg-type]
    assert big.pixelColor(0, 0).alpha() == 0  # the rounded corner stays transparent
    teal = big.pixelColor(20, 128)  # the tile's left edge, away from the sprout
    assert teal.alpha() == 255 and teal.green() > teal.red()
    assert big.pixelColor(128, 150) == QColor("#f4f1e8")  # the stem


def test_write_icon_makes_ico_and_icns(qapp: QApplication, tmp_path: Path) -> None:
    icons = _bundle_icons()
    ico = icons.write_icon(SVG, tmp_path / "footholds.ico").read_bytes()
    assert struct.unpack("<HHH", ico[:6]) == (0, 1, len(icons.ICO_SIZES))
    icns = icons.write_icon(SVG, tmp_path / "footholds.icns").read_bytes()
    assert icns[:4] == b"icns" and struct.unpack(">I", icns[4:8])[0] == len(icns)
    last = struct.unpack(
        "<BBBBHHII", ico[6 + 16 * (len(icons.ICO_SIZES) - 1) : 6 + 16 * len(icons.ICO_SIZES)]
    )
    image = QImage.fromData(ico[last[7] : last[7] + last[6]], "PNG")  # type: ignore[arg-type]
    assert image.width() == 256
