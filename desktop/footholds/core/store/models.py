"""What a person keeps in Footholds, as typed records validated at the boundary.

Every record has a stable `id` and the moment `at` it was made (aware, local offset). Records
whose kind grows every day (`PARTITIONED`) are filed by the month of `at`.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field, fields
from datetime import datetime
from typing import Any, ClassVar, Self

from footholds.core.store import validate as v
from footholds.core.store.earlier import digests
from footholds.core.store.validate import invalid

POSTURES = ("", "sitting", "standing", "lying")
REMINDER_KINDS = (
    "movement",
    "rest",
    "winddown",
    "nourishment",
    "reach_out",
    "activity",
    "medication",
)
OUTCOMES = ("shown", "done", "snoozed", "skipped", "deferred", "faded")
LOG_SOURCES = (
    "quick-log",
    "cli",
    "reminder",
    "tough-day",
    "reach-out",
    "goal",
    "routine",
    "import",
)
PROOF_SOURCES = ("own", "quick-log", "goal", "import")
ACTIVITY_KINDS = ("enjoyment", "achievement", "connection", "matters")
PLAN_SOURCES = ("today", "quick-log", "tray", "cli", "import")
SLEEP_SOURCES = ("quick-log", "cli", "import")
QUESTIONNAIRE_ITEMS = {"phq9": 9, "gad7": 7}  # items per form
OWN_PACKS = ("movements", "rest", "winddown", "nourishment", "reach_out", "routine")


_FIELD_ORDER: dict[type, tuple[str, ...]] = {}
_FIELD_NAMES: dict[type, frozenset[str]] = {}


def _field_order(model: type[Record]) -> tuple[str, ...]:
    """A model's field names in dataclass order, worked out once; `earlier` is not among them
    (to_dict writes it last, and only when it holds something)."""
    names = _FIELD_ORDER.get(model)
    if names is None:
        names = _FIELD_ORDER[model] = tuple(f.name for f in fields(model) if f.name != "earlier")
    return names


def _field_names(model: type[Record]) -> frozenset[str]:
    """A model's field names, worked out once (from_dict runs for every entry read)."""
    names = _FIELD_NAMES.get(model)
    if names is None:
        names = _FIELD_NAMES[model] = frozenset(f.name for f in fields(model))
    return names


def new_id() -> str:
    """A random (version 4) UUID as 32 hex digits, as uuid.uuid4().hex gives; without the
    uuid module, which imports `platform` and more into the app for this one call."""
    raw = bytearray(os.urandom(16))
    raw[6] = (raw[6] & 0x0F) | 0x40  # version 4
    raw[8] = (raw[8] & 0x3F) | 0x80  # RFC 4122 variant
    return raw.hex()


def now_local() -> datetime:
    return datetime.now().astimezone()


@dataclass(kw_only=True)
class Record:
    """Fields every record has; subclasses add their own and a `_clean`."""

    KIND: ClassVar[str] = ""
    PARTITIONED: ClassVar[bool] = False
    TIME_FIELDS: ClassVar[tuple[str, ...]] = ("at",)
    # Fields that make a record the only one of its kind (a morning's sleep, a day's tick):
    # one written while locked replaces the one it finds at the unlock (core/lock/inbox.join).
    # Only for time-ordered kinds with a `day` that their `at` lies near.
    ONE_PER: ClassVar[tuple[str, ...]] = ()
    # A kind whose `day` is the person's (Proof, ActivityPlan, SleepEntry) has no default
    # for it: only the caller knows their day-start hour, and the calendar's date would be
    # the day before's at 1 am. A stored record lacking one is dated by its own moment.
    DAY_FROM_AT: ClassVar[bool] = False

    id: str = field(default_factory=new_id)
    at: datetime = field(default_factory=now_local)
    # digests of the words this entry had before it was changed, oldest first (core/store/
    # earlier.py): an import knows an older version of it by them. Added later: optional.
    # No part of what the entry says, so two records are equal whatever their earlier words.
    earlier: list[str] = field(default_factory=list, compare=False)

    def clean(self) -> Self:
        """Validate and normalise in place; raises InvalidEntry with a kind message."""
        self.id = v.ident(self.id)
        self.at = v.moment(self.at)
        self.earlier = digests(self.earlier)
        self._clean()
        return self

    def _clean(self) -> None:
        """Subclass checks."""

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for name in _field_order(type(self)):  # every save and import runs this per record
            value = getattr(self, name)
            kind = type(value)
            if kind is str or kind is int or value is None or kind is bool:
                out[name] = value
                continue
            if isinstance(value, datetime):
                value = value.isoformat()
            elif isinstance(value, list):
                value = [dict(x) if isinstance(x, dict) else x for x in value]
            elif isinstance(value, dict):
                value = dict(value)
            out[name] = value
        if self.earlier:  # an entry never changed is written as it always was
            out["earlier"] = list(self.earlier)
        return out

    @classmethod
    def from_dict(cls, data: Any) -> Self:
        """Build and validate a record from stored or imported data."""
        if not isinstance(data, dict):
            raise invalid("entry.not_object", kind=cls.KIND)
        unknown = data.keys() - _field_names(cls)
        if unknown:
            names_text = ", ".join(sorted(map(str, unknown)))
            raise invalid("entry.unknown_fields", kind=cls.KIND, names=names_text)
        values = dict(data)
        for name in cls.TIME_FIELDS:
            if isinstance(values.get(name), str):
                values[name] = v.moment(values[name])
        if cls.DAY_FROM_AT and "day" not in values and isinstance(values.get("at"), datetime):
            values["day"] = values["at"].date().isoformat()  # as it was dated when written
        try:
            record = cls(**values)
        except TypeError as exc:
            raise invalid("entry.missing", kind=cls.KIND, problem=exc) from None
        return record.clean()

    @property
    def month(self) -> str:
        """The partition a time-ordered record is filed in."""
        return f"{self.at.year:04d}-{self.at.month:02d}"


@dataclass(kw_only=True)
class LogEntry(Record):
    """A quick-log entry: feelings, energy, small wins, a note, and journal answers."""

    KIND = "log"
    PARTITIONED = True
    feelings: list[str] = field(default_factory=list)
    energy: int | None = None
    wins: list[str] = field(default_factory=list)
    note: str = ""
    trigger: str = ""
    tried: str = ""
    helped: str = ""
    part: str = ""
    source: str = "quick-log"

    def _clean(self) -> None:
        self.feelings = v.words(self.feelings, "Feelings", limit=10)
        self.energy = v.number(self.energy, "Energy", 1, 5)
        self.wins = v.words(self.wins, "Small wins")
        self.note = v.text(self.note, "The note", limit=v.NOTE_LIMIT)
        self.trigger = v.text(self.trigger, "What set it off", limit=v.NOTE_LIMIT)
        self.tried = v.text(self.tried, "What I tried", limit=v.NOTE_LIMIT)
        self.helped = v.text(self.helped, "What helped", limit=v.NOTE_LIMIT)
        self.part = " ".join(v.text(self.part, "The part of me", limit=v.WORD_LIMIT).split())
        self.source = v.choice(self.source, "Source", LOG_SOURCES)
        if self.is_empty():
            raise invalid("entry.nothing")

    def is_empty(self) -> bool:
        return not (
            self.feelings
            or self.energy
            or self.wins
            or self.part
            or any(s.strip() for s in (self.note, self.trigger, self.tried, self.helped))
        )


@dataclass(kw_only=True)
class ReminderEvent(Record):
    """What happened to one reminder: shown, done, snoozed, skipped, deferred (and why)."""

    KIND = "reminder"
    PARTITIONED = True
    reminder: str = "movement"
    item_id: str = ""
    outcome: str = "shown"
    reason: str = ""

    def _clean(self) -> None:
        self.reminder = v.choice(self.reminder, "Reminder kind", REMINDER_KINDS)
        self.item_id = v.text(self.item_id, "Reminder item", limit=v.WORD_LIMIT)
        self.outcome = v.choice(self.outcome, "Outcome", OUTCOMES)
        self.reason = v.text(self.reason, "Reason", limit=v.WORD_LIMIT)


@dataclass(kw_only=True)
class Proof(Record):
    """A time the person got through a hard day."""

    KIND = "proof"
    DAY_FROM_AT = True
    TEXT_LIMIT = 4000  # the proof editor's box holds the same (ui/proofs/proof_editor.py)
    # the person's day (core/days.py), which the caller knows: no calendar default
    day: str
    text: str = ""
    tags: list[str] = field(default_factory=list)
    source: str = "own"

    def _clean(self) -> None:
        self.day = v.day(self.day, "The date")
        self.text = v.text(self.text, "What you got through", limit=self.TEXT_LIMIT, required=True)
        self.tags = v.words(self.tags, "Tags", limit=10)
        self.source = v.choice(self.source, "Source", PROOF_SOURCES)


@dataclass(kw_only=True)
class Affirmation(Record):
    """An affirmation in the person's own words."""

    KIND = "affirmation"
    TEXT_LIMIT = v.SHORT_LIMIT  # the Affirmation window's field holds the same
    text: str = ""
    favourite: bool = False

    def _clean(self) -> None:
        self.text = v.text(self.text, "The affirmation", limit=self.TEXT_LIMIT, required=True)
        self.favourite = v.flag(self.favourite, "Favourite")


@dataclass(kw_only=True)
class ContentMark(Record):
    """A built-in content item the person hid or marked as a favourite."""

    KIND = "content_mark"
    pack: str = ""
    item_id: str = ""
    mark: str = "hidden"

    def _clean(self) -> None:
        self.pack = v.text(self.pack, "Pack", limit=v.WORD_LIMIT, required=True)
        self.item_id = v.text(self.item_id, "Item", limit=v.WORD_LIMIT, required=True)
        self.mark = v.choice(self.mark, "Mark", ("hidden", "favourite"))


@dataclass(kw_only=True)
class OwnItem(Record):
    """The person's own reminder, suggestion or message, added to a built-in pack."""

    KIND = "own_item"
    pack: str = "movements"
    text: str = ""
    posture: str = ""

    def _clean(self) -> None:
        self.pack = v.choice(self.pack, "Pack", OWN_PACKS)
        self.text = v.text(self.text, "The text", limit=v.SHORT_LIMIT, required=True)
        self.posture = v.choice(self.posture, "Posture", POSTURES)


@dataclass(kw_only=True)
class ThoughtLog(Record):
    """A thought, the gentle questions worked through, and a kinder view."""

    KIND = "thought"
    thought: str = ""
    belief_before: int | None = None
    answers: dict[str, str] = field(default_factory=dict)
    traps: list[str] = field(default_factory=list)
    balanced: str = ""
    belief_after: int | None = None

    def _clean(self) -> None:
        self.thought = v.text(self.thought, "The thought", limit=v.NOTE_LIMIT, required=True)
        self.belief_before = v.number(self.belief_before, "How much you believe it", 0, 100)
        self.answers = v.mapping(self.answers, "Answers")
        self.traps = v.words(self.traps, "Thinking traps", limit=15)
        self.balanced = v.text(self.balanced, "The kinder view", limit=v.NOTE_LIMIT)
        self.belief_after = v.number(self.belief_after, "How much you believe it now", 0, 100)


@dataclass(kw_only=True)
class RoutineItem(Record):
    """One of the bare-minimum routine's non-negotiables."""

    KIND = "routine_item"
    text: str = ""
    position: int = 0
    active: bool = True

    def _clean(self) -> None:
        self.text = v.text(self.text, "The routine step", limit=200, required=True)
        self.position = v.number(self.position, "Position", 0, 99, optional=False) or 0
        self.active = v.flag(self.active, "Active")


@dataclass(kw_only=True)
class RoutineCheck(Record):
    """A routine step done on a given day (the day as the person's day-start defines it)."""

    KIND = "routine_check"
    PARTITIONED = True
    ONE_PER = ("day", "item_id")
    day: str = ""
    item_id: str = ""

    def _clean(self) -> None:
        self.day = v.day(self.day, "The day")
        self.item_id = v.ident(self.item_id)


@dataclass(kw_only=True)
class Goal(Record):
    """A micro-goal: something big broken into tiny steps, done one at a time."""

    KIND = "goal"
    TIME_FIELDS = ("at", "done_at")
    title: str = ""
    steps: list[dict[str, Any]] = field(default_factory=list)
    done_at: datetime | None = None

    def _clean(self) -> None:
        self.title = v.text(self.title, "The goal", limit=v.SHORT_LIMIT, required=True)
        if not isinstance(self.steps, list) or len(self.steps) > 100:
            raise invalid("entry.steps", limit=100)
        steps = []
        for step in self.steps:
            if not isinstance(step, dict) or set(step) - {"id", "text", "done_at"}:
                raise invalid("entry.shape", field="A goal step")
            # only a missing or empty value means "not done" / "give it an id": a 0 or False
            # is a wrong value, refused like any other
            done, step_id = step.get("done_at"), step.get("id")
            steps.append(
                {
                    "id": new_id() if step_id in (None, "") else v.ident(step_id),
                    "text": v.text(step.get("text"), "A step", limit=v.SHORT_LIMIT, required=True),
                    "done_at": ""
                    if done in (None, "")
                    else v.moment(done, "When the step was done").isoformat(),
                }
            )
        self.steps = steps
        self.done_at = None if self.done_at is None else v.moment(self.done_at)


# Behavioural activation and sleep live next door, to keep this file a readable size. Imported
# here, after Record is defined, so every model is still known by kind below.
from footholds.core.store.models_activity import (  # noqa: E402
    Activity,
    ActivityPlan,
    SleepEntry,
)

# Medicines and the questionnaires, likewise.
from footholds.core.store.models_care import (  # noqa: E402
    MedicationTaken,
    Medicine,
    QuestionnaireAnswers,
)

# The people and plans that hold a person up: trusted people, the safety plan, their own
# numbers and their therapy sessions.
from footholds.core.store.models_support import (  # noqa: E402
    OwnLine,
    Person,
    SafetyPlan,
    Session,
)

MODELS: tuple[type[Record], ...] = (
    LogEntry,
    ReminderEvent,
    Proof,
    Affirmation,
    ContentMark,
    OwnItem,
    ThoughtLog,
    RoutineItem,
    RoutineCheck,
    Goal,
    Person,
    SafetyPlan,
    OwnLine,
    Session,
    Activity,
    ActivityPlan,
    SleepEntry,
    MedicationTaken,
    Medicine,
    QuestionnaireAnswers,
)
BY_KIND: dict[str, type[Record]] = {m.KIND: m for m in MODELS}
