"""Linux camera: a /dev/video* device held open by one of the person's own programs.

Looks through /proc/*/fd of this user's processes, only when asked (a reminder about to be
shown), and not at all when the computer has no video device. PipeWire and WirePlumber keep
cameras open to watch them even when nobody films; for them a running video source in
`pw-dump` is what counts.
"""

from __future__ import annotations

import glob
import json
import os
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

from footholds.core.busy import Answer
from footholds.platform.busy.base import BusySource, CannotTell, run_tool
from footholds.platform.busy.linux_audio import Run, nodes

MEDIA_SERVERS = {"pipewire", "wireplumber", "pipewire-media-session"}


class ProcCamera:
    """Finds a video device among the open files of the person's processes."""

    name = "video devices held open (/proc)"

    def __init__(
        self,
        proc: Path = Path("/proc"),
        devices: Callable[[], list[str]] = lambda: glob.glob("/dev/video*"),
        uid: int | None = None,
        run: Run = run_tool,
        pw_dump: str | None = None,
    ) -> None:
        self._proc, self._devices = proc, devices
        self._uid = os.getuid() if uid is None else uid
        self._run, self._pw_dump = run, pw_dump
        self.available = True
        self.reason = "looks for a camera held open by your programs"

    def in_use(self) -> Answer:
        """True while a program (not the media server's watch) has a camera open."""
        if not self._devices():
            return False  # no camera at all: nothing to look through
        media_server_holds = False
        for pid_dir in self._own_processes():
            if not self._holds_video(pid_dir):
                continue
            if self._command(pid_dir) not in MEDIA_SERVERS:
                return True
            media_server_holds = True
        if not media_server_holds:
            return False
        return self._pipewire_films()

    def _own_processes(self) -> list[Path]:
        try:
            entries = list(os.scandir(self._proc))
        except OSError:
            return []
        mine = []
        for entry in entries:
            if not entry.name.isdigit():
                continue
            try:
                if entry.stat(follow_symlinks=False).st_uid == self._uid:
                    mine.append(Path(entry.path))
            except OSError:
                continue  # the process ended while we looked
        return mine

    @staticmethod
    def _holds_video(pid_dir: Path) -> bool:
        try:
            fds = list(os.scandir(pid_dir / "fd"))
        except OSError:
            return False
        for fd in fds:
            try:
                if os.readlink(fd.path).startswith("/dev/video"):
                    return True
            except OSError:
                continue
        return False

    @staticmethod
    def _command(pid_dir: Path) -> str:
        try:
            return (pid_dir / "comm").read_text().strip()
        except OSError:
            return ""

    def _pipewire_films(self) -> Answer:
        """Whether a PipeWire video source runs (the camera portal's way to film)."""
        if self._pw_dump is None:
            return None
        out = self._run([self._pw_dump])
        try:
            objects: Any = json.loads(out) if out is not None else None
        except ValueError:
            return None
        if not isinstance(objects, list):
            return None
        return any(
            props.get("media.class") == "Video/Source" and state == "running"
            for state, props in nodes(objects)
        )


def linux_camera(proc: Path = Path("/proc")) -> BusySource:
    """The /proc look where /proc exists, else an honest "can't tell"."""
    if not (proc / "self" / "fd").is_dir():
        return CannotTell("/proc is not readable here, so open cameras cannot be seen")
    return ProcCamera(proc, pw_dump=shutil.which("pw-dump"))
