"""Property tests: whatever a person can write comes back exactly; whatever is invalid is
refused before it reaches the disk."""

from __future__ import annotations

import json
import string
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from footholds.core.store import Goal, InvalidEntry, LogEntry, Proof, Record, Store, ThoughtLog
from footholds.core.store.models import LOG_SOURCES, PROOF_SOURCES

SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# Any character a person can type or paste: every script, emoji, combining marks, format
# characters; newline and tab allowed, other control characters and lone surrogates not.
# "\r" is left out because it is normalised to "\n" (covered in test_store.py).
CHARS = st.characters(blacklist_categories=("Cs", "Cc")) | st.sampled_from("\n\t")
TEXT = st.text(CHARS, max_size=300)
# a long journal page right up to the 20,000-character limit, built from a shorter text
LONG_TEXT = TEXT | st.builds(
    lambda seed, size: (seed * (size // len(seed) + 1))[:size],
    st.text(CHARS, min_size=1, max_size=50),
    st.integers(19_990, 20_000),
)
VISIBLE = st.characters(blacklist_categories=("Cs", "Cc", "Zs", "Zl", "Zp"))
REQUIRED = st.builds(lambda a, b, c: a + b + c, TEXT, VISIBLE, TEXT)  # something to read
WORD = st.text(VISIBLE, min_size=1, max_size=20)
WORDS = st.lists(WORD, max_size=8, unique=True)

# whole-second offsets (real zones have had seconds: Liberia was -00:44:30 until 1972)
OFFSETS = st.builds(
    timezone,
    st.integers(-(24 * 3600 - 1), 24 * 3600 - 1).map(lambda s: timedelta(seconds=s)),
)
MOMENTS = st.datetimes(
    min_value=datetime(1970, 1, 1),
    max_value=datetime(2200, 12, 31, 23, 59),
    timezones=st.one_of(OFFSETS, st.timezones()),
)
DAYS = st.dates(min_value=datetime(1970, 1, 1).date(), max_value=datetime(2200, 12, 31).date())
IDS = st.text(string.ascii_letters + string.digits + "_.:-", min_size=1, max_size=64)


@st.composite
def log_entries(draw: st.DrawFn) -> LogEntry:
    entry = LogEntry(
        id=draw(IDS),
        at=draw(MOMENTS),
        feelings=draw(st.lists(WORD, max_size=10, unique=True)),
        energy=draw(st.none() | st.integers(1, 5)),
        wins=draw(WORDS),
        note=draw(LONG_TEXT),
        trigger=draw(TEXT),
        tried=draw(TEXT),
        helped=draw(TEXT),
        part=" ".join(draw(st.lists(WORD, max_size=3))),
        source=draw(st.sampled_from(LOG_SOURCES)),
    )
    if entry.is_empty():
        entry.note = draw(REQUIRED)
    return entry


@st.composite
def proofs(draw: st.DrawFn) -> Proof:
    return Proof(
        id=draw(IDS),
        at=draw(MOMENTS),
        day=draw(DAYS).isoformat(),
        text=draw(REQUIRED),
        tags=draw(st.lists(WORD, max_size=10, unique=True)),
        source=draw(st.sampled_from(PROOF_SOURCES)),
    )


@st.composite
def thought_logs(draw: st.DrawFn) -> ThoughtLog:
    return ThoughtLog(
        id=draw(IDS),
        at=draw(MOMENTS),
        thought=draw(REQUIRED),
        belief_before=draw(st.none() | st.integers(0, 100)),
        answers=draw(st.dictionaries(WORD, TEXT, max_size=6)),
        traps=draw(st.lists(WORD, max_size=15, unique=True)),
        balanced=draw(TEXT),
        belief_after=draw(st.none() | st.integers(0, 100)),
    )


@st.composite
def goals(draw: st.DrawFn) -> Goal:
    steps = [
        {
            "id": draw(IDS),
            "text": draw(REQUIRED.map(lambda s: s[:500])),
            "done_at": draw(st.just("") | MOMENTS.map(datetime.isoformat)),
        }
        for _ in range(draw(st.integers(0, 5)))
    ]
    return Goal(
        id=draw(IDS),
        at=draw(MOMENTS),
        title=draw(REQUIRED.map(lambda s: s[:500])),
        steps=steps,
        done_at=draw(st.none() | MOMENTS),
    )


VALID = st.one_of(log_entries(), proofs(), thought_logs(), goals())


@contextmanager
def fresh_store(*, durable: bool = True) -> Iterator[Store]:
    with tempfile.TemporaryDirectory() as tmp:
        store = Store(Path(tmp) / "store", aside_dir=Path(tmp) / "aside", durable=durable)
        store.open()
        try:
            yield store
        finally:
            store.close()


def snapshot(folder: Path) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes() for p in folder.rglob("*") if p.is_file()
    }


@SETTINGS
@given(VALID)
def test_valid_records_round_trip_exactly(record: Record) -> None:
    as_written = dict(record.to_dict())
    with fresh_store() as store:
        store.add(record)
        stored = record.to_dict()
        # what the person wrote is what is stored (only whitespace inside labels is tidied)
        for name in ("note", "trigger", "tried", "helped", "text", "thought", "balanced", "title"):
            if name in as_written:
                assert stored[name] == as_written[name]
        store.close()
        reopened = Store(store.folder, aside_dir=store.aside_dir)
        reopened.open()
        again = reopened.get(type(record), record.id)
        assert again is not None
        assert again.to_dict() == stored
        # the same instant and offset (compared by difference: == between zones is False
        # for a wall time in a DST fold, by design of datetime)
        assert again.at - record.at == timedelta(0)
        assert again.at.utcoffset() == record.at.utcoffset()
        assert again.month == record.month
        assert reopened.pending() == 0 and reopened.notices == []
        reopened.close()
    dumped = json.dumps(stored, ensure_ascii=False)
    back = type(record).from_dict(json.loads(dumped))
    assert back.to_dict() == stored
    assert json.dumps(back.to_dict(), ensure_ascii=False) == dumped


def _breakages(record: Record) -> list[tuple[str, Any]]:
    """Ways to make a valid record invalid, each a (field, bad value) pair."""
    text_fields = {
        LogEntry: "note",
        Proof: "text",
        ThoughtLog: "thought",
        Goal: "title",
    }
    name = text_fields[type(record)]
    good = getattr(record, name)
    limit = 500 if isinstance(record, Goal) else 4000 if isinstance(record, Proof) else 20_000
    out: list[tuple[str, Any]] = [
        (name, 12345),
        (name, ["a list"]),
        (name, good + "x" * (limit + 1 - len(good))),
        ("at", record.at.replace(tzinfo=None)),
        ("at", record.at.replace(tzinfo=timezone(timedelta(hours=2, microseconds=5)))),
        ("at", "not a time"),
        ("at", 1_700_000_000),
        ("id", "has space"),
        ("id", ""),
    ]
    out += [(name, good + c) for c in ("\x00", "\x1b", "\x7f", "\x85", "\x0b", "\ud800")]
    if not isinstance(record, LogEntry):  # a log entry needs only one of its fields
        out.append((name, " \n\t "))
    if isinstance(record, LogEntry):
        out += [("energy", 0), ("energy", 6), ("energy", 2.5), ("feelings", "sad"), ("source", "x")]
    if isinstance(record, Proof):
        out += [("day", "2026-13-01"), ("day", "1969-12-31"), ("tags", [1])]
    if isinstance(record, ThoughtLog):
        out += [("belief_before", -1), ("belief_after", 101), ("answers", {"q": 5})]
    if isinstance(record, Goal):
        out += [
            ("steps", [{"text": ""}]),
            ("steps", "one step"),
            ("done_at", "2201-01-01T00:00+00:00"),
        ]
    return out


@SETTINGS
@given(VALID, st.data())
def test_invalid_records_are_refused_and_change_nothing(
    record: Record, data: st.DataObject
) -> None:
    field, bad = data.draw(st.sampled_from(_breakages(record)))
    with fresh_store() as store:
        other = store.add(LogEntry(note="already saved", at=record.at))
        before = snapshot(store.folder)
        values = record.to_dict()
        values[field] = bad
        broken = type(record)(**values)
        try:
            store.add(broken)
        except InvalidEntry as exc:
            message = str(exc)  # a plain sentence for the person
            assert message[0].isupper() and message.endswith("."), message
        else:
            raise AssertionError(f"{field}={bad!r} was saved")
        assert snapshot(store.folder) == before
        assert store.pending() == 0
        assert store.get(type(record), record.id) is None
        assert store.all(LogEntry) == [other]
        try:
            type(record).from_dict(values)
        except InvalidEntry:
            pass
        else:
            raise AssertionError(f"from_dict let {field}={bad!r} through")


@SETTINGS
@given(VALID, st.dictionaries(st.text(min_size=1, max_size=10), st.integers(), min_size=1))
def test_unknown_fields_are_refused(record: Record, extra: dict[str, int]) -> None:
    values = record.to_dict()
    names = set(values)
    extra = {k: v for k, v in extra.items() if k not in names}
    if not extra:
        return
    try:
        type(record).from_dict({**values, **extra})
    except InvalidEntry as exc:
        assert "unknown fields" in str(exc)
    else:
        raise AssertionError("unknown fields were accepted")


EDGE_OFFSETS = st.builds(
    timezone,
    st.sampled_from(
        [timedelta(hours=h) for h in (-23.99, -12, -1, 0, 1, 5.5, 14, 23.99)]
        + [timedelta(hours=23, minutes=59, seconds=59), -timedelta(hours=23, minutes=59)]
    ),
)
# local times within half a day of a month boundary (or a few days), in far-apart zones:
# the files of both months then hold entries from the same hours of UTC
NEAR_BOUNDARIES = st.one_of(
    st.datetimes(datetime(2026, 1, 31, 12), datetime(2026, 2, 1, 12), timezones=EDGE_OFFSETS),
    st.datetimes(datetime(2025, 12, 29), datetime(2026, 3, 3), timezones=EDGE_OFFSETS),
)


@SETTINGS
@given(
    st.lists(NEAR_BOUNDARIES, min_size=1, max_size=40),
    NEAR_BOUNDARIES,
    NEAR_BOUNDARIES,
    st.integers(0, 12),
)
def test_reading_by_month_matches_a_full_sort(
    moments: list[datetime], start: datetime, end: datetime, count: int
) -> None:
    """Reading only some month files, or month by month, gives the same answer as sorting
    every entry by its moment."""
    with fresh_store(durable=False) as store:  # this is about reading: skip the fsyncs
        saved = [store.add(LogEntry(note=str(n), at=m)) for n, m in enumerate(moments)]
        store.close()
        reopened = Store(store.folder, aside_dir=store.aside_dir, cached_months=1)
        reopened.open()
        start, end = min(start, end), max(start, end)
        want = sorted((e for e in saved if start <= e.at < end), key=lambda e: e.at)
        got = reopened.between(LogEntry, start, end)
        assert [e.at for e in got] == [e.at for e in want]
        assert {e.id for e in got} == {e.id for e in want}
        everything = [e.at for e in sorted(saved, key=lambda e: e.at)]
        assert [e.at for e in reopened.iter_records(LogEntry)] == everything
        assert [e.at for e in reopened.all(LogEntry)] == everything
        newest = sorted(saved, key=lambda e: e.at, reverse=True)[:count]
        assert [e.at for e in reopened.latest(LogEntry, count)] == [e.at for e in newest]
        reopened.close()
