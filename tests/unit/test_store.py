"""The store's repository API: saving, finding and refusing entries, file modes, Unicode."""

from __future__ import annotations

import dataclasses
import os
import stat
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from typing import Any, TypeVar
from zoneinfo import ZoneInfo

import pytest

from footholds.core.store import (
    ActivityPlan,
    Goal,
    InvalidEntry,
    LogEntry,
    Proof,
    Record,
    ReminderEvent,
    RoutineCheck,
    SleepEntry,
    Store,
    ThoughtLog,
)
from footholds.core.store.validate import CONTROL, stored
from support import person_day

EAST = timezone(timedelta(hours=14))  # Kiribati
WEST = timezone(timedelta(hours=-12))
BERLIN = ZoneInfo("Europe/Berlin")
R = TypeVar("R", bound=Record)


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file under `folder` with its bytes, to prove a refusal changed nothing."""
    return {
        p.relative_to(folder).as_posix(): p.read_bytes() for p in folder.rglob("*") if p.is_file()
    }


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    s = Store(tmp_path / "store", aside_dir=tmp_path / "aside")
    s.open()
    yield s
    s.close()


def reopen(store: Store) -> Store:
    store.close()
    fresh = Store(store.folder, aside_dir=store.aside_dir, cached_months=store.cached_months)
    fresh.open()
    return fresh


def found(store: Store, model: type[R], record_id: str) -> R:
    record = store.get(model, record_id)
    assert record is not None, f"{model.KIND} {record_id} is missing"
    return record


def at(y: int, m: int, d: int, h: int = 12, tz: timezone | ZoneInfo = UTC) -> datetime:
    return datetime(y, m, d, h, tzinfo=tz)


# -- saving and finding -------------------------------------------------------------------


def test_add_get_update_remove_survive_reopen(store: Store) -> None:
    entry = store.add(LogEntry(feelings=["tired", "calm"], energy=2, note="slow morning"))
    proof = store.add(Proof(text="I got through the move.", day="2025-06-01"))
    assert store.get(LogEntry, entry.id) is entry
    assert store.get(Proof, proof.id) is proof

    store.update(dataclasses.replace(entry, note="slow morning, better by noon"))
    store.update(dataclasses.replace(proof, tags=["moving"]))
    store = reopen(store)
    assert found(store, LogEntry, entry.id).note == "slow morning, better by noon"
    assert found(store, Proof, proof.id).tags == ["moving"]

    store.remove(entry)
    store.remove(proof)
    store = reopen(store)
    assert store.get(LogEntry, entry.id) is None
    assert store.get(Proof, proof.id) is None
    assert store.count(LogEntry) == 0
    assert store.all(Proof) == []


def test_get_of_the_wrong_kind_is_none(store: Store) -> None:
    proof = store.add(Proof(day=person_day(), text="A hard week, done."))
    assert store.get(Goal, proof.id) is None
    assert store.get(LogEntry, "no-such-id") is None


def test_add_twice_and_update_missing_are_refused(store: Store) -> None:
    entry = store.add(LogEntry(wins=["drank water"]))
    with pytest.raises(InvalidEntry, match="already saved"):
        store.add(entry)
    ghost = LogEntry(note="never saved")
    with pytest.raises(InvalidEntry, match="no longer in Footholds"):
        store.update(ghost)
    store.remove(ghost)  # removing what is not there is harmless
    assert store.count(LogEntry) == 1


def test_entries_are_filed_by_their_own_month(store: Store) -> None:
    store.add(LogEntry(note="last of January", at=at(2026, 1, 31, 23, EAST)))
    store.add(LogEntry(note="first of February", at=at(2026, 2, 1, 0, WEST)))
    store.add(ReminderEvent(reminder="rest", outcome="done", at=at(2026, 2, 3)))
    store.add(RoutineCheck(day="2026-03-01", item_id="teeth", at=at(2026, 3, 1, 8, BERLIN)))
    assert store.months(LogEntry) == ["2026-01", "2026-02"]
    assert store.months(ReminderEvent) == ["2026-02"]
    assert store.months(RoutineCheck) == ["2026-03"]
    folder = store.folder
    assert sorted(p.name for p in (folder / "log").iterdir()) == ["2026-01.json", "2026-02.json"]
    store = reopen(store)
    assert store.months(LogEntry) == ["2026-01", "2026-02"]


def test_between_takes_neighbour_months_in_other_time_zones(store: Store) -> None:
    # Filed under January (local), but already 1 February in UTC.
    late_jan_west = store.add(LogEntry(note="a", at=datetime(2026, 1, 31, 23, tzinfo=WEST)))
    # Filed under February (local), but still 31 January in UTC.
    early_feb_east = store.add(LogEntry(note="b", at=datetime(2026, 2, 1, 1, tzinfo=EAST)))
    mid_feb = store.add(LogEntry(note="c", at=at(2026, 2, 14)))
    store.add(LogEntry(note="d", at=at(2026, 3, 2)))
    store = reopen(store)

    feb_utc = store.between(LogEntry, at(2026, 2, 1, 0), at(2026, 3, 1, 0))
    assert [e.id for e in feb_utc] == [late_jan_west.id, mid_feb.id]
    jan_utc = store.between(LogEntry, at(2026, 1, 1, 0), at(2026, 2, 1, 0))
    assert [e.id for e in jan_utc] == [early_feb_east.id]
    # start <= at < end, oldest first, whatever zone the bounds are in
    start = datetime(2026, 1, 31, 11, tzinfo=EAST)  # 30 January, 21:00 UTC
    end = datetime(2026, 2, 14, 13, tzinfo=BERLIN)  # exactly when "c" was written
    assert [e.note for e in store.between(LogEntry, start, end)] == ["b", "a"]
    end = end + timedelta(minutes=1)
    assert [e.note for e in store.between(LogEntry, start, end)] == ["b", "a", "c"]


def test_between_refuses_naive_bounds(store: Store) -> None:
    with pytest.raises(InvalidEntry, match="time zone"):
        store.between(LogEntry, datetime(2026, 1, 1), datetime(2026, 2, 1, tzinfo=UTC))


def test_latest_is_newest_first_across_months_and_zones(store: Store) -> None:
    for day in range(1, 29):
        store.add(LogEntry(note=f"march {day}", at=at(2026, 3, day)))
    # filed under April, made earlier in time than the late-March entry below
    april = store.add(LogEntry(note="april east", at=datetime(2026, 4, 1, 0, 30, tzinfo=EAST)))
    march = store.add(LogEntry(note="march west", at=datetime(2026, 3, 31, 23, tzinfo=WEST)))
    store = reopen(store)
    assert [e.id for e in store.latest(LogEntry, 1)] == [march.id]
    assert [e.id for e in store.latest(LogEntry, 2)] == [march.id, april.id]
    newest = store.latest(LogEntry, 5)
    assert [e.note for e in newest[2:]] == ["march 28", "march 27", "march 26"]
    assert len(store.latest(LogEntry, 100)) == 30
    assert store.latest(LogEntry, 0) == []


def test_latest_reads_only_the_months_it_needs(store: Store) -> None:
    for month in range(1, 13):
        for day in (5, 20):
            store.add(LogEntry(note=f"{month}/{day}", at=at(2025, month, day)))
    store = reopen(store)
    assert [e.note for e in store.latest(LogEntry, 2)] == ["12/20", "12/5"]
    assert [key[1] for key in store._months] == ["2025-12"]


def test_update_keeps_an_entry_in_its_month(store: Store) -> None:
    entry = store.add(LogEntry(note="first", at=at(2026, 5, 31, 22)))
    store.update(dataclasses.replace(entry, note="second"))
    moved = dataclasses.replace(entry, at=at(2026, 6, 2))
    with pytest.raises(InvalidEntry, match="no longer in Footholds"):
        store.update(moved)
    store = reopen(store)
    assert [e.note for e in store.all(LogEntry)] == ["second"]


def test_small_kinds_all_and_between_are_oldest_first(store: Store) -> None:
    newer = store.add(Proof(day=person_day(), text="newer", at=at(2026, 2, 1)))
    older = store.add(Proof(day=person_day(), text="older", at=at(2025, 2, 1)))
    assert [p.id for p in store.all(Proof)] == [older.id, newer.id]
    assert [p.id for p in store.latest(Proof, 1)] == [newer.id]
    assert [p.id for p in store.between(Proof, at(2026, 1, 1), at(2027, 1, 1))] == [newer.id]


def test_iter_records_walks_every_month_without_caching(tmp_path: Path) -> None:
    store = Store(tmp_path / "s", aside_dir=tmp_path / "a", cached_months=2)
    store.open()
    for month in range(1, 13):
        store.add(LogEntry(note=str(month), at=at(2024, month, 3)))
    store = reopen(store)
    assert [e.note for e in store.iter_records(LogEntry)] == [str(m) for m in range(1, 13)]
    assert store.count(LogEntry) == 12
    assert len(store._months) == 0
    assert len(store.between(LogEntry, at(2024, 1, 1), at(2025, 1, 1))) == 12
    assert len(store._months) <= 2


def test_changed_hook_names_the_kind(store: Store) -> None:
    seen: list[str] = []
    store.changed.connect(seen.append)
    entry = store.add(LogEntry(note="x"))
    store.add(Proof(day=person_day(), text="y"))
    store.remove(entry)
    assert seen == ["log", "proof", "log"]


def test_closed_store_refuses_to_work(tmp_path: Path) -> None:
    store = Store(tmp_path / "s", aside_dir=tmp_path / "a")
    with pytest.raises(RuntimeError, match="not open"):
        store.add(LogEntry(note="x"))
    with pytest.raises(RuntimeError, match="not open"):
        store.all(Proof)


# -- privacy --------------------------------------------------------------------------------


@pytest.mark.skipif(os.name != "posix", reason="file modes are a POSIX thing")
def test_files_are_0600_and_folders_0700(tmp_path: Path) -> None:
    old_umask = os.umask(0o022)  # a typical, permissive umask must not leak through
    try:
        store = Store(tmp_path / "data" / "store", aside_dir=tmp_path / "data" / "aside")
        store.open()
        store.add(LogEntry(note="private", at=at(2026, 1, 5)))
        store.add(ReminderEvent(at=at(2026, 1, 5)))
        store.add(Proof(day=person_day(), text="private too"))
        store.close()
    finally:
        os.umask(old_umask)
    folder = tmp_path / "data" / "store"
    files = [p for p in folder.rglob("*") if p.is_file()]
    folders = [folder, *(p for p in folder.rglob("*") if p.is_dir())]
    assert len(files) == 4 and len(folders) == 3  # meta, proof, log month, reminder month
    for path in files:
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path
    for path in folders:
        assert stat.S_IMODE(path.stat().st_mode) == 0o700, path


# -- refusing what cannot be saved ---------------------------------------------------------

NAIVE = datetime(2026, 3, 1, 12)
ODD = timezone(timedelta(microseconds=1))  # not a real zone; "+00:00:00.000001" reads back as UTC
# the wrong types are the point: each entry must refuse them
REFUSED = [
    (lambda: LogEntry(note=42), "The note should be text"),  # type: ignore[arg-type]
    (lambda: LogEntry(feelings="sad"), "Feelings should be a list"),  # type: ignore[arg-type]
    (lambda: LogEntry(energy="3"), "Energy should be a whole number"),  # type: ignore[arg-type]
    (lambda: LogEntry(energy=True), "Energy should be a whole number"),
    (lambda: LogEntry(energy=9), "Energy should be from 1 to 5"),
    (lambda: LogEntry(note="x", source="email"), "Source should be one of"),
    (lambda: LogEntry(), "nothing to save"),
    (lambda: LogEntry(note="   \n\t "), "nothing to save"),
    (lambda: Proof(day=person_day(), text=""), "What you got through can't be empty"),
    (lambda: Proof(day=person_day(), text="  \n "), "can't be empty"),
    (lambda: ThoughtLog(thought=""), "The thought can't be empty"),
    (lambda: ThoughtLog(thought="x", belief_before=101), "from 0 to 100"),
    (lambda: ThoughtLog(thought="x", answers=["a"]), "Answers should be a set of answers"),  # type: ignore[arg-type]
    (lambda: Goal(title="x", steps=[{"text": "a", "colour": "red"}]), "not in the expected shape"),
    (lambda: LogEntry(note="x" * 20_001), "20,001 characters, and 20,000 is the most that fits"),
    (lambda: LogEntry(note="bell\x00"), "The note: some invisible control characters got in"),
    (lambda: LogEntry(note="esc\x1b[31m"), "invisible control characters"),
    (lambda: LogEntry(note="del\x7f"), "invisible control characters"),
    (lambda: LogEntry(note="nel\x85"), "invisible control characters"),
    (lambda: LogEntry(feelings=["ok\x00"]), "Feelings: some invisible control characters got in"),
    # the direction overrides, embeddings and isolates turn the words around unseen
    (lambda: LogEntry(note="RTL: \u202eevil txt.exe"), "The note: some invisible control"),
    (lambda: LogEntry(note="\u202aembedded\u202c"), "invisible control characters"),
    (
        lambda: Proof(day=person_day(), text="\u2066isolated\u2069"),
        "What you got through: some invisible",
    ),
    (lambda: LogEntry(feelings=["\u2067sad\u2069"]), "Feelings: some invisible control"),
    # noncharacters are no letters: a paste brings them, and they show as an empty box
    (lambda: LogEntry(note="box \uffff"), "The note: some invisible control"),
    (lambda: LogEntry(note="\ufdd0x\U0010fffe"), "invisible control characters"),
    (lambda: LogEntry(note="half \ud83d"), "broken character"),
    (lambda: LogEntry(note="x", at=datetime(1969, 12, 31, tzinfo=UTC)), "1969-12-31 is outside"),
    (lambda: LogEntry(note="x", at=datetime(2201, 1, 1, tzinfo=UTC)), "2201-01-01 is outside the"),
    (lambda: LogEntry(note="x", at=NAIVE), "The time needs a time zone"),
    (lambda: LogEntry(note="x", at=NAIVE.replace(tzinfo=ODD)), "a time zone I can't store"),
    (lambda: LogEntry(note="x", at="yesterday"), "not a date and time I understand"),  # type: ignore[arg-type]
    (lambda: Proof(text="x", day="1969-07-20"), "1969-07-20 is outside the years"),
    (lambda: Proof(text="x", day="14/03/2026"), "should be a date like"),
    (lambda: Goal(title="x", done_at=NAIVE), "needs a time zone"),
    (lambda: LogEntry(note="x", id="../../etc"), "an id I can't use"),
]


@pytest.mark.parametrize(("make", "message"), REFUSED)
def test_invalid_entries_are_refused_and_nothing_changes(
    store: Store, make: Callable[[], Record], message: str
) -> None:
    store.add(LogEntry(note="already here", at=at(2026, 3, 1)))
    store.add(Proof(day=person_day(), text="already here"))
    store.add(Goal(title="already here"))
    store.add(ThoughtLog(thought="already here"))
    before = snapshot(store.folder)
    with pytest.raises(InvalidEntry, match=message):
        store.add(make())
    assert snapshot(store.folder) == before
    assert store.pending() == 0


def test_invalid_update_changes_nothing(store: Store) -> None:
    entry = store.add(LogEntry(note="kept", at=at(2026, 3, 1)))
    before = snapshot(store.folder)
    with pytest.raises(InvalidEntry, match="is the most that fits"):
        store.update(dataclasses.replace(entry, note="y" * 20_001))
    with pytest.raises(InvalidEntry, match="control characters"):
        store.update(dataclasses.replace(entry, note="a\x1bb"))
    assert snapshot(store.folder) == before
    assert found(store, LogEntry, entry.id).note == "kept"


def test_limits_and_allowed_whitespace_are_accepted(store: Store) -> None:
    entry = store.add(LogEntry(note="x" * 20_000 + "", trigger="tab\there\nnew line"))
    assert len(found(store, LogEntry, entry.id).note) == 20_000
    edge = store.add(LogEntry(note="edges", at=datetime(1970, 1, 1, tzinfo=UTC)))
    far = store.add(LogEntry(note="edges", at=datetime(2200, 12, 31, 23, tzinfo=UTC)))
    store = reopen(store)
    assert store.get(LogEntry, edge.id) is not None
    assert store.get(LogEntry, far.id) is not None
    assert found(store, LogEntry, entry.id).trigger == "tab\there\nnew line"


def test_words_kept_before_direction_controls_were_refused_still_read(store: Store) -> None:
    # written as an older Footholds did, when they were let through
    with stored():
        entry = store.add(LogEntry(note="\u202eold words\uffff", feelings=["\u2067sad\u2069"]))
    store = reopen(store)
    again = found(store, LogEntry, entry.id)
    assert (again.note, again.feelings) == ("\u202eold words\uffff", ["\u2067sad\u2069"])
    assert not store.aside_dir.exists() or not any(store.aside_dir.iterdir())  # nothing set aside
    # the same words written now are refused, even after the stored ones were read
    with pytest.raises(InvalidEntry, match="Feelings: some invisible control"):
        store.add(LogEntry(feelings=["\u2067sad\u2069"]))


def test_pasted_words_lose_noncharacters_as_they_lose_controls() -> None:
    pasted = "a\ufffeb\uffffc\ufdd0d\ufdefe\U0001fffff\U0010ffffg\x07"
    assert CONTROL.sub("", pasted) == "abcdefg"
    kept = "\ufdcf\ufdf0\ufffd\U0001f600 \u200dé"  # letters, emoji, joiners and the mark stay
    assert CONTROL.sub("", kept) == kept


def test_windows_line_endings_become_newlines(store: Store) -> None:
    entry = store.add(LogEntry(note="one\r\ntwo\rthree"))
    assert entry.note == "one\ntwo\nthree"


# -- every script and symbol comes back exactly -------------------------------------------

UNICODE = [
    "Tired but here 🙂🌧️👩🏽‍🦱 🏳️‍🌈",  # emoji with modifiers, ZWJ sequences
    "אני עייפה היום, אבל קמתי",  # Hebrew, right to left
    "تعبت اليوم ولكنني خرجت قليلا",  # Arabic, right to left
    "mixed: hello עולם \u200f(RLM) \u200e(LRM) \u061c(ALM)",  # the direction marks are kept
    "cafe\u0301 n\u0303 a\u0308\u0304 Z\u0351\u0359a\u0352l\u0353",  # combining marks, not NFC
    "日本語のメモ、中文笔记、한국어",
    "zero\u200bwidth\u200dmarks\ufeff and\u00a0nbsp",
]


@pytest.mark.parametrize("text", UNICODE)
def test_unicode_round_trips_exactly(store: Store, text: str) -> None:
    entry = store.add(LogEntry(note=text, feelings=[text[:20]], part=text[:30]))
    proof = store.add(Proof(day=person_day(), text=text, tags=[text[:10]]))
    thought = store.add(ThoughtLog(thought=text, answers={"evidence": text}, balanced=text))
    store = reopen(store)
    again = store.get(LogEntry, entry.id)
    assert again is not None and again.note == text and again.to_dict() == entry.to_dict()
    assert found(store, Proof, proof.id).text == text
    assert found(store, ThoughtLog, thought.id).answers == {"evidence": text}
    # stored as UTF-8 text, not escaped, so an export or a person reading the file sees it
    assert text.encode() in (store.folder / "proof.json").read_bytes()


@pytest.mark.parametrize("model", [Proof, ActivityPlan, SleepEntry])
def test_a_person_s_day_has_no_calendar_default(model: type[Record]) -> None:
    """At 1 am, before the day-start hour, the calendar's date is the person's tomorrow: a
    proof, a plan or a night made without its day would be filed a day late. Only the caller
    knows the person's day, so it must say it."""
    values: dict[str, Any] = {"text": "walked"}
    if model is SleepEntry:
        values = {"bed": "23:00", "up": "07:00"}
    with pytest.raises(TypeError, match="day"):
        model(**values)


@pytest.mark.parametrize("model", [Proof, ActivityPlan, SleepEntry])
def test_a_record_kept_without_its_day_reads_dated_by_its_own_moment(
    model: type[Record],
) -> None:
    """A file written before the day was always said still reads: the entry is dated as the
    calendar default dated it then, by the moment it was made."""
    values = {"text": "walked"} if model is not SleepEntry else {"bed": "23:00", "up": "07:00"}
    at = datetime(2024, 3, 1, 0, 58, tzinfo=timezone(timedelta(hours=-5)))
    record = model.from_dict({**values, "at": at.isoformat()})
    assert record.day == "2024-03-01"  # type: ignore[attr-defined]
