"""The reminder driver's small state file (reminders.json): the scheduler's pause and due
times, and the ideas shown lately, so a restart neither repeats nor forgets them."""

from __future__ import annotations

import json
from typing import Any

FILE_NAME = "reminders.json"
VERSION = 1


def encode(scheduler: dict[str, Any], recent: Any) -> bytes:
    return json.dumps(
        {"version": VERSION, "scheduler": scheduler, "recent": recent}, indent=1
    ).encode("utf-8")


def decode(data: bytes) -> tuple[dict[str, Any] | None, Any]:
    """The scheduler's state (None when absent) and the recent ideas. Raises ValueError
    when the file is damaged, so the caller can set it aside and start afresh."""
    value = json.loads(data)
    if not isinstance(value, dict):
        raise ValueError("not an object")
    scheduler = value.get("scheduler")
    return (scheduler if isinstance(scheduler, dict) else None), value.get("recent")
