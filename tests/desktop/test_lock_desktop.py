"""The passphrase lock on a real desktop (issue 20): start locked, unlock to open the journal,
lock, quick-log a note from a real tray click while locked, unlock, and find the note in the
journal."""

from __future__ import annotations

import time
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:  # the `app` fixture's class
    from conftest import App

pytest.importorskip("cryptography")
PASS = "a slow walk by the river"


def every_byte(home: Path) -> bytes:
    return b"".join(p.read_bytes() for p in home.rglob("*") if p.is_file())


def test_lock_quick_log_from_the_tray_unlock_and_find_it_in_the_journal(
    app: App, tmp_path: Path
) -> None:
    secret = tmp_path / "passphrase"
    secret.write_text(PASS + "\n", encoding="utf-8")
    enabled = app.cli("lock", "enable", "--passphrase-file", str(secret), timeout=60)
    assert enabled.returncode == 0, enabled.stderr

    app.start()
    x, y = app.wait_for_tray()  # the app starts locked, asking nothing yet
    welcome = "Welcome to Footholds"  # the first-run card opens while locked
    app.wait_for(lambda: welcome in app.windows(), 20, "the app to open")
    asked = app.cli("show", "journal")  # the entries are needed: the passphrase first
    assert asked.returncode == 0 and "passphrase" in asked.stdout, asked.stdout
    time.sleep(1.5)  # the dialog has the keyboard focus in its field
    app.type(PASS)
    app.key("Return")
    app.wait_for(lambda: "Journal" in app.windows(), 20, "the journal, unlocked")

    locked = app.cli("lock", "now")
    assert locked.returncode == 0 and "Locked" in locked.stdout, locked.stdout + locked.stderr

    app.click(x, y)  # the tray icon: the quick log opens while locked
    app.wait_for(lambda: "Quick log" in app.windows(), 10, "the quick log")
    note = "porridge by the window while locked"
    app.type(note)
    app.key("Return")
    app.wait_for(lambda: "Quick log" not in app.windows(), 10, "the quick log to close")
    assert note.encode() not in every_byte(app.home)  # sealed, nowhere readable
    assert len(list(app.home.rglob("lock-inbox/*.sealed"))) == 1

    unlocked = app.cli("unlock", "--passphrase-file", str(secret))
    assert unlocked.returncode == 0 and "1 entry written" in unlocked.stdout, unlocked.stdout
    assert app.cli("show", "journal").returncode == 0
    app.wait_for(lambda: "Journal" in app.windows(), 15, "the journal")
    shot = tmp_path / "journal.png"
    seen = ""

    def shows_the_entry() -> bool:
        # its first page is read off the event loop, later on a loaded machine: look again
        # until it is there rather than once after a fixed wait
        nonlocal seen
        app.shot(shot)
        seen = app.read_text(shot, app.window_rect("Journal"))
        return "porridge by the window" in seen

    try:
        app.wait_for(shows_the_entry, 20, "the entry in the journal")
    except AssertionError:
        raise AssertionError(seen) from None
    assert app.terminate() == 0
