"""Large text on a high-DPI screen: every window fits a 1280x800 laptop screen at twice the
pixels with text half as large again, nothing is cut off, and icons are drawn sharp.

Qt fixes the screen when it starts, so the checks (hidpi_checks.py) run in a child pytest on
an offscreen screen of 2560x1600 pixels at scale 2."""

from __future__ import annotations

import json
from pathlib import Path

from support import child_env, run_child_pytest


def test_large_text_on_a_high_dpi_screen(tmp_path: Path) -> None:
    config = tmp_path / "screen.json"
    screen = {"name": "laptop", "x": 0, "y": 0, "width": 2560, "height": 1600, "dpr": 1}
    config.write_text(json.dumps({"screens": [screen]}))
    shots = tmp_path / "shots"
    shots.mkdir()
    env = child_env(
        FOOTHOLDS_TEST_QPA=f"offscreen:configfile={config}",
        QT_SCALE_FACTOR="2",
        FOOTHOLDS_HIDPI_SHOTS=str(shots),
    )
    checks = Path(__file__).with_name("hidpi_checks.py")
    run_child_pytest(checks, env, timeout=600)
    assert len(list(shots.glob("*.png"))) >= 10
