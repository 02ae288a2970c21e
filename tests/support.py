"""Helpers shared by test layers."""

from __future__ import annotations

import os
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCE = ROOT / "desktop"
# The desktop session's display, remembered before conftest forces offscreen drawing.
DESKTOP_ENV = {
    k: os.environ[k] for k in ("DISPLAY", "DBUS_SESSION_BUS_ADDRESS") if os.environ.get(k)
}


def child_env(**extra: str) -> dict[str, str]:
    """Environment for a child Python that imports this checkout's footholds."""
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(SOURCE), env.get("PYTHONPATH", "")]))
    env.update(extra)
    return env
