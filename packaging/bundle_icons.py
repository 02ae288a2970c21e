"""Windows .ico and macOS .icns icons for the bundle, drawn from resources/icons/footholds.svg.

Both containers hold PNG images (Windows Vista and later, macOS 10.7 and later read them), so
no image library beyond Qt is needed, and the icons always match the SVG. The writers are
plain Python; only `render_pngs` uses Qt.
"""

from __future__ import annotations

import struct
from collections.abc import Iterable, Mapping
from pathlib import Path

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
