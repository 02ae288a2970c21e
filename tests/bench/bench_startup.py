"""Start to tray icon: the real Footholds beside a bare PySide6 tray, in the same desktop.

Both are timed the same way: from process launch until a new icon is embedded in the tray
(read from the X server with xwininfo, as a person would see it). Needs the shared desktop
session; `python tests/bench/bench_startup.py [--quick] [--home DIR]`.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
BARE_TRAY = """
import sys
from PySide6.QtGui import QIcon, QPixmap, QColor
from PySide6.QtWidgets import QApplication, QSystemTrayIcon
app = QApplication(sys.argv)
app.setQuitOnLastWindowClosed(False)
pix = QPixmap(22, 22); pix.fill(QColor("#3d7f7a"))
tray = QSystemTrayIcon(QIcon(pix)); tray.show()
app.exec()
"""


def _tray_children(env: dict[str, str]) -> int:
    tree = subprocess.run(
        ["xwininfo", "-root", "-tree"], capture_output=True, text=True, env=env
    ).stdout
    panel = next((ln.split()[0] for ln in tree.splitlines() if '"panel"' in ln), None)
    if panel is None:
        raise SystemExit("no system tray (trayer) found: start shared/desktop-session first")
    sub = subprocess.run(
        ["xwininfo", "-tree", "-id", panel], capture_output=True, text=True, env=env
    ).stdout
    return sum(1 for ln in sub.splitlines() if ln.startswith(" " * 8 + "0x"))


def time_to_tray(argv: list[str], env: dict[str, str], quit_argv: list[str] | None) -> float:
    """Seconds from launch to a new embedded tray icon."""
    before = _tray_children(env)
    start = time.perf_counter()
    proc = subprocess.Popen(argv, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        while _tray_children(env) <= before:
            if time.perf_counter() - start > 30:
                raise RuntimeError(f"no tray icon after 30 s: {argv}")
            time.sleep(0.005)
        return time.perf_counter() - start
    finally:
        if quit_argv:
            subprocess.run(quit_argv, env=env, capture_output=True, timeout=20)
        proc.terminate()
        proc.wait(timeout=20)
        while _tray_children(env) > before:
            time.sleep(0.02)


def run(quick: bool, home: str | None) -> dict[str, float]:
    env = dict(os.environ)
    env.pop("QT_QPA_PLATFORM", None)
    env["PYTHONPATH"] = str(ROOT / "desktop")
    own_home = home or tempfile.mkdtemp(prefix="footholds-bench-")
    env["FOOTHOLDS_HOME"] = own_home
    runs = 1 if quick else 7
    bare, app = [], []
    for _ in range(runs):  # interleaved, so both see the same machine state
        bare.append(time_to_tray([sys.executable, "-c", BARE_TRAY], env, None))
        app.append(
            time_to_tray(
                [sys.executable, "-m", "footholds"],
                env,
                [sys.executable, "-m", "footholds", "quit"],
            )
        )
    b, a = statistics.median(bare), statistics.median(app)
    return {
        "start_to_tray_bare_s": b,
        "start_to_tray_app_s": a,
        "start_to_tray_ratio": a / b,
        "start_runs": runs,
    }


def print_table(fig: dict[str, float]) -> None:
    print(
        f"start to tray icon    footholds {fig['start_to_tray_app_s'] * 1000:7.0f} ms   "
        f"bare PySide6 tray {fig['start_to_tray_bare_s'] * 1000:7.0f} ms   "
        f"ratio {fig['start_to_tray_ratio']:.2f}  (median of {fig['start_runs']})"
    )


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--quick", action="store_true")
    p.add_argument("--home", help="a FOOTHOLDS_HOME to start with (e.g. a 10-year store)")
    p.add_argument("--json")
    args = p.parse_args()
    figures = run(args.quick, args.home)
    print_table(figures)
    if args.json:
        Path(args.json).write_text(json.dumps(figures, indent=1))


if __name__ == "__main__":
    main()
