"""Start at login: real files for XDG and LaunchAgents, a fake registry for Windows."""

from __future__ import annotations

import plistlib
import re
import stat
import sys
from pathlib import Path

import pytest

from footholds.platform.autostart import (
    DESKTOP_FILE,
    MacLaunchAgent,
    NoAutostart,
    WindowsAutostart,
    XdgAutostart,
    choose_autostart,
    desktop_exec,
)

COMMAND = ["/usr/bin/footholds", "--autostart"]


def entry_keys(path: Path) -> dict[str, str]:
    lines = path.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "[Desktop Entry]"
    return dict(line.split("=", 1) for line in lines[1:] if line)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_xdg_enable_writes_a_private_delayed_entry(tmp_path: Path) -> None:
    folder = tmp_path / "autostart"
    autostart = XdgAutostart(folder)
    assert autostart.status() is False

    autostart.enable(COMMAND)

    path = folder / DESKTOP_FILE
    keys = entry_keys(path)
    assert keys["Exec"] == "/usr/bin/footholds --autostart"
    assert keys["Type"] == "Application"
    assert keys["X-GNOME-Autostart-Delay"] == "10"
    assert keys["Terminal"] == "false"
    # the login entry's comment in Spanish too, from the shipped catalogue
    assert keys["Comment"] == "Gentle reminders to move and rest"
    assert keys["Comment[es]"] == "Recordatorios suaves para moverte y descansar"
    assert mode(path) == 0o600
    assert mode(folder) == 0o700
    assert autostart.status() is True
    assert list(folder.iterdir()) == [path]  # no temporary files left behind


def test_xdg_disable_removes_the_entry(tmp_path: Path) -> None:
    autostart = XdgAutostart(tmp_path)
    autostart.enable(COMMAND)
    autostart.disable()
    assert not (tmp_path / DESKTOP_FILE).exists()
    assert autostart.status() is False
    autostart.disable()  # twice is fine


def test_xdg_leaves_an_existing_shared_folder_mode_alone(tmp_path: Path) -> None:
    folder = tmp_path / "autostart"
    folder.mkdir(mode=0o755)
    folder.chmod(0o755)
    XdgAutostart(folder).enable(COMMAND)
    assert mode(folder) == 0o755


def test_xdg_hides_a_system_wide_entry_instead_of_deleting(tmp_path: Path) -> None:
    system = tmp_path / "etc-xdg-autostart"
    system.mkdir()
    (system / DESKTOP_FILE).write_text("[Desktop Entry]\nType=Application\nExec=footholds\n")
    autostart = XdgAutostart(tmp_path / "user", [system])
    assert autostart.status() is True  # the packaged entry counts

    autostart.disable()
    assert entry_keys(tmp_path / "user" / DESKTOP_FILE)["Hidden"] == "true"
    assert (system / DESKTOP_FILE).exists()
    assert autostart.status() is False

    autostart.enable(COMMAND)
    assert autostart.status() is True


def test_xdg_status_honours_the_gnome_switch(tmp_path: Path) -> None:
    (tmp_path / DESKTOP_FILE).write_text(
        "[Desktop Entry]\nExec=footholds\nX-GNOME-Autostart-enabled=false\n"
    )
    assert XdgAutostart(tmp_path).status() is False


@pytest.mark.parametrize(
    ("command", "expected"),
    [
        (["footholds", "--autostart"], "footholds --autostart"),
        (["/opt/My Apps/footholds"], '"/opt/My Apps/footholds"'),
        (["python3", "-m", "footholds"], "python3 -m footholds"),
        (["x", "100%"], "x 100%%"),
        (["x", 'say "hi"'], r'x "say \\"hi\\""'),
        (["x", "$HOME"], r'x "\\$HOME"'),
        (["x", ""], 'x ""'),
    ],
)
def test_desktop_exec_quoting(command: list[str], expected: str) -> None:
    assert desktop_exec(command) == expected


def split_exec(value: str) -> list[str]:
    """Read an Exec value back the way the Desktop Entry spec says launchers do."""
    escapes = {"s": " ", "n": "\n", "t": "\t", "r": "\r", "\\": "\\"}
    value = re.sub(r"\\(.)", lambda m: escapes[m.group(1)], value).replace("%%", "%")
    args, i = [], 0
    while i < len(value):
        if value[i] == " ":
            i += 1
            continue
        if value[i] == '"':
            i, arg = i + 1, ""
            while value[i] != '"':
                if value[i] == "\\" and value[i + 1] in '"`$\\':
                    i += 1
                arg, i = arg + value[i], i + 1
            i += 1
        else:
            end = value.find(" ", i)
            end = len(value) if end < 0 else end
            arg, i = value[i:end], end
        args.append(arg)
    return args


@pytest.mark.parametrize(
    "arg", ["plain", "with space", 'quote"s', "back\\slash", "$x `y`", "50%", "tab\there", ""]
)
def test_desktop_exec_round_trips_through_the_spec_rules(arg: str) -> None:
    assert split_exec(desktop_exec(["prog", arg])) == ["prog", arg]


class FakeRegistry:
    def __init__(self) -> None:
        self.values: dict[str, str] = {}

    def get(self, name: str) -> str | None:
        return self.values.get(name)

    def set(self, name: str, value: str) -> None:
        self.values[name] = value

    def delete(self, name: str) -> None:
        self.values.pop(name, None)


def test_windows_run_value_round_trip() -> None:
    registry = FakeRegistry()
    autostart = WindowsAutostart(registry)
    assert autostart.status() is False
    autostart.enable([r"C:\Program Files\Footholds\footholds.exe", "--autostart"])
    assert registry.values == {
        "Footholds": r'"C:\Program Files\Footholds\footholds.exe" --autostart'
    }
    assert autostart.status() is True
    autostart.disable()
    assert registry.values == {}
    assert autostart.status() is False


def test_macos_launch_agent_round_trip(tmp_path: Path) -> None:
    folder = tmp_path / "LaunchAgents"
    agent = MacLaunchAgent(folder)
    assert agent.status() is False
    agent.enable(["/Applications/Footholds.app/Contents/MacOS/footholds", "--autostart"])
    data = plistlib.loads(agent.path.read_bytes())
    assert data["Label"] == "org.footholds.Footholds"
    assert data["RunAtLoad"] is True
    assert data["ProgramArguments"][-1] == "--autostart"
    assert mode(agent.path) == 0o600
    assert agent.status() is True
    agent.disable()
    assert not agent.path.exists() and agent.status() is False


def test_macos_status_is_false_for_a_damaged_plist(tmp_path: Path) -> None:
    agent = MacLaunchAgent(tmp_path)
    agent.path.write_bytes(b"not a plist")
    assert agent.status() is False


def test_chooser_keeps_tests_inside_footholds_home(tmp_path: Path) -> None:
    env = {"FOOTHOLDS_HOME": str(tmp_path), "XDG_CONFIG_HOME": "/should/not/be/used"}
    linux = choose_autostart(env, "linux")
    assert isinstance(linux, XdgAutostart)
    assert linux.folder == tmp_path / "autostart"
    assert linux.system_folders == []
    mac = choose_autostart(env, "darwin")
    assert isinstance(mac, MacLaunchAgent) and mac.folder == tmp_path / "LaunchAgents"


def test_chooser_uses_xdg_folders_without_footholds_home() -> None:
    env = {"XDG_CONFIG_HOME": "/home/ana/.config", "XDG_CONFIG_DIRS": "/etc/xdg:/opt/xdg"}
    linux = choose_autostart(env, "linux")
    assert isinstance(linux, XdgAutostart)
    assert linux.folder == Path("/home/ana/.config/autostart")
    assert linux.system_folders == [Path("/etc/xdg/autostart"), Path("/opt/xdg/autostart")]


def test_chooser_takes_injected_folder_and_registry(tmp_path: Path) -> None:
    assert choose_autostart({}, "linux", folder=tmp_path).folder == tmp_path  # type: ignore[attr-defined]
    registry = FakeRegistry()
    windows = choose_autostart({}, "win32", registry=registry)
    windows.enable(["footholds.exe"])
    assert registry.values == {"Footholds": "footholds.exe"}


@pytest.mark.skipif(sys.platform.startswith("win"), reason="winreg exists on Windows")
def test_windows_without_winreg_is_honestly_unavailable() -> None:
    autostart = choose_autostart({}, "win32")
    assert isinstance(autostart, NoAutostart)
    assert not autostart.available and "registry" in autostart.reason
    assert autostart.status() is False
