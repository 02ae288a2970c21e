"""Footholds in the app menu after a pip install: a desktop entry and the logo under
XDG_DATA_HOME, written like the login entry."""

from __future__ import annotations

import configparser
import shutil
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from footholds.platform import app_menu
from footholds.platform.app_menu import ENTRY_FILE, AppMenu, choose_app_menu, launch_command
from support import ROOT

PACKAGED = ROOT / "packaging" / "linux" / ENTRY_FILE


def groups(path: Path) -> dict[str, dict[str, str]]:
    """Every group of a desktop entry, its keys as written (case kept)."""
    assert path.read_text(encoding="utf-8").startswith("[Desktop Entry]\n")
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(path, encoding="utf-8")
    return {name: dict(parser[name]) for name in parser.sections()}


def keys(path: Path) -> dict[str, str]:
    return groups(path)["Desktop Entry"]


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


def test_the_entry_offers_the_packaged_entrys_actions(tmp_path: Path) -> None:
    menu = AppMenu(tmp_path)
    menu.enable(["footholds"])  # the command the packaged entry runs
    # the same groups, keys and words: a pip install offers what a package does
    assert groups(menu.path) == groups(PACKAGED)
    assert "Desktop Action help-now" in groups(menu.path)


def test_the_actions_run_the_program_the_entry_runs(tmp_path: Path) -> None:
    menu = AppMenu(tmp_path)
    menu.enable(["/home/A B/venv/bin/python3", "-m", "footholds"])
    written = groups(menu.path)
    assert written["Desktop Entry"]["Actions"] == "quick-log;proof-list;tough-day;help-now;"
    for name in ("quick-log", "proof-list", "tough-day", "help-now"):
        exec_ = written[f"Desktop Action {name}"]["Exec"]
        assert exec_ == f'"/home/A B/venv/bin/python3" -m footholds show {name}'


def test_the_written_entry_validates(tmp_path: Path) -> None:
    tool = shutil.which("desktop-file-validate")
    if tool is None:
        pytest.skip("desktop-file-validate is not installed (apt-get install desktop-file-utils)")
    menu = AppMenu(tmp_path)
    menu.enable(["/home/A B/venv/bin/footholds-gui"])
    result = subprocess.run(
        [tool, str(menu.path)], capture_output=True, text=True, timeout=60, check=False
    )
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout + result.stderr


def _catalogue_spanish(text: str) -> str:
    """`text` as footholds_es.ts translates it for the desktop entries."""
    import xml.etree.ElementTree as ET

    tree = ET.parse(ROOT / "resources" / "translations" / "footholds_es.ts")
    for context in tree.getroot().iter("context"):
        if context.findtext("name") == "desktop entry":
            for message in context.iter("message"):
                if message.findtext("source") == text:
                    return message.findtext("translation") or ""
    return ""


def test_the_entry_speaks_spanish_from_the_shipped_catalogue(tmp_path: Path) -> None:
    menu = AppMenu(tmp_path)
    menu.enable(["footholds"])
    entry = keys(menu.path)
    assert entry["Comment"] == app_menu.COMMENT
    assert entry["Comment[es]"] == _catalogue_spanish(app_menu.COMMENT)
    assert entry["Comment[es]"].startswith("Recordatorios suaves")
    assert entry["GenericName"] == app_menu.GENERIC_NAME
    assert entry["GenericName[es]"] == _catalogue_spanish(app_menu.GENERIC_NAME) != ""
    packaged = keys(PACKAGED)  # the package's entry says the same
    assert packaged["Comment[es]"] == entry["Comment[es]"]
    assert packaged["GenericName[es]"] == entry["GenericName[es]"]


def test_the_entrys_words_are_read_without_qt(tmp_path: Path) -> None:
    # "Add to the app menu" may run from the command line, where no Qt is loaded
    code = (
        "import sys, pathlib\n"
        "from footholds.platform.app_menu import AppMenu\n"
        f"AppMenu(pathlib.Path({str(tmp_path)!r})).enable(['footholds'])\n"
        "assert not any(m.startswith('PySide6') for m in sys.modules), 'Qt loaded'\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        env={"PYTHONPATH": str(ROOT / "desktop"), "PATH": "/usr/bin:/bin"},
    )
    assert result.returncode == 0, result.stderr
    assert "Comment[es]=" in (tmp_path / "applications" / ENTRY_FILE).read_text("utf-8")


def test_an_unfinished_translation_is_left_out(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from footholds.core import resource_files
    from footholds.platform import autostart

    folder = tmp_path / "translations"
    folder.mkdir()
    (folder / "footholds_fr.ts").write_text(
        '<?xml version="1.0" encoding="utf-8"?><TS language="fr"><context>'
        "<name>desktop entry</name><message><source>Wellbeing Companion</source>"
        '<translation type="unfinished"></translation></message></context></TS>',
        encoding="utf-8",
    )
    (folder / "footholds_de.ts").write_text("<TS><broken", encoding="utf-8")
    monkeypatch.setattr(resource_files, "path", lambda *parts: tmp_path.joinpath(*parts))
    assert autostart.translations("Wellbeing Companion") == {}
    assert autostart.localized("GenericName", "Wellbeing Companion") == [
        "GenericName=Wellbeing Companion"
    ]
