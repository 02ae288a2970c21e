"""The one place that knows where shipped resources live."""

from __future__ import annotations

import json
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any


def root() -> Traversable:
    """The resources folder: inside the wheel, an editable install or a plain checkout."""
    # A checkout's resources/ sits beside desktop/. It comes first: code run from a second
    # checkout (PYTHONPATH=desktop) must read its own resources, not those of whichever
    # checkout an editable install points "footholds.resources" at.
    beside = Path(__file__).resolve().parents[3] / "resources"
    if (beside / "__init__.py").is_file():
        return beside
    try:
        return resources.files("footholds.resources")
    except ModuleNotFoundError:
        return beside


def path(*parts: str) -> Traversable:
    node = root()
    for part in parts:
        node = node / part
    return node


def read_json(*parts: str) -> Any:
    """Parse a JSON resource file."""
    return json.loads(path(*parts).read_text(encoding="utf-8"))
