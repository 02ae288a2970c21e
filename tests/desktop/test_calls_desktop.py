"""A call in the real desktop session: with a microphone recorded through a real PulseAudio,
a due reminder waits, `doctor --json` says so, and the reminder comes once the recording stops.

PulseAudio runs privately for this test (its own socket, a null sink and a null source as the
"microphone"); skips with the reason when it cannot run here.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:  # the `app` fixture's class
    from conftest import App

CARD_TITLE = "Footholds reminder"


class Pulse:
    """A private PulseAudio with a null sink and a null source, and parecord streams."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.socket = root / "native"
        self.server = f"unix:{self.socket}"
        self.proc: subprocess.Popen[bytes] | None = None
        self.recordings: list[subprocess.Popen[bytes]] = []

    def env(self) -> dict[str, str]:
        env = {
            k: v for k, v in os.environ.items() if k not in ("DISPLAY", "DBUS_SESSION_BUS_ADDRESS")
        }
        return {
            **env,
            "HOME": str(self.root),
            "XDG_RUNTIME_DIR": str(self.root),
            "PULSE_SERVER": self.server,
        }

    def start(self) -> str:
        """Start the server; returns why it could not, or ""."""
        self.proc = subprocess.Popen(
            [
                "pulseaudio",
                "-n",
                "--daemonize=no",
                "--exit-idle-time=-1",
                "--disable-shm=yes",
                "--use-pid-file=no",
                f"--load=module-native-protocol-unix socket={self.socket} auth-anonymous=1",
                "--load=module-null-sink sink_name=footholds_null",
                "--load=module-null-source source_name=footholds_mic",
            ],
            env=self.env(),
            stdout=subprocess.DEVNULL,
            stderr=open(self.root / "log", "wb"),  # noqa: SIM115 - closed with the process
        )
        end = time.monotonic() + 15
        while time.monotonic() < end:
            if self.proc.poll() is not None:
                break
            done = subprocess.run(
                ["pactl", "info"], env=self.env(), capture_output=True, timeout=10
            )
            if done.returncode == 0:
                return ""
            time.sleep(0.2)
        log = (self.root / "log").read_text(errors="replace")[-600:]
        return f"pulseaudio did not start here: {log}"

    def record(self, device: str) -> subprocess.Popen[bytes]:
        rec = subprocess.Popen(
            ["parecord", "-d", device, str(self.root / f"{device}.wav")],
            env=self.env(),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        self.recordings.append(rec)
        return rec

    def recording_from(self) -> list[str]:
        out = subprocess.run(
            ["pactl", "list", "short", "source-outputs"],
            env=self.env(),
            capture_output=True,
            text=True,
            timeout=10,
        ).stdout
        return [line.split("\t")[1] for line in out.splitlines() if line.strip()]

    def stop(self) -> None:
        for proc in [*self.recordings, self.proc]:
            if proc is not None and proc.poll() is None:
                proc.terminate()
                try:
                    proc.wait(timeout=10)
                except subprocess.TimeoutExpired:
                    proc.kill()
                    proc.wait(timeout=10)


@pytest.fixture
def pulse() -> Iterator[Pulse]:
    missing = [tool for tool in ("pulseaudio", "pactl", "parecord") if not shutil.which(tool)]
    if missing:
        pytest.skip(
            f"{', '.join(missing)} not installed: apt-get install pulseaudio pulseaudio-utils"
        )
    root = Path(tempfile.mkdtemp(prefix="fh-pa-"))  # short: a socket path has a length limit
    server = Pulse(root)
    why = server.start()
    try:
        if why:
            pytest.skip(why)
        yield server
    finally:
        server.stop()
        shutil.rmtree(root, ignore_errors=True)


def _prepare(home: Path) -> None:
    """Settings for a quick test, and a movement already due when the app starts."""
    config, data = home / "config", home / "data"
    config.mkdir(parents=True, exist_ok=True)
    data.mkdir(parents=True, exist_ok=True)
    values = {
        "reminders.quiet_hours": False,
        "reminders.rest_enabled": False,
        "reminders.movement_minutes": 10,
        "reminders.idle_break_minutes": 60,  # nobody touches this desktop: not "away"
        "reminders.after_call_minutes": 1,
    }
    (config / "settings.json").write_text(json.dumps({"version": 1, "values": values}))
    now = datetime.now().astimezone()
    state = {
        "version": 1,
        "scheduler": {
            "version": 1,
            "saved_at": now.isoformat(),
            "paused": False,
            "since": {"movement": (now - timedelta(minutes=20)).isoformat()},
        },
    }
    (data / "reminders.json").write_text(json.dumps(state))


def _events(app: App) -> list[tuple[str, str, str]]:
    records = app.export()["records"].get("reminder", [])
    return [(r["reminder"], r["outcome"], r.get("reason", "")) for r in records]


def _busy(app: App) -> dict[str, Any]:
    done = app.cli("doctor", "--json", timeout=60)
    assert done.returncode == 0, done.stderr
    busy: dict[str, Any] = json.loads(done.stdout)["busy"]
    return busy


def test_a_recorded_microphone_holds_the_reminder_until_the_recording_stops(
    app: App, pulse: Pulse
) -> None:
    app.env["PULSE_SERVER"] = pulse.server
    pulse.record("footholds_null.monitor")  # the speakers' sound: not a microphone
    app.wait_for(lambda: pulse.recording_from() == ["0"], 10, "the monitor recording")
    assert _busy(app)["microphone"] is False
    mic = pulse.record("footholds_mic")
    app.wait_for(lambda: len(pulse.recording_from()) == 2, 10, "the microphone recording")
    busy = _busy(app)
    assert busy["microphone"] is True and busy["call"] is True

    _prepare(app.home)
    app.start()
    app.wait_for(lambda: ("movement", "deferred", "call") in _events(app), 60, "the deferral")
    time.sleep(65)  # at least one more look while the call goes on
    assert ("movement", "shown", "") not in _events(app)
    assert CARD_TITLE not in app.windows()

    mic.terminate()
    mic.wait(timeout=10)
    stopped = time.monotonic()
    app.wait_for(lambda: _busy(app)["microphone"] is False, 30, "doctor to see the end")
    app.wait_for(lambda: ("movement", "shown", "") in _events(app), 200, "the reminder")
    waited = time.monotonic() - stopped
    assert waited >= 55, waited  # the minute of quiet after the call (the test's setting)
    app.wait_for(lambda: CARD_TITLE in app.windows(), 10, "the card on screen")
    assert [e for e in _events(app) if e[1] == "shown"] == [("movement", "shown", "")]
    assert app.terminate() == 0


def _fake_mutter(app: App, mode: str) -> subprocess.Popen[str]:
    script = Path(__file__).with_name("fake_mutter_screencast.py")
    fake = subprocess.Popen(
        [sys.executable, str(script), mode], env=app.env, stdout=subprocess.PIPE, text=True
    )
    assert fake.stdout is not None and fake.stdout.readline().strip() == "ready"
    return fake


def test_screen_sharing_is_noticed_where_the_desktop_reports_it(app: App) -> None:
    assert _busy(app)["screen_share"] is None  # no Mutter here: can't tell
    for mode, expected in (("sharing", True), ("idle", False)):
        fake = _fake_mutter(app, mode)
        try:
            busy = _busy(app)
            assert busy["screen_share"] is expected, mode
            if expected:
                assert busy["call"] is True  # a shared screen counts as a call
        finally:
            fake.terminate()
            fake.wait(timeout=10)
