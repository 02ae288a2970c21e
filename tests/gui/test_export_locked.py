"""`footholds export` handed to the running app over its real socket, with the passphrase lock
on: while the app is locked it writes nothing and says to unlock first; once unlocked, the
export is written by the app and the command warns the file is not encrypted."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import test_unlock as base
from lock_starting import PASS, opened, start, stop
from pytestqt.qtbot import QtBot
from test_unlock import footholds

from footholds.app.handlers import handle
from footholds.core.paths import Paths
from footholds.core.store import LogEntry

pytest.importorskip("cryptography")
closed_lock, locked = base.closed_lock, base.locked  # the same fixtures as the start's tests


def test_a_locked_app_writes_no_export_and_an_open_one_does(
    locked: tuple[Paths, str], qtbot: QtBot, footholds_home: Path, tmp_path: Path
) -> None:
    paths, _ = locked
    ctx = start(paths, opened)
    try:
        assert ctx.server.listen()
        entry = LogEntry(note="soup at the window", source="cli").clean().to_dict()
        assert handle(ctx, "log", {"entry": entry})[0]
        target = tmp_path / "copy.json"
        export = ("export", "--format", "json", "-o", str(target))
        code, out = footholds(qtbot, footholds_home, "lock", "now")
        assert code == 0, out
        code, out = footholds(qtbot, footholds_home, *export)
        assert code == 1 and "Unlock Footholds first" in out and not target.exists(), out
        code, out = footholds(
            qtbot, footholds_home, "unlock", "--passphrase-file", "-", stdin=PASS + "\n"
        )
        assert code == 0 and not ctx.locker.locked, out
        code, out = footholds(qtbot, footholds_home, *export)
        assert code == 0 and "not encrypted" in out and "Exported" in out, out
        written = json.loads(target.read_text(encoding="utf-8"))
        assert "soup at the window" in [r["note"] for r in written["records"]["log"]]
    finally:
        stop(ctx)
