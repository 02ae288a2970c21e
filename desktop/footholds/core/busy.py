"""Why a reminder would wait right now, each reason true, false or None ("can't tell here").

The platform adapters (platform/busy/ and platform/screen/choose.py) answer one question each;
this only combines them, so `footholds doctor --json` and the scheduler speak the same words.
"""

from __future__ import annotations

from dataclasses import dataclass, fields

Answer = bool | None

# The order `doctor --json` prints them in.
REASONS = (
    "call",
    "camera",
    "microphone",
    "screen_share",
    "fullscreen",
    "dnd",
    "locked",
    "quiet_hours",
    "session",
)


def any_of(*answers: Answer) -> Answer:
    """True if one says yes; None if none can tell; else False (none of those that can tell)."""
    if any(answer is True for answer in answers):
        return True
    if all(answer is None for answer in answers):
        return None
    return False


@dataclass(frozen=True)
class Busy:
    """Each reason a reminder may wait, as seen at one moment."""

    camera: Answer = None
    microphone: Answer = None
    screen_share: Answer = None
    fullscreen: Answer = None
    dnd: Answer = None
    locked: Answer = None
    quiet_hours: Answer = None
    session: Answer = None  # a therapy session in progress: not known to Footholds yet

    @property
    def call(self) -> Answer:
        """A call (or a recording, or a shared screen): the microphone, camera or screen."""
        return any_of(self.camera, self.microphone, self.screen_share)

    def as_dict(self) -> dict[str, Answer]:
        """Every reason by name, `call` first, for JSON."""
        values = {f.name: getattr(self, f.name) for f in fields(self)}
        return {name: self.call if name == "call" else values[name] for name in REASONS}

    def holding(self) -> list[str]:
        """The reasons that hold right now (empty: a fine moment)."""
        return [name for name, value in self.as_dict().items() if value is True]
