"""What `footholds doctor` prints about the desktop: each concern, its backend and why."""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from typing import Any, NamedTuple

from footholds.platform.autostart import Autostart, choose_autostart
from footholds.platform.busy.base import BusySource, BusySources, safe
from footholds.platform.busy.choose import choose_busy_sources
from footholds.platform.idle.base import IdleSource
from footholds.platform.idle.choose import choose_idle_source
from footholds.platform.screen.base import ContextSources, StateSource
from footholds.platform.screen.choose import choose_context_sources
from footholds.platform.session import detect_session
from footholds.platform.sound import choose_player


class DoctorLine(NamedTuple):
    """One line of the report; unpacks as (concern, backend, available, reason, now)."""

    concern: str
    backend: str
    available: bool
    reason: str
    # For a yes/no state of the desktop (full screen, do not disturb, screen lock): whether
    # it holds now. None for the other concerns, and for a state that could not be read.
    now: bool | None = None


def _line(concern: str, source: Any) -> DoctorLine:
    return DoctorLine(concern, str(source.name), bool(source.available), str(source.reason))


def _state_line(concern: str, source: StateSource) -> DoctorLine:
    """A state's line with its value now, so that a backend's name is never read as it."""
    line = _line(concern, source)
    if not line.available:
        return line
    try:
        return line._replace(now=bool(source.active()))
    except Exception:  # doctor reports problems, it does not have them
        return line


def _busy_line(concern: str, source: BusySource) -> DoctorLine:
    """A device's line, asked now: a backend that is installed but cannot tell right now (pactl
    with no sound server to reach) is said to be so, never "in use" beside "Can't tell here"."""
    line = _line(concern, source)
    if not line.available:
        return line
    answer = safe(source)
    if answer is None:
        why = getattr(source, "trouble", "") or "it could not tell just now"
        return line._replace(available=False, reason=f"installed, but {why}")
    return line._replace(now=answer)


def doctor_info(
    env: Mapping[str, str] = os.environ,
    platform: str = sys.platform,
    *,
    idle: IdleSource | None = None,
    context: ContextSources | None = None,
    busy: BusySources | None = None,
    autostart: Autostart | None = None,
    notifier: Any = None,
    check_notifications: bool = True,
) -> list[DoctorLine]:
    """Describe every platform concern. Pass the app's own sources to report those.

    Sources not passed are chosen afresh. Notifications need Qt: when no notifier is
    passed and `check_notifications` is true, a QCoreApplication is created if none exists.
    Never raises; never shows anything on screen.
    """
    session = detect_session(env, platform)
    desktop = "/".join(session.desktops) or "no desktop name"
    lines = [DoctorLine("session", session.kind, session.kind != "none", desktop)]
    lines.append(_line("idle time", idle or choose_idle_source(env, platform)))
    context = context or choose_context_sources(env, platform)
    lines.append(_state_line("full screen", context.fullscreen_source))
    lines.append(_state_line("do not disturb", context.dnd_source))
    lines.append(_state_line("screen lock", context.locked_source))
    busy = busy or choose_busy_sources(env, platform)
    lines += [_busy_line(concern, source) for concern, source in busy.all()]
    lines.append(_line("start at login", autostart or choose_autostart(env, platform)))
    lines.append(_line("reminder sound", choose_player(platform)))
    if notifier is None and check_notifications:
        notifier = _probe_notifier(platform)
    if notifier is not None:
        lines.append(_line("notifications", notifier))
    return lines


_app: Any = None


def _probe_notifier(platform: str) -> Any:
    global _app
    try:
        from PySide6.QtCore import QCoreApplication

        from footholds.platform.notify import choose_notifier

        if QCoreApplication.instance() is None:
            _app = QCoreApplication([sys.argv[0] if sys.argv else "footholds"])
        return choose_notifier(None, platform)
    except Exception as exc:  # doctor reports problems, it does not have them
        from types import SimpleNamespace

        return SimpleNamespace(name="none", available=False, reason=f"could not check: {exc}")
