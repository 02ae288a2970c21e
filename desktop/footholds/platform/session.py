"""Which desktop we run on, decided from environment variables only (no probing, no Qt)."""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Literal

SessionKind = Literal["windows", "macos", "x11", "gnome-wayland", "wayland", "none"]


@dataclass(frozen=True)
class Session:
    """The kind of session, the desktop names (upper case), the X display name, and where
    a Wayland compositor listens (its display name and the runtime folder it is relative to)."""

    kind: SessionKind
    desktops: tuple[str, ...] = ()
    display: str = ""
    wayland_display: str = ""
    runtime_dir: str = ""

    def is_desktop(self, name: str) -> bool:
        """True when XDG_CURRENT_DESKTOP lists `name` (case-insensitive)."""
        return name.upper() in self.desktops


def detect_session(env: Mapping[str, str] | None = None, platform: str | None = None) -> Session:
    """Tell Windows, macOS, X11, GNOME on Wayland, other Wayland and no desktop apart."""
    env = os.environ if env is None else env
    platform = sys.platform if platform is None else platform
    if platform.startswith("win") or platform == "cygwin":
        return Session("windows")
    if platform == "darwin":
        return Session("macos")
    desktops = tuple(
        part.strip().upper() for part in env.get("XDG_CURRENT_DESKTOP", "").split(":") if part
    )
    display = env.get("DISPLAY", "").strip()
    session_type = env.get("XDG_SESSION_TYPE", "").strip().lower()
    wayland = session_type == "wayland" or (
        session_type != "x11" and bool(env.get("WAYLAND_DISPLAY", "").strip())
    )
    if wayland:
        # On Wayland DISPLAY usually points at XWayland, which only sees X clients' input.
        kind: SessionKind = "gnome-wayland" if "GNOME" in desktops else "wayland"
        return Session(
            kind,
            desktops,
            display,
            env.get("WAYLAND_DISPLAY", "").strip(),
            env.get("XDG_RUNTIME_DIR", "").strip(),
        )
    if display:
        return Session("x11", desktops, display)
    return Session("none", desktops, display)
