"""What a plain start loads before the tray icon shows. Each item kept off this path saved
measurable time (tests/bench, "start to tray icon"); this keeps them off it."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from support import child_env

# Runs `footholds` up to the moment the icon is shown, then reports what it had loaded.
PROBE = r"""
import json, os, sys
import PySide6.QtCore as core
import footholds.ui.shell.tray as tray

shown = tray.Tray.start

def start(self, *args, **kwargs):
    shown(self, *args, **kwargs)
    loaded = sorted(sys.modules)
    print(json.dumps({"modules": loaded, "qt_namespace": "Qt" in core.__dict__}))
    sys.stdout.flush()
    os._exit(0)

tray.Tray.start = start
from footholds.cli.main import main
sys.argv = ["footholds"]
main()
"""

# Loaded later, once the icon is up: each costs several milliseconds to import.
NOT_BEFORE_THE_ICON = (
    "PySide6.QtNetwork",  # the instance socket: a plain start checks for the socket file
    "footholds.core.store",
    "footholds.core.settings",
    "footholds.app.handlers",
    "footholds.app.reminder_driver",
    "socket",
)


def test_the_tray_icon_comes_before_everything_it_does_not_need(tmp_path: Path) -> None:
    env = child_env(FOOTHOLDS_HOME=str(tmp_path), QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, "-c", PROBE], env=env, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout.strip().splitlines()[-1])
    loaded = set(report["modules"])
    assert "footholds.ui.shell.tray" in loaded and "PySide6.QtWidgets" in loaded
    early = [name for name in NOT_BEFORE_THE_ICON if name in loaded]
    assert early == []
    # PySide builds every enum of the Qt namespace on first use (~20 ms): not before the icon.
    assert report["qt_namespace"] is False
