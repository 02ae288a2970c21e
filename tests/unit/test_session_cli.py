"""`footholds session add|list|remove`, as a person would type it (no app running)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from footholds.cli.parser import build_parser
from footholds.cli.session import add_to, describe, remove_from
from footholds.core.paths import Paths
from footholds.core.store import Session, Store
from support import child_env


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "footholds", "session", *args],
        capture_output=True,
        text=True,
        timeout=120,
        env=child_env(),
        stdin=subprocess.DEVNULL,
    )


def stored() -> list[Session]:
    paths = Paths.from_env()
    store = Store(paths.store_dir, aside_dir=paths.aside_dir)
    store.open()
    try:
        return store.all(Session)
    finally:
        store.close()


def test_the_parser_reads_a_repeating_slot() -> None:
    args = build_parser().parse_args(
        ["session", "add", "2026-12-08", "9:30".zfill(5), "--every", "2w", "--with", "Ana"]
    )
    assert (args.day, args.time, args.every, args.minutes, args.therapist) == (
        "2026-12-08",
        "09:30",
        "2w",
        50,
        "Ana",
    )


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["2026-12-08", "25:00"], "'25:00' is not a time like 17:30"),
        (["2026-12-08", "17:60"], "'17:60' is not a time like 17:30"),
        (["2026-12-08", "5pm"], "'5pm' is not a time like 17:30"),
        (["9999-12-31", "10:00"], "9999-12-31 is too far away"),
        (["2026-02-30", "10:00"], "'2026-02-30' is not a date like 2026-03-14"),
        (["soon", "10:00"], "'soon' is not a date like 2026-03-14"),
        (
            ["2026-12-08", "10:00", "--every", "3w"],
            "'3w' is not one of the choices for --every: 1w, 2w, 4w",
        ),
        (["2026-12-08", "10:00", "--minutes", "0"], "'0' is not a length from 5 to 600 minutes"),
        (["2026-12-08", "10:00", "--with", "A" * 101], "100 is the most that fits"),
    ],
)
def test_bad_dates_and_times_get_one_clear_line_and_save_nothing(
    args: list[str], words: str
) -> None:
    result = run_cli("add", *args)
    assert result.returncode == 2
    assert words in result.stderr and "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert stored() == []


def test_add_list_and_remove_without_the_app() -> None:
    added = run_cli("add", "2026-12-08", "17:00", "--every", "1w", "--with", "Dr  Ana")
    assert added.returncode == 0, added.stderr
    assert "every week on Tuesdays at 17:00" in added.stdout and "with Dr Ana" in added.stdout
    [session] = stored()
    assert (session.day, session.time, session.every, session.minutes) == (
        "2026-12-08",
        "17:00",
        "1w",
        50,
    )
    listed = run_cli("list")
    assert listed.returncode == 0
    assert listed.stdout.startswith(session.id[:8] + "  every week")
    assert "Next: Tue" in listed.stdout
    removed = run_cli("remove", session.id[:8])
    assert removed.returncode == 0, removed.stderr
    assert removed.stdout.startswith("Removed every week")
    assert stored() == []


def test_list_with_no_sessions_says_how_to_add_one() -> None:
    result = run_cli("list")
    assert result.returncode == 0 and "footholds session add" in result.stdout


def test_list_with_only_past_sessions_says_none_is_coming_up() -> None:
    paths = Paths.from_env()
    store = Store(paths.store_dir, aside_dir=paths.aside_dir)
    store.open()
    try:
        past = store.add(Session(day="2020-01-07", time="17:00", therapist="Dr Ana"))
    finally:
        store.close()
    result = run_cli("list")
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [
        f"{past.id[:8]}  2020-01-07 at 17:00, 50 minutes, with Dr Ana",
        "No session coming up.",
    ]


def test_removing_an_unknown_or_too_short_id_changes_nothing(tmp_path: Path) -> None:
    store = Store(tmp_path / "s", aside_dir=tmp_path / "a")
    store.open()
    kept = store.add(Session(day="2026-12-08", time="17:00"))
    for wanted in ("zzzz", kept.id[:3], ""):
        ok, message = remove_from(store, {"id": wanted})
        assert not ok and "footholds session list" in message
    assert store.all(Session) == [kept]


def test_a_session_keeping_words_is_removed_only_when_asked_with_them(tmp_path: Path) -> None:
    store = Store(tmp_path / "s", aside_dir=tmp_path / "a")
    store.open()
    talk = store.add(Session(day="2026-12-08", talk_about="My sister's visit"))
    noted = store.add(
        Session(day="2026-12-09", time="17:00", notes=[{"day": "2026-12-09", "try": "Walk"}])
    )
    ok, message = remove_from(store, {"id": talk.id[:8]})
    assert not ok and "keeps what you want to talk about. Nothing was removed." in message
    assert f"footholds session remove {talk.id[:8]} --with-words" in message
    ok, message = remove_from(store, {"id": noted.id[:8], "with_words": False})
    assert not ok and "keeps your notes for it" in message
    assert len(store.all(Session)) == 2
    ok, message = remove_from(store, {"id": talk.id[:8], "with_words": True})
    assert ok and message == (
        "Removed 2026-12-08 (date only), together with what you want to talk about."
    )
    assert [s.id for s in store.all(Session)] == [noted.id]


def test_the_parser_takes_with_words_for_remove() -> None:
    args = build_parser().parse_args(["session", "remove", "abcd1234", "--with-words"])
    assert args.with_words and args.id == "abcd1234"


def test_the_running_app_side_refuses_a_bad_record_plainly(tmp_path: Path) -> None:
    store = Store(tmp_path / "s", aside_dir=tmp_path / "a")
    store.open()
    ok, message = add_to(store, {"session": {"day": "2026-12-08", "time": "25:00"}})
    assert not ok and "The session time should be a time like 17:30." in message
    ok, message = add_to(store, {"session": "garbage"})
    assert not ok and message.startswith("footholds: A session entry should be an object")
    assert store.all(Session) == []


def test_a_one_off_and_a_date_only_session_read_plainly() -> None:
    assert describe(Session(day="2026-12-10", time="09:00", minutes=60)) == (
        "2026-12-10 at 09:00, 60 minutes"
    )
    assert describe(Session(day="2026-12-10")) == "2026-12-10 (date only)"
