"""Footholds in the app menu after a pip install: a desktop entry and the logo under
XDG_DATA_HOME, written like the login entry."""

from __future__ import annotations

import stat
import sys
from pathlib import Path

import pytest

from footholds.platform import app_menu
from footholds.platform.app_menu import ENTRY_FILE, AppMenu, choose_app_menu, launch_command


def keys(path: Path) -> dict[str, str]:
    lines = path.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "[Desktop Entry]"
    return dict(line.split("=", 1) for line in lines[1:] if line)


def test_follows_xdg_data_home(tmp_path: Path) -> None:
    menu = choose_app_menu({"XDG_DATA_HOME": str(tmp_path / "data")}, "linux")
    assert menu.available
    assert menu.path == tmp_path / "data" / "applications" / ENTRY_FILE
    home = choose_app_menu({"HOME": "/nowhere"}, "linux")
    assert home.path == Path.home() / ".local/share/applications" / ENTRY_FILE
    assert not choose_app_menu({}, "win32").available
    assert not choose_app_menu({}, "darwin").available


def test_enable_writes_a_private_entry_and_the_icon_then_disable_removes_them(
    tmp_path: Path,
) -> None:
    data = tmp_path / "data"
    menu = choose_app_menu({"XDG_DATA_HOME": str(data)}, "linux")
    assert not menu.status()
    menu.enable(["/home/me/.local/share/footholds/venv/bin/footholds-gui"])
    assert menu.status()
    entry = keys(menu.path)
    assert entry["Exec"] == "/home/me/.local/share/footholds/venv/bin/footholds-gui"
    assert entry["Icon"] == "org.footholds.Footholds" and entry["Terminal"] == "false"
    assert entry["Name"] == "Footholds" and "Utility;" in entry["Categories"]
    assert "X-GNOME-Autostart-enabled" not in entry  # a menu entry, not a login one
    icon = data / "icons/hicolor/scalable/apps/org.footholds.Footholds.svg"
    assert icon == menu.icon_path and icon.read_bytes().lstrip().startswith(b"<")
    assert stat.S_IMODE(menu.path.stat().st_mode) == 0o600
    assert stat.S_IMODE((data / "applications").stat().st_mode) == 0o700
    menu.disable()
    assert not menu.path.exists() and not icon.exists() and not menu.status()


def test_exec_quotes_a_path_with_spaces(tmp_path: Path) -> None:
    menu = AppMenu(tmp_path)
    menu.enable(["/home/A B/venv/bin/footholds-gui"])
    assert keys(menu.path)["Exec"] == '"/home/A B/venv/bin/footholds-gui"'


def test_launch_command_prefers_the_script_beside_this_python(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bin_dir = tmp_path / "venv" / "bin"
    bin_dir.mkdir(parents=True)
    (bin_dir / "python").touch()
    monkeypatch.setattr(sys, "executable", str(bin_dir / "python"))
    monkeypatch.setattr(app_menu.shutil, "which", lambda name: None)
    assert launch_command() == [str(bin_dir / "python"), "-m", "footholds"]
    (bin_dir / "footholds").touch()
    assert launch_command() == [str(bin_dir / "footholds")]
    (bin_dir / "footholds-gui").touch()
    assert launch_command() == [str(bin_dir / "footholds-gui")]
