"""The choosers pick the right backend from the environment, and never raise."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from footholds.platform.idle.base import NoIdleSource
from footholds.platform.idle.choose import IDLE_FACTORIES, choose_idle_source
from footholds.platform.report import DoctorLine, doctor_info
from footholds.platform.screen.base import ContextSources, UnavailableState
from footholds.platform.screen.choose import choose_context_sources
from footholds.platform.session import Session, detect_session

GNOME_WAYLAND = {
    "XDG_SESSION_TYPE": "wayland",
    "WAYLAND_DISPLAY": "wayland-0",
    "DISPLAY": ":0",
    "XDG_CURRENT_DESKTOP": "ubuntu:GNOME",
}
KDE_WAYLAND = {
    "XDG_SESSION_TYPE": "wayland",
    "WAYLAND_DISPLAY": "wayland-0",
    "DISPLAY": ":1",
    "XDG_CURRENT_DESKTOP": "KDE",
}
X11 = {"XDG_SESSION_TYPE": "x11", "DISPLAY": ":0", "XDG_CURRENT_DESKTOP": "XFCE"}


@pytest.mark.parametrize(
    ("env", "platform", "kind"),
    [
        (GNOME_WAYLAND, "linux", "gnome-wayland"),
        (KDE_WAYLAND, "linux", "wayland"),
        (X11, "linux", "x11"),
        # GNOME on X11 reads idle time from X, like any X11 session.
        (
            {"XDG_SESSION_TYPE": "x11", "DISPLAY": ":0", "XDG_CURRENT_DESKTOP": "GNOME"},
            "linux",
            "x11",
        ),
        # No XDG_SESSION_TYPE (started from a terminal): WAYLAND_DISPLAY decides.
        (
            {"WAYLAND_DISPLAY": "wayland-1", "DISPLAY": ":0", "XDG_CURRENT_DESKTOP": "sway"},
            "linux",
            "wayland",
        ),
        ({"DISPLAY": ":0"}, "linux", "x11"),
        ({"DISPLAY": ":0"}, "freebsd14", "x11"),
        # An X11 session that inherited a stray WAYLAND_DISPLAY stays X11.
        ({"XDG_SESSION_TYPE": "x11", "WAYLAND_DISPLAY": "w", "DISPLAY": ":0"}, "linux", "x11"),
        ({"XDG_SESSION_TYPE": "tty"}, "linux", "none"),
        ({}, "linux", "none"),
        (GNOME_WAYLAND, "win32", "windows"),
        ({}, "darwin", "macos"),
    ],
)
def test_detect_session(env: dict[str, str], platform: str, kind: str) -> None:
    assert detect_session(env, platform).kind == kind


def test_session_keeps_desktop_names_and_display() -> None:
    session = detect_session(GNOME_WAYLAND, "linux")
    assert session.desktops == ("UBUNTU", "GNOME")
    assert session.is_desktop("gnome") and not session.is_desktop("KDE")
    assert session.display == ":0"


class FakeIdle:
    available = True
    reason = "fake"

    def __init__(self, name: str) -> None:
        self.name = name

    def idle_seconds(self) -> float | None:
        return 1.0


def recording_factories(built: list[str]) -> dict[str, object]:
    def make(kind: str) -> object:
        def factory(session: Session) -> FakeIdle:
            built.append(kind)
            return FakeIdle(kind)

        return factory

    return {kind: make(kind) for kind in IDLE_FACTORIES}


@pytest.mark.parametrize(
    ("env", "platform", "expected"),
    [
        (GNOME_WAYLAND, "linux", "gnome-wayland"),
        (KDE_WAYLAND, "linux", "wayland"),
        (X11, "linux", "x11"),
        (X11, "win32", "windows"),
        (X11, "darwin", "macos"),
    ],
)
def test_idle_chooser_builds_one_backend(env: dict[str, str], platform: str, expected: str) -> None:
    built: list[str] = []
    source = choose_idle_source(env, platform, recording_factories(built))  # type: ignore[arg-type]
    assert built == [expected]
    assert source.name == expected


def test_idle_chooser_turns_a_crash_into_a_reason() -> None:
    def explode(session: Session) -> FakeIdle:
        raise RuntimeError("libXss went missing")

    factories = dict.fromkeys(IDLE_FACTORIES, explode)
    source = choose_idle_source(X11, "linux", factories)
    assert isinstance(source, NoIdleSource)
    assert not source.available
    assert "libXss went missing" in source.reason
    assert source.idle_seconds() is None


@pytest.mark.parametrize(
    ("env", "platform", "words"),
    [
        ({}, "linux", "no graphical session"),
        (KDE_WAYLAND, "linux", "Wayland"),
        ({"DISPLAY": ":4242"}, "linux", ":4242"),  # no such X server: a local socket only
        ({}, "win32", "Windows"),
        ({}, "darwin", "IOKit"),
    ],
)
def test_real_idle_backends_that_cannot_work_here_say_why(
    env: dict[str, str], platform: str, words: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    if platform == sys.platform and platform in ("win32", "darwin"):
        pytest.skip("this backend really works on this machine")
    # The Wayland source looks for its socket in the real environment: point it at none,
    # or a test run inside a Wayland desktop would find a working compositor.
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(tmp_path))
    monkeypatch.setenv("WAYLAND_DISPLAY", "wayland-none")
    source = choose_idle_source(env, platform)
    assert source.available is False
    assert words in source.reason
    assert source.idle_seconds() is None


class FakeState:
    available = True
    reason = "fake"

    def __init__(self, name: str, value: bool) -> None:
        self.name = name
        self.value = value

    def active(self) -> bool:
        if self.value is None:
            raise OSError("service vanished")
        return self.value


def test_context_chooser_uses_factories_for_the_session_kind() -> None:
    made: list[tuple[str, str]] = []

    def factory(concern: str, value: bool) -> object:
        def build(session: Session) -> FakeState:
            made.append((concern, session.kind))
            return FakeState(f"{concern}-{session.kind}", value)

        return build

    factories = {
        "fullscreen": {"x11": factory("fullscreen", True)},
        "dnd": {"x11": factory("dnd", False), "wayland": factory("dnd", False)},
        "locked": {"x11": factory("locked", True)},
    }
    sources = choose_context_sources(X11, "linux", factories)  # type: ignore[arg-type]
    assert made == [("fullscreen", "x11"), ("dnd", "x11"), ("locked", "x11")]
    assert sources.fullscreen() and not sources.dnd() and sources.locked()

    wayland = choose_context_sources(KDE_WAYLAND, "linux", factories)  # type: ignore[arg-type]
    assert isinstance(wayland.fullscreen_source, UnavailableState)
    assert "Wayland" in wayland.fullscreen_source.reason
    assert wayland.dnd_source.name == "dnd-wayland"
    assert "no graphical session" in wayland.locked_source.reason


def test_context_sources_never_raise_and_treat_unknown_as_fine() -> None:
    crashing = FakeState("crash", None)  # type: ignore[arg-type]
    off = UnavailableState("cannot tell")
    sources = ContextSources(crashing, off, off)
    assert (sources.fullscreen(), sources.dnd(), sources.locked()) == (False, False, False)


def test_context_chooser_turns_a_crash_into_a_reason() -> None:
    def explode(session: Session) -> FakeState:
        raise OSError("no shell32")

    factories = {"fullscreen": {"windows": explode}, "dnd": {}, "locked": {}}
    sources = choose_context_sources({}, "win32", factories)
    assert "no shell32" in sources.fullscreen_source.reason
    assert "Focus assist" in sources.dnd_source.reason
    assert not sources.locked_source.available


@pytest.mark.skipif(sys.platform.startswith("win"), reason="the Windows backends work here")
def test_real_windows_context_backends_off_windows_say_why() -> None:
    sources = choose_context_sources({}, "win32")
    assert not sources.fullscreen_source.available
    assert not sources.locked_source.available
    assert "Windows" in sources.fullscreen_source.reason
    assert not (sources.fullscreen() or sources.dnd() or sources.locked())


def test_macos_context_backends_are_honestly_unavailable() -> None:
    sources = choose_context_sources({}, "darwin")
    for source in (sources.fullscreen_source, sources.dnd_source, sources.locked_source):
        assert not source.available and "macOS" in source.reason


def test_doctor_info_lists_every_concern(tmp_path: Path) -> None:
    env = {"FOOTHOLDS_HOME": str(tmp_path)}
    lines = doctor_info(env, "darwin", check_notifications=False)
    concerns = [line.concern for line in lines]
    assert concerns == [
        "session",
        "idle time",
        "full screen",
        "do not disturb",
        "screen lock",
        "noticing a microphone",
        "noticing a camera",
        "noticing screen sharing",
        "start at login",
        "reminder sound",
    ]
    assert all(isinstance(line, DoctorLine) and line.reason for line in lines)
    _, backend, available, reason, _ = lines[-2]
    assert (backend, available) == ("macOS LaunchAgent", True)
    assert str(tmp_path) in reason


def by_concern(home: Path, context: ContextSources) -> dict[str, DoctorLine]:
    env = {"FOOTHOLDS_HOME": str(home)}
    lines = doctor_info(env, "linux", context=context, check_notifications=False)
    return {line.concern: line for line in lines}


def test_doctor_says_how_a_state_is_checked_and_whether_it_holds_now(tmp_path: Path) -> None:
    from footholds.cli.doctor import backend_words

    dunst = FakeState("dunst's paused property", False)
    context = ContextSources(FakeState("X11 window manager (EWMH)", True), dunst, dunst)
    lines = by_concern(tmp_path, context)
    words = backend_words(lines["do not disturb"])
    assert words == "checked through dunst's paused property; off now"
    assert backend_words(lines["full screen"]).endswith("; on now")
    dunst.value = True  # paused now
    lines = by_concern(tmp_path, context)
    assert backend_words(lines["do not disturb"]).endswith("; on now")
    # a state that cannot be read now, or cannot be read here, and a concern that is no state
    crashing = FakeState("dunst's paused property", None)  # type: ignore[arg-type]
    context = ContextSources(crashing, UnavailableState("not here"), dunst)
    lines = by_concern(tmp_path, context)
    assert backend_words(lines["full screen"]) == "dunst's paused property, in use"
    assert backend_words(lines["do not disturb"]) == "none, not available"
    assert lines["start at login"].now is None
    assert backend_words(lines["start at login"]) == "XDG autostart, in use"


def test_choosers_do_not_import_qt() -> None:
    code = textwrap.dedent("""
        import sys
        from footholds.platform.idle.choose import choose_idle_source
        from footholds.platform.screen.choose import choose_context_sources
        from footholds.platform.autostart import choose_autostart
        from footholds.platform.report import doctor_info
        doctor_info({}, "darwin", check_notifications=False)
        choose_idle_source({"DISPLAY": ":4242"}, "linux")
        print(sorted(m for m in sys.modules if m.startswith(("PySide6", "shiboken6"))))
    """)
    import footholds

    source_root = str(Path(footholds.__file__).resolve().parent.parent)
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        env={"PYTHONPATH": source_root},
    )
    assert result.stdout.strip() == "[]"


def test_doctor_never_calls_a_microphone_backend_in_use_when_it_cannot_tell(
    tmp_path: Path,
) -> None:
    """pactl installed, no sound server to reach: doctor said "pactl, in use" above "Can't
    tell here: a microphone recording". One true thing now, and the same in both places."""
    from footholds.cli.doctor import backend_words
    from footholds.cli.doctor_busy import busy_now, busy_rows
    from footholds.core.settings import Settings
    from footholds.platform.busy.base import BusySources, CannotTell
    from footholds.platform.busy.linux_audio import PulseMicrophone

    def no_server(argv: object) -> None:
        raise AssertionError("pactl is never run without a server listening")

    microphone = PulseMicrophone(no_server, env={"XDG_RUNTIME_DIR": str(tmp_path)})
    busy = BusySources(microphone, CannotTell("no camera here"), CannotTell("not here"))
    context = ContextSources(UnavailableState("a"), UnavailableState("b"), UnavailableState("c"))
    env = {"FOOTHOLDS_HOME": str(tmp_path)}
    lines = doctor_info(env, "linux", context=context, busy=busy, check_notifications=False)
    line = {line.concern: line for line in lines}["noticing a microphone"]
    words = backend_words(line) + f" ({line.reason})"
    assert "in use" not in words
    assert words == (
        "PulseAudio/PipeWire capture streams (pactl), not available "
        "(installed, but no sound server is listening in this session)"
    )
    settings = Settings(values={})
    rows = dict(busy_rows(busy_now(settings, context, busy)))
    assert "a microphone recording" in rows["Can't tell here"]
    # with a server that answers, the line says what it found now
    (tmp_path / "pulse").mkdir()
    (tmp_path / "pulse" / "native").touch()
    microphone = PulseMicrophone(lambda argv: "[]", env={"XDG_RUNTIME_DIR": str(tmp_path)})
    busy = BusySources(microphone, CannotTell("no camera here"), CannotTell("not here"))
    lines = doctor_info(env, "linux", context=context, busy=busy, check_notifications=False)
    line = {line.concern: line for line in lines}["noticing a microphone"]
    assert (
        backend_words(line)
        == "checked through PulseAudio/PipeWire capture streams (pactl); off now"
    )
