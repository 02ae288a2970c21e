"""The times of the person's therapy sessions stay readable while the lock is on
(core/lock/sessions_copy.py), so the reminders keep quiet during a session when Footholds
starts locked: before, the reminders read the sealed, empty store and a Later'd card came
back in the middle of a session. Only what the quiet is worked out from is written (never
whom it is with, what to talk about or the notes), 0600 and crash-safely, under either
choice for the safety plan, and the copy goes when the lock is turned off."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from footholds.core import sessions as ss
from footholds.core.store import LogEntry, Session, Store, storage

pytest.importorskip("cryptography")

from footholds.app import lock_copies
from footholds.core.lock import inbox, sessions_copy, switch
from footholds.core.lock.keys import Keys, create
from footholds.core.lock.readable import settle_by
from footholds.core.settings import Settings

FAST = 1 << 10  # scrypt cost for tests
WITH = "Dr Quintana"
TALK = "the night at the station"
NOTE = "what she said about my brother"
MADRID = ZoneInfo("Europe/Madrid")


@pytest.fixture(autouse=True)
def closed_lock() -> Iterator[None]:
    storage.codec = None
    yield
    storage.codec = None


FIRST = date.today() - timedelta(days=14)  # a weekly session that began two weeks ago


def week(n: int, days: int = 0) -> str:
    return (FIRST + timedelta(days=7 * n + days)).isoformat()


def weekly() -> Session:
    return Session(
        day=week(0),
        time="10:05",
        minutes=50,
        every="1w",
        therapist=WITH,
        talk_about=TALK,
        notes=[{"day": week(1), "talk": TALK, "remember": NOTE, "try": "a walk"}],
        cancelled=[week(3)],
        moved={week(4): f"{week(4, 1)} 17:00"},
        offered=[f"before:{week(1)}"],
    )


def every_byte(folder: Path) -> bytes:
    return b"".join(p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file())


def lock_on(folder: Path, *, plan_locked: bool) -> tuple[Path, Keys]:
    """A store with a weekly session full of words and a journal entry, then the lock on as
    `footholds lock enable` does, with the plan readable or locked too."""
    store = Store(folder / "store", aside_dir=folder / "set-aside")
    store.open()
    store.add(weekly())
    store.add(LogEntry(note="a long night"))
    store.close()
    header, keys, _ = create("a long passphrase", FAST)
    switch.enable(folder, header, keys)
    settings = Settings.load(folder / "settings.json")[0]
    settings.set("lock.safety_plan", plan_locked)
    settle_by(folder / "store", settings, keys)
    return folder, keys


@pytest.mark.parametrize("plan_locked", [False, True], ids=["plan-readable", "plan-locked"])
def test_turned_on_the_times_alone_are_readable_0600_under_either_choice(
    tmp_path: Path, plan_locked: bool
) -> None:
    data, _ = lock_on(tmp_path, plan_locked=plan_locked)
    store_dir = data / "store"
    place = sessions_copy.copy_path(store_dir)
    assert place.parent == data  # beside the store: backups and restores never carry it
    assert stat.S_IMODE(os.stat(place).st_mode) == 0o600
    everything = every_byte(data)
    for words in (WITH, TALK, NOTE, "a walk", "a long night", "before:"):
        assert words.encode() not in everything  # sealed with the rest, never copied
    [kept] = sessions_copy.read(store_dir) or []  # no passphrase
    assert (kept.day, kept.time, kept.minutes, kept.every) == (week(0), "10:05", 50, "1w")
    assert (kept.therapist, kept.talk_about, kept.notes, kept.offered) == ("", "", [], [])
    # the quiet worked out from the copy is the quiet worked out from the store: a week on,
    # the week cancelled, the one moved to the next day at five, its usual time then
    for at in (f"{week(2)} 10:30", f"{week(3)} 10:30", f"{week(4, 1)} 17:20", f"{week(4)} 10:30"):
        now = datetime.fromisoformat(at).replace(tzinfo=MADRID)
        assert ss.quiet_until([kept], now, MADRID) == ss.quiet_until([weekly()], now, MADRID)
    in_one = datetime.fromisoformat(f"{week(2)} 10:30").replace(tzinfo=MADRID)
    assert ss.quiet_until([kept], in_one, MADRID) is not None
    assert ss.quiet_until([kept], in_one + timedelta(days=7), MADRID) is None  # cancelled


def test_what_can_make_no_quiet_any_more_is_left_out(tmp_path: Path) -> None:
    today = date(2026, 5, 4)
    past_once = Session(day="2026-01-10", time="09:00", talk_about=TALK)
    date_only = Session(day="2026-05-20", talk_about=TALK)  # no time: no quiet for it
    soon = Session(day="2026-05-05", time="16:00", minutes=45)
    moved_on = Session(day="2026-01-10", time="09:00", moved={"2026-01-10": "2026-05-06 12:00"})
    repeat = Session(
        day="2025-09-01",
        time="18:00",
        every="2w",
        cancelled=["2025-10-13", "2026-05-11"],
        moved={"2025-11-10": "2025-11-11 18:00"},
    )
    store_dir = tmp_path / "store"
    sessions_copy.write(store_dir, [past_once, date_only, soon, moved_on, repeat], today)
    kept = sessions_copy.read(store_dir) or []
    assert [(s.day, s.time) for s in kept] == [
        ("2026-05-05", "16:00"),
        ("2026-01-10", "09:00"),
        ("2025-09-01", "18:00"),
    ]
    assert kept[1].moved == {"2026-01-10": "2026-05-06 12:00"}
    assert (kept[2].cancelled, kept[2].moved) == (["2026-05-11"], {})  # what is behind goes


def test_an_odd_copy_gives_what_it_can_and_none_when_unreadable(tmp_path: Path) -> None:
    store_dir = tmp_path / "store"
    place = sessions_copy.copy_path(store_dir)
    place.write_text(
        '{"sessions": [{"day": "2026-03-02", "time": "10:05", "minutes": 50}, 3, '
        '{"day": "soon"}, {"day": "2026-03-03", "time": "25:00"}, '
        '{"day": "2026-03-04", "time": "11:00", "minutes": "many"}]}'
    )
    assert [(s.day, s.time) for s in sessions_copy.read(store_dir) or []] == [
        ("2026-03-02", "10:05")
    ]
    place.write_text("not json")
    assert sessions_copy.read(store_dir) is None
    place.unlink()
    assert sessions_copy.read(store_dir) is None  # no copy: nothing known


def test_a_session_sealed_while_locked_joins_the_copy(tmp_path: Path) -> None:
    """A session added while the app is locked is sealed until the unlock; its times join
    the copy at once, so the reminders keep quiet for it meanwhile."""
    data, _ = lock_on(tmp_path, plan_locked=False)
    put = lock_copies.sealed_put(data, data / "store")
    today = date.today().isoformat()
    put(Session(day=today, time="23:00", therapist=WITH, talk_about=TALK))
    assert len(inbox.waiting(data)) == 1  # sealed, to join at the unlock
    assert [(s.day, s.time) for s in sessions_copy.read(data / "store") or []] == [
        (week(0), "10:05"),
        (today, "23:00"),
    ]
    assert WITH.encode() not in sessions_copy.copy_path(data / "store").read_bytes()


def test_the_lock_turned_off_removes_the_copy(tmp_path: Path) -> None:
    data, _ = lock_on(tmp_path, plan_locked=False)
    place = sessions_copy.copy_path(data / "store")
    assert place.exists()
    lock_copies.forget(data / "store")  # the app's and the command's way when it turns off
    assert not place.exists()
    lock_copies.forget(data / "store")  # none: nothing to do


def test_the_command_line_turning_the_lock_off_removes_the_copy(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from footholds.cli.main import main

    monkeypatch.setenv("FOOTHOLDS_HOME", str(tmp_path))
    secret = tmp_path / "pass"
    secret.write_text("a long passphrase\n")
    assert main(["lock", "enable", "--passphrase-file", str(secret)]) == 0
    from footholds.core.paths import Paths

    paths = Paths.from_env()
    storage.codec = None
    place = sessions_copy.copy_path(paths.store_dir)
    assert sessions_copy.read(paths.store_dir) == []  # turned on: written, none yet
    soon = (datetime.now(UTC) + timedelta(days=1)).astimezone().date().isoformat()
    monkeypatch.setenv("FOOTHOLDS_PASSPHRASE_FILE", str(secret))
    assert main(["session", "add", soon, "10:05", "--with", WITH]) == 0
    storage.codec = None
    assert [(s.day, s.time) for s in sessions_copy.read(paths.store_dir) or []] == [(soon, "10:05")]
    assert WITH.encode() not in place.read_bytes()
    assert main(["lock", "disable", "--passphrase-file", str(secret)]) == 0
    assert not place.exists()


def test_it_is_a_readable_copy_whose_items_are_the_times_alone(tmp_path: Path) -> None:
    """The copy is one ReadableCopy (core/lock/readable_copy.py) with items of its own: its
    generic write and read, as the people's and numbers' copies use them, keep the times
    alone, 0600, and a session added joins them."""
    store_dir = tmp_path / "store"
    sessions_copy.COPY.keep(store_dir, True, [weekly()])
    place = sessions_copy.copy_path(store_dir)
    assert stat.S_IMODE(os.stat(place).st_mode) == 0o600
    for words in (WITH, TALK, NOTE, "a walk", "before:"):
        assert words.encode() not in place.read_bytes()
    sessions_copy.add(store_dir, Session(day=week(5), time="09:00", therapist=WITH))
    kept = sessions_copy.COPY.read(store_dir) or []
    assert [(s.day, s.time, s.therapist) for s in kept] == [
        (week(0), "10:05", ""),
        (week(5), "09:00", ""),
    ]
    assert kept[0].moved == {week(4): f"{week(4, 1)} 17:00"}
    sessions_copy.forget(store_dir)
    assert not place.exists()
