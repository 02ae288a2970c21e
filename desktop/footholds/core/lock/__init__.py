"""The passphrase lock: encryption at rest for everything the person wrote (issue 20).

This package's root imports nothing heavy: asking whether the lock is on is one stat. The
modules that do the work (keys, switch, inbox) import `cryptography`, and only load when the
lock is used, so start-up and memory stay as they were for people who never turn it on.
"""

from __future__ import annotations

from pathlib import Path

HEADER = "lock.json"  # in the data folder: key derivation settings and wrapped keys
INBOX = "lock-inbox"  # in the data folder: entries sealed while locked, one file each
SWITCH = "lock-switch"  # in the data folder: a conversion in progress (see switch.py)


def header_path(data_dir: Path) -> Path:
    return data_dir / HEADER


def is_on(data_dir: Path) -> bool:
    """True when the person's data is kept encrypted."""
    return header_path(data_dir).is_file()
