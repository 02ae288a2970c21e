"""Reading GNOME's Do Not Disturb switch straight from a dconf database file."""

from __future__ import annotations

import base64
import os
from pathlib import Path

from footholds.platform.dconf import DconfBool, GnomeDndSource, lookup, read_bool, user_database

# A real ~/.config/dconf/user written by dconf-service after
#   gsettings set org.gnome.desktop.notifications show-banners false
#   gsettings set org.gnome.desktop.interface clock-format '12h'
BANNERS_OFF = base64.b64decode(
    "R1ZhcmlhbnQAAAAAAAAAABgAAAAAAQAAAAAAKAgAAAAAAAAAAQAAAAQAAAAFAAAABwAAAAgAAAAIAAAACAAAALC3"
    "JDAFAAAAAAEAAAYATAAIAQAADAEAALmI/doAAAAADAEAAAgATAAUAQAAHAEAANmCtRwEAAAAHAEAAAwAdgAoAQAA"
    "KwEAADnFO08BAAAAKwEAAAoATAA4AQAAPAEAAMIdjIUBAAAAPAEAAA4ATABMAQAAUAEAAEtQkAsHAAAAUAEAAAQA"
    "TABUAQAAWAEAADtvqgkDAAAAWAEAAAwAdgBoAQAAbgEAANS1AgD/////bgEAAAEATABwAQAAdAEAAGdub21lLwAA"
    "AQAAAGRlc2t0b3AvAwAAAAQAAABzaG93LWJhbm5lcnMAAGJpbnRlcmZhY2UvAAAABgAAAG5vdGlmaWNhdGlvbnMv"
    "AAACAAAAb3JnLwAAAABjbG9jay1mb3JtYXQAAAAAMTJoAABzLwAFAAAA"
)
# The same file after `gsettings set ... show-banners true`: dconf changed only that byte.
_VALUE_AT = 0x128
BANNERS_ON = BANNERS_OFF[:_VALUE_AT] + b"\x01" + BANNERS_OFF[_VALUE_AT + 1 :]
BANNERS = "/org/gnome/desktop/notifications/show-banners"


def test_reads_booleans_from_a_real_database() -> None:
    assert read_bool(BANNERS_OFF, BANNERS) is False
    assert read_bool(BANNERS_ON, BANNERS) is True


def test_reads_other_keys_and_types() -> None:
    assert lookup(BANNERS_OFF, "/org/gnome/desktop/interface/clock-format") == ("s", b"12h\x00")
    # A string is not a boolean.
    assert read_bool(BANNERS_OFF, "/org/gnome/desktop/interface/clock-format") is None


def test_missing_keys_and_folders_are_not_values() -> None:
    assert lookup(BANNERS_OFF, "/org/gnome/desktop/notifications/show-in-lock-screen") is None
    assert lookup(BANNERS_OFF, "/org/gnome/desktop/notifications/") is None
    assert lookup(BANNERS_OFF, "show-banners") is None
    assert lookup(BANNERS_OFF, "/org/gnome/desktop/notifications/show-banners/") is None


def test_damaged_files_never_raise() -> None:
    assert lookup(b"", BANNERS) is None
    assert lookup(b"not a gvdb file at all, really", BANNERS) is None
    for size in range(len(BANNERS_OFF)):
        lookup(BANNERS_OFF[:size], BANNERS)
    for at in range(len(BANNERS_OFF)):
        for junk in (0x00, 0xFF):
            lookup(BANNERS_OFF[:at] + bytes([junk]) + BANNERS_OFF[at + 1 :], BANNERS)


def _replace(path: Path, data: bytes) -> None:
    # dconf-service writes a new file and renames it over the old one; do the same.
    tmp = path.with_suffix(".new")
    tmp.write_bytes(data)
    os.replace(tmp, path)


def test_dconf_bool_follows_the_file_and_falls_back_to_the_default(tmp_path: Path) -> None:
    path = tmp_path / "user"
    value = DconfBool(path, BANNERS, default=True)
    assert value.value() is True  # no file yet: the schema default
    _replace(path, BANNERS_OFF)
    assert value.value() is False
    _replace(path, BANNERS_ON)
    assert value.value() is True
    path.unlink()
    assert value.value() is True


def test_gnome_dnd_source_is_on_when_banners_are_off(tmp_path: Path) -> None:
    path = tmp_path / "user"
    source = GnomeDndSource(path)
    assert source.available and str(path) in source.reason
    assert source.active() is False
    _replace(path, BANNERS_OFF)
    assert source.active() is True
    _replace(path, BANNERS_ON)
    assert source.active() is False


def test_user_database_follows_xdg_config_home() -> None:
    assert user_database({"XDG_CONFIG_HOME": "/x/cfg"}) == Path("/x/cfg/dconf/user")
    assert user_database({}) == Path.home() / ".config" / "dconf" / "user"
