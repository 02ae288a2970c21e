"""Runs the platform adapter checks in a child pytest whose Qt talks to the X desktop.

The main test process draws offscreen; these checks need QtDBus and X11 in-process.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from support import DESKTOP_ENV, ROOT, child_env


def test_platform_adapters_on_the_real_desktop() -> None:
    checks = Path(__file__).with_name("xcb_platform_checks.py")
    env = child_env(FOOTHOLDS_TEST_QPA="xcb", QT_QPA_PLATFORM="xcb", **DESKTOP_ENV)
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-p",
            "no:randomly",
            "-p",
            "no:cacheprovider",
            str(checks),
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    tail = (result.stdout + result.stderr)[-3000:]
    assert result.returncode == 0, tail
    assert " passed" in result.stdout and "skipped" not in result.stdout.splitlines()[-1], tail
