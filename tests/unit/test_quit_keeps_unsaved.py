"""The real app, offscreen: an entry it could only keep in memory (its store folder can't be
written) survives SIGTERM and `footholds quit`, and is in the store after the next start
(issue 15, defect 2). When nothing at all can be written, `footholds quit` is refused.

Tests run as root here, so folder modes can't make the store unwritable: the child app's
store writes fail as on a full disk while a flag file exists. The places unsaved entries go
to are blocked for real, with a file where a folder should be.
"""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from footholds.core.paths import Paths
from footholds.core.store import LogEntry, Store
from support import child_env

START_TIMEOUT = 30.0
# `python -m footholds`, with the store's writes failing (no space) while the flag file exists
APP = """
import errno, os, runpy, sys
from footholds.core.store import storage
real, flag = storage.write_atomic, os.environ["FOOTHOLDS_TEST_FULL_DISK"]
def write_atomic(path, data, **options):
    if os.path.exists(flag):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
    return real(path, data, **options)
storage.write_atomic = write_atomic
sys.argv = ["footholds"]
runpy.run_module("footholds", run_name="__main__", alter_sys=True)
"""
PING = (
    "import sys\n"
    "from footholds.cli.handover import ask\n"
    "from footholds.core.paths import Paths\n"
    "reply = ask(Paths.from_env(), 'ping')\n"
    "sys.exit(0 if reply and reply.get('ok') else 1)\n"
)

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(sys.platform != "linux", reason="sends SIGTERM to a child (Linux)"),
]


class App:
    def __init__(self, home: Path) -> None:
        self.full_disk = home.parent / "full-disk"
        self.env = child_env(
            FOOTHOLDS_HOME=str(home),
            QT_QPA_PLATFORM="offscreen",
            FOOTHOLDS_TEST_FULL_DISK=str(self.full_disk),
        )
        self.paths = Paths.from_env(self.env)
        self.output = home.parent / "app-output.txt"
        self.proc: subprocess.Popen[bytes] | None = None
        config = home / "config"
        config.mkdir(parents=True)
        values = {"general.first_run_done": True, "general.affirmation_at_login": False}
        (config / "settings.json").write_text(json.dumps({"version": 1, "values": values}))

    def start(self) -> None:
        with self.output.open("ab") as out:
            self.proc = subprocess.Popen(
                [sys.executable, "-c", APP],
                env=self.env,
                stdin=subprocess.DEVNULL,
                stdout=out,
                stderr=subprocess.STDOUT,
            )
        end = time.monotonic() + START_TIMEOUT
        while time.monotonic() < end:
            assert self.proc.poll() is None, f"the app exited while starting\n{self.tail()}"
            ping = subprocess.run([sys.executable, "-c", PING], env=self.env, timeout=30)
            if ping.returncode == 0:
                return
            time.sleep(0.1)
        raise AssertionError(f"the app did not answer\n{self.tail()}")

    def cli(self, *args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "footholds", *args],
            env=self.env,
            capture_output=True,
            text=True,
            timeout=60,
        )

    def wait(self) -> int:
        assert self.proc is not None
        return self.proc.wait(timeout=30)

    def tail(self) -> str:
        return self.output.read_text(errors="replace")[-3000:] if self.output.exists() else ""

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait(timeout=10)


@pytest.fixture
def app(footholds_home: Path) -> Iterator[App]:
    running = App(footholds_home)
    yield running
    running.stop()


def fill_disk(app: App) -> Path:
    """From now on the app's store writes fail; delete the file returned to give room."""
    app.full_disk.write_text("")
    return app.full_disk


def stored_notes(app: App) -> list[str]:
    store = Store(app.paths.store_dir, aside_dir=app.paths.aside_dir)
    store.open()
    try:
        return [e.note for e in store.iter_records(LogEntry)]
    finally:
        store.close()


def log_while_full(app: App, note: str, said: str = "it is kept safely") -> None:
    done = app.cli("log", "--win", "rested", note)
    # the app holds it and saves it later: done, and not to be sent again (a second copy)
    assert done.returncode == 0, (done.stdout, done.stderr)
    assert said in done.stdout and "no need to send it again" in done.stdout


@pytest.mark.parametrize("how", ["SIGTERM", "footholds quit"])
def test_an_entry_kept_in_memory_survives_quitting(app: App, how: str) -> None:
    blocker = fill_disk(app)
    app.start()
    log_while_full(app, "written while the disk was full")
    if how == "SIGTERM":
        assert app.proc is not None
        app.proc.send_signal(signal.SIGTERM)
    else:
        done = app.cli("quit")
        assert done.returncode == 0, done.stderr
    assert app.wait() == 0, app.tail()
    kept = app.paths.unsaved_files[0]
    assert kept.exists(), app.tail()
    assert kept.stat().st_mode & 0o777 == 0o600

    blocker.unlink()  # writing works again
    app.start()
    done = app.cli("quit")
    assert done.returncode == 0, done.stderr
    assert app.wait() == 0, app.tail()
    assert stored_notes(app) == ["written while the disk was full"]
    assert not kept.exists()  # merged and saved, so it is gone
    app.start()  # and a third start brings nothing in twice
    assert app.cli("quit").returncode == 0
    assert app.wait() == 0
    assert stored_notes(app) == ["written while the disk was full"]


def test_quit_is_refused_when_nothing_can_be_written(app: App) -> None:
    blocker = fill_disk(app)
    state, config = app.paths.unsaved_files
    state.parent.write_text("in the way")  # a file where the state folder should be
    config.mkdir(parents=True)  # a folder where the file should be
    app.start()
    log_while_full(app, "nowhere to go yet", said="only in Footholds' memory")
    done = app.cli("quit")
    assert done.returncode == 1
    assert "can't be saved anywhere" in done.stderr and "staying open" in done.stderr
    time.sleep(0.5)
    assert app.proc is not None and app.proc.poll() is None  # still running, still holding it
    config.rmdir()  # one place works again
    done = app.cli("quit")
    assert done.returncode == 0, done.stderr
    assert app.wait() == 0, app.tail()
    assert config.exists()
    blocker.unlink()
    state.parent.unlink()
    app.start()
    assert app.cli("quit").returncode == 0
    assert app.wait() == 0
    assert stored_notes(app) == ["nowhere to go yet"]
    assert not config.exists()


def test_sigterm_with_nowhere_to_write_says_so_in_the_exit_status(app: App) -> None:
    fill_disk(app)
    state, config = app.paths.unsaved_files
    state.parent.write_text("in the way")
    config.mkdir(parents=True)
    app.start()
    log_while_full(app, "nowhere to go", said="only in Footholds' memory")
    assert app.proc is not None
    app.proc.send_signal(signal.SIGTERM)  # a signal can't be refused: every place was tried
    assert app.wait() == 1, app.tail()
    log_file = app.paths.log_file.read_text()
    assert "quit with entries that could not be written anywhere" in log_file
    assert "nowhere to go" not in log_file  # the log never holds the person's words
