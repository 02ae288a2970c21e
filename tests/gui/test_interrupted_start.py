"""The app starts after a kill stopped a restore between its two steps and turning the lock
on half-way: the restore is finished, the lock change undone, and each is said once, in the
person's language, on the start's notice path (store.notices, shown by show_notices)."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from footholds.app import notices
from footholds.app.build import AppContext
from footholds.core import errors
from footholds.core.paths import Paths
from footholds.core.settings import Settings
from footholds.core.store import LogEntry, storage
from footholds.core.store.opening import open_store
from support import restore_killed

MARCH = datetime(2026, 3, 10, 9, tzinfo=UTC)


@pytest.fixture
def after_kills(footholds_home: Path, tmp_path: Path, request: pytest.FixtureRequest) -> AppContext:
    """The app built on a data folder a kill left mid-restore and mid-lock-change."""
    pytest.importorskip("cryptography")
    from footholds.core.lock import HEADER, switch
    from footholds.core.lock.keys import create

    paths = Paths.from_env()
    paths.ensure()
    settings = Settings(paths.settings_file)
    settings.set("lists.wins", ["made tea"])
    settings.save()
    store, backups = open_store(paths)
    store.add(LogEntry(note="in the backup", at=MARCH))
    store.close()
    chosen = backups.create("manual", tmp_path / "chosen.zip")
    settings.set("lists.wins", ["a walk"])
    settings.save()
    store, _ = open_store(paths)
    store.add(LogEntry(note="written after it", at=MARCH.replace(day=20)))
    store.close()
    restore_killed(backups, chosen, "between")
    header, keys, _recovery = create("a passphrase", 1 << 10)
    started = switch._start(paths.data_dir, "enable", paths.unsaved_files, keys)
    header.save(started / HEADER)
    storage.codec = None
    context: AppContext = request.getfixturevalue("ctx")
    return context


def test_both_are_finished_and_each_is_said_once(after_kills: AppContext, qtbot: QtBot) -> None:
    ctx = after_kills
    [before] = [b for b in ctx.backups.list() if b.label == "before-restore"]
    restored = errors.english("backup.restore_finished", file=before.path.name)
    lock = errors.english("lock.enable_unfinished")
    assert ctx.store.notices == [lock, restored]
    assert [e.note for e in ctx.store.all(LogEntry)] == ["in the backup"]
    assert not (ctx.paths.data_dir / "lock-switch").exists()
    # the lists the restore brings are in the running app's settings, and in its file
    assert ctx.settings["lists.wins"] == ["made tea"]
    assert Settings.load(ctx.paths.settings_file)[0]["lists.wins"] == ["made tea"]

    notices.show_notices(ctx)

    # said together, in one box, in the order they happened
    shown = [box for box in notices.OPEN_NOTICES if box.text() == f"{lock}\n\n{restored}"]
    assert len(shown) == 1
    qtbot.waitUntil(shown[0].isVisible)
    shown[0].close()


def test_they_are_said_in_spanish_when_spanish_is_on(after_kills: AppContext) -> None:
    from footholds.ui.common import i18n

    i18n.install(after_kills.app, "es")
    try:
        said = [i18n.notice_text(message) for message in after_kills.store.notices]
    finally:
        i18n.remove(after_kills.app)
    assert said[0].startswith("La última vez, activar el bloqueo no llegó a terminar.")
    assert said[1].startswith("La última vez, la restauración de tu copia de seguridad se cortó")
    assert said[1].endswith(".zip.")
