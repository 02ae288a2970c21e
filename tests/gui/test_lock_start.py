"""The app started with the lock on builds as after Lock now (issue 20): the tray, Get help now
and Tough day work before the passphrase, new entries are sealed, and the first unlock opens
the store and runs what the start left for it (a cut-off write brought in, a cut-off restore
finished) before anything reads it."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import lock_starting
import pytest
from lock_starting import FAST, PASS, every_file, notes, start, stop
from PySide6.QtWidgets import QSystemTrayIcon
from pytestqt.qtbot import QtBot

from footholds.app.build import AppContext, make_qapp, open_store
from footholds.core.lock import header_path, inbox, switch
from footholds.core.lock.keys import Header, Keys, create
from footholds.core.paths import Paths
from footholds.core.settings import Settings
from footholds.core.store import LogEntry, OwnLine, SafetyPlan, StoreTooNew, storage
from footholds.platform.lockfile import take_lock
from footholds.ui.shell.tray import Tray
from footholds.ui.shell.windows import WindowManager

pytest.importorskip("cryptography")

MARCH = datetime(2026, 3, 10, 9, tzinfo=UTC)

closed_lock = lock_starting.closed_lock  # autouse: no test finds the store left open


paths = lock_starting.paths  # the home's folders, made


def lock_on(paths: Paths) -> Keys:
    """Turn the lock on as `footholds lock enable` does; the keys, left closed."""
    Settings.load(paths.settings_file)[0].save()  # as turning the lock on does
    header, keys, _ = create(PASS, FAST)
    switch.enable(paths.data_dir, header, keys, paths.unsaved_files)
    storage.codec = None
    return keys


def keys_of(paths: Paths) -> Keys:
    return Header.load(header_path(paths.data_dir)).open(PASS)


def with_entries(paths: Paths) -> Keys:
    """One entry, a safety plan and an own number, then the lock on, then a session that
    kept the readable copies (as every unlock does) and closed."""
    store, _ = open_store(paths)
    store.add(LogEntry(note="a slow morning, then tea", feelings=["tired"]))
    store.add(SafetyPlan(sections={"sp-reasons": "Walk to the river and call Ana"}))
    store.add(OwnLine(name="Dr Reyes", number="555 0100"))
    store.close()
    keys = lock_on(paths)
    ctx = start(paths, as_run=True)
    try:
        ctx.locker.unlock_with(keys)
    finally:
        stop(ctx)
    return keys


def test_a_locked_start_asks_nothing_and_offers_the_tray_help_and_tough_day(
    paths: Paths, qtbot: QtBot, footholds_home: Path
) -> None:
    keys = with_entries(paths)
    store_before = every_file(paths.store_dir)
    ctx = start(paths, as_run=True)
    try:
        assert ctx.locker.locked and ctx.locker.dialog is None  # nothing asked yet
        texts = [a.text().replace("&", "") for a in ctx.tray.menu.actions() if a.text()]
        assert "Get help now" in texts and "Unlock…" in texts and "Quit" in texts
        ctx.tray.icon.activated.emit(QSystemTrayIcon.ActivationReason.Trigger)  # a click
        assert ctx.windows.is_visible("quick-log")  # at once, as after Lock now
        ctx.tray.actions["help-now"].trigger()
        ctx.windows.show("tough-day")
        assert ctx.windows.is_visible("help-now") and ctx.windows.is_visible("tough-day")
        assert ctx.locker.dialog is None  # neither waited for the passphrase
        # the plan and own numbers kept readable show, as after Lock now
        assert [line.name for line in ctx.store.all(OwnLine)] == ["Dr Reyes"]
        [plan] = ctx.store.all(SafetyPlan)
        assert plan.sections["sp-reasons"] == "Walk to the river and call Ana"
        assert notes(ctx) == []  # the rest waits for the passphrase
        ctx.windows.show("journal")  # needs the store: the passphrase first
        assert ctx.locker.dialog is not None and not ctx.windows.is_built("journal")
        ctx.store.add(LogEntry(note="a quiet evening while locked"))
        assert every_file(paths.store_dir) == store_before  # nothing written, nothing plain
        assert b"quiet evening" not in b"".join(every_file(footholds_home).values())
        assert ctx.locker.unlock_with(keys) == 1
        assert notes(ctx) == ["a quiet evening while locked", "a slow morning, then tea"]
        assert ctx.windows.is_visible("journal")  # the window asked for opens now
        assert not ctx.locker.locked and inbox.waiting(paths.data_dir) == []
    finally:
        stop(ctx)


def test_a_write_cut_off_before_a_locked_start_comes_in_at_the_first_unlock(
    paths: Paths, qtbot: QtBot
) -> None:
    from footholds.core.store import pending

    keys = lock_on(paths)
    kept = LogEntry(note="saved as the power went", at=MARCH)
    storage.codec = keys  # as the app that kept it, unlocked
    change = {"kind": LogEntry.KIND, "id": kept.id, "month": kept.month, "record": kept.to_dict()}
    pending.write_unsaved([change], paths.unsaved_files)
    storage.codec = None
    [unsaved] = [p for p in paths.unsaved_files if p.exists()]
    ctx = start(paths, as_run=True)
    try:
        assert unsaved.exists() and notes(ctx) == []  # waits for the key
        ctx.locker.unlock_with(keys)
        assert notes(ctx) == ["saved as the power went"]
        assert not unsaved.exists()  # in the store now
    finally:
        stop(ctx)


def test_a_restore_cut_off_before_a_locked_start_is_finished_at_the_first_unlock(
    paths: Paths, qtbot: QtBot, tmp_path: Path
) -> None:
    from footholds.core import errors
    from footholds.core.store.backups import BEFORE_RESTORE
    from support import restore_killed

    store, backups = open_store(paths)
    store.add(LogEntry(note="in the backup", at=MARCH))
    store.close()
    chosen = backups.create("manual", tmp_path / "chosen.zip")
    store, _ = open_store(paths)
    store.add(LogEntry(note="written after it", at=MARCH.replace(day=20)))
    store.close()
    keys = lock_on(paths)
    storage.codec = keys
    restore_killed(backups, chosen, "between")
    storage.codec = None
    assert not paths.store_dir.exists() and backups.staging.is_dir()
    ctx = start(paths, as_run=True)
    try:
        assert backups.staging.is_dir() and not paths.store_dir.exists()  # not yet
        ctx.locker.unlock_with(keys)
        assert notes(ctx) == ["in the backup"]  # what the person asked the restore for
        assert not backups.staging.exists()
        [before] = [b for b in backups.list() if b.label == BEFORE_RESTORE]
        said = errors.english("backup.restore_finished", file=before.path.name)
        assert said in ctx.store.notices
    finally:
        stop(ctx)


def test_a_store_that_cannot_open_at_the_first_unlock_stays_locked(
    paths: Paths, qtbot: QtBot
) -> None:
    keys = with_entries(paths)
    meta = paths.store_dir / "meta.json"
    storage.codec = keys
    meta.write_bytes(storage.meta_bytes(999))  # a newer Footholds wrote it
    storage.codec = None
    ctx = start(paths, as_run=True)
    try:
        boxes: list[str] = []
        ctx.prompter.warn = lambda _parent, text: boxes.append(text)  # type: ignore[method-assign,assignment]
        ctx.windows.show("journal")
        dialog = ctx.locker.dialog
        assert dialog is not None
        dialog.keys = keys  # the passphrase typed
        dialog.accept()
        assert len(boxes) == 1 and "newer" in boxes[0], boxes  # said, and still locked
        assert ctx.locker.locked and not ctx.windows.is_built("journal")
        with pytest.raises(StoreTooNew):  # `footholds unlock` is told too (lock_handlers)
            ctx.locker.unlock_with(keys)
        assert ctx.locker.locked and storage.codec is None and ctx.settings.codec is None
        assert [line.name for line in ctx.store.all(OwnLine)] == ["Dr Reyes"]  # as before
        ctx.store.add(LogEntry(note="still sealed"))
        assert len(inbox.waiting(paths.data_dir)) == 1
    finally:
        stop(ctx)


def test_the_command_line_works_against_a_locked_start(
    paths: Paths, qtbot: QtBot, footholds_home: Path, tmp_path: Path
) -> None:
    from test_unlock import footholds

    with_entries(paths)
    right = tmp_path / "pass.txt"
    right.write_text(PASS + "\n")
    ctx = start(paths, as_run=True)
    try:
        assert ctx.server.listen()
        said = {
            "lock now": footholds(qtbot, footholds_home, "lock", "now"),
            "help": footholds(qtbot, footholds_home, "show", "help-now"),
            "today": footholds(qtbot, footholds_home, "show", "today"),
            "plan": footholds(qtbot, footholds_home, "safety-plan"),
            "log": footholds(qtbot, footholds_home, "log", "-", stdin="from the terminal"),
        }
        assert ctx.locker.locked
        said["unlock"] = footholds(qtbot, footholds_home, "unlock", "--passphrase-file", str(right))
        code, out = said["lock now"]
        assert code == 0 and "already locked" in out, out
        code, out = said["help"]
        assert code == 0 and "locked" not in out, out  # crisis help opens at once
        assert ctx.windows.is_visible("help-now")
        code, out = said["today"]
        assert code == 0 and "passphrase" in out, out  # the rest asks first
        code, out = said["plan"]
        assert code == 0 and "Walk to the river and call Ana" in out, out
        code, out = said["log"]
        assert code == 0, out
        code, out = said["unlock"]
        assert code == 0 and "Unlocked. 1 entry written while locked" in out, out
        assert not ctx.locker.locked and ctx.windows.is_visible("today")
        assert notes(ctx) == ["a slow morning, then tea", "from the terminal"]
    finally:
        stop(ctx)


def test_words_kept_at_the_last_quit_come_back_at_the_first_unlock(
    paths: Paths, qtbot: QtBot
) -> None:
    from footholds.app.quitting import keep_drafts
    from footholds.ui.journal.quick_log import QuickLogWindow

    keys = lock_on(paths)
    ctx = start(paths, as_run=True)
    try:
        ctx.locker.unlock_with(keys)
        window = ctx.windows.show("quick-log")
        assert isinstance(window, QuickLogWindow)
        window.form.note.set_text("rainy walk, then the bus")
        assert keep_drafts(ctx)  # a quit, unlocked
    finally:
        stop(ctx)
    assert b"rainy walk" not in paths.drafts_file.read_bytes()
    ctx = start(paths, as_run=True)
    try:
        window = ctx.windows.show("quick-log")  # open while locked, its words out of sight
        assert isinstance(window, QuickLogWindow)
        assert window.form.note.text() == ""
        ctx.locker.unlock_with(keys)
        assert window.form.note.text() == "rainy walk, then the bus"
    finally:
        stop(ctx)


def test_the_real_start_builds_the_app_locked_without_asking(
    paths: Paths, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from footholds.app import build as app_module
    from footholds.app import logsetup
    from footholds.ui.common.prompter import Prompter

    keys = with_entries(paths)
    monkeypatch.setattr(logsetup, "configure", lambda _paths: None)  # no handler left behind
    boxes: list[str] = []
    prompter = Prompter()
    monkeypatch.setattr(prompter, "warn", lambda _parent, text: boxes.append(text))
    app = make_qapp([])
    lock = take_lock(paths.lock_file)
    assert lock is not None
    windows = WindowManager()
    tray = Tray(windows, app.quit)
    codes: list[int] = []
    monkeypatch.setattr(app, "exit", codes.append)  # the real exit would end later tests' loops
    app.setProperty("footholds_context", None)
    app_module._finish_start(app, paths, lock, windows, tray, "", prompter=prompter)
    ctx = app.property("footholds_context")
    try:
        assert isinstance(ctx, AppContext)
        assert codes == [] and boxes == []
        assert ctx.locker.dialog is None  # nothing asked at the start
        assert ctx.locker.locked and ctx.server.listen() is not None
        assert ctx.locker.unlock_with(keys) == 0
        assert notes(ctx) == ["a slow morning, then tea"]
        # the start builds the quick log ahead a moment later: here, not in a later test
        # against this closed store (stop puts it away)
        qtbot.waitUntil(lambda: ctx.windows.is_built("quick-log"))
    finally:
        import shiboken6

        ctx.reminders.timer.stop()
        for timer in app.property("footholds_timers") or []:
            shiboken6.delete(timer)
        app.setProperty("footholds_timers", None)
        app.setProperty("footholds_context", None)
        stop(ctx)


def test_a_damaged_lock_header_is_said_at_the_start_as_before(paths: Paths, qtbot: QtBot) -> None:
    from footholds.core.store import StoreCannotOpen

    with_entries(paths)
    header_path(paths.data_dir).write_text("{not json")
    with pytest.raises(StoreCannotOpen) as caught:
        start(paths, as_run=True)
    assert "lock.json" in str(caught.value) or "lock" in str(caught.value).lower()
    lock = take_lock(paths.lock_file)
    assert lock is not None  # let go, for the start that says why and stops
    lock.unlock()


def test_what_was_read_while_sealed_is_read_again_at_the_first_unlock(
    paths: Paths, qtbot: QtBot
) -> None:
    """The reminders read the sessions, the planned nudges and the usual bedtime at the start,
    sealed and empty; nothing told them the store had opened, so for that whole run a planned
    nudge never came and a session did not quiet the reminders."""
    from footholds.core import days
    from footholds.core.store import ActivityPlan

    store, _ = open_store(paths)
    today = days.today(4).isoformat()  # the person's day, at the default day start
    store.add(ActivityPlan(text="Walk to the river", day=today, time="23:59", nudge=True))
    store.close()
    lock_on(paths)
    ctx = start(paths, as_run=True)
    try:
        assert ctx.reminders.nudges() == []  # sealed: nothing to read yet
        ctx.locker.unlock_with(keys_of(paths))
        assert len(ctx.reminders.nudges()) == 1
    finally:
        stop(ctx)


def test_a_number_added_while_locked_still_shows_when_the_first_unlock_fails(
    paths: Paths, qtbot: QtBot
) -> None:
    """The store sealed again after a first unlock that could not open it showed the numbers
    the start had read, not one the person added meanwhile (it waited sealed, but unseen)."""
    keys = with_entries(paths)
    storage.codec = keys
    (paths.store_dir / "meta.json").write_bytes(storage.meta_bytes(999))  # a newer Footholds
    storage.codec = None
    ctx = start(paths, as_run=True)
    try:
        ctx.store.add(OwnLine(name="My sister", number="555 0199"))
        with pytest.raises(StoreTooNew):
            ctx.locker.unlock_with(keys)
        assert ctx.locker.locked
        assert sorted(line.name for line in ctx.store.all(OwnLine)) == ["Dr Reyes", "My sister"]
    finally:
        stop(ctx)


def test_a_locked_start_brings_up_no_prompt_for_the_login_affirmation(
    paths: Paths, qtbot: QtBot
) -> None:
    """With the affirmation at login on, a locked start asked the passphrase at once: the one
    window it opens by itself reads the person's proofs."""
    from footholds.app.handlers import after_start

    with_entries(paths)
    settings, _ = Settings.load(paths.settings_file)
    settings.set("general.first_run_done", True)
    settings.set("general.affirmation_at_login", True)
    settings.save()
    ctx = start(paths, as_run=True)
    try:
        after_start(ctx, "")
        assert ctx.locker.dialog is None and not ctx.windows.is_built("affirmation")
        ctx.locker.unlock_with(keys_of(paths))
        after_start(ctx, "")  # unlocked, as at every other start: it comes
        assert ctx.windows.is_visible("affirmation")
    finally:
        stop(ctx)
