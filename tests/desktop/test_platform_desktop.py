"""Runs the platform adapter checks in a child pytest whose Qt talks to the X desktop.

The main test process draws offscreen; these checks need QtDBus and X11 in-process.
"""

from __future__ import annotations

from pathlib import Path

from support import DESKTOP_ENV, child_env, run_child_pytest


def test_platform_adapters_on_the_real_desktop() -> None:
    checks = Path(__file__).with_name("xcb_platform_checks.py")
    env = child_env(FOOTHOLDS_TEST_QPA="xcb", QT_QPA_PLATFORM="xcb", **DESKTOP_ENV)
    run_child_pytest(checks, env)
