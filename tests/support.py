"""Helpers shared by test layers."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")
ROOT = Path(__file__).resolve().parents[1]
SOURCE = ROOT / "desktop"
# The desktop session's display, remembered before conftest forces offscreen drawing.
DESKTOP_ENV = {
    k: os.environ[k] for k in ("DISPLAY", "DBUS_SESSION_BUS_ADDRESS") if os.environ.get(k)
}


def present(value: T | None) -> T:
    """`value`, which the test expects to be there: fails plainly on None, and tells the type
    checker the None case is gone (for calls that may return nothing)."""
    assert value is not None
    return value


def child_env(**extra: str) -> dict[str, str]:
    """Environment for a child Python that imports this checkout's footholds."""
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(SOURCE), env.get("PYTHONPATH", "")]))
    env.update(extra)
    return env


def run_child_pytest(checks: Path, env: dict[str, str], timeout: float = 300) -> None:
    """Run the checks in `checks` in a child pytest with `env` (a screen or platform Qt must
    have from the start); fails with the child's output unless every check passed."""
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
        timeout=timeout,
    )
    tail = (result.stdout + result.stderr)[-4000:]
    assert result.returncode == 0, tail
    assert " passed" in result.stdout and "skipped" not in result.stdout.splitlines()[-1], tail
