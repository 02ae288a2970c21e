"""Draw the full-colour icons' PNG strips (resources/icons/drawn/) from their SVGs.

Run it after changing an SVG under resources/icons; a test fails until the strips match:

    python3 packaging/draw_icons.py

It needs PySide6 and no display (Qt draws off screen). The app reads these strips at start
instead of running the SVG renderer; see footholds/ui/common/icons.py.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, str(ROOT / "desktop"))
    from PySide6.QtGui import QGuiApplication

    from footholds.ui.common import icons

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    folder = ROOT / "resources" / "icons"
    for name, sizes in icons.strips().items():
        target = folder / icons.drawn_name(name)
        target.parent.mkdir(exist_ok=True)
        if not icons.draw_strip(name, sizes).save(str(target), "PNG"):
            print(f"could not write {target}", file=sys.stderr)
            return 1
        print(target.relative_to(ROOT))
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
