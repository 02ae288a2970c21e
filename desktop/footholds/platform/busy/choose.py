"""Pick the microphone, camera and screen-sharing sources for this computer. Never raises."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Mapping
from typing import Any

from footholds.platform.busy.base import BusySource, BusySources, CannotTell
from footholds.platform.session import detect_session

NOT_HERE = {
    ("screen_share", "windows"): "Windows does not tell apps when the screen is shared",
    ("screen_share", "macos"): "macOS does not tell apps when the screen is shared",
}


def _linux(concern: str) -> BusySource:
    from footholds.platform.busy import linux_audio, linux_camera, linux_screencast

    if concern == "microphone":
        return linux_audio.linux_microphone()
    if concern == "camera":
        return linux_camera.linux_camera()
    return linux_screencast.linux_screen_share()


def _windows(concern: str) -> BusySource:
    from footholds.platform.busy.windows import windows_source

    return windows_source("webcam" if concern == "camera" else "microphone")


def _macos(concern: str) -> BusySource:
    from footholds.platform.busy.macos import mac_camera, mac_microphone

    return mac_camera() if concern == "camera" else mac_microphone()


Factory = Callable[[str], Any]
FACTORIES: dict[str, Factory] = {"windows": _windows, "macos": _macos, "linux": _linux}


def _system(platform: str, session_kind: str) -> str:
    if session_kind in ("windows", "macos"):
        return session_kind
    return "linux" if platform.startswith("linux") else "other"


def choose_busy_sources(
    env: Mapping[str, str] = os.environ,
    platform: str = sys.platform,
    factories: Mapping[str, Factory] | None = None,
) -> BusySources:
    """One source per concern; "can't tell" ones, with the reason, where nothing can."""
    session = detect_session(env, platform)
    system = _system(platform, session.kind)
    factory = (factories if factories is not None else FACTORIES).get(system)
    built = []
    for concern in ("microphone", "camera", "screen_share"):
        reason = NOT_HERE.get((concern, system))
        if reason is not None or factory is None:
            built.append(CannotTell(reason or f"Footholds cannot see this on {platform}"))
            continue
        try:
            built.append(factory(concern))
        except Exception as exc:  # a broken backend must not stop the app from starting
            built.append(CannotTell(f"the {concern} source failed to start: {exc}"))
    return BusySources(*built)
