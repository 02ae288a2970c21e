"""The people and plans that hold a person up: someone they trust, their safety plan, their
own numbers, and their therapy sessions. Part of models.py, kept apart for its size."""

from __future__ import annotations

from dataclasses import dataclass, field

from footholds.core.store import session_fields as sf
from footholds.core.store import validate as v
from footholds.core.store.models import Record, now_local


@dataclass(kw_only=True)
class Person(Record):
    """Someone the person trusts, how they like to be reached, and a ready message."""

    KIND = "person"
    # the people forms' fields hold the same (ui/people/people.py, trusted_people.py)
    NAME_LIMIT = 100
    HOW_LIMIT = 200
    NOTE_LIMIT = 2000
    MESSAGE_LIMIT = 1000
    name: str = ""
    how: str = ""
    note: str = ""
    message: str = ""

    def _clean(self) -> None:
        self.name = v.text(self.name, "The name", limit=self.NAME_LIMIT, required=True)
        self.how = v.text(self.how, "How to reach them", limit=self.HOW_LIMIT)
        self.note = v.text(self.note, "The note", limit=self.NOTE_LIMIT)
        self.message = v.text(self.message, "The message", limit=self.MESSAGE_LIMIT)


@dataclass(kw_only=True)
class SafetyPlan(Record):
    """The personal safety plan: section id -> the person's own words, and the ways of
    making the space safer they chose (option ids from the safety_plan_words pack)."""

    KIND = "safety_plan"
    SECTION_LIMIT = 5000  # characters in one section; the window's boxes hold no more
    sections: dict[str, str] = field(default_factory=dict)
    safer: list[str] = field(default_factory=list)  # added later: older plans have none

    def _clean(self) -> None:
        self.sections = v.mapping(self.sections, "The safety plan", limit=self.SECTION_LIMIT)
        self.safer = v.idents(self.safer, "Ways to make my space safer")


@dataclass(kw_only=True)
class OwnLine(Record):
    """A help line or number the person added themselves."""

    KIND = "own_line"
    # the Get help window's fields hold the same (ui/help/own_lines.py)
    NAME_LIMIT = 100
    NUMBER_LIMIT = 60
    NOTE_LIMIT = 500
    name: str = ""
    number: str = ""
    note: str = ""

    def _clean(self) -> None:
        self.name = v.text(self.name, "The name", limit=self.NAME_LIMIT, required=True)
        self.number = v.text(self.number, "The number", limit=self.NUMBER_LIMIT, required=True)
        self.note = v.text(self.note, "The note", limit=self.NOTE_LIMIT)


@dataclass(kw_only=True)
class Session(Record):
    """A therapy session (or summary) date, and what the person wants to talk about."""

    KIND = "session"
    THERAPIST_LIMIT = sf.THERAPIST_LIMIT
    day: str = field(default_factory=lambda: now_local().date().isoformat())
    talk_about: str = ""
    # Added later (older records have none): a start time ("" = the date only), a length, a
    # repeat (every 1, 2 or 4 weeks from `day`), the therapist's name, and per occurrence (by
    # the day it was planned for) its notes, whether it was cancelled or moved, and offers made.
    time: str = ""
    minutes: int = 50
    every: str = ""
    therapist: str = ""
    notes: list[dict[str, str]] = field(default_factory=list)
    cancelled: list[str] = field(default_factory=list)
    moved: dict[str, str] = field(default_factory=dict)
    offered: list[str] = field(default_factory=list)

    def _clean(self) -> None:
        self.day = v.day(self.day, "The session date")
        self.talk_about = v.text(self.talk_about, "What I want to talk about", limit=v.NOTE_LIMIT)
        sf.clean_added(self)
