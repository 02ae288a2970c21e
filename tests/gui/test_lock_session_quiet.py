"""Reminders keep quiet in a therapy session while the app is locked: Footholds
started locked read its sessions from the sealed, empty store, so the tray promised the next
movement in the middle of a session and a Later'd card came back in it. Locked, the quiet
is now worked out from the sessions' readable times (core/lock/sessions_copy.py). A planned
activity's nudge waits for the unlock, and the tray does not promise it meanwhile."""

from __future__ import annotations

from datetime import datetime, timedelta

import lock_starting
import pytest
from lock_starting import FAST, PASS, start, stop
from pytestqt.qtbot import QtBot

from footholds.app.build import open_store
from footholds.core import days
from footholds.core.lock import header_path, sessions_copy, switch
from footholds.core.lock.keys import Header, Keys, create
from footholds.core.paths import Paths
from footholds.core.settings import Settings
from footholds.core.store import ActivityPlan, Session, storage

pytest.importorskip("cryptography")

closed_lock = lock_starting.closed_lock  # autouse: no test finds the store left open


paths = lock_starting.paths  # the home's folders, made


def now_session() -> Session:
    """A session that began five minutes ago, with words of the person's own."""
    began = datetime.now().astimezone() - timedelta(minutes=5)
    return Session(
        day=began.date().isoformat(),
        time=began.strftime("%H:%M"),
        minutes=50,
        therapist="Dr Quintana",
        talk_about="the night at the station",
    )


def lock_on(paths: Paths, *, plan_locked: bool = False) -> Keys:
    """The lock turned on as `footholds lock enable` does (the copies written); closed."""
    settings = Settings.load(paths.settings_file)[0]
    settings.set("lock.safety_plan", plan_locked)
    settings.save()
    header, keys, _ = create(PASS, FAST)
    switch.enable(paths.data_dir, header, keys, paths.unsaved_files)
    from footholds.cli.lock import keep_plan_readable

    keep_plan_readable(paths, keys)
    storage.codec = None
    return keys


def tooltip(ctx: lock_starting.AppContext) -> str:
    ctx.reminders.tick()
    return ctx.tray.tooltip


@pytest.mark.parametrize("plan_locked", [False, True], ids=["plan-readable", "plan-locked"])
def test_a_locked_start_in_a_session_holds_the_reminders(
    paths: Paths, qtbot: QtBot, plan_locked: bool
) -> None:
    store, _ = open_store(paths)
    store.add(now_session())
    store.close()
    lock_on(paths, plan_locked=plan_locked)
    ctx = start(paths, as_run=True)
    try:
        assert ctx.locker.locked
        now = ctx.reminders.now()
        assert ctx.reminders.sessions.quiet_until(now) is not None
        assert ctx.reminders.status().mode == "quiet"
        assert "Quiet for your session" in tooltip(ctx)
        assert "Next" not in ctx.tray.tooltip
        # a movement the person put off with Later comes back now: held, not shown
        back = (now - timedelta(minutes=1)).isoformat()
        ctx.reminders.scheduler.from_state(
            {"saved_at": now.isoformat(), "snoozed": {"movement": back}}
        )
        ctx.reminders.tick()
        assert ctx.reminders.presenter.current is None
        assert "Quiet for your session" in ctx.tray.tooltip
    finally:
        stop(ctx)


def test_after_lock_now_a_session_keeps_quiet_and_a_plan_waits_for_the_unlock(
    paths: Paths, qtbot: QtBot
) -> None:
    """Lock now with nothing read yet (the sessions read afresh after a change): the copy
    keeps the quiet. The plan's nudge is not promised while locked, and is back after."""
    store, _ = open_store(paths)
    today = days.today(4).isoformat()
    store.add(ActivityPlan(text="Walk to the river", day=today, time="23:59", nudge=True))
    store.close()
    keys = lock_on(paths)
    ctx = start(paths, as_run=True)
    try:
        ctx.locker.unlock_with(keys)
        assert len(ctx.reminders.nudges()) == 1
        ctx.store.add(now_session())  # the copy follows at once
        assert "Quiet for your session" in tooltip(ctx)
        assert ctx.locker.lock_now()
        assert ctx.reminders.nudges() == []  # not read, not promised
        assert "Quiet for your session" in tooltip(ctx)
        copy = sessions_copy.copy_path(paths.store_dir).read_bytes()
        assert b"Quintana" not in copy and b"station" not in copy
        ctx.locker.unlock_with(Header.load(header_path(paths.data_dir)).open(PASS))
        assert len(ctx.reminders.nudges()) == 1  # back: it comes now, if its time came
    finally:
        stop(ctx)


def test_a_locked_start_shows_no_plan_nudge_to_come(paths: Paths, qtbot: QtBot) -> None:
    store, _ = open_store(paths)
    soon = datetime.now().astimezone() + timedelta(minutes=30)
    day = days.day_of(soon, 4).isoformat()
    store.add(ActivityPlan(text="Walk", day=day, time=soon.strftime("%H:%M"), nudge=True))
    store.close()
    lock_on(paths)
    ctx = start(paths, as_run=True)
    try:
        assert "plan" not in tooltip(ctx)
    finally:
        stop(ctx)
