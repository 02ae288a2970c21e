"""The Wayland idle source against real compositors, started headless for the test.

sway (1.7 on Debian bookworm: KDE's idle protocol; 1.8+: ext-idle-notify) must report
idle after the timeout and active again after a virtual pointer moves. weston has no idle
protocol at all and must be told apart honestly. Each test skips, with the reason, when
its compositor is not installed or will not start here (apt-get install sway weston).
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from footholds.platform.idle.wayland import WaylandIdleSource, socket_path
from footholds.platform.session import Session
from footholds.platform.wayland_wire import Reader, message, read_string, read_uint, string, uint

NOBODY = 65534


@dataclass
class Compositor:
    env: dict[str, str]
    log: Path


def wait_for(check: Callable[[], object], timeout: float, step: float = 0.05) -> bool:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if check():
            return True
        time.sleep(step)
    return bool(check())


def start(
    program: str, argv: list[str], extra: dict[str, str], as_nobody: bool
) -> Iterator[Compositor]:
    """Run a compositor in a fresh runtime folder until the test is done."""
    if not shutil.which(program):
        pytest.skip(f"{program} is not installed (apt-get install {program})")
    runtime = Path(tempfile.mkdtemp(prefix="fh-wl-"))  # short: socket paths are limited
    env = {k: v for k, v in os.environ.items() if k not in ("WAYLAND_DISPLAY", "DISPLAY")}
    env.update(extra, XDG_RUNTIME_DIR=str(runtime), HOME=str(runtime))
    prefix: list[str] = []
    if as_nobody and os.geteuid() == 0:
        # sway refuses to run as root; root can still connect to a socket nobody owns.
        if not shutil.which("setpriv"):
            pytest.skip("sway will not run as root, and setpriv is missing to drop it")
        os.chown(runtime, NOBODY, NOBODY)
        prefix = ["setpriv", f"--reuid={NOBODY}", f"--regid={NOBODY}", "--clear-groups"]
    log = runtime / f"{program}.log"
    with log.open("w") as out:
        proc = subprocess.Popen(
            [*prefix, program, *argv], env=env, stdout=out, stderr=subprocess.STDOUT
        )

    def the_socket() -> str:
        names = [p.name for p in runtime.glob("wayland-*") if p.suffix != ".lock"]
        names += [p.name for p in runtime.glob("fh-*") if p.suffix != ".lock"]
        return names[0] if names else ""

    try:
        if not wait_for(lambda: the_socket() or proc.poll() is not None, 10) or not the_socket():
            tail = log.read_text(errors="replace")[-800:]
            pytest.skip(f"{program} would not start headless here: {tail}")
        yield Compositor({"XDG_RUNTIME_DIR": str(runtime), "WAYLAND_DISPLAY": the_socket()}, log)
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        shutil.rmtree(runtime, ignore_errors=True)


@pytest.fixture
def sway() -> Iterator[Compositor]:
    headless = {
        "WLR_BACKENDS": "headless",
        "WLR_LIBINPUT_NO_DEVICES": "1",
        "WLR_RENDERER": "pixman",
        "XDG_CURRENT_DESKTOP": "sway",
    }
    config = Path(tempfile.mkdtemp(prefix="fh-sway-")) / "config"
    config.write_text("xwayland disable\n")
    config.parent.chmod(0o755)
    config.chmod(0o644)
    try:
        yield from start("sway", ["-c", str(config)], headless, as_nobody=True)
    finally:
        shutil.rmtree(config.parent, ignore_errors=True)


@pytest.fixture
def weston() -> Iterator[Compositor]:
    argv = ["--backend=headless-backend.so", "--socket=fh-weston", "--no-config"]
    yield from start("weston", argv, {}, as_nobody=False)


def move_a_virtual_pointer(env: dict[str, str]) -> None:
    """What a person moving the mouse looks like to sway: a second client's pointer moves."""
    path = socket_path(env)
    assert path is not None
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    sock.settimeout(5)
    sock.connect(path)
    sock.sendall(message(1, 1, uint(2)) + message(1, 0, uint(3)))
    found: dict[str, int]
    reader, found, done = Reader(), {}, False
    while not done:
        for object_id, opcode, body in reader.feed(sock.recv(4096)):
            if object_id == 2 and opcode == 0:
                name, offset = read_uint(body, 0)
                found.setdefault(read_string(body, offset)[0], name)
            done = done or object_id == 3
    manager = "zwlr_virtual_pointer_manager_v1"
    if manager not in found:
        sock.close()
        pytest.skip(f"this sway offers no {manager} to make activity with")

    def bind(name: int, interface: str, new_id: int) -> bytes:
        return message(2, 0, uint(name), string(interface), uint(1), uint(new_id))

    now_ms = int(time.monotonic() * 1000)
    sock.sendall(
        bind(found["wl_seat"], "wl_seat", 4)
        + bind(found[manager], manager, 5)
        + message(5, 0, uint(4), uint(6))  # create_virtual_pointer(seat, new_id)
        + message(6, 0, uint(now_ms), uint(10 * 256), uint(5 * 256))  # motion (wl_fixed)
        + message(6, 4)  # frame
        + message(1, 0, uint(7))
    )
    done = False
    while not done:  # the sync answered: sway has handled the motion
        done = any(object_id == 7 for object_id, _, _ in reader.feed(sock.recv(4096)))
    sock.close()


def test_sway_reports_idle_then_activity(sway: Compositor) -> None:
    env = {**sway.env, "XDG_CURRENT_DESKTOP": "sway"}
    source = WaylandIdleSource(Session("wayland", ("SWAY",)), env=env, timeout=1)
    assert source.available, f"{source.reason}\n{sway.log.read_text()[-800:]}"
    assert source.name in ("Wayland KDE idle (sway)", "Wayland ext-idle-notify (sway)")
    assert source.idle_seconds() == 0.0
    readings: list[float | None] = []

    def idle_for_a_second() -> bool:
        readings.append(source.idle_seconds())
        return (readings[-1] or 0.0) >= 1.0

    assert wait_for(idle_for_a_second, 5), readings
    move_a_virtual_pointer(sway.env)
    # The timeout is 1 s: look at once, before sway can call it idle again.
    assert wait_for(lambda: source.idle_seconds() == 0.0, 0.8, step=0.01), source.reason
    assert wait_for(lambda: (source.idle_seconds() or 0.0) >= 1.0, 5)  # and still again
    assert source.available
    source.close()


def test_weston_is_told_apart_as_having_no_idle_protocol(weston: Compositor) -> None:
    env = {**weston.env, "XDG_CURRENT_DESKTOP": "weston"}
    source = WaylandIdleSource(Session("wayland", ("WESTON",)), env=env)
    assert source.available is False
    assert source.name == "Wayland (weston)"
    assert source.reason.startswith("this Wayland desktop (weston) lacks ext-idle-notify")
    assert source.idle_seconds() is None
