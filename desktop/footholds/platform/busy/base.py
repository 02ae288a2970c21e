"""The interface every busy source has, the honest "can't tell here" one, and the three together."""

from __future__ import annotations

import logging
import os
import subprocess
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

from footholds.core.busy import Answer, any_of

log = logging.getLogger(__name__)
TOOL_TIMEOUT = 2.0  # seconds; a sound server that hangs must not hold a reminder up for long


class BusySource(Protocol):
    """One device in use or not: True, False, or None when it cannot be told right now."""

    name: str
    available: bool
    reason: str

    def in_use(self) -> Answer: ...


class CannotTell:
    """The honest answer where a device's use cannot be seen: always None, with the reason."""

    available = False

    def __init__(self, reason: str, name: str = "none") -> None:
        self.name = name
        self.reason = reason

    def in_use(self) -> Answer:
        """Always None: nothing here to ask."""
        return None


def safe(source: BusySource) -> Answer:
    """Ask `source`; a failing one means "can't tell", never a broken reminder loop."""
    if not source.available:
        return None
    try:
        answer = source.in_use()
    except Exception as exc:  # any failure of the system is "can't tell", never a crash
        log.debug("%s could not tell: %s", source.name, exc)
        return None
    return None if answer is None else bool(answer)


@dataclass(frozen=True)
class BusySources:
    """The microphone, camera and screen-sharing sources for this computer."""

    microphone: BusySource
    camera: BusySource
    screen_share: BusySource

    def read(self) -> dict[str, Answer]:
        """Each one's answer now, by name."""
        return {
            "microphone": safe(self.microphone),
            "camera": safe(self.camera),
            "screen_share": safe(self.screen_share),
        }

    def in_call(self) -> Answer:
        """True when any is in use. Asks the cheapest first and stops at the first yes."""
        answers: list[Answer] = []
        for source in (self.camera, self.microphone, self.screen_share):
            answer = safe(source)
            if answer:
                return True
            answers.append(answer)
        return any_of(*answers)

    def all(self) -> list[tuple[str, BusySource]]:
        """(concern, source) pairs, for `footholds doctor`."""
        return [
            ("noticing a microphone", self.microphone),
            ("noticing a camera", self.camera),
            ("noticing screen sharing", self.screen_share),
        ]


def run_tool(argv: Sequence[str], timeout: float = TOOL_TIMEOUT) -> str | None:
    """A command's output in the C locale, or None when it fails, is missing or hangs."""
    env = {**os.environ, "LC_ALL": "C"}
    try:
        done = subprocess.run(
            list(argv), capture_output=True, text=True, timeout=timeout, env=env, check=False
        )
    except (OSError, subprocess.TimeoutExpired) as exc:
        log.debug("%s failed: %s", argv[0], exc)
        return None
    if done.returncode != 0:
        log.debug("%s said: %s", argv[0], done.stderr.strip()[:200])
        return None
    return done.stdout
