"""The soft chime a reminder may bring (off by default): played by what the system has.

PySide6-Essentials has no QtMultimedia, so the chime is handed to the platform's own player:
winsound on Windows, afplay on macOS, and on Linux the first of PipeWire's, PulseAudio's or
ALSA's players that is installed. A player is started once per reminder (never per poll), is
not waited for, and its output goes nowhere. Where there is no player the caller falls back to
the system bell, which is louder but better than a promise of sound that never comes.
"""

from __future__ import annotations

import shutil
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from footholds.core import resource_files

# Linux players, best first: each plays a WAV file and exits; -q keeps aplay quiet.
LINUX_PLAYERS = (("pw-play",), ("paplay",), ("aplay", "-q"))


def chime() -> Path:
    """The shipped chime: two soft bell notes, about a second, a quarter of full volume."""
    return Path(str(resource_files.path("sounds", "chime.wav")))  # a real file once installed


@dataclass
class SoundPlayer:
    """Plays a WAV without waiting; `available` and `reason` say what doctor shows."""

    name: str
    available: bool
    reason: str
    command: tuple[str, ...] = ()
    spawn: Callable[..., object] | None = None  # subprocess.Popen, imported when first played

    def play(self, path: Path) -> bool:
        """Start playing `path`; False when it could not be started (the caller beeps)."""
        if not self.available:
            return False
        if self.name == "winsound":
            return _play_windows(path)
        # Not at import: subprocess and its helpers stay out of the idle app's memory.
        import subprocess

        spawn = self.spawn or subprocess.Popen
        try:
            spawn(
                [*self.command, str(path)],
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
                start_new_session=True,  # never tied to Footholds' terminal or its signals
            )
        except OSError:
            return False
        return True


def _play_windows(path: Path) -> bool:
    if sys.platform != "win32":  # also tells the type checker where winsound exists
        return False
    import winsound

    try:
        flags = winsound.SND_FILENAME | winsound.SND_ASYNC | winsound.SND_NODEFAULT
        winsound.PlaySound(str(path), flags)
    except RuntimeError:
        return False
    return True


def choose_player(
    platform: str = sys.platform, which: Callable[[str], str | None] = shutil.which
) -> SoundPlayer:
    """The player for this system, or an unavailable one that says why."""
    if platform.startswith("win"):
        return SoundPlayer("winsound", True, "Windows plays the chime")
    if platform == "darwin":
        if which("afplay"):
            return SoundPlayer("afplay", True, "macOS plays the chime", ("afplay",))
        return SoundPlayer("none", False, "afplay is missing, so the system bell is used")
    for command in LINUX_PLAYERS:
        if which(command[0]):
            return SoundPlayer(command[0], True, f"{command[0]} plays the chime", command)
    names = ", ".join(c[0] for c in LINUX_PLAYERS)
    return SoundPlayer("none", False, f"none of {names} is installed, so the system bell is used")
