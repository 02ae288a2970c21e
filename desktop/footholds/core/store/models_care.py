"""The records for medicines (a short list, doses and the daily tick) and the optional
PHQ-9 and GAD-7 answers."""

from __future__ import annotations

from dataclasses import dataclass, field

from footholds.core.store import validate as v
from footholds.core.store.models import QUESTIONNAIRE_ITEMS, Record
from footholds.core.store.validate import invalid


@dataclass(kw_only=True)
class MedicationTaken(Record):
    """The "took my medication" tick for a day (the day as the person's day-start defines it)."""

    KIND = "medication_taken"
    PARTITIONED = True
    ONE_PER = ("day",)
    day: str = ""

    def _clean(self) -> None:
        self.day = v.day(self.day, "The day")


@dataclass(kw_only=True)
class Medicine(Record):
    """A medicine for the check-in summary: its name, dose, and dated dose changes."""

    KIND = "medicine"
    # what a name or a dose may hold; the window's fields hold the same (ui/journal/medication.py)
    NAME_LIMIT = 100
    DOSE_LIMIT = 100
    NOTE_LIMIT = 500  # a dose change's note
    name: str = ""
    dose: str = ""
    changes: list[dict[str, str]] = field(default_factory=list)  # {"day", "dose", "note"}

    def _clean(self) -> None:
        self.name = v.text(self.name, "The medicine", limit=self.NAME_LIMIT, required=True)
        self.dose = v.text(self.dose, "The dose", limit=self.DOSE_LIMIT)
        if not isinstance(self.changes, list) or len(self.changes) > 200:
            raise invalid("entry.doses", limit=200)
        changes = []
        for change in self.changes:
            if not isinstance(change, dict) or set(change) - {"day", "dose", "note"}:
                raise invalid("entry.shape", field="A dose change")
            changes.append(
                {
                    "day": v.day(change.get("day"), "The day of a dose change"),
                    "dose": v.text(
                        change.get("dose"), "The new dose", limit=self.DOSE_LIMIT, required=True
                    ),
                    "note": v.text(change.get("note"), "The note", limit=self.NOTE_LIMIT),
                }
            )
        self.changes = sorted(changes, key=lambda c: c["day"])


@dataclass(kw_only=True)
class QuestionnaireAnswers(Record):
    """A PHQ-9 or GAD-7 filled in: one answer (0-3, or None if left) per item, in order."""

    KIND = "questionnaire"
    PARTITIONED = True
    form: str = ""
    answers: list[int | None] = field(default_factory=list)
    difficulty: int | None = None  # the closing "how difficult" question, 0-3

    def _clean(self) -> None:
        self.form = v.choice(self.form, "The questionnaire", tuple(QUESTIONNAIRE_ITEMS))
        wanted = QUESTIONNAIRE_ITEMS[self.form]
        if not isinstance(self.answers, list) or len(self.answers) != wanted:
            raise invalid("entry.answer_count", count=wanted)
        self.answers = [v.number(a, "An answer", 0, 3) for a in self.answers]
        self.difficulty = v.number(self.difficulty, "How difficult", 0, 3)
        if all(a is None for a in self.answers):
            raise invalid("entry.nothing")
