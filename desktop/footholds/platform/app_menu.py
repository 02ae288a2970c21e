"""Footholds in the desktop's app menu after a pip install: a desktop entry in
$XDG_DATA_HOME/applications and the logo in the hicolor icon theme, written the same way as
the login entry (platform/autostart.py). Only on desktops that follow the XDG menu rules;
elsewhere the first-run card does not offer it.
"""

from __future__ import annotations

import os
import shutil
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path

from footholds.core import resource_files
from footholds.core.atomic import write_atomic
from footholds.core.paths import HOME_ENV
from footholds.platform.autostart import ICON_NAME, _make_folder, desktop_entry, desktop_exec

ENTRY_FILE = f"{ICON_NAME}.desktop"  # the same name packaging/linux installs, so never twice
COMMENT = "Gentle reminders to move and rest, and a quiet place to note how you are doing"
GENERIC_NAME = "Wellbeing Companion"  # both translated in the shipped catalogues
# The launcher's right-click actions: `footholds show NAME` for the windows a hard moment
# wants, in the tray menu's words. The packaged entry (packaging/linux) lists the same, and
# tests/unit/test_app_menu.py holds the two equal, so a pip install offers what a package does.
LAUNCHER_ACTIONS = (
    ("quick-log", "Quick log", "Registro rápido"),
    ("proof-list", "Proof list", "Lo que ya he superado"),
    ("tough-day", "Tough day", "Día difícil"),
    ("help-now", "Get help now", "Ayuda ahora"),
)
_EXTRA = (
    "Categories=Utility;",
    "Keywords=depression;mood;wellbeing;journal;break;reminder;rest;self-care;tray;",
    "StartupNotify=false",
    "StartupWMClass=Footholds",
    "X-GNOME-UsesNotifications=true",
    "Actions=" + "".join(f"{name};" for name, _, _ in LAUNCHER_ACTIONS),
)


def launcher_actions(command: Sequence[str]) -> str:
    """The [Desktop Action] groups, each running `command show NAME`: the same program as
    the entry's own Exec, so they work however Footholds was installed."""
    groups = [
        f"\n[Desktop Action {name}]\nName={english}\nName[es]={spanish}\n"
        f"Exec={desktop_exec([*command, 'show', name])}\n"
        for name, english, spanish in LAUNCHER_ACTIONS
    ]
    return "".join(groups)


def launch_command() -> list[str]:
    """What the menu entry runs: the bundle, the script installed beside this Python (a venv
    need not be on PATH), a script on PATH, or this Python with -m."""
    if getattr(sys, "frozen", False):
        return [sys.executable]
    here = Path(sys.executable).parent
    for name in ("footholds-gui", "footholds"):
        beside = here / name
        if beside.is_file():
            return [str(beside)]
    found = shutil.which("footholds-gui") or shutil.which("footholds")
    return [found] if found else [sys.executable, "-m", "footholds"]


class AppMenu:
    """The app-menu entry and icon under one data folder (normally ~/.local/share)."""

    def __init__(self, data_home: Path | None, reason: str = "") -> None:
        self.data_home = data_home
        self.available = data_home is not None
        self.reason = reason or (f"writes {self.path}" if data_home else "")

    @property
    def path(self) -> Path:
        return Path(self.data_home or ".") / "applications" / ENTRY_FILE

    @property
    def icon_path(self) -> Path:
        return Path(self.data_home or ".") / "icons/hicolor/scalable/apps" / f"{ICON_NAME}.svg"

    def status(self) -> bool:
        """True when our entry is in the menu."""
        return self.available and self.path.is_file()

    def enable(self, command: list[str]) -> None:
        """Write the icon, then the entry that names it. Raises OSError when it cannot."""
        if not self.available:
            return
        for folder in (self.icon_path.parent, self.path.parent):
            _make_folder(folder)
        icon = resource_files.path("icons", "footholds.svg").read_bytes()
        write_atomic(self.icon_path, icon)
        entry = desktop_entry(command, comment=COMMENT, extra=_EXTRA, generic_name=GENERIC_NAME)
        write_atomic(self.path, entry + launcher_actions(command).encode("utf-8"))

    def disable(self) -> None:
        """Take the entry and icon out of the menu again."""
        if self.available:
            self.path.unlink(missing_ok=True)
            self.icon_path.unlink(missing_ok=True)


def choose_app_menu(env: Mapping[str, str] = os.environ, platform: str = sys.platform) -> AppMenu:
    """The app menu for this desktop; FOOTHOLDS_HOME keeps the files under that folder."""
    if platform.startswith("win") or platform == "darwin":
        return AppMenu(None, "this system's app menu is not written by Footholds")
    if getattr(sys, "frozen", False) or env.get("FLATPAK_ID"):
        return AppMenu(None, "the package already puts Footholds in the app menu")
    home = env.get(HOME_ENV, "").strip()
    if home:
        return AppMenu(Path(home) / "share")
    value = env.get("XDG_DATA_HOME", "").strip()
    return AppMenu(Path(value) if value else Path.home() / ".local" / "share")
