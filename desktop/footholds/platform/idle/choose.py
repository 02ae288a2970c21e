"""How long the person has not touched keyboard or mouse: one interface, one source per OS.

The caller polls (every few seconds at most); each source answers from memory or with one
cheap call, never by starting a process.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Mapping

from footholds.platform.idle.base import IdleSource, NoIdleSource
from footholds.platform.session import Session, detect_session

IdleFactory = Callable[[Session], IdleSource]


def _x11(session: Session) -> IdleSource:
    from footholds.platform.idle.x11 import X11IdleSource

    return X11IdleSource(session.display)


def _gnome(_session: Session) -> IdleSource:
    from footholds.platform.idle.gnome import GnomeIdleSource

    return GnomeIdleSource()


def _wayland(session: Session) -> IdleSource:
    from footholds.platform.idle.wayland import WaylandIdleSource

    # the compositor named by the environment the session was read from, not os.environ
    where = {"WAYLAND_DISPLAY": session.wayland_display, "XDG_RUNTIME_DIR": session.runtime_dir}
    return WaylandIdleSource(session, env=where)


def _windows(_session: Session) -> IdleSource:
    from footholds.platform.idle.windows import WindowsIdleSource

    return WindowsIdleSource()


def _macos(_session: Session) -> IdleSource:
    from footholds.platform.idle.macos import MacIdleSource

    return MacIdleSource()


def _none(_session: Session) -> IdleSource:
    return NoIdleSource("no graphical session was found (neither DISPLAY nor WAYLAND_DISPLAY)")


IDLE_FACTORIES: dict[str, IdleFactory] = {
    "x11": _x11,
    "gnome-wayland": _gnome,
    "wayland": _wayland,
    "windows": _windows,
    "macos": _macos,
    "none": _none,
}


def choose_idle_source(
    env: Mapping[str, str] = os.environ,
    platform: str = sys.platform,
    factories: Mapping[str, IdleFactory] | None = None,
) -> IdleSource:
    """Pick the idle source for this session. Never raises: failures become NoIdleSource."""
    session = detect_session(env, platform)
    factory = (factories or IDLE_FACTORIES)[session.kind]
    try:
        return factory(session)
    except Exception as exc:  # a broken backend must not stop the app from starting
        return NoIdleSource(f"the {session.kind} idle source failed to start: {exc}")
