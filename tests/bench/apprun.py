"""The real app and a bare PySide6 tray as child processes: start, wait, read /proc, stop.

Shared by the sections that measure the running app (start-up, memory, idle). The desktop is
the shared session (`desktop-session start`): an X display whose tray (trayer) embeds icons.
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import footholds
from footholds.core import protocol, socket_place
from footholds.core.atomic import write_atomic
from footholds.core.paths import HOME_ENV, Paths, make_private_dir

ROOT = Path(__file__).resolve().parents[2]
SOURCE = Path(footholds.__file__).resolve().parents[1]
BARE_TRAY = """
import sys
from PySide6.QtGui import QIcon, QPixmap, QColor
from PySide6.QtWidgets import QApplication, QSystemTrayIcon
app = QApplication(sys.argv)
app.setQuitOnLastWindowClosed(False)
pix = QPixmap(22, 22); pix.fill(QColor("#3d7f7a"))
tray = QSystemTrayIcon(QIcon(pix)); tray.show()
app.exec()
"""
NO_DESKTOP = "no desktop: skipped"


def desktop_problem() -> str:
    """Why the desktop session cannot be used, or "" when it is up with a tray."""
    if sys.platform != "linux":
        return "not Linux"
    if not os.environ.get("DISPLAY"):
        return "no DISPLAY (start it with shared/desktop-session start)"
    if not shutil.which("xwininfo"):
        return "xwininfo missing (shared/desktop-session install)"
    try:
        find_panel(dict(os.environ))
    except RuntimeError as exc:
        return str(exc)
    return ""


def child_env(home: Path | None, platform: str) -> dict[str, str]:
    """Environment for a child drawing on `platform` (xcb or offscreen) with its own home."""
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = platform
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(SOURCE), env.get("PYTHONPATH")]))
    env.pop(HOME_ENV, None)
    if home is not None:
        env[HOME_ENV] = str(home)
    return env


def returning_home(home: Path) -> Path:
    """Mark `home` as used before (first-run card seen), as for a person's everyday start."""
    paths = Paths.from_env({HOME_ENV: str(home)})
    paths.ensure()
    make_private_dir(paths.settings_file.parent)
    settings = {"version": 1, "values": {"general.first_run_done": True}}
    write_atomic(paths.settings_file, json.dumps(settings).encode())
    return home


def find_panel(env: dict[str, str]) -> str:
    """The X window id of the tray (trayer's "panel")."""
    tree = subprocess.run(
        ["xwininfo", "-root", "-tree"], capture_output=True, text=True, env=env, timeout=10
    ).stdout
    panel = next((ln.split()[0] for ln in tree.splitlines() if '"panel"' in ln), None)
    if panel is None:
        raise RuntimeError("no system tray (trayer) on this display")
    return panel


def tray_icons(env: dict[str, str], panel: str) -> int:
    """How many icons the tray holds now."""
    sub = subprocess.run(
        ["xwininfo", "-tree", "-id", panel], capture_output=True, text=True, env=env, timeout=10
    ).stdout
    return sum(1 for ln in sub.splitlines() if ln.startswith(" " * 8 + "0x"))


def answers(home: Path) -> bool:
    """Whether the app using `home` answers a ping on its instance socket (it is fully up)."""
    return send(home, "ping", timeout_s=2)


def send(home: Path, command: str, *, timeout_s: float = 30, **args: object) -> bool:
    """Hand `command` to the app using `home`; whether it answered."""
    path = socket_place.address(Paths.from_env({HOME_ENV: str(home)}))
    try:
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as sock:
            sock.settimeout(timeout_s)
            sock.connect(path)
            sock.sendall(protocol.encode(command, **args))
            return b"\n" in sock.recv(4096)
    except OSError:
        return False


def start_app(env: dict[str, str]) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "footholds"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def start_bare(env: dict[str, str]) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-c", BARE_TRAY],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def stop(proc: subprocess.Popen[bytes], env: dict[str, str] | None = None) -> None:
    """End a child: the app through `footholds quit` (pass its env), anything else by SIGTERM."""
    if env is not None and proc.poll() is None:
        quit_argv = [sys.executable, "-m", "footholds", "quit"]
        subprocess.run(quit_argv, env=env, capture_output=True, timeout=30, check=False)
    if proc.poll() is None:
        proc.terminate()
    try:
        proc.wait(timeout=20)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()


def wait_for(check: Callable[[], bool], what: str, limit_s: float = 30) -> None:
    """Poll `check` until it holds; raises RuntimeError naming `what` after `limit_s`."""
    end = time.monotonic() + limit_s
    while not check():
        if time.monotonic() > end:
            raise RuntimeError(f"{what}: not after {limit_s:.0f} s")
        time.sleep(0.02)


def memory_kb(pid: int) -> dict[str, int]:
    """VmRSS, VmHWM (peak), RssAnon (private data) and RssFile (mapped files) in kB."""
    out = {}
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        key = line.split(":", 1)[0]
        if key in ("VmRSS", "VmHWM", "RssAnon", "RssFile"):
            out[key] = int(line.split()[1])
    return out


def rss_by_mapping(pid: int) -> Counter[str]:
    """Resident kB per mapped file name (libraries), with "[heap]" and "[anon]" for data."""
    totals: Counter[str] = Counter()
    name = "[anon]"
    for line in Path(f"/proc/{pid}/smaps").read_text().splitlines():
        parts = line.split()
        if parts and not parts[0].endswith(":"):  # a mapping's header line: address range ...
            name = parts[5].rsplit("/", 1)[-1] if len(parts) > 5 else "[anon]"
        elif parts and parts[0] == "Rss:":
            totals[name] += int(parts[1])
    return totals
