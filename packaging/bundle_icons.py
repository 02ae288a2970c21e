"""Windows .ico and macOS .icns icons for the bundle, and the PNG sizes of the Linux icon
theme, all drawn from resources/icons/footholds.svg.

Both containers hold PNG images (Windows Vista and later, macOS 10.7 and later read them), so
no image library beyond Qt is needed, and the icons always match the SVG. The writers are
plain Python; only `render_pngs` uses Qt. Nothing drawn here is kept in the repository.

    python3 packaging/bundle_icons.py --hicolor ~/.local/share/icons/hicolor

draws hicolor/<size>x<size>/apps/org.footholds.Footholds.png for each of HICOLOR_SIZES
(packaging/linux/install-data.sh and the Flatpak manifest run it). It needs PySide6, and no
display: Qt draws offscreen.
"""

from __future__ import annotations

import argparse
import os
import struct
import sys
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path

APP_ID = "org.footholds.Footholds"  # footholds.APP_ID; this script runs without footholds
SVG = Path(__file__).resolve().parent.parent / "resources" / "icons" / "footholds.svg"
# The sizes panels, menus and docks ask the hicolor theme for; the SVG covers the rest.
HICOLOR_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 20, 24, 32, 40, 48, 64, 128, 256)
# ICNS element types that carry PNG data, with their pixel size ("@2x" ones double up).
ICNS_TYPES = {
    b"icp4": 16,
    b"icp5": 32,
    b"ic11": 32,
    b"icp6": 64,
    b"ic12": 64,
    b"ic07": 128,
    b"ic08": 256,
    b"ic13": 256,
    b"ic09": 512,
    b"ic14": 512,
    b"ic10": 1024,
}
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def _check_png(size: int, data: bytes) -> None:
    if not data.startswith(PNG_SIGNATURE):
        raise ValueError(f"the {size} px image is not a PNG")


def ico_bytes(pngs: Mapping[int, bytes]) -> bytes:
    """A Windows .ico file holding one PNG per size (sizes 1 to 256)."""
    sizes = sorted(pngs)
    if not sizes or sizes[0] < 1 or sizes[-1] > 256:
        raise ValueError("an .ico holds sizes from 1 to 256 px")
    header = struct.pack("<HHH", 0, 1, len(sizes))  # reserved, type 1 = icon, count
    offset = len(header) + 16 * len(sizes)
    entries, images = b"", b""
    for size in sizes:
        data = pngs[size]
        _check_png(size, data)
        side = size % 256  # 0 means 256
        # width, height, palette colours, reserved, colour planes, bits per pixel, length, offset
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset)
        images += data
        offset += len(data)
    return header + entries + images


def icns_bytes(pngs: Mapping[int, bytes]) -> bytes:
    """A macOS .icns file with every PNG element type whose size is in `pngs`."""
    body = b""
    for kind, size in ICNS_TYPES.items():
        if size in pngs:
            _check_png(size, pngs[size])
            body += kind + struct.pack(">I", 8 + len(pngs[size])) + pngs[size]
    if not body:
        raise ValueError("no image has a size an .icns can hold")
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def render_pngs(svg: Path, sizes: Iterable[int]) -> dict[int, bytes]:
    """The SVG drawn as a square PNG at each size, with Qt's SVG renderer."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise ValueError(f"{svg} is not an SVG Qt can draw")
    result = {}
    for size in sorted(set(sizes)):
        image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        renderer.render(painter)
        painter.end()
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        # PySide6 wants the format as str here although its stubs say bytes.
        if not image.save(buffer, "PNG"):  # type: ignore[call-overload]
            raise ValueError(f"could not encode the {size} px icon as PNG")
        buffer.close()
        result[size] = bytes(data.data())
    return result


def write_icon(svg: Path, target: Path) -> Path:
    """Write `target` (.ico or .icns, chosen by its suffix) drawn from `svg`; returns it."""
    if target.suffix == ".ico":
        data = ico_bytes(render_pngs(svg, ICO_SIZES))
    elif target.suffix == ".icns":
        data = icns_bytes(render_pngs(svg, ICNS_TYPES.values()))
    else:
        raise ValueError(f"{target.name}: only .ico and .icns are made here")
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(data)
    return target


def write_hicolor(svg: Path, hicolor: Path, name: str = APP_ID) -> list[Path]:
    """Write hicolor/<n>x<n>/apps/<name>.png for each of HICOLOR_SIZES, readable by everyone
    (as `install -m 644` would); returns the files."""
    written = []
    for size, data in render_pngs(svg, HICOLOR_SIZES).items():
        target = hicolor / f"{size}x{size}" / "apps" / f"{name}.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
        target.chmod(0o644)
        written.append(target)
    return written


def main(argv: Sequence[str] | None = None) -> int:
    """Draw the hicolor PNG icons; 3 when this Python has no PySide6 to draw them with."""
    parser = argparse.ArgumentParser(description="Draw Footholds' PNG icons from its SVG.")
    parser.add_argument(
        "--hicolor", type=Path, required=True, metavar="DEST", help="a share/icons/hicolor folder"
    )
    parser.add_argument("--name", default=APP_ID, help=f"the icon's name (default {APP_ID})")
    parser.add_argument("--svg", type=Path, default=SVG, help="the SVG to draw")
    args = parser.parse_args(argv)
    # Nothing is shown, so no display is needed, even where one exists.
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    try:
        from PySide6.QtGui import QGuiApplication
    except ImportError:
        print(f"bundle_icons.py: PySide6 is not installed for {sys.executable}", file=sys.stderr)
        return 3
    _app = QGuiApplication.instance() or QGuiApplication([])  # Qt's SVG drawing wants one
    written = write_hicolor(args.svg, args.hicolor, args.name)
    print(f"Drew {len(written)} PNG icons into {args.hicolor}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
