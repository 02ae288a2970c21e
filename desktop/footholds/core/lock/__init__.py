"""The passphrase lock: encryption at rest for everything the person wrote (issue 20).

This package's root imports nothing heavy: asking whether the lock is on is one stat. The
modules that do the work (keys, switch, inbox) import `cryptography`, and only load when the
lock is used, so start-up and memory stay as they were for people who never turn it on.
"""

from __future__ import annotations

import os
from pathlib import Path

HEADER = "lock.json"  # in the data folder: key derivation settings and wrapped keys
INBOX = "lock-inbox"  # in the data folder: entries sealed while locked, one file each
SWITCH = "lock-switch"  # in the data folder: a conversion in progress (see switch.py)
# The copies kept readable while locked, in the data folder: people_copy.NAME, numbers_copy.NAME
# and sessions_copy.NAME (a test keeps them the same). Named here so that the check at each
# start with the lock off, that none is left, imports none of their modules.
COPY_NAMES = ("lock-people.json", "lock-numbers.json", "lock-session-times.json")


def header_path(data_dir: Path) -> Path:
    return data_dir / HEADER


def is_on(data_dir: Path) -> bool:
    """True when the person's data is kept encrypted."""
    return header_path(data_dir).is_file()


def copies_left(data_dir: Path) -> bool:
    """Whether a readable copy (COPY_NAMES) is in the data folder, even a broken link."""
    return any(os.path.lexists(data_dir / name) for name in COPY_NAMES)
