"""Start Footholds at login: an XDG autostart file, a Windows Run value or a LaunchAgent.

All three write only in places the person owns, and every place can be injected so tests
never touch the real home folder or registry.
"""

from __future__ import annotations

import os
import shutil
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any, Protocol

from footholds.core import resource_files
from footholds.core.atomic import write_atomic
from footholds.core.paths import HOME_ENV

APP_NAME = "Footholds"
DESKTOP_FILE = "footholds.desktop"
ICON_NAME = "org.footholds.Footholds"
LAUNCH_AGENT_LABEL = "org.footholds.Footholds"
RUN_KEY = r"Software\Microsoft\Windows\CurrentVersion\Run"
_EXEC_RESERVED = set(" \t\n\"'\\><~|&;$*?#()`")
# The words of the entries Footholds writes, translated in the shipped catalogues under this
# context (packaging/update-translations.sh declares them), read here without Qt.
WORDS_CONTEXT = "desktop entry"
LOGIN_COMMENT = "Gentle reminders to move and rest"


class Autostart(Protocol):
    """Turns starting at login on and off and says whether it is on."""

    name: str
    available: bool
    reason: str

    def status(self) -> bool: ...

    def enable(self, command: list[str]) -> None: ...

    def disable(self) -> None: ...


def _make_folder(folder: Path) -> None:
    # New folders are private; an existing one (shared with other apps) is left as it is.
    if not folder.is_dir():
        folder.mkdir(parents=True, mode=0o700)


def desktop_exec(command: Sequence[str]) -> str:
    """Quote `command` for a desktop entry's Exec key (no shell is ever involved)."""
    parts = []
    for arg in command:
        if arg and not (_EXEC_RESERVED & set(arg)):
            quoted = arg
        else:
            inner = "".join("\\" + ch if ch in '"`$\\' else ch for ch in arg)
            quoted = f'"{inner}"'
        # The string-value escape applies on top of the quoting rule; % starts field codes.
        escaped = quoted.replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t")
        parts.append(escaped.replace("\r", "\\r").replace("%", "%%"))
    return " ".join(parts)


def translations(text: str) -> dict[str, str]:
    """`text` (of WORDS_CONTEXT) in each shipped language that has it, e.g. {"es": "…"}:
    read from the .ts catalogues beside the .qm files, with no Qt (nor a display) needed."""
    # here, not at the top: Settings imports this module, and the XML parser (pyexpat) would
    # stay loaded for the app's life (tests/unit/test_lean_start.py)
    import xml.etree.ElementTree as ET

    found: dict[str, str] = {}
    folder = resource_files.path("translations")
    if not folder.is_dir():
        return found
    for node in sorted(folder.iterdir(), key=lambda n: n.name):
        name = node.name
        if not (name.startswith("footholds_") and name.endswith(".ts")):
            continue
        code = name.removeprefix("footholds_").removesuffix(".ts")
        try:
            root = ET.fromstring(node.read_bytes())
        except (OSError, ET.ParseError):
            continue  # a damaged catalogue: that language's words are left out, not the entry
        for context in root.iter("context"):
            if context.findtext("name") != WORDS_CONTEXT:
                continue
            for message in context.iter("message"):
                said = message.find("translation")
                if message.findtext("source") != text or said is None:
                    continue
                if said.get("type") in ("unfinished", "obsolete", "vanished"):
                    continue
                if said.text and said.text.strip() and code != "en":
                    found[code] = " ".join(said.text.split())  # one line, as the key needs
    return found


def localized(key: str, text: str) -> list[str]:
    """ "Key=text" and a "Key[es]=…" line for each shipped language that translates it."""
    lines = [f"{key}={text}"]
    lines += [f"{key}[{code}]={said}" for code, said in translations(text).items()]
    return lines


def desktop_entry(
    command: Sequence[str],
    *,
    comment: str,
    extra: Sequence[str] = (),
    generic_name: str = "",
) -> bytes:
    """A desktop entry launching `command`: the login entry and the app-menu entry share it.
    Its comment and generic name carry their translations from the shipped catalogues."""
    lines = [
        "[Desktop Entry]",
        "Type=Application",
        f"Name={APP_NAME}",
        *(localized("GenericName", generic_name) if generic_name else []),
        *localized("Comment", comment),
        f"Exec={desktop_exec(command)}",
        f"Icon={ICON_NAME}",
        "Terminal=false",
        *extra,
    ]
    return ("\n".join(lines) + "\n").encode("utf-8")


class XdgAutostart:
    """~/.config/autostart/footholds.desktop, with a short delay for the tray to appear."""

    name = "XDG autostart"
    available = True

    def __init__(self, folder: Path, system_folders: Sequence[Path] = ()) -> None:
        self.folder = folder
        self.system_folders = list(system_folders)
        self.reason = f"writes {folder / DESKTOP_FILE}"

    @property
    def path(self) -> Path:
        return self.folder / DESKTOP_FILE

    def _system_entry(self) -> Path | None:
        return next(
            (p for p in (f / DESKTOP_FILE for f in self.system_folders) if p.is_file()), None
        )

    def status(self) -> bool:
        """True when the session will start Footholds at the next login."""
        entry = self.path if self.path.is_file() else self._system_entry()
        if entry is None:
            return False
        try:
            lines = entry.read_text(encoding="utf-8").splitlines()
        except (OSError, UnicodeDecodeError):
            return False
        keys = {k.strip(): v.strip() for k, _, v in (ln.partition("=") for ln in lines)}
        return keys.get("Hidden") != "true" and keys.get("X-GNOME-Autostart-enabled") != "false"

    def enable(self, command: list[str]) -> None:
        """Write the autostart entry for `command` (e.g. ["footholds", "--autostart"])."""
        _make_folder(self.folder)
        extra = (
            "X-GNOME-Autostart-enabled=true",
            "X-GNOME-Autostart-Delay=10",
            "X-KDE-autostart-after=panel",
        )
        entry = desktop_entry(command, comment=LOGIN_COMMENT, extra=extra)
        write_atomic(self.path, entry)

    def disable(self) -> None:
        """Remove the entry; hide a system-wide one with a Hidden=true copy of our own."""
        if self._system_entry() is not None:
            _make_folder(self.folder)
            hidden = f"[Desktop Entry]\nType=Application\nName={APP_NAME}\nHidden=true\n"
            write_atomic(self.path, hidden.encode("utf-8"))
        else:
            self.path.unlink(missing_ok=True)


class Registry(Protocol):
    """The three HKCU Run-key operations WindowsAutostart needs (faked in tests)."""

    def get(self, name: str) -> str | None: ...

    def set(self, name: str, value: str) -> None: ...

    def delete(self, name: str) -> None: ...


class WinRegRunKey:
    """HKEY_CURRENT_USER\\...\\Run through the standard winreg module."""

    def __init__(self) -> None:
        import winreg  # only on Windows; the caller catches ImportError

        self._winreg: Any = winreg

    def get(self, name: str) -> str | None:
        """The value's data, or None when it is not there."""
        wr = self._winreg
        try:
            with wr.OpenKey(wr.HKEY_CURRENT_USER, RUN_KEY) as key:
                return str(wr.QueryValueEx(key, name)[0])
        except FileNotFoundError:
            return None

    def set(self, name: str, value: str) -> None:
        """Create or replace the value."""
        wr = self._winreg
        with wr.CreateKeyEx(wr.HKEY_CURRENT_USER, RUN_KEY, 0, wr.KEY_SET_VALUE) as key:
            wr.SetValueEx(key, name, 0, wr.REG_SZ, value)

    def delete(self, name: str) -> None:
        """Remove the value; fine when it is already gone."""
        wr = self._winreg
        try:
            with wr.OpenKey(wr.HKEY_CURRENT_USER, RUN_KEY, 0, wr.KEY_SET_VALUE) as key:
                wr.DeleteValue(key, name)
        except FileNotFoundError:
            pass


class WindowsAutostart:
    """A "Footholds" value under the current user's Run key."""

    name = "Windows Run key"
    available = True
    reason = r"writes HKCU\Software\Microsoft\Windows\CurrentVersion\Run"

    def __init__(self, registry: Registry) -> None:
        self.registry = registry

    def status(self) -> bool:
        """True when the Run value exists."""
        return bool(self.registry.get(APP_NAME))

    def enable(self, command: list[str]) -> None:
        """Store `command` quoted the way Windows splits command lines."""
        import subprocess  # here only: Settings opens without it

        self.registry.set(APP_NAME, subprocess.list2cmdline(command))

    def disable(self) -> None:
        """Remove the Run value."""
        self.registry.delete(APP_NAME)


class MacLaunchAgent:
    """~/Library/LaunchAgents/org.footholds.Footholds.plist with RunAtLoad."""

    name = "macOS LaunchAgent"
    available = True

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.reason = f"writes {self.path}"

    @property
    def path(self) -> Path:
        return self.folder / f"{LAUNCH_AGENT_LABEL}.plist"

    def status(self) -> bool:
        """True when the agent exists and is set to run at login."""
        import plistlib  # macOS only: with its XML parser 0.4 MB, not loaded on Linux or Windows

        try:
            agent = plistlib.loads(self.path.read_bytes())
        except (OSError, plistlib.InvalidFileException, ValueError):
            return False
        return isinstance(agent, dict) and agent.get("RunAtLoad") is True

    def enable(self, command: list[str]) -> None:
        """Write the agent; launchd picks it up at the next login."""
        import plistlib

        _make_folder(self.folder)
        agent = {
            "Label": LAUNCH_AGENT_LABEL,
            "ProgramArguments": list(command),
            "RunAtLoad": True,
            "ProcessType": "Interactive",
        }
        write_atomic(self.path, plistlib.dumps(agent))

    def disable(self) -> None:
        """Remove the agent file."""
        self.path.unlink(missing_ok=True)


class NoAutostart:
    """Starting at login cannot be arranged here."""

    name = "none"
    available = False

    def __init__(self, reason: str) -> None:
        self.reason = reason

    def status(self) -> bool:
        """Never on."""
        return False

    def enable(self, command: list[str]) -> None:
        """Nothing to write to."""

    def disable(self) -> None:
        """Nothing to remove."""


def _config_home(env: Mapping[str, str]) -> Path:
    value = env.get("XDG_CONFIG_HOME", "").strip()
    return Path(value) if value else Path.home() / ".config"


def choose_autostart(
    env: Mapping[str, str] = os.environ,
    platform: str = sys.platform,
    *,
    folder: Path | None = None,
    registry: Registry | None = None,
) -> Autostart:
    """The autostart mechanism for this OS; FOOTHOLDS_HOME keeps files under that folder."""
    home = env.get(HOME_ENV, "").strip()
    if platform.startswith("win"):
        if registry is None:
            try:
                registry = WinRegRunKey()
            except ImportError:
                return NoAutostart("the Windows registry is not reachable here")
        return WindowsAutostart(registry)
    if platform == "darwin":
        if folder is None:
            base = Path(home) if home else Path.home() / "Library"
            folder = base / "LaunchAgents"
        return MacLaunchAgent(folder)
    if folder is None and home:
        return XdgAutostart(Path(home) / "autostart")
    if folder is not None:
        return XdgAutostart(folder)
    dirs = env.get("XDG_CONFIG_DIRS", "").strip() or "/etc/xdg"
    system = [Path(d) / "autostart" for d in dirs.split(":") if d]
    return XdgAutostart(_config_home(env) / "autostart", system)


def autostart_command() -> list[str]:
    """The command a login entry runs: the bundle, the installed script, or this Python."""
    if getattr(sys, "frozen", False):  # a PyInstaller bundle: its own executable
        return [sys.executable, "--autostart"]
    script = shutil.which("footholds")
    if script:
        return [script, "--autostart"]
    command = [sys.executable, "-m", "footholds", "--autostart"]
    # Run from a checkout (PYTHONPATH=desktop): the login session will not have that path.
    import footholds

    source = Path(footholds.__file__).resolve().parents[1]
    given = [Path(p).resolve() for p in os.environ.get("PYTHONPATH", "").split(os.pathsep) if p]
    if os.name == "posix" and source in given:
        return ["/usr/bin/env", f"PYTHONPATH={source}", *command]
    return command
