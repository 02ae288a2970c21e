"""Is now a bad moment? Full screen, do-not-disturb and screen lock, one small source each.

Each source answers `active()` from one cheap call (an X property, a D-Bus call with a short
time limit, a stat of a file); the caller decides how often to ask.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Mapping

from footholds.platform.screen.base import ContextSources, StateSource, UnavailableState
from footholds.platform.session import Session, detect_session

StateFactory = Callable[[Session], StateSource]


def _x11_fullscreen(session: Session) -> StateSource:
    from footholds.platform.screen.x11 import X11FullscreenSource

    return X11FullscreenSource(session.display)


def _windows_fullscreen(_session: Session) -> StateSource:
    from footholds.platform.screen.windows import WindowsFullscreenSource

    return WindowsFullscreenSource()


def _windows_locked(_session: Session) -> StateSource:
    from footholds.platform.screen.windows import WindowsLockedSource

    return WindowsLockedSource()


def _linux_dnd(session: Session) -> StateSource:
    from footholds.platform.screen.linux import linux_dnd_source

    return linux_dnd_source(session)


def _linux_locked(session: Session) -> StateSource:
    from footholds.platform.screen.linux import linux_locked_source

    return linux_locked_source(session)


_LINUX_KINDS = ("x11", "gnome-wayland", "wayland")

FACTORIES: dict[str, dict[str, StateFactory]] = {
    "fullscreen": {"x11": _x11_fullscreen, "windows": _windows_fullscreen},
    "dnd": dict.fromkeys(_LINUX_KINDS, _linux_dnd),
    "locked": {**dict.fromkeys(_LINUX_KINDS, _linux_locked), "windows": _windows_locked},
}

_WAYLAND_FULLSCREEN = (
    "Wayland keeps other programs' windows private, so full-screen videos, games and "
    "slides cannot be noticed"
)
NOT_HERE: dict[tuple[str, str], str] = {
    ("fullscreen", "gnome-wayland"): _WAYLAND_FULLSCREEN,
    ("fullscreen", "wayland"): _WAYLAND_FULLSCREEN,
    ("fullscreen", "macos"): "Footholds cannot see other apps' full-screen windows on macOS",
    ("dnd", "windows"): "Windows has no public way for apps to read Focus assist",
    ("dnd", "macos"): "macOS does not let apps read the Focus setting",
    ("locked", "macos"): "Footholds cannot read the screen lock on macOS",
}


def choose_context_sources(
    env: Mapping[str, str] = os.environ,
    platform: str = sys.platform,
    factories: Mapping[str, Mapping[str, StateFactory]] | None = None,
) -> ContextSources:
    """Pick the full-screen, do-not-disturb and lock sources. Never raises."""
    session = detect_session(env, platform)
    chosen = factories if factories is not None else FACTORIES
    sources = [
        _build(concern, session, chosen.get(concern, {}))
        for concern in ("fullscreen", "dnd", "locked")
    ]
    return ContextSources(*sources)


def _build(concern: str, session: Session, factories: Mapping[str, StateFactory]) -> StateSource:
    factory = factories.get(session.kind)
    if factory is None:
        reason = NOT_HERE.get((concern, session.kind), "there is no graphical session to ask")
        return UnavailableState(reason)
    try:
        return factory(session)
    except Exception as exc:  # a broken backend must not stop the app from starting
        return UnavailableState(f"the {session.kind} {concern} source failed to start: {exc}")
