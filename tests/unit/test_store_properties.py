"""Property tests: whatever a person can write comes back exactly (from the store and from the
JSON export); whatever is invalid is refused before it reaches the disk."""

from __future__ import annotations

import io
import json
import string
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import fields
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from footholds.core import export
from footholds.core.store import (
    MODELS,
    Activity,
    ActivityPlan,
    Affirmation,
    ContentMark,
    Goal,
    InvalidEntry,
    LogEntry,
    MedicationTaken,
    Medicine,
    OwnItem,
    OwnLine,
    Person,
    Proof,
    QuestionnaireAnswers,
    Record,
    ReminderEvent,
    RoutineCheck,
    RoutineItem,
    SafetyPlan,
    Session,
    SleepEntry,
    Store,
    ThoughtLog,
)
from footholds.core.store import validate as v
from footholds.core.store.models import (
    ACTIVITY_KINDS,
    LOG_SOURCES,
    OUTCOMES,
    OWN_PACKS,
    PLAN_SOURCES,
    POSTURES,
    PROOF_SOURCES,
    REMINDER_KINDS,
    SLEEP_SOURCES,
)

SETTINGS = settings(
    max_examples=30,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

# Any character a person can type or paste: every script, emoji, combining marks, format
# characters; newline and tab allowed, other control characters and lone surrogates not.
# "\r" is left out because it is normalised to "\n" (covered in test_store.py).
# The direction embeddings, overrides and isolates turn text around unseen: refused like
# control characters (the marks U+200E, U+200F, U+061C stay).
DIRECTION = "".join(map(chr, [*range(0x202A, 0x202F), *range(0x2066, 0x206A)]))
# Unicode's noncharacters (U+FDD0-U+FDEF, the last two of every plane) are no letters: a paste
# brings them and they show as an empty box; refused too (core/store/validate.py)
NONCHARACTERS = "".join(map(chr, range(0xFDD0, 0xFDF0))) + "".join(
    chr(plane + last) for plane in range(0, 0x110000, 0x10000) for last in (0xFFFE, 0xFFFF)
)
REFUSED = DIRECTION + NONCHARACTERS
CHARS = st.characters(
    blacklist_categories=("Cs", "Cc"), blacklist_characters=REFUSED
) | st.sampled_from("\n\t")
# pieces hypothesis rarely finds on its own: emoji sequences (ZWJ, skin tone, flags, keycap),
# right-to-left text and overrides, combining marks, the replacement character, a tag character
TRICKY = st.sampled_from(
    [
        "👩🏽‍💻",
        "👨‍👩‍👧‍👦",
        "🇺🇦🏳️‍🌈",
        "1️⃣",
        "שלום עולם",
        "مرحبا\u200f",
        "\u200fRTL mark\u200e",
        "\u061carabic letter mark",
        "e\u0301\u0308\u0323",
        "Z̷̢͔a̸͎l̵g̴o",
        "\u200b\u200d\ufeff\u00ad",
        "\ufffd replacement",
        "\U000e0001 tag",
        "\u2028\u2029",
        "\n\n\t",
        "漢字かなカナ한글",
        '"quoted\\" {json}',
    ]
)
PIECE = st.text(CHARS, min_size=1, max_size=40) | TRICKY
VISIBLE = st.characters(
    blacklist_categories=("Cs", "Cc", "Zs", "Zl", "Zp"), blacklist_characters=REFUSED
)


def _fill(seed: str, size: int) -> str:
    return (seed * (size // len(seed) + 1))[:size]


def _with_visible(text: str, char: str, where: int, limit: int) -> str:
    """`text` with one visible character put in, still within `limit`."""
    text = text[: limit - 1]
    where %= len(text) + 1
    return text[:where] + char + text[where:]


def texts(limit: int, *, required: bool = False) -> st.SearchStrategy[str]:
    """Any valid text for a field of `limit` characters: short, or right up to the limit (built
    from a shorter seed so hypothesis stays fast)."""
    short = st.lists(PIECE, max_size=8).map("".join).map(lambda s: s[:limit])
    near = st.builds(
        _fill, st.text(CHARS, min_size=1, max_size=50) | TRICKY, st.integers(limit - 10, limit)
    )
    base = short | near
    if required:
        return st.builds(_with_visible, base, VISIBLE, st.integers(0, limit), st.just(limit))
    return base


TEXT = texts(300)
REQUIRED = texts(300, required=True)  # something to read
WORD = st.text(VISIBLE, min_size=1, max_size=19)
# a label as words() keeps it: single spaces between words, at most 80 characters
LABEL = st.lists(WORD, min_size=1, max_size=4).map(" ".join) | st.text(
    VISIBLE, min_size=70, max_size=v.WORD_LIMIT
)


def labels(limit: int = v.LIST_LIMIT) -> st.SearchStrategy[list[str]]:
    return st.lists(LABEL, max_size=limit, unique=True)


# keys of answers and safety-plan sections: content ids ("tq-friend", "sp-warning-signs")
KEYS = st.from_regex(r"[A-Za-z0-9_.:-]{1,64}", fullmatch=True)

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
        feelings=draw(labels(10)),
        energy=draw(st.none() | st.integers(1, 5)),
        wins=draw(labels()),
        note=draw(texts(v.NOTE_LIMIT)),
        trigger=draw(texts(v.NOTE_LIMIT)),
        tried=draw(TEXT),
        helped=draw(texts(v.NOTE_LIMIT)),
        part=draw(st.just("") | LABEL),
        source=draw(st.sampled_from(LOG_SOURCES)),
    )
    if entry.is_empty():
        entry.note = draw(REQUIRED)
    return entry


@st.composite
def reminder_events(draw: st.DrawFn) -> ReminderEvent:
    return ReminderEvent(
        id=draw(IDS),
        at=draw(MOMENTS),
        reminder=draw(st.sampled_from(REMINDER_KINDS)),
        item_id=draw(texts(v.WORD_LIMIT)),
        outcome=draw(st.sampled_from(OUTCOMES)),
        reason=draw(texts(v.WORD_LIMIT)),
    )


@st.composite
def proofs(draw: st.DrawFn) -> Proof:
    return Proof(
        id=draw(IDS),
        at=draw(MOMENTS),
        day=draw(DAYS).isoformat(),
        text=draw(texts(4000, required=True)),
        tags=draw(labels(10)),
        source=draw(st.sampled_from(PROOF_SOURCES)),
    )


@st.composite
def affirmations(draw: st.DrawFn) -> Affirmation:
    return Affirmation(
        id=draw(IDS),
        at=draw(MOMENTS),
        text=draw(texts(v.SHORT_LIMIT, required=True)),
        favourite=draw(st.booleans()),
    )


@st.composite
def content_marks(draw: st.DrawFn) -> ContentMark:
    return ContentMark(
        id=draw(IDS),
        at=draw(MOMENTS),
        pack=draw(texts(v.WORD_LIMIT, required=True)),
        item_id=draw(texts(v.WORD_LIMIT, required=True)),
        mark=draw(st.sampled_from(("hidden", "favourite"))),
    )


@st.composite
def own_items(draw: st.DrawFn) -> OwnItem:
    return OwnItem(
        id=draw(IDS),
        at=draw(MOMENTS),
        pack=draw(st.sampled_from(OWN_PACKS)),
        text=draw(texts(v.SHORT_LIMIT, required=True)),
        posture=draw(st.sampled_from(POSTURES)),
    )


@st.composite
def thought_logs(draw: st.DrawFn) -> ThoughtLog:
    return ThoughtLog(
        id=draw(IDS),
        at=draw(MOMENTS),
        thought=draw(texts(v.NOTE_LIMIT, required=True)),
        belief_before=draw(st.none() | st.integers(0, 100)),
        answers=draw(st.dictionaries(KEYS, texts(v.NOTE_LIMIT), max_size=v.LIST_LIMIT)),
        traps=draw(labels(15)),
        balanced=draw(texts(v.NOTE_LIMIT)),
        belief_after=draw(st.none() | st.integers(0, 100)),
    )


@st.composite
def routine_items(draw: st.DrawFn) -> RoutineItem:
    return RoutineItem(
        id=draw(IDS),
        at=draw(MOMENTS),
        text=draw(texts(200, required=True)),
        position=draw(st.integers(0, 99)),
        active=draw(st.booleans()),
    )


@st.composite
def routine_checks(draw: st.DrawFn) -> RoutineCheck:
    return RoutineCheck(
        id=draw(IDS), at=draw(MOMENTS), day=draw(DAYS).isoformat(), item_id=draw(IDS)
    )


@st.composite
def goals(draw: st.DrawFn) -> Goal:
    step = st.fixed_dictionaries(
        {
            "id": IDS,
            "text": texts(v.SHORT_LIMIT, required=True),
            "done_at": st.just("") | MOMENTS.map(datetime.isoformat),
        }
    )
    return Goal(
        id=draw(IDS),
        at=draw(MOMENTS),
        title=draw(texts(v.SHORT_LIMIT, required=True)),
        steps=draw(st.lists(step, max_size=100)),
        done_at=draw(st.none() | MOMENTS),
    )


@st.composite
def people(draw: st.DrawFn) -> Person:
    return Person(
        id=draw(IDS),
        at=draw(MOMENTS),
        name=draw(texts(100, required=True)),
        how=draw(texts(200)),
        note=draw(texts(2000)),
        message=draw(texts(1000)),
    )


@st.composite
def safety_plans(draw: st.DrawFn) -> SafetyPlan:
    return SafetyPlan(
        id=draw(IDS),
        at=draw(MOMENTS),
        sections=draw(st.dictionaries(KEYS, texts(5000), max_size=v.LIST_LIMIT)),
    )


@st.composite
def own_lines(draw: st.DrawFn) -> OwnLine:
    return OwnLine(
        id=draw(IDS),
        at=draw(MOMENTS),
        name=draw(texts(100, required=True)),
        number=draw(texts(60, required=True)),
        note=draw(texts(500)),
    )


@st.composite
def sessions(draw: st.DrawFn) -> Session:
    return Session(
        id=draw(IDS),
        at=draw(MOMENTS),
        day=draw(DAYS).isoformat(),
        talk_about=draw(texts(v.NOTE_LIMIT)),
    )


CLOCKS = st.times().map(lambda t: t.strftime("%H:%M"))


@st.composite
def activities(draw: st.DrawFn) -> Activity:
    return Activity(
        id=draw(IDS),
        at=draw(MOMENTS),
        text=draw(texts(200, required=True)),
        kind=draw(st.sampled_from(ACTIVITY_KINDS)),
    )


@st.composite
def activity_plans(draw: st.DrawFn) -> ActivityPlan:
    return ActivityPlan(
        id=draw(IDS),
        at=draw(MOMENTS),
        activity_id=draw(texts(v.WORD_LIMIT)),
        text=draw(texts(200, required=True)),
        kind=draw(st.sampled_from(ACTIVITY_KINDS)),
        day=draw(DAYS).isoformat(),
        time=draw(st.just("") | CLOCKS),
        nudge=draw(st.booleans()),
        done_at=draw(st.none() | MOMENTS),
        mood_before=draw(st.none() | st.integers(1, 5)),
        mood_after=draw(st.none() | st.integers(1, 5)),
        word=draw(st.just("") | LABEL),
        source=draw(st.sampled_from(PLAN_SOURCES)),
    )


@st.composite
def sleep_entries(draw: st.DrawFn) -> SleepEntry:
    return SleepEntry(
        id=draw(IDS),
        at=draw(MOMENTS),
        day=draw(DAYS).isoformat(),
        bed=draw(CLOCKS),
        up=draw(CLOCKS),
        quality=draw(st.none() | st.integers(1, 5)),
        source=draw(st.sampled_from(SLEEP_SOURCES)),
    )


@st.composite
def medication_ticks(draw: st.DrawFn) -> MedicationTaken:
    return MedicationTaken(id=draw(IDS), at=draw(MOMENTS), day=draw(DAYS).isoformat())


@st.composite
def medicines(draw: st.DrawFn) -> Medicine:
    change = st.fixed_dictionaries(
        {"day": DAYS.map(lambda d: d.isoformat()), "dose": texts(100, required=True)}
    ).map(lambda c: {**c, "note": ""})
    changes = draw(st.lists(change, max_size=4))
    return Medicine(
        id=draw(IDS),
        at=draw(MOMENTS),
        name=draw(texts(100, required=True)),
        dose=draw(texts(100)),
        changes=sorted(changes, key=lambda c: c["day"]),
    )


@st.composite
def questionnaires(draw: st.DrawFn) -> QuestionnaireAnswers:
    form = draw(st.sampled_from(["phq9", "gad7"]))
    size = 9 if form == "phq9" else 7
    answer = st.none() | st.integers(0, 3)
    answers = draw(st.lists(answer, min_size=size, max_size=size))
    if all(a is None for a in answers):
        answers[0] = 0
    return QuestionnaireAnswers(
        id=draw(IDS),
        at=draw(MOMENTS),
        form=form,
        answers=answers,
        difficulty=draw(st.none() | st.integers(0, 3)),
    )


STRATEGIES: dict[type[Record], st.SearchStrategy[Any]] = {
    LogEntry: log_entries(),
    ReminderEvent: reminder_events(),
    Proof: proofs(),
    Affirmation: affirmations(),
    ContentMark: content_marks(),
    OwnItem: own_items(),
    ThoughtLog: thought_logs(),
    RoutineItem: routine_items(),
    RoutineCheck: routine_checks(),
    Goal: goals(),
    Person: people(),
    SafetyPlan: safety_plans(),
    OwnLine: own_lines(),
    Session: sessions(),
    Activity: activities(),
    ActivityPlan: activity_plans(),
    SleepEntry: sleep_entries(),
    MedicationTaken: medication_ticks(),
    Medicine: medicines(),
    QuestionnaireAnswers: questionnaires(),
}
VALID = st.one_of(*STRATEGIES.values())
EVERY_MODEL = pytest.mark.parametrize("model", MODELS, ids=lambda m: m.KIND)


def test_every_model_the_store_saves_has_a_strategy() -> None:
    assert set(STRATEGIES) == set(MODELS)
    assert set(TEXT_FIELDS) == set(MODELS)


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


def exported(store: Store) -> tuple[int, dict[str, Any]]:
    """What `footholds export --format json` writes (write_json, encoded as UTF-8), parsed."""
    out = io.StringIO()
    count = export.write_json(store, out)
    data = json.loads(out.getvalue().encode("utf-8"))
    assert data["format"] == export.FORMAT and data["version"] == export.VERSION
    return count, data


@SETTINGS
@EVERY_MODEL
@given(data=st.data())
def test_valid_records_round_trip_exactly(model: type[Record], data: st.DataObject) -> None:
    record = data.draw(STRATEGIES[model])
    as_written = record.to_dict()
    with fresh_store() as store:
        store.add(record)
        stored = record.to_dict()
        # what the person wrote is what is stored, every field (the strategies write values
        # already as the store keeps them: labels with single spaces, aware times, ...)
        assert stored == as_written
        store.close()
        reopened = Store(store.folder, aside_dir=store.aside_dir)
        reopened.open()
        again = reopened.get(model, record.id)
        assert again is not None
        assert again.to_dict() == stored
        assert [r.to_dict() for r in reopened.all(model)] == [stored]
        # the same instant and offset (compared by difference: == between zones is False
        # for a wall time in a DST fold, by design of datetime)
        assert again.at - record.at == timedelta(0)
        assert again.at.utcoffset() == record.at.utcoffset()
        assert again.month == record.month
        count, dumped = exported(reopened)
        assert reopened.pending() == 0 and reopened.notices == []
        reopened.close()
    assert count == 1
    assert set(dumped["records"]) == {m.KIND for m in MODELS}
    found = [doc for doc in dumped["records"][model.KIND] if doc.get("id") == record.id]
    assert found == [stored]
    # every field, but "earlier": written once an entry is changed (core/store/earlier.py)
    assert set(found[0]) == {f.name for f in fields(model)} - {"earlier"}
    # and an export reads back into the same record (what an import does first)
    assert model.from_dict(found[0]).to_dict() == stored


# -- invalid records -----------------------------------------------------------------------------

# every text field: (name, limit, required)
TEXT_FIELDS: dict[type[Record], list[tuple[str, int, bool]]] = {
    LogEntry: [
        ("note", v.NOTE_LIMIT, False),
        ("trigger", v.NOTE_LIMIT, False),
        ("tried", v.NOTE_LIMIT, False),
        ("helped", v.NOTE_LIMIT, False),
        ("part", v.WORD_LIMIT, False),
    ],
    ReminderEvent: [("item_id", v.WORD_LIMIT, False), ("reason", v.WORD_LIMIT, False)],
    Proof: [("text", 4000, True)],
    Affirmation: [("text", v.SHORT_LIMIT, True)],
    ContentMark: [("pack", v.WORD_LIMIT, True), ("item_id", v.WORD_LIMIT, True)],
    OwnItem: [("text", v.SHORT_LIMIT, True)],
    ThoughtLog: [("thought", v.NOTE_LIMIT, True), ("balanced", v.NOTE_LIMIT, False)],
    RoutineItem: [("text", 200, True)],
    RoutineCheck: [],
    Goal: [("title", v.SHORT_LIMIT, True)],
    Person: [
        ("name", 100, True),
        ("how", 200, False),
        ("note", 2000, False),
        ("message", 1000, False),
    ],
    SafetyPlan: [],
    OwnLine: [("name", 100, True), ("number", 60, True), ("note", 500, False)],
    Session: [("talk_about", v.NOTE_LIMIT, False)],
    Activity: [("text", 200, True)],
    ActivityPlan: [("activity_id", v.WORD_LIMIT, False), ("text", 200, True)],
    SleepEntry: [],
    MedicationTaken: [],
    Medicine: [("name", 100, True), ("dose", 100, False)],
    QuestionnaireAnswers: [],
}
CHOICE_FIELDS: dict[type[Record], list[str]] = {
    LogEntry: ["source"],
    ReminderEvent: ["reminder", "outcome"],
    Proof: ["source"],
    ContentMark: ["mark"],
    OwnItem: ["pack", "posture"],
    Activity: ["kind"],
    ActivityPlan: ["kind", "source"],
    SleepEntry: ["source"],
}
# (name, low, high, may be None)
NUMBER_FIELDS: dict[type[Record], list[tuple[str, int, int, bool]]] = {
    LogEntry: [("energy", 1, 5, True)],
    ThoughtLog: [("belief_before", 0, 100, True), ("belief_after", 0, 100, True)],
    RoutineItem: [("position", 0, 99, False)],
    ActivityPlan: [("mood_before", 1, 5, True), ("mood_after", 1, 5, True)],
    SleepEntry: [("quality", 1, 5, True)],
}
DAY_FIELDS: dict[type[Record], list[str]] = {
    Proof: ["day"],
    RoutineCheck: ["day"],
    Session: ["day"],
    ActivityPlan: ["day"],
    SleepEntry: ["day"],
    MedicationTaken: ["day"],
}
# (name, how many)
LABEL_FIELDS: dict[type[Record], list[tuple[str, int]]] = {
    LogEntry: [("feelings", 10), ("wins", v.LIST_LIMIT)],
    Proof: [("tags", 10)],
    ThoughtLog: [("traps", 15)],
}
# (name, limit of each answer)
MAPPING_FIELDS: dict[type[Record], list[tuple[str, int]]] = {
    ThoughtLog: [("answers", v.NOTE_LIMIT)],
    SafetyPlan: [("sections", 5000)],
}
BROKEN = ("\x00", "\x07", "\x1b", "\x7f", "\x85", "\x9f", "\x0b", "\x0c", "\ud800", "\udfff")
BAD_MOMENTS: list[Any] = [
    "not a time",
    "2026-03-14",  # a day, no time zone
    "2026-03-14T10:00",
    1_700_000_000,
    datetime(2026, 3, 14, 10),
    datetime(1969, 12, 31, 23, 59, tzinfo=UTC),
    datetime(2201, 1, 1, tzinfo=UTC),
    "1969-12-31T23:59:59+00:00",
    "2201-01-01T00:00+00:00",
    datetime(2026, 3, 14, tzinfo=timezone(timedelta(hours=2, microseconds=5))),
]
BAD_DAYS: list[Any] = ["2026-13-01", "2026-02-30", "1969-12-31", "2201-01-01", "14/03/2026", ""]
BAD_DAYS += [20260314, None, ["2026-03-14"]]


def _text_breakages(name: str, good: str, limit: int, required: bool) -> list[tuple[str, Any]]:
    out: list[tuple[str, Any]] = [
        (name, 12345),
        (name, 1.5),
        (name, True),
        (name, ["a list"]),
        (name, {"a": "dict"}),
        (name, b"bytes"),
        (name, good + "x" * (limit + 1 - len(good))),
        (name, "x" * (limit + 1)),
        (name, "🙂" * (limit + 1)),
    ]
    out += [(name, good + c) for c in BROKEN]
    out += [(name, c + good) for c in ("\x00", "\ud83d")]  # half an emoji
    if required:
        out += [(name, ""), (name, None), (name, " \n\t "), (name, "\u3000\u2028")]
    return out


def _breakages(record: Record) -> list[tuple[str, Any]]:
    """Ways to make a valid record invalid, each a (field, bad value) pair."""
    model = type(record)
    out: list[tuple[str, Any]] = [("at", bad) for bad in BAD_MOMENTS]
    out += [("id", bad) for bad in ("has space", "", "a/b", "x" * 65, "é", 7, None)]
    for name, limit, required in TEXT_FIELDS[model]:
        out += _text_breakages(name, getattr(record, name), limit, required)
    for name in CHOICE_FIELDS.get(model, []):
        good = getattr(record, name)
        out += [(name, bad) for bad in ("x", good + "x", " " + good, good.upper() + "X", None, 1)]
    for name, low, high, optional in NUMBER_FIELDS.get(model, []):
        out += [(name, bad) for bad in (low - 1, high + 1, 2.5, "3", True, [3])]
        if not optional:
            out.append((name, None))
    for name in DAY_FIELDS.get(model, []):
        out += [(name, bad) for bad in BAD_DAYS]
    for name, count in LABEL_FIELDS.get(model, []):
        out += [
            (name, "sad"),
            (name, [1]),
            (name, ["x" * (v.WORD_LIMIT + 1)]),
            (name, [f"label {n}" for n in range(count + 1)]),
            (name, {"a": "dict"}),
        ]
        out += [(name, ["ok" + c]) for c in ("\x00", "\x1b", "\ud800")]
    for name, limit in MAPPING_FIELDS.get(model, []):
        out += [
            (name, "text"),
            (name, ["a", "list"]),
            (name, {"q": 5}),
            (name, {"q": ["a list"]}),
            (name, {1: "a number for a key"}),
            (name, {"q": "x" * (limit + 1)}),
            (name, {f"q{n}": "" for n in range(v.LIST_LIMIT + 1)}),
        ]
        out += [(name, {"q": "ok" + c}) for c in ("\x00", "\x1b", "\x85", "\ud800")]
    if isinstance(record, RoutineCheck):
        out += [("item_id", bad) for bad in ("has space", "", "x" * 65, 5, None)]
    if isinstance(record, Goal):
        out += [("done_at", bad) for bad in BAD_MOMENTS]
        out += [
            ("steps", "one step"),
            ("steps", [{"text": ""}]),
            ("steps", [{"text": " \n "}]),
            ("steps", [{}]),
            ("steps", ["a step"]),
            ("steps", [{"text": "x" * (v.SHORT_LIMIT + 1)}]),
            ("steps", [{"text": "ok", "extra": 1}]),
            ("steps", [{"text": "ok", "id": "has space"}]),
            ("steps", [{"text": "ok\x00"}]),
            ("steps", [{"text": "ok\ud800"}]),
            ("steps", [{"text": 5}]),
            ("steps", [{"text": "ok"}] * 101),
        ]
        out += [("steps", [{"text": "ok", "done_at": bad}]) for bad in BAD_MOMENTS[:4]]
        out += [("steps", [{"text": "ok", "done_at": bad}]) for bad in BAD_MOMENTS[5:]]
    return out


@SETTINGS
@EVERY_MODEL
@given(data=st.data())
def test_invalid_records_are_refused_and_change_nothing(
    model: type[Record], data: st.DataObject
) -> None:
    record = data.draw(STRATEGIES[model])
    field, bad = data.draw(st.sampled_from(_breakages(record)), label="breakage")
    with fresh_store() as store:
        other = store.add(LogEntry(note="already saved", at=record.at))
        before = snapshot(store.folder.parent)  # the store and the set-aside folder
        values = record.to_dict()
        values[field] = bad
        broken = model(**values)
        with pytest.raises(InvalidEntry) as refused:
            store.add(broken)
        message = str(refused.value)  # a plain sentence for the person
        # a sentence: a capital, or the date it is about ("1969-12-31 is outside…")
        assert (message[0].isupper() or message[0].isdigit()) and message.endswith("."), message
        assert snapshot(store.folder.parent) == before
        assert store.pending() == 0 and store.notices == []
        assert store.get(model, record.id) is None
        assert store.all(LogEntry) == [other]
        if model is not LogEntry:
            assert store.all(model) == []
        with pytest.raises(InvalidEntry):
            model.from_dict(values)
        store.close()
        reopened = Store(store.folder, aside_dir=store.aside_dir)
        reopened.open()
        assert [r.to_dict() for r in reopened.all(LogEntry)] == [other.to_dict()]
        reopened.close()
        assert snapshot(store.folder.parent) == before


# -- known gaps in the store's checks (see the reasons) ------------------------------------------


def _refused_untouched(record: Record) -> None:
    with fresh_store() as store:
        before = snapshot(store.folder.parent)
        with pytest.raises(InvalidEntry):
            store.add(record)
        assert snapshot(store.folder.parent) == before
        assert store.all(type(record)) == []


_MAKE_MAPPING: dict[str, Callable[[dict[str, str]], Record]] = {
    "safety_plan.sections": lambda m: SafetyPlan(sections=m),
    "thought.answers": lambda m: ThoughtLog(thought="a thought", answers=m),
}


@pytest.mark.parametrize("where", sorted(_MAKE_MAPPING))
@pytest.mark.parametrize("key", ["\ud800", "plan\udfff", "\ud83d"])
def test_a_broken_character_in_an_answer_key_is_refused(where: str, key: str) -> None:
    _refused_untouched(_MAKE_MAPPING[where]({key: "my words"}))


@pytest.mark.parametrize("where", sorted(_MAKE_MAPPING))
@pytest.mark.parametrize("key", ["\x00", "plan\x1b", "\x85"])
def test_a_control_character_in_an_answer_key_is_refused(where: str, key: str) -> None:
    _refused_untouched(_MAKE_MAPPING[where]({key: "my words"}))


@pytest.mark.parametrize(
    "record",
    [
        Affirmation(text="I am enough", favourite="false"),  # type: ignore[arg-type]
        Affirmation(text="I am enough", favourite=[]),  # type: ignore[arg-type]
        RoutineItem(text="Drink water", active="no"),  # type: ignore[arg-type]
        RoutineItem(text="Drink water", active=None),  # type: ignore[arg-type]
        Goal(title="Tidy", steps=[{"text": "one shelf", "done_at": 0}]),
        Goal(title="Tidy", steps=[{"text": "one shelf", "done_at": False}]),
        Goal(title="Tidy", steps=[{"text": "one shelf", "id": 0}]),
    ],
    ids=lambda r: f"{r.KIND}",
)
def test_wrong_types_are_refused_not_coerced(record: Record) -> None:
    _refused_untouched(record)


@SETTINGS
@given(VALID, st.dictionaries(st.text(min_size=1, max_size=10), st.integers(), min_size=1))
def test_unknown_fields_are_refused(record: Record, extra: dict[str, int]) -> None:
    values = record.to_dict()
    names = set(values)
    extra = {k: n for k, n in extra.items() if k not in names}
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
