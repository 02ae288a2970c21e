"""What an idle source answers; the backends build on this, never on the chooser."""

from __future__ import annotations

from typing import Protocol


class IdleSource(Protocol):
    """Seconds since the last keyboard or mouse input, or None when unknown."""

    name: str
    available: bool
    reason: str

    def idle_seconds(self) -> float | None: ...


class NoIdleSource:
    """The honest answer when idle time cannot be read here: always None, with a reason."""

    available = False

    def __init__(self, reason: str, name: str = "none") -> None:
        self.name = name
        self.reason = reason

    def idle_seconds(self) -> float | None:
        """Always None: nothing to measure with."""
        return None
