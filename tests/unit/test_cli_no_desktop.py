"""`footholds` with no desktop to show a window on (an ssh session, a text console): one plain
line pointing to the command line, exit 1, instead of Qt's abort."""

from __future__ import annotations

import sys

import pytest

from footholds.cli import commands
from footholds.cli.main import main

NO_DESKTOP = (
    "Footholds needs a graphical desktop session; the command line works without one: "
    "footholds --help\n"
    "For crisis lines and where help is, now: footholds helplines\n"  # whoever asked may need it
)


@pytest.fixture
def bare_linux(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "platform", "linux")
    for name in (
        "DISPLAY",
        "WAYLAND_DISPLAY",
        "WAYLAND_SOCKET",
        "QT_QPA_PLATFORM",
        "XDG_SESSION_TYPE",
    ):
        monkeypatch.delenv(name, raising=False)


@pytest.mark.parametrize("argv", [[], ["show", "help-now"]])
def test_no_display_is_one_plain_line(
    bare_linux: None, argv: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(argv) == 1
    out, err = capsys.readouterr()
    assert err == NO_DESKTOP and out == ""


@pytest.mark.parametrize(
    "name, value",
    [
        ("DISPLAY", ":0"),
        ("WAYLAND_DISPLAY", "wayland-0"),
        ("WAYLAND_SOCKET", "3"),
        ("QT_QPA_PLATFORM", "x"),
        ("XDG_SESSION_TYPE", "wayland"),  # Qt tries wayland-0 with no WAYLAND_DISPLAY
        ("XDG_SESSION_TYPE", "x11"),
    ],
)
def test_a_display_or_a_chosen_platform_is_left_to_qt(
    bare_linux: None, name: str, value: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(name, value)
    assert not commands.no_desktop()


def test_other_systems_are_left_to_qt(bare_linux: None, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "platform", "darwin")
    assert not commands.no_desktop()
