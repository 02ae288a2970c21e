"""The Wayland idle source against a fake compositor speaking the server side of the wire.

Requests are checked byte for byte against hand-packed words, so a wrong opcode or
argument order fails here rather than on someone's desktop.
"""

from __future__ import annotations

import socket
import struct
import threading
from pathlib import Path

import pytest

from footholds.platform.idle.wayland import WaylandIdleSource
from footholds.platform.report import doctor_info
from footholds.platform.session import Session
from footholds.platform.wayland_wire import Reader, WireError, read_string, read_uint

SWAY = Session("wayland", ("SWAY",))
EXT, KDE, SEAT = "ext_idle_notifier_v1", "org_kde_kwin_idle", "wl_seat"


def words(*values: int) -> bytes:
    return struct.pack(f"={len(values)}I", *values)


def text(value: str) -> bytes:
    data = value.encode() + b"\0"
    return words(len(data)) + data + b"\0" * (-len(data) % 4)


def msg(object_id: int, opcode: int, body: bytes = b"") -> bytes:
    return words(object_id, (8 + len(body)) << 16 | opcode) + body


class FakeCompositor:
    """Accepts one client and answers get_registry and sync as a compositor would."""

    def __init__(self, folder: Path, interfaces: list[str], refuse: bool = False) -> None:
        self.path = folder / "wayland-test"
        self.interfaces = interfaces
        self.refuse = refuse  # answer the idle request with a protocol error
        self.received = b""
        self.hung_up = False
        self.conn: socket.socket | None = None
        self._listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        self._listener.bind(str(self.path))
        self._listener.listen(1)
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    def _serve(self) -> None:
        conn, _ = self._listener.accept()
        self.conn = conn
        reader = Reader()
        try:
            while data := conn.recv(4096):
                self.received += data
                for object_id, opcode, body in reader.feed(data):
                    if not self.hung_up:
                        self._answer(conn, object_id, opcode, body)
        except OSError:  # the client went away mid-answer: nothing left to serve
            pass

    def _answer(self, conn: socket.socket, object_id: int, opcode: int, body: bytes) -> None:
        if (object_id, opcode) == (1, 1):  # get_registry: every global, and a stray event
            registry = read_uint(body, 0)[0]
            out = msg(registry, 1, words(99))  # global_remove of something unseen: skipped
            for name, interface in enumerate(self.interfaces, start=10):
                out += msg(registry, 0, words(name) + text(interface) + words(1))
            conn.sendall(out)
        elif (object_id, opcode) == (1, 0):  # sync: done, then delete_id
            callback = read_uint(body, 0)[0]
            conn.sendall(msg(callback, 0, words(7)) + msg(1, 1, words(callback)))
        elif (object_id, opcode) == (2, 0) and read_string(body, 4)[0] == SEAT:
            conn.sendall(msg(4, 0, words(3)) + msg(4, 1, text("seat0")))  # seat events: skipped
        elif object_id == 5 and self.refuse:
            conn.sendall(msg(1, 0, words(5, 1) + text("no idle for you")))
            self.hung_up = True  # as libwayland does after a protocol error
            conn.shutdown(socket.SHUT_RDWR)

    def send(self, data: bytes) -> None:
        assert self.conn is not None
        self.conn.sendall(data)

    def close(self) -> None:
        """Hang up, as a compositor that quits or drops the client does."""
        if self.conn is not None:
            self.conn.shutdown(socket.SHUT_RDWR)  # wakes the serving thread's recv
        self._thread.join(timeout=2)
        if self.conn is not None:
            self.conn.close()
        self._listener.close()


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def connect(fake: FakeCompositor, clock: Clock | None = None) -> WaylandIdleSource:
    env = {"XDG_RUNTIME_DIR": str(fake.path.parent), "WAYLAND_DISPLAY": fake.path.name}
    return WaylandIdleSource(SWAY, env=env, timeout=30, clock=clock or Clock(), wait=2)


def handshake() -> bytes:
    return msg(1, 1, words(2)) + msg(1, 0, words(3))


def bind(name: int, interface: str, new_id: int) -> bytes:
    return msg(2, 0, words(name) + text(interface) + words(1, new_id))


def test_ext_idle_notify_is_chosen_when_offered(tmp_path: Path) -> None:
    fake = FakeCompositor(tmp_path, ["wl_compositor", KDE, SEAT, EXT])
    source = connect(fake)
    assert source.available, source.reason
    assert source.name == "Wayland ext-idle-notify (SWAY)"
    assert source.reason == "SWAY says when keyboard and mouse have been still for 30 s"
    assert source.idle_seconds() == 0.0
    # seat is global 12, the notifier 13: get_idle_notification(new_id 6, 30000 ms, seat 4)
    assert fake.received == (
        handshake()
        + bind(12, SEAT, 4)
        + bind(13, EXT, 5)
        + msg(5, 1, words(6, 30000, 4))
        + msg(1, 0, words(7))
    )
    source.close()
    fake.close()


def test_kde_idle_is_the_fallback(tmp_path: Path) -> None:
    fake = FakeCompositor(tmp_path, [SEAT, "xdg_wm_base", KDE])
    source = connect(fake)
    assert source.available, source.reason
    assert source.name == "Wayland KDE idle (SWAY)"
    # get_idle_timeout(new_id 6, seat 4, 30000 ms): the seat comes before the timeout here
    assert fake.received == (
        handshake()
        + bind(10, SEAT, 4)
        + bind(12, KDE, 5)
        + msg(5, 0, words(6, 4, 30000))
        + msg(1, 0, words(7))
    )
    source.close()
    fake.close()


def test_neither_protocol_is_told_plainly(tmp_path: Path) -> None:
    fake = FakeCompositor(tmp_path, ["wl_compositor", SEAT, "weston_desktop_shell"])
    source = connect(fake)
    assert source.available is False
    assert source.name == "Wayland (SWAY)"
    assert "this Wayland desktop (SWAY) lacks ext-idle-notify" in source.reason
    assert source.idle_seconds() is None
    assert fake.received == handshake()  # nothing bound that would go unused
    fake.close()


def test_idled_then_resumed(tmp_path: Path) -> None:
    clock = Clock()
    fake = FakeCompositor(tmp_path, [SEAT, EXT])
    source = connect(fake, clock)
    clock.now += 40
    assert source.idle_seconds() == 0.0
    fake.send(msg(6, 0))  # idled: still for 30 s
    assert source.idle_seconds() == 30.0
    clock.now += 45
    assert source.idle_seconds() == 75.0
    fake.send(msg(6, 1))  # resumed
    assert source.idle_seconds() == 0.0
    source.close()
    fake.close()


def test_messages_split_across_reads_and_several_in_one(tmp_path: Path) -> None:
    clock = Clock()
    fake = FakeCompositor(tmp_path, [SEAT, KDE])
    source = connect(fake, clock)
    idle = msg(6, 0)
    fake.send(idle[:5])
    assert source.idle_seconds() == 0.0  # half a message waits for the rest
    fake.send(idle[5:])
    assert source.idle_seconds() == 30.0
    fake.send(msg(6, 1) + msg(6, 0) + msg(6, 1) + msg(6, 0)[:3])
    assert source.idle_seconds() == 0.0
    clock.now += 10
    fake.send(msg(6, 0)[3:])
    assert source.idle_seconds() == 30.0
    source.close()
    fake.close()


def test_unknown_events_are_skipped(tmp_path: Path) -> None:
    fake = FakeCompositor(tmp_path, [SEAT, EXT])
    source = connect(fake)
    fake.send(
        msg(4, 0, words(7))  # wl_seat.capabilities
        + msg(4, 1, text("a seat with a long name"))  # wl_seat.name
        + msg(2, 0, words(40) + text("wl_output") + words(4))  # a late global
        + msg(6, 7, words(1, 2, 3))  # an event newer than we know
        + msg(1, 1, words(3))  # delete_id
        + msg(6, 0)
    )
    assert source.idle_seconds() == 30.0
    assert source.available
    source.close()
    fake.close()


def test_a_protocol_error_while_setting_up(tmp_path: Path) -> None:
    fake = FakeCompositor(tmp_path, [SEAT, EXT], refuse=True)
    source = connect(fake)
    assert source.available is False
    assert "no idle for you" in source.reason and "error 1" in source.reason
    assert source.idle_seconds() is None
    fake.close()


def test_a_protocol_error_later(tmp_path: Path) -> None:
    fake = FakeCompositor(tmp_path, [SEAT, EXT])
    source = connect(fake)
    fake.send(msg(1, 0, words(6, 3) + text("out of memory")))
    assert source.idle_seconds() is None
    assert source.available is False
    assert "out of memory" in source.reason and "until Footholds restarts" in source.reason
    assert source.idle_seconds() is None
    fake.close()


def test_a_closed_connection(tmp_path: Path) -> None:
    fake = FakeCompositor(tmp_path, [SEAT, KDE])
    source = connect(fake)
    fake.send(msg(6, 0))
    fake.close()
    assert source.idle_seconds() is None
    assert source.available is False
    assert "closed the connection" in source.reason
    fake_reasons = source.reason
    assert source.idle_seconds() is None and source.reason == fake_reasons


def test_garbage_from_the_compositor(tmp_path: Path) -> None:
    fake = FakeCompositor(tmp_path, [SEAT, KDE])
    source = connect(fake)
    fake.send(words(6, 2 << 16))  # a message shorter than its own header
    assert source.idle_seconds() is None
    assert "unreadable" in source.reason
    fake.close()


def test_no_socket(tmp_path: Path) -> None:
    env = {"XDG_RUNTIME_DIR": str(tmp_path), "WAYLAND_DISPLAY": "wayland-9"}
    source = WaylandIdleSource(SWAY, env=env)
    assert source.available is False
    assert f"no Wayland compositor is listening at {tmp_path / 'wayland-9'}" == source.reason
    assert source.idle_seconds() is None


def test_no_runtime_dir_for_a_relative_display() -> None:
    source = WaylandIdleSource(SWAY, env={"WAYLAND_DISPLAY": "wayland-0"})
    assert source.available is False
    assert "XDG_RUNTIME_DIR" in source.reason and "Wayland" in source.reason


def test_an_absolute_display_and_a_silent_compositor(tmp_path: Path) -> None:
    path = tmp_path / "silent"
    listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    listener.bind(str(path))
    listener.listen(1)  # connect succeeds; nobody ever answers
    source = WaylandIdleSource(SWAY, env={"WAYLAND_DISPLAY": str(path)}, wait=0.2)
    assert source.available is False
    assert source.reason == f"the Wayland compositor at {path} did not answer within 0.2 s"
    listener.close()


def test_the_wire_reader_refuses_bad_lengths() -> None:
    reader = Reader()
    assert reader.feed(msg(3, 0, words(1))[:11]) == []
    assert reader.feed(b"\0") == [(3, 0, words(1))]
    with pytest.raises(WireError):
        Reader().feed(words(1, 10 << 16))  # not a multiple of 4
    with pytest.raises(WireError):
        read_string(words(40) + b"short", 0)


def test_doctor_shows_the_protocol_and_the_timeout(tmp_path: Path) -> None:
    fake = FakeCompositor(tmp_path, [SEAT, EXT])
    source = connect(fake)
    lines = doctor_info({}, "linux", idle=source, check_notifications=False)
    idle = next(line for line in lines if line.concern == "idle time")
    assert idle.available
    assert f"{idle.backend}: {idle.reason}" == (
        "Wayland ext-idle-notify (SWAY): SWAY says when keyboard and mouse have been still for 30 s"
    )
    source.close()
    fake.close()


def test_the_chooser_finds_the_compositor_of_the_environment_it_was_given(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from footholds.platform.idle.choose import choose_idle_source

    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)  # not from os.environ
    monkeypatch.delenv("XDG_RUNTIME_DIR", raising=False)
    fake = FakeCompositor(tmp_path, [SEAT, EXT])
    env = {
        "XDG_SESSION_TYPE": "wayland",
        "XDG_CURRENT_DESKTOP": "sway",
        "XDG_RUNTIME_DIR": str(tmp_path),
        "WAYLAND_DISPLAY": fake.path.name,
    }
    source = choose_idle_source(env, "linux")
    assert isinstance(source, WaylandIdleSource)
    assert source.available, source.reason
    assert "ext-idle-notify" in source.name
    source.close()
    fake.close()
