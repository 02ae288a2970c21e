"""Linux microphone: a program recording from a real input, as PulseAudio or PipeWire sees it.

Asks `pactl` (PulseAudio, or PipeWire's pulse server) for its capture streams, else `pw-dump`.
Streams that only watch the sound going out (a sink's monitor: screen recorders' desktop audio,
visualisers) and level meters' peak-detect streams (pavucontrol, the desktop's sound settings)
are not a microphone in use. Only asked when a reminder is about to be shown.
"""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

from footholds.core.busy import Answer
from footholds.platform.busy.base import BusySource, CannotTell, run_tool

Run = Callable[[Sequence[str]], "str | None"]
PEAK_NAMES = {"Peak detect"}  # pavucontrol and GNOME Settings name their meters' streams so


def _truthy(value: Any) -> bool:
    return value is True or str(value).lower() in ("true", "1", "yes")


def is_meter(props: dict[str, Any], resample_method: str = "") -> bool:
    """A level meter's peak-detect stream or a monitor capture, not a microphone in use."""
    return (
        resample_method == "peaks"
        or props.get("media.name") in PEAK_NAMES
        or _truthy(props.get("stream.monitor"))
        or _truthy(props.get("stream.capture.sink"))
    )


class PulseMicrophone:
    """Capture streams from `pactl`, as JSON where this pactl can, else its plain text."""

    name = "PulseAudio/PipeWire capture streams (pactl)"

    def __init__(
        self, run: Run = run_tool, pactl: str = "pactl", env: Mapping[str, str] | None = None
    ) -> None:
        self._run, self._pactl = run, pactl
        self._env = os.environ if env is None else env
        self._json = True  # pactl before 16 has no -f json: found out on first use
        self.available = True
        self.reason = "asks the sound server which programs record from a microphone"
        self.trouble = ""  # why the last question had no answer, for `footholds doctor`

    def in_use(self) -> Answer:
        """True while an uncorked stream records from a source that is not a monitor."""
        self.trouble = ""
        if not self._server_listens():
            self.trouble = "no sound server is listening in this session"
            return None  # asking could start a sound server (autospawn): never as a side effect
        if self._json:
            streams = self._json_streams()
            if streams is not None:
                return self._recording(streams, self._json_sources)
        streams = self._text_streams()
        if streams is None:
            self.trouble = "the sound server did not answer it"
            return None  # no sound server to ask right now
        self._json = False  # the plain listing answered where JSON did not: an older pactl
        return self._recording(streams, self._text_sources)

    def _server_listens(self) -> bool:
        if self._env.get("PULSE_SERVER"):
            return True
        runtime = self._env.get("XDG_RUNTIME_DIR", "")
        return bool(runtime) and (Path(runtime) / "pulse" / "native").exists()

    def _recording(
        self, streams: list[tuple[str, bool, str, dict[str, Any]]], sources: Callable[[], Any]
    ) -> Answer:
        live = [s for s in streams if not s[1] and not is_meter(s[3], s[2])]
        if not live:
            return False
        names = sources()
        if names is None:
            return None
        return any(not names.get(source, "").endswith(".monitor") for source, *_ in live)

    def _json_streams(self) -> list[tuple[str, bool, str, dict[str, Any]]] | None:
        out = self._run([self._pactl, "-f", "json", "list", "source-outputs"])
        try:
            items = json.loads(out) if out is not None else None
        except ValueError:
            return None
        if not isinstance(items, list):
            return None
        return [
            (
                str(item.get("source", "")),
                item.get("corked") is True,
                str(item.get("resample_method") or ""),
                item.get("properties") or {},
            )
            for item in items
            if isinstance(item, dict)
        ]

    def _json_sources(self) -> dict[str, str] | None:
        out = self._run([self._pactl, "-f", "json", "list", "short", "sources"])
        try:
            items = json.loads(out) if out is not None else None
        except ValueError:
            return None
        if not isinstance(items, list):
            return None
        return {str(s.get("index")): str(s.get("name", "")) for s in items if isinstance(s, dict)}

    def _text_streams(self) -> list[tuple[str, bool, str, dict[str, Any]]] | None:
        out = self._run([self._pactl, "list", "source-outputs"])
        return None if out is None else parse_source_outputs(out)

    def _text_sources(self) -> dict[str, str] | None:
        out = self._run([self._pactl, "list", "short", "sources"])
        if out is None:
            return None
        rows = (line.split("\t") for line in out.splitlines() if line.strip())
        return {row[0]: row[1] for row in rows if len(row) > 1}


def parse_source_outputs(text: str) -> list[tuple[str, bool, str, dict[str, Any]]]:
    """(source index, corked, resample method, properties) of each stream in `pactl list`."""
    streams: list[tuple[str, bool, str, dict[str, Any]]] = []
    current: dict[str, Any] | None = None

    def close() -> None:
        if current is not None:
            streams.append(
                (current["source"], current["corked"], current["resample"], current["props"])
            )

    for raw in text.splitlines():
        line = raw.strip()
        if line.startswith("Source Output #"):
            close()
            current = {"source": "", "corked": False, "resample": "", "props": {}}
        elif current is None:
            continue
        elif line.startswith("Source:"):
            current["source"] = line.split(":", 1)[1].strip()
        elif line.startswith("Corked:"):
            current["corked"] = line.split(":", 1)[1].strip() == "yes"
        elif line.startswith("Resample method:"):
            current["resample"] = line.split(":", 1)[1].strip()
        elif " = " in line and raw.startswith("\t\t"):
            key, value = line.split(" = ", 1)
            current["props"][key.strip()] = value.strip().strip('"')
    close()
    return streams


class PipeWireMicrophone:
    """Running audio capture streams in `pw-dump`, where pactl is not installed."""

    name = "PipeWire capture streams (pw-dump)"

    def __init__(self, run: Run = run_tool, pw_dump: str = "pw-dump") -> None:
        self._run, self._pw_dump = run, pw_dump
        self.available = True
        self.reason = "asks PipeWire which programs record from a microphone"

    def in_use(self) -> Answer:
        """True while a capture stream runs that is not a meter or a monitor."""
        out = self._run([self._pw_dump])
        try:
            objects = json.loads(out) if out is not None else None
        except ValueError:
            return None
        if not isinstance(objects, list):
            return None
        return any(
            props.get("media.class") == "Stream/Input/Audio"
            and state == "running"
            and not is_meter(props)
            and not str(props.get("target.object", "")).endswith(".monitor")
            for state, props in nodes(objects)
        )


def nodes(objects: list[Any]) -> list[tuple[str, dict[str, Any]]]:
    """(state, properties) of every node in a pw-dump."""
    found = []
    for obj in objects:
        if not isinstance(obj, dict) or obj.get("type") != "PipeWire:Interface:Node":
            continue
        info = obj.get("info") or {}
        found.append((str(info.get("state", "")), info.get("props") or {}))
    return found


def linux_microphone(which: Callable[[str], str | None] = shutil.which) -> BusySource:
    """pactl where installed, else pw-dump, else an honest "can't tell"."""
    pactl = which("pactl")
    if pactl:
        return PulseMicrophone(pactl=pactl)
    pw_dump = which("pw-dump")
    if pw_dump:
        return PipeWireMicrophone(pw_dump=pw_dump)
    return CannotTell("neither pactl nor pw-dump is installed, so the sound server cannot be asked")
