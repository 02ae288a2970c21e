"""The store: typed records in crash-safe, month-partitioned TinyDB files."""

from footholds.core.store.failures import (
    StoreCannotOpen,
    StoreTooNew,
    StoreUpgradeFailed,
    StoreWriteError,
)
from footholds.core.store.models import (
    BY_KIND,
    MODELS,
    Affirmation,
    ContentMark,
    Goal,
    LogEntry,
    OwnItem,
    Proof,
    Record,
    ReminderEvent,
    RoutineCheck,
    RoutineItem,
    ThoughtLog,
)
from footholds.core.store.models_activity import Activity, ActivityPlan, SleepEntry
from footholds.core.store.models_care import MedicationTaken, Medicine, QuestionnaireAnswers
from footholds.core.store.models_support import OwnLine, Person, SafetyPlan, Session
from footholds.core.store.store import Store
from footholds.core.store.validate import InvalidEntry

__all__ = [
    "BY_KIND",
    "MODELS",
    "Activity",
    "ActivityPlan",
    "Affirmation",
    "ContentMark",
    "Goal",
    "InvalidEntry",
    "LogEntry",
    "MedicationTaken",
    "Medicine",
    "OwnItem",
    "OwnLine",
    "Person",
    "Proof",
    "QuestionnaireAnswers",
    "Record",
    "ReminderEvent",
    "RoutineCheck",
    "RoutineItem",
    "SafetyPlan",
    "Session",
    "SleepEntry",
    "Store",
    "StoreCannotOpen",
    "StoreTooNew",
    "StoreUpgradeFailed",
    "StoreWriteError",
    "ThoughtLog",
]
