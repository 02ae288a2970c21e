"""The one place that knows where shipped resources live."""

from __future__ import annotations

import json
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any


def root() -> Traversable:
    """The resources folder: inside the wheel, an editable install or a plain checkout."""
    # Code run from a checkout (desktop/ beside resources/) reads that checkout's resources,
    # even when an editable install of another checkout maps footholds.resources elsewhere.
    desktop = Path(__file__).resolve().parents[2]
    if desktop.name == "desktop" and (desktop.parent / "resources").is_dir():
        return desktop.parent / "resources"
    try:
        return resources.files("footholds.resources")
    except ModuleNotFoundError:
        # A checkout run with PYTHONPATH=desktop: resources/ sits beside desktop/.
        return Path(__file__).resolve().parents[3] / "resources"


def path(*parts: str) -> Traversable:
    node = root()
    for part in parts:
        node = node / part
    return node


def read_json(*parts: str) -> Any:
    """Parse a JSON resource file."""
    return json.loads(path(*parts).read_text(encoding="utf-8"))
