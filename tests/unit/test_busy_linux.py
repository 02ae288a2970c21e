"""Linux busy sources through fakes of pactl, pw-dump, /proc and D-Bus introspection."""

from __future__ import annotations

import json
import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest

from footholds.platform.busy import linux_audio
from footholds.platform.busy.base import BusySources, CannotTell
from footholds.platform.busy.linux_audio import (
    PipeWireMicrophone,
    PulseMicrophone,
    linux_microphone,
    parse_source_outputs,
)
from footholds.platform.busy.linux_camera import ProcCamera, linux_camera
from footholds.platform.busy.linux_screencast import ROOT, MutterScreenCast

SERVER = {"PULSE_SERVER": "unix:/run/user/1000/pulse/native"}
SOURCES = [{"index": 0, "name": "null.monitor"}, {"index": 1, "name": "alsa_input.usb-mic"}]


def stream(source: int, corked: bool = False, resample: str = "", **props: str) -> dict[str, Any]:
    base = {"application.name": "Firefox", "media.name": "AudioCallbackDriver"}
    return {
        "index": 7,
        "source": source,
        "corked": corked,
        "resample_method": resample,
        "properties": {**base, **props},
    }


class FakePactl:
    """Answers like pactl 16 (JSON), an older pactl (text only) or no server (None)."""

    def __init__(
        self, streams: list[dict[str, Any]] | None, json_ok: bool = True, text: str = ""
    ) -> None:
        self.streams, self.json_ok, self.text = streams, json_ok, text
        self.calls: list[tuple[str, ...]] = []

    def __call__(self, argv: Sequence[str]) -> str | None:
        args = tuple(argv[1:])
        self.calls.append(args)
        if self.streams is None:
            return None
        if args[:2] == ("-f", "json"):
            if not self.json_ok:
                return None
            if args[2:] == ("list", "source-outputs"):
                return json.dumps(self.streams)
            return json.dumps(SOURCES)
        if args == ("list", "source-outputs"):
            return self.text
        return (
            "0\tnull.monitor\tmodule-null-sink.c\ts16le 2ch 44100Hz\tIDLE\n1\talsa_input.usb-mic\n"
        )


@pytest.mark.parametrize(
    ("streams", "expected"),
    [
        ([], False),
        ([stream(1)], True),
        ([stream(0)], False),  # recording what the speakers play is not a microphone
        ([stream(1, corked=True)], False),
        ([stream(1, resample="peaks")], False),  # pavucontrol's level meter
        ([stream(1, **{"media.name": "Peak detect"})], False),  # type: ignore[arg-type]
        # PipeWire's mark for a meter (mypy cannot tell these keys are not `corked`)
        ([stream(1, **{"stream.monitor": "true"})], False),  # type: ignore[arg-type]
        ([stream(0), stream(1, resample="peaks"), stream(1)], True),
        (None, None),  # no sound server to ask
    ],
)
def test_pactl_json_counts_only_live_recording_from_a_real_input(
    streams: list[dict[str, Any]] | None, expected: bool | None
) -> None:
    assert PulseMicrophone(FakePactl(streams), env=SERVER).in_use() is expected


def test_no_live_stream_needs_no_second_question() -> None:
    fake = FakePactl([stream(1, corked=True)])
    PulseMicrophone(fake, env=SERVER).in_use()
    assert fake.calls == [("-f", "json", "list", "source-outputs")]


REAL_TEXT = """Source Output #0
\tDriver: protocol-native.c
\tSource: 0
\tCorked: no
\tResample method: n/a
\tProperties:
\t\tapplication.name = "parecord"
\t\tmedia.name = "/tmp/b.wav"

Source Output #1
\tDriver: protocol-native.c
\tSource: 1
\tCorked: no
\tResample method: peaks
\tProperties:
\t\tmedia.name = "Peak detect"

Source Output #2
\tSource: 1
\tCorked: no
\tResample method: n/a
\tProperties:
\t\tapplication.name = "Zoom"
"""


def test_the_plain_listing_of_an_older_pactl_is_read_and_remembered() -> None:
    streams = parse_source_outputs(REAL_TEXT)
    assert [(s[0], s[1], s[2]) for s in streams] == [
        ("0", False, "n/a"),
        ("1", False, "peaks"),
        ("1", False, "n/a"),
    ]
    assert streams[2][3] == {"application.name": "Zoom"}
    fake = FakePactl([], json_ok=False, text=REAL_TEXT)
    mic = PulseMicrophone(fake, env=SERVER)
    assert mic.in_use() is True
    fake.calls.clear()
    fake.text = REAL_TEXT.split("Source Output #2")[0]
    assert mic.in_use() is False
    assert all(call[0] != "-f" for call in fake.calls)  # JSON is not tried again


def test_a_server_that_is_down_does_not_switch_off_json() -> None:
    fake = FakePactl(None)
    mic = PulseMicrophone(fake, env=SERVER)
    assert mic.in_use() is None
    fake.streams = [stream(1)]
    assert mic.in_use() is True
    assert fake.calls[-2][:2] == ("-f", "json")


def node(media_class: str, state: str, **props: object) -> dict[str, Any]:
    info = {"state": state, "props": {"media.class": media_class, **props}}
    return {"id": 40, "type": "PipeWire:Interface:Node", "info": info}


@pytest.mark.parametrize(
    ("objects", "expected"),
    [
        ([], False),
        ([node("Stream/Input/Audio", "running")], True),
        ([node("Stream/Input/Audio", "idle")], False),
        ([node("Stream/Output/Audio", "running")], False),  # playing sound, not recording
        ([node("Audio/Source", "running")], False),  # the microphone itself, not a program
        ([node("Stream/Input/Audio", "running", **{"stream.capture.sink": True})], False),
        ([node("Stream/Input/Audio", "running", **{"target.object": "x.monitor"})], False),
        ([node("Stream/Input/Audio", "running", **{"media.name": "Peak detect"})], False),
        ([{"type": "PipeWire:Interface:Link"}, node("Stream/Input/Audio", "running")], True),
    ],
)
def test_pw_dump_counts_running_capture_streams(
    objects: list[dict[str, Any]], expected: bool | None
) -> None:
    assert PipeWireMicrophone(lambda argv: json.dumps(objects)).in_use() is expected


def test_pw_dump_that_fails_or_talks_nonsense_cannot_tell() -> None:
    assert PipeWireMicrophone(lambda argv: None).in_use() is None
    assert PipeWireMicrophone(lambda argv: "{not json").in_use() is None


def test_the_microphone_source_is_pactl_then_pw_dump_then_cannot_tell() -> None:
    tools = {"pactl": "/usr/bin/pactl", "pw-dump": "/usr/bin/pw-dump"}
    assert isinstance(linux_microphone(tools.get), PulseMicrophone)
    assert isinstance(linux_microphone({"pw-dump": "/x"}.get), PipeWireMicrophone)
    none = linux_microphone(dict[str, str]().get)
    assert isinstance(none, CannotTell) and "pactl" in none.reason and none.in_use() is None


def test_the_real_tool_runner_says_none_for_a_missing_tool() -> None:
    assert linux_audio.run_tool(["footholds-no-such-tool"]) is None
    assert linux_audio.run_tool(["sh", "-c", "exit 3"]) is None
    assert linux_audio.run_tool(["sh", "-c", "echo $LC_ALL"]) == "C\n"


# -- camera -----------------------------------------------------------------------------------


def fake_proc(tmp_path: Path, holders: dict[str, tuple[str, str]]) -> Path:
    """A /proc with one process per pid: its command and what one of its files points at."""
    proc = tmp_path / "proc"
    (proc / "self" / "fd").mkdir(parents=True)
    for pid, (comm, target) in holders.items():
        (proc / pid / "fd").mkdir(parents=True)
        (proc / pid / "comm").write_text(comm + "\n")
        os.symlink("/dev/null", proc / pid / "fd" / "0")
        os.symlink(target, proc / pid / "fd" / "5")
    return proc


def camera(
    proc: Path,
    devices: Sequence[str] = ("/dev/video0",),
    uid: int | None = None,
    pw: object = None,
) -> ProcCamera:
    run = (lambda argv: json.dumps(pw)) if pw is not None else (lambda argv: None)
    return ProcCamera(proc, lambda: list(devices), uid, run, "pw-dump" if pw is not None else None)


def test_a_camera_held_by_one_of_the_persons_programs_is_in_use(tmp_path: Path) -> None:
    proc = fake_proc(tmp_path, {"100": ("bash", "/dev/pts/1"), "200": ("zoom", "/dev/video0")})
    assert camera(proc).in_use() is True
    assert camera(proc, uid=os.getuid() + 4242).in_use() is False  # someone else's program


def test_no_camera_means_no_search(tmp_path: Path) -> None:
    assert camera(tmp_path / "nowhere", devices=()).in_use() is False


def test_nobody_holding_the_camera_means_not_in_use(tmp_path: Path) -> None:
    proc = fake_proc(tmp_path, {"100": ("bash", "/dev/pts/1"), "101": ("cat", "/dev/vide")})
    assert camera(proc).in_use() is False


def test_pipewire_holding_the_camera_counts_only_while_it_films(tmp_path: Path) -> None:
    proc = fake_proc(tmp_path, {"300": ("wireplumber", "/dev/video0")})
    assert camera(proc, pw=[node("Video/Source", "suspended")]).in_use() is False
    assert camera(proc, pw=[node("Video/Source", "running")]).in_use() is True
    assert camera(proc).in_use() is None  # without pw-dump it cannot be told


def test_the_camera_source_needs_a_readable_proc(tmp_path: Path) -> None:
    assert isinstance(linux_camera(tmp_path), CannotTell)
    assert isinstance(linux_camera(fake_proc(tmp_path, {})), ProcCamera)


# -- screen sharing ---------------------------------------------------------------------------

NO_SESSIONS = '<node><interface name="org.gnome.Mutter.ScreenCast"/></node>'
WITH_SESSIONS = '<node><interface name="x"/><node name="Session"/></node>'


def test_a_mutter_screen_cast_session_means_the_screen_is_shared() -> None:
    replies = {ROOT: WITH_SESSIONS, f"{ROOT}/Session": '<node><node name="u3"/></node>'}
    assert MutterScreenCast(replies.__getitem__).in_use() is True
    replies[f"{ROOT}/Session"] = "<node/>"
    assert MutterScreenCast(replies.__getitem__).in_use() is False
    assert MutterScreenCast({ROOT: NO_SESSIONS}.__getitem__).in_use() is False


def test_the_three_together_stop_at_the_first_yes_and_survive_a_failing_one() -> None:
    class Boom:
        name, available, reason = "boom", True, "fails"

        def in_use(self) -> bool:
            raise RuntimeError("the service went away")

    class Yes:
        name, available, reason = "yes", True, "says yes"

        def in_use(self) -> bool:
            return True

    sources = BusySources(microphone=Yes(), camera=Boom(), screen_share=CannotTell("no"))
    assert sources.read() == {"microphone": True, "camera": None, "screen_share": None}
    assert sources.in_call() is True
    quiet = BusySources(Boom(), CannotTell("no"), CannotTell("no"))
    assert quiet.in_call() is None


def test_without_a_listening_sound_server_pactl_is_not_run(tmp_path: Path) -> None:
    fake = FakePactl([stream(1)])
    assert PulseMicrophone(fake, env={"XDG_RUNTIME_DIR": str(tmp_path)}).in_use() is None
    assert PulseMicrophone(fake, env={}).in_use() is None
    assert fake.calls == []  # pactl could have started a server of its own (autospawn)
    (tmp_path / "pulse").mkdir()
    (tmp_path / "pulse" / "native").touch()  # the socket of PulseAudio or pipewire-pulse
    assert PulseMicrophone(fake, env={"XDG_RUNTIME_DIR": str(tmp_path)}).in_use() is True
