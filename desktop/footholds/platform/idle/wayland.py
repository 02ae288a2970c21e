"""Idle time on Wayland desktops other than GNOME, asked of the compositor itself.

A Wayland compositor tells a client when keyboard and mouse have been still for a while
through ext-idle-notify (sway 1.8+, Hyprland, KDE Plasma 6, niri, ...) or, on older
desktops, KDE's org_kde_kwin_idle (Plasma 5, wlroots before 0.17 such as sway 1.7). We
speak the wire protocol over the compositor's socket ourselves: no client library needed.

It only says "still for N seconds" and "moved again", so the idle time is counted from
when we read the first message: it can come out short by up to one poll, never long.

XWayland's counter is not used: it only sees input sent to X programs, so it would report
"away" while the person types in a Wayland window. KDE's
org.freedesktop.ScreenSaver.GetSessionIdleTime answers "not supported" on Wayland.
"""

from __future__ import annotations

import os
import socket
import time
from collections.abc import Callable, Mapping

from footholds.platform.session import Session
from footholds.platform.wayland_wire import (
    Reader,
    WireError,
    message,
    read_string,
    read_uint,
    string,
    uint,
)

# Our object ids, in the order we create them; the compositor requires that order and we
# never reuse one, so delete_id needs no bookkeeping.
DISPLAY, REGISTRY, FIRST_SYNC, SEAT, NOTIFIER, NOTIFICATION, SECOND_SYNC = range(1, 8)

EXT_IDLE = "ext_idle_notifier_v1"
KDE_IDLE = "org_kde_kwin_idle"
PROTOCOL_NAMES = {EXT_IDLE: "ext-idle-notify", KDE_IDLE: "KDE idle"}


def socket_path(env: Mapping[str, str]) -> str | None:
    """Where the compositor listens, as libwayland finds it; None when it cannot be told."""
    display = env.get("WAYLAND_DISPLAY", "").strip() or "wayland-0"
    if os.path.isabs(display):
        return display
    runtime = env.get("XDG_RUNTIME_DIR", "").strip()
    return os.path.join(runtime, display) if runtime else None


def requests_for(protocol: str, seat_name: int, notifier_name: int, timeout_ms: int) -> bytes:
    """Bind the seat and the idle global, ask for an idle notification, then sync."""

    def bind(name: int, interface: str, new_id: int) -> bytes:
        return message(REGISTRY, 0, uint(name), string(interface), uint(1), uint(new_id))

    if protocol == EXT_IDLE:  # get_idle_notification(new_id, timeout, seat)
        ask = message(NOTIFIER, 1, uint(NOTIFICATION), uint(timeout_ms), uint(SEAT))
    else:  # get_idle_timeout(new_id, seat, timeout)
        ask = message(NOTIFIER, 0, uint(NOTIFICATION), uint(SEAT), uint(timeout_ms))
    return (
        bind(seat_name, "wl_seat", SEAT)
        + bind(notifier_name, protocol, NOTIFIER)
        + ask
        + message(DISPLAY, 0, uint(SECOND_SYNC))
    )


class WaylandIdleSource:
    """Idle time from the compositor's idle notifications, read without blocking each poll."""

    def __init__(
        self,
        session: Session,
        *,
        env: Mapping[str, str] | None = None,
        timeout: float = 30.0,
        clock: Callable[[], float] = time.monotonic,
        wait: float = 1.0,
    ) -> None:
        env = os.environ if env is None else env
        # Short, because after "idle" the compositor is silent until input: idle time is
        # only as fine as this timeout (the scheduler's threshold is minutes).
        self.timeout = timeout
        self.desktop = env.get("XDG_CURRENT_DESKTOP", "").strip() or "/".join(session.desktops)
        self.name = f"Wayland ({self.desktop or 'unknown desktop'})"
        self.available = False
        self._clock = clock
        self._sock: socket.socket | None = None
        self._reader = Reader()
        self._globals: dict[str, int] = {}  # interface -> global name, to bind it
        self._synced: set[int] = set()
        self._idled_at: float | None = None
        self._failure: str | None = None  # why the compositor stopped talking to us
        self.reason = self._connect(socket_path(env), wait)
        if not self.available:
            self.close()

    def _connect(self, path: str | None, wait: float) -> str:
        """Set everything up within `wait` seconds; the reason to show either way."""
        if path is None:
            return "no Wayland socket can be found: XDG_RUNTIME_DIR is not set"
        deadline = time.monotonic() + wait
        self._sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        try:
            self._sock.settimeout(wait)
            self._sock.connect(path)
            self._sock.sendall(
                message(DISPLAY, 1, uint(REGISTRY)) + message(DISPLAY, 0, uint(FIRST_SYNC))
            )
            if not self._read_until(FIRST_SYNC, deadline):
                return str(self._failure)
            protocol = next((p for p in (EXT_IDLE, KDE_IDLE) if p in self._globals), None)
            if protocol is None:
                which = f" ({self.desktop})" if self.desktop else ""
                return (
                    f"this Wayland desktop{which} lacks ext-idle-notify (and KDE's older "
                    "idle protocol), so reminders cannot tell when you are away"
                )
            if "wl_seat" not in self._globals:
                return "the Wayland compositor has no seat (keyboard and mouse) to watch"
            timeout_ms = max(1, round(self.timeout * 1000))
            seat, notifier = self._globals["wl_seat"], self._globals[protocol]
            self._sock.sendall(requests_for(protocol, seat, notifier, timeout_ms))
            if not self._read_until(SECOND_SYNC, deadline):
                return str(self._failure)
            self._sock.setblocking(False)
        except TimeoutError:
            return f"the Wayland compositor at {path} did not answer within {wait:g} s"
        except FileNotFoundError:
            return f"no Wayland compositor is listening at {path}"
        except OSError as exc:
            return f"could not talk to the Wayland compositor at {path}: {exc.strerror or exc}"
        self.available = True
        self.name = f"Wayland {PROTOCOL_NAMES[protocol]} ({self.desktop or 'unknown desktop'})"
        teller = self.desktop or "the compositor"
        return f"{teller} says when keyboard and mouse have been still for {self.timeout:g} s"

    def _read_until(self, callback: int, deadline: float) -> bool:
        """Block (only while setting up) until the sync `callback` is done; False on failure."""
        assert self._sock is not None
        while callback not in self._synced and self._failure is None:
            self._sock.settimeout(max(deadline - time.monotonic(), 0.001))
            self._take(self._sock.recv(4096))
        return self._failure is None

    def _take(self, data: bytes) -> None:
        """Handle freshly read bytes; b"" means the compositor hung up."""
        if not data:
            self._fail("the Wayland compositor closed the connection")
            return
        try:
            for object_id, opcode, body in self._reader.feed(data):
                self._handle(object_id, opcode, body)
        except WireError as exc:
            self._fail(f"the Wayland compositor sent something unreadable ({exc})")

    def _handle(self, object_id: int, opcode: int, body: bytes) -> None:
        """One event; anything we did not ask about is skipped."""
        if object_id == DISPLAY and opcode == 0:  # error(object, code, message)
            _, offset = read_uint(body, 0)
            code, offset = read_uint(body, offset)
            text, _ = read_string(body, offset)
            self._fail(f"the Wayland compositor refused us: {text} (error {code})")
        elif object_id == REGISTRY and opcode == 0:  # global(name, interface, version)
            name, offset = read_uint(body, 0)
            interface, _ = read_string(body, offset)
            self._globals.setdefault(interface, name)
        elif object_id in (FIRST_SYNC, SECOND_SYNC) and opcode == 0:  # wl_callback.done
            self._synced.add(object_id)
        elif object_id == NOTIFICATION and opcode == 0:  # idled (ext) or idle (KDE)
            if self._idled_at is None:
                self._idled_at = self._clock()
        elif object_id == NOTIFICATION and opcode == 1:  # resumed, in both protocols
            self._idled_at = None

    def _fail(self, reason: str) -> None:
        if self._failure is None:  # the first cause is the one worth telling
            self._failure = reason

    def _drain(self) -> None:
        """Read whatever the compositor has sent since the last poll, without waiting."""
        while self._sock is not None and self._failure is None:
            try:
                data = self._sock.recv(4096)
            except BlockingIOError:
                return
            except OSError as exc:
                self._fail(f"the Wayland connection failed: {exc.strerror or exc}")
                break
            self._take(data)
        if self._failure is not None and self.available:
            self.available = False
            self.reason = f"{self._failure}; idle time is unknown until Footholds restarts"
            self.close()

    def idle_seconds(self) -> float | None:
        """0 while the person is active; how long they have been still once idle; else None."""
        if not self.available:
            return None
        self._drain()
        if not self.available:
            return None
        if self._idled_at is None:
            return 0.0
        return self._clock() - self._idled_at + self.timeout

    def close(self) -> None:
        """Hang up (the compositor then drops our notification)."""
        if self._sock is not None:
            self._sock.close()
            self._sock = None
