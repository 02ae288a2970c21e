"""Crash safety of the running app: entries arrive over the local socket, the app is killed
(SIGKILL) at random moments and started again, and every entry whose save was acknowledged
is still in the store afterwards.

Most entries are sent by this test speaking the socket protocol itself (a Unix socket, where
Qt puts it); some are sent by real `footholds log` processes, which count only when they exit 0.
An entry counts as acknowledged only once the app's whole reply line said ok. Set
FOOTHOLDS_CRASH_SEED to replay a run's random choices (kill timing still varies).
"""

from __future__ import annotations

import contextlib
import json
import os
import random
import signal
import socket
import subprocess
import sys
import threading
import time
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from footholds.core import protocol, socket_place
from footholds.core.paths import Paths
from footholds.core.store import LogEntry, Store
from support import child_env

KILLS = 60
SENDERS = 2  # clients talking to the app at once
START_TIMEOUT = 20.0
WINS = ["drank water", "ate something", "moved", "stepped outside", "rested", "reached out"]

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        not hasattr(signal, "SIGKILL") or sys.platform != "linux",
        reason="needs SIGKILL and the app's socket as a file (Linux)",
    ),
]


class DeadApp(Exception):
    """The app is not there to answer (killed, or not listening yet)."""


class App:
    """The real `python -m footholds`, offscreen (no tray), in its own FOOTHOLDS_HOME."""

    def __init__(self, home: Path) -> None:
        self.home = home
        self.env = child_env(FOOTHOLDS_HOME=str(home), QT_QPA_PLATFORM="offscreen")
        self.paths = Paths.from_env(self.env)
        self.socket_path = socket_place.address(self.paths)
        self.output = home.parent / "app-output.txt"
        self.proc: subprocess.Popen[bytes] | None = None
        self.starts = 0

    def prepare(self) -> None:
        """A home whose first-run card was already seen: nothing opens at start."""
        config = self.home / "config"
        config.mkdir(parents=True, exist_ok=True)
        values = {"general.first_run_done": True, "general.affirmation_at_login": False}
        (config / "settings.json").write_text(json.dumps({"version": 1, "values": values}))

    def spawn(self) -> None:
        self.starts += 1
        with self.output.open("ab") as out:
            out.write(f"\n===== start {self.starts} =====\n".encode())
            out.flush()
            self.proc = subprocess.Popen(
                [sys.executable, "-m", "footholds"],
                env=self.env,
                stdin=subprocess.DEVNULL,
                stdout=out,
                stderr=subprocess.STDOUT,
            )

    def wait_ready(self, why: str) -> None:
        """Until the app answers a ping; fails if it exits or never answers."""
        assert self.proc is not None
        end = time.monotonic() + START_TIMEOUT
        while time.monotonic() < end:
            if self.proc.poll() is not None:
                raise AssertionError(
                    f"{why}: the app exited with {self.proc.returncode} instead of starting"
                    f"\n{self.tail()}"
                )
            try:
                if self.ask("ping").get("ok"):
                    return
            except DeadApp:
                pass
            time.sleep(0.01)
        raise AssertionError(
            f"{why}: the app did not answer within {START_TIMEOUT} s\n{self.tail()}"
        )

    def ask(self, command: str, **args: object) -> dict[str, Any]:
        """One request over the socket, as `footholds ...` sends it; DeadApp without a reply."""
        sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        sock.settimeout(10)
        try:
            try:
                sock.connect(self.socket_path)
                sock.sendall(protocol.encode(command, **args))
                buffer = b""
                while b"\n" not in buffer:
                    chunk = sock.recv(4096)
                    if not chunk:
                        raise DeadApp("the connection closed before the reply")
                    buffer += chunk
            except OSError as exc:  # refused, reset, broken pipe, gone
                raise DeadApp(str(exc)) from exc
        finally:
            sock.close()
        return protocol.read_reply(buffer.split(b"\n", 1)[0])

    def kill(self) -> int:
        assert self.proc is not None
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGKILL)
        return self.proc.wait(timeout=10)

    def cli(self, *args: str, timeout: float = 60) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "footholds", *args],
            env=self.env,
            capture_output=True,
            text=True,
            timeout=timeout,
        )

    def tail(self) -> str:
        try:
            return self.output.read_text(errors="replace")[-3000:]
        except OSError:
            return ""

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait(timeout=10)
        # A killed app leaves its socket file in /tmp: not ours to leave behind.
        with contextlib.suppress(OSError):
            os.unlink(self.socket_path)


@pytest.fixture
def app(footholds_home: Path) -> Iterator[App]:
    running = App(footholds_home)
    yield running
    running.stop()


class Senders:
    """Clients sending log entries until the app stops answering; notes the acknowledged."""

    def __init__(self, app: App, rng: random.Random, cycle: int) -> None:
        self.app = app
        self.cycle = cycle
        self.acked: set[str] = set()
        self.refused: list[str] = []
        self.in_flight = 0  # requests sent that got no reply: the kill landed on them
        self.lock = threading.Lock()
        self.seeds = [rng.randrange(2**32) for _ in range(SENDERS)]
        self.threads = [threading.Thread(target=self._run, args=(s,)) for s in self.seeds]

    def start(self) -> None:
        for thread in self.threads:
            thread.start()

    def join(self) -> None:
        for thread in self.threads:
            thread.join(timeout=30)
            assert not thread.is_alive(), "a client did not notice the app had gone"

    def _run(self, seed: int) -> None:
        rng = random.Random(seed)
        start = datetime(2024, 1, 1, tzinfo=UTC)
        while True:
            note = f"note-{self.cycle}-{uuid.UUID(int=rng.getrandbits(128)).hex}"
            # Spread over three years so no month file grows large enough to slow the run.
            at = start + timedelta(minutes=rng.randint(0, 60 * 24 * 365 * 3))
            entry = LogEntry(
                at=at,
                energy=rng.randint(1, 5),
                wins=rng.sample(WINS, rng.randint(0, 2)),
                note=note,
                source="cli",
            ).clean()
            try:
                reply = self.app.ask("log", entry=entry.to_dict())
            except DeadApp:
                with self.lock:
                    self.in_flight += 1
                return
            with self.lock:
                if reply["ok"]:
                    self.acked.add(note)
                else:
                    self.refused.append(str(reply.get("message")))
                    return


def stored_notes(app: App) -> tuple[set[str], list[str], bool]:
    """Open the store as the app does (the app must not be running): notes, notices, set aside."""
    store = Store(app.paths.store_dir, aside_dir=app.paths.aside_dir)
    store.open()
    try:
        notes = {e.note for e in store.iter_records(LogEntry)}
        notices = list(store.notices)
    finally:
        store.close()
    return notes, notices, app.paths.aside_dir.exists()


def exported_notes(app: App, why: str) -> set[str]:
    done = app.cli("export", "--format", "json")
    assert done.returncode == 0, f"{why}: export failed: {done.stderr}"
    return {e["note"] for e in json.loads(done.stdout)["records"]["log"]}


def test_killing_the_running_app_loses_no_acknowledged_entry(app: App) -> None:
    seed = int(os.environ.get("FOOTHOLDS_CRASH_SEED") or random.randrange(2**32))
    rng = random.Random(seed)
    tag = f"seed {seed} (FOOTHOLDS_CRASH_SEED={seed} replays it)"
    app.prepare()
    acked: set[str] = set()
    cli_acked = 0
    landed = early_kills = 0
    started = time.monotonic()

    app.spawn()
    app.wait_ready(f"{tag}, first start")
    for cycle in range(KILLS):
        why = f"{tag}, cycle {cycle}"
        senders = Senders(app, rng, cycle)
        early = cycle % 6 == 5  # one kill in six lands while the app is starting
        cli: subprocess.Popen[str] | None = None
        cli_note = f"note-cli-{cycle}-{rng.getrandbits(64):016x}"
        if early:
            # Killed while it starts: taking the lock, opening the store, starting to listen.
            early_kills += 1
            time.sleep(rng.uniform(0, 0.25))
        else:
            if cycle % 3 == 0:  # a real `footholds log` hands one entry over, too
                cli = subprocess.Popen(
                    [sys.executable, "-m", "footholds", "log", "--win", "rested", cli_note],
                    env=app.env,
                    stdout=subprocess.PIPE,
                    stderr=subprocess.PIPE,
                    text=True,
                )
            senders.start()
            time.sleep(rng.uniform(0.01, 0.5))
        code = app.kill()
        assert code == -signal.SIGKILL, f"{why}: the app ended by itself ({code})\n{app.tail()}"
        if not early:
            senders.join()
            assert not senders.refused, f"{why}: the app refused entries: {senders.refused[:3]}"
            acked |= senders.acked
            landed += senders.in_flight > 0
        if cli is not None:
            out, err = cli.communicate(timeout=60)
            if cli.returncode == 0:  # saved by the app, or by itself once the app was gone
                # "Already saved" when the app saved it and was killed before it could
                # answer: the retry then finds the entry there. Saved either way.
                assert "Logged" in out or "Already saved" in out, f"{why}: {out!r} {err!r}"
                acked.add(cli_note)
                cli_acked += 1
            else:
                assert cli.returncode == 1, f"{why}: footholds log: {cli.returncode} {err!r}"

        if cycle % 2 == 0:  # check with the app stopped, opening the store directly
            notes, notices, aside = stored_notes(app)
            assert notices == [], f"{why}: the store reported {notices}"
            assert not aside, f"{why}: a file was set aside\n{app.tail()}"
            missing = acked - notes
            assert not missing, f"{why}: acknowledged entries lost: {sorted(missing)[:5]}"

        # The killed app left its lock and socket behind: the new one must deal with both.
        app.spawn()
        app.wait_ready(f"{why}, restart after the kill")
        if cycle % 5 == 4:  # and check what `footholds export` shows beside the running app
            missing = acked - exported_notes(app, why)
            assert not missing, f"{why}: acknowledged entries lost: {sorted(missing)[:5]}"

    # The last start quits normally; the store then holds everything acknowledged.
    assert app.ask("quit")["ok"]
    assert app.proc is not None
    assert app.proc.wait(timeout=20) == 0, f"{tag}: quitting failed\n{app.tail()}"
    notes, notices, aside = stored_notes(app)
    assert notices == [] and not aside, f"{tag}: {notices}"
    missing = acked - notes
    assert not missing, f"{tag}, at the end: acknowledged entries lost: {sorted(missing)[:5]}"
    missing = acked - exported_notes(app, tag)
    assert not missing, f"{tag}, export at the end: lost: {sorted(missing)[:5]}"

    elapsed = time.monotonic() - started
    # a kill inside an atomic write leaves its temporary file behind (never read)
    interrupted = len(list(app.paths.store_dir.rglob(".*.tmp")))
    print(
        f"{tag}: {KILLS} kills ({early_kills} while starting, {landed} with a save in flight), "
        f"{len(acked)} acknowledged entries ({cli_acked} from footholds log), "
        f"{interrupted} mid-write, {app.starts} starts, {elapsed:.1f} s"
    )
    # The kills must land while entries are arriving, not only between them.
    assert landed >= (KILLS - early_kills) // 2, tag
    assert len(acked) >= KILLS * 10, tag
