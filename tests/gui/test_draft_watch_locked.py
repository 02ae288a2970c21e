"""Words typed while the lock is closed are kept a little after the last change too, and
never lie on disk in the clear: sealed to the lock's public key, in one file for this lock
that each keep writes over, and gone once they are saved or emptied (ui/shell/draft_watch.py,
app/quitting.py keep_drafts)."""

from __future__ import annotations

from pathlib import Path

import pytest
import test_unlock as base
from lock_starting import every_file, opened, start, stop
from pytestqt.qtbot import QtBot

from footholds.app.quitting import bring_back_drafts
from footholds.core.paths import Paths
from footholds.ui.journal.quick_log import QuickLogWindow
from footholds.ui.shell.draft_watch import KEEP_AFTER_MS

pytest.importorskip("cryptography")
closed_lock, locked = base.closed_lock, base.locked  # the same fixtures as the start's tests
SOON = KEEP_AFTER_MS + 3000


def sealed(paths: Paths) -> list[Path]:
    folder = paths.sealed_drafts_dir
    return sorted(folder.iterdir()) if folder.exists() else []


def test_words_typed_while_locked_are_sealed_soon_in_one_file_and_go_once_emptied(
    locked: tuple[Paths, str], qtbot: QtBot, footholds_home: Path
) -> None:
    paths, _ = locked
    ctx = start(paths)  # locked: no passphrase given at the start
    try:
        assert ctx.locker.locked
        bring_back_drafts(ctx)
        window = ctx.windows.show("quick-log")  # the quick log saves while locked
        assert isinstance(window, QuickLogWindow)
        window.form.note.setFocus()
        qtbot.waitUntil(window.form.note.hasFocus)
        qtbot.keyClicks(window.form.note, "tea at last")
        qtbot.waitUntil(lambda: len(sealed(paths)) == 1, timeout=SOON)
        [first] = sealed(paths)
        assert first.name == ctx.locker.drafts_name
        kept = first.read_bytes()
        qtbot.keyClicks(window.form.note, ", by the window")
        qtbot.waitUntil(lambda: first.exists() and first.read_bytes() != kept, timeout=SOON)
        assert sealed(paths) == [first]  # written over: no new file for each keep
        assert not paths.drafts_file.exists()
        assert not [n for n, d in every_file(footholds_home).items() if b"tea at last" in d]

        window.form.note.selectAll()
        qtbot.keyClicks(window.form.note, "\b")  # emptied: it must not come back
        qtbot.waitUntil(lambda: not sealed(paths), timeout=SOON)
    finally:
        stop(ctx)


def test_each_lock_now_seals_under_a_name_of_its_own(
    locked: tuple[Paths, str], qtbot: QtBot
) -> None:
    """Words an unlock could not move into the drafts file stay sealed under the last lock's
    name: the next lock's keeps must not write over them."""
    paths, _ = locked
    ctx = start(paths, opened)
    try:
        before = ctx.locker.drafts_name
        assert ctx.locker.lock_now()
        assert ctx.locker.drafts_name not in ("", before)
    finally:
        stop(ctx)
