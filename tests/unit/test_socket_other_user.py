"""Another user on the same computer must never receive what `footholds log` sends.

A fake "Footholds" runs as a second user (nobody, through setpriv) and listens where the real
one would: at the old predictable name in the temp folder, and in this user's socket folder
made to look as if it had been tampered with. Each time `footholds log` sends it nothing, and
never says "Logged" for an entry that is not in this user's own store.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from footholds.app.build import open_store
from footholds.core import socket_place
from footholds.core.paths import Paths
from footholds.core.store import LogEntry
from support import child_env

NOBODY = 65534
pytestmark = [
    pytest.mark.skipif(
        not sys.platform.startswith("linux"), reason="second-user socket test is for Linux"
    ),
    pytest.mark.skipif(
        os.name != "posix" or os.geteuid() != 0,
        reason="running a listener as a second user needs root (to switch with setpriv)",
    ),
    pytest.mark.skipif(not shutil.which("setpriv"), reason="setpriv is not installed"),
]

# Answers every connection as the real app would, and keeps every byte it was sent.
FAKE = """
import socket, sys
path, record = sys.argv[1], sys.argv[2]
server = socket.socket(socket.AF_UNIX)
server.bind(path)
server.listen(8)
while True:
    conn, _ = server.accept()
    conn.settimeout(3)
    data = b""
    try:
        while b"\\n" not in data:
            chunk = conn.recv(65536)
            if not chunk:
                break
            data += chunk
        conn.sendall(b'{"ok": true, "message": "Logged. That counts."}\\n')
    except OSError:
        pass
    conn.close()
    with open(record, "ab") as out:
        out.write(data)
"""


class Fake:
    def __init__(self, base: Path) -> None:
        self.own = base / "fake"  # the second user's own folder
        self.own.mkdir()
        os.chown(self.own, NOBODY, NOBODY)
        self.record = self.own / "received"
        self.proc: subprocess.Popen[bytes] | None = None

    def listen(self, path: Path) -> None:
        command = [sys.executable, "-I", "-c", FAKE, str(path), str(self.record)]
        prefix = ["setpriv", f"--reuid={NOBODY}", f"--regid={NOBODY}", "--clear-groups"]
        self.proc = subprocess.Popen([*prefix, *command], cwd="/", stderr=subprocess.PIPE)
        end = time.monotonic() + 10
        while not path.exists():
            if self.proc.poll() is not None or time.monotonic() > end:
                self.proc.kill()
                why = self.proc.communicate()[1].decode(errors="replace")
                raise AssertionError(f"the fake listener did not start: {why}")
            time.sleep(0.02)
        assert path.lstat().st_uid == NOBODY

    def received(self) -> bytes:
        return self.record.read_bytes() if self.record.exists() else b""

    def stop(self) -> None:
        if self.proc is not None:
            self.proc.kill()
            self.proc.wait()


@pytest.fixture
def base() -> Iterator[Path]:
    folder = Path(tempfile.mkdtemp(prefix="fh-"))  # short: socket paths are limited
    os.chmod(folder, 0o1777)  # shared like /tmp: the second user may make files here
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture
def fake(base: Path) -> Iterator[Fake]:
    listener = Fake(base)
    yield listener
    listener.stop()


def footholds(base: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = child_env(
        FOOTHOLDS_HOME=str(base / "home"), TMPDIR=str(base), QT_QPA_PLATFORM="offscreen"
    )
    return subprocess.run(
        [sys.executable, "-m", "footholds", *args],
        env=env,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=60,
    )


def stored_notes(base: Path) -> list[str]:
    store, _ = open_store(Paths.from_env({"FOOTHOLDS_HOME": str(base / "home")}))
    try:
        return [entry.note for entry in store.all(LogEntry)]
    finally:
        store.close()


def test_a_listener_at_the_old_name_in_the_temp_folder_gets_nothing(base: Path, fake: Fake) -> None:
    """The attack as found: another user creates the predictable socket first."""
    paths = Paths.from_env({"FOOTHOLDS_HOME": str(base / "home")})
    fake.listen(base / paths.socket_name)  # where Qt put it: $TMPDIR/footholds-<hash>
    done = footholds(base, "log", "--feel", "low", "my private words")
    assert done.returncode == 0, done.stderr
    assert "Logged" in done.stdout
    assert fake.received() == b""
    assert stored_notes(base) == ["my private words"]  # in this user's own store


def _socket_folder_of_nobody(base: Path) -> Path:
    """This user's socket folder, as if another user had made it and listened inside."""
    where = socket_place.socket_path(Paths.from_env({"FOOTHOLDS_HOME": str(base / "home")}))
    for folder in (base / "home", base / "home" / "data"):
        folder.mkdir(mode=0o755)
    where.parent.mkdir(mode=0o700)
    os.chown(where.parent, NOBODY, NOBODY)
    return where


@pytest.mark.parametrize("disguise", ["their-folder", "their-socket", "our-socket-file"])
def test_a_listener_of_another_user_in_our_socket_folder_is_refused(
    base: Path, fake: Fake, disguise: str
) -> None:
    where = _socket_folder_of_nobody(base)
    fake.listen(where)
    if disguise != "their-folder":  # the folder looks like ours again
        os.chown(where.parent, 0, 0)
    if disguise == "our-socket-file":  # and so does the socket: only its peer gives it away
        os.chown(where, 0, 0)
    done = footholds(base, "log", "--feel", "low", "my private words")
    assert done.returncode == 1
    assert "Logged" not in done.stdout + done.stderr
    assert "Nothing was sent or saved" in done.stderr
    assert "another user" in done.stderr
    assert "Traceback" not in done.stderr
    backup = footholds(base, "backup")
    assert backup.returncode == 1
    assert "Backup written" not in backup.stdout
    assert fake.received() == b""
    assert stored_notes(base) == []
