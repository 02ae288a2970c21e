"""What a full-screen, do-not-disturb or lock source answers; backends build on this, never on
the chooser."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol


class StateSource(Protocol):
    """One yes/no fact about the desktop, with an honest availability and reason."""

    name: str
    available: bool
    reason: str

    def active(self) -> bool: ...


class UnavailableState:
    """A state that cannot be read here: always False, with the reason why."""

    available = False

    def __init__(self, reason: str, name: str = "none") -> None:
        self.name = name
        self.reason = reason

    def active(self) -> bool:
        """Always False: unknown is treated as "not in the way"."""
        return False


@dataclass(frozen=True)
class ContextSources:
    """The three sources the scheduler asks before showing a reminder."""

    fullscreen_source: StateSource
    dnd_source: StateSource
    locked_source: StateSource

    def fullscreen(self) -> bool:
        """True while the active window fills the screen (video, game, slides)."""
        return _safe(self.fullscreen_source)

    def dnd(self) -> bool:
        """True while the desktop's do-not-disturb switch is on."""
        return _safe(self.dnd_source)

    def locked(self) -> bool:
        """True while the screen is locked or the screen saver runs."""
        return _safe(self.locked_source)


def _safe(source: StateSource) -> bool:
    if not source.available:
        return False
    try:
        return bool(source.active())
    except Exception:  # a flaky desktop service must never break the reminder loop
        return False
