"""`cryptography` is imported only when the lock is on: a plain start, log and read with the
lock off leave it out, so start-up and memory stay as they were (issue 20)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from test_lean_start import STARTUP

from support import child_env

pytest.importorskip("cryptography")

CODE = """
import importlib, sys
for m in {startup!r}: importlib.import_module(m)
from footholds.cli.main import main
for argv in {commands!r}:
    assert main(argv) == 0, argv
print(sorted(k for k in sys.modules if k.split('.')[0] == 'cryptography')[:1])
"""


def loaded(home: Path, commands: list[list[str]]) -> str:
    code = CODE.format(startup=STARTUP, commands=commands)
    env = child_env(FOOTHOLDS_HOME=str(home), QT_QPA_PLATFORM="offscreen")
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120
    )
    assert out.returncode == 0, out.stderr
    return out.stdout.strip().splitlines()[-1]


def test_the_lock_off_never_imports_cryptography(tmp_path: Path) -> None:
    plain = [["log", "--feel", "calm", "a note"], ["proof", "list"], ["export"], ["lock", "status"]]
    assert loaded(tmp_path / "home", plain) == "[]"


def test_the_lock_on_does(tmp_path: Path) -> None:
    # the check above can fail: with the lock on, a log seals the entry with cryptography
    passphrase = tmp_path / "pw"
    passphrase.write_text("correct horse battery staple\n")
    home = tmp_path / "home"
    commands = [["lock", "enable", "--passphrase-file", str(passphrase)], ["log", "a note"]]
    assert loaded(home, commands) == "['cryptography']"


def test_the_readable_copies_are_named_where_the_lock_off_looks(tmp_path: Path) -> None:
    """The app with the lock off looks for a copy left behind by their names alone
    (core/lock COPY_NAMES), so their modules stay out of the idle app; a copy there is
    still found and removed."""
    from footholds.app import lock_copies
    from footholds.core.lock import (
        COPY_NAMES,
        copies_left,
        numbers_copy,
        people_copy,
        sessions_copy,
    )

    assert COPY_NAMES == (people_copy.NAME, numbers_copy.NAME, sessions_copy.NAME)
    data = tmp_path / "data"
    (data / "store").mkdir(parents=True)
    assert not copies_left(data)
    for name in COPY_NAMES:
        (data / name).write_text("{}")
        assert copies_left(data)
        lock_copies.forget(data / "store")
        assert not (data / name).exists()
