"""The check-in summary: what happened between sessions, gathered for a stretch of days. No Qt.

By default the stretch starts at the last session that is over (core/sessions.py: a repeating
slot's last occurrence, or a dated session before today) or, without one, covers the last 14
days. It opens with what the person wanted to remember and try from that session, and how many
days have passed since it. Rendering lives in checkin_render.py.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, datetime, time, timedelta, tzinfo
from typing import Any

from footholds.core import checkin_extras, content, safety_plan_render
from footholds.core import days as person_days
from footholds.core import sessions as ss
from footholds.core.checkin_activity import NEW_SECTIONS, Did, gather_did, gather_sleep
from footholds.core.checkin_chart import bins
from footholds.core.days import day_bounds, day_of
from footholds.core.insights import Insights, most_often, summarise
from footholds.core.sleep import Week
from footholds.core.store import LogEntry, Proof, ReminderEvent, Session, Store, ThoughtLog
from footholds.core.store.validate import YEAR_MAX, YEAR_MIN

DEFAULT_DAYS = 14
WORKED_SHOWN = 3  # the talking points name the few things that helped most often
# The window's preview shows at most this many items of each list: ten years held 2.8 million
# characters, froze the window for seconds and took hundreds of MB. Saving and printing keep all.
PREVIEW_MOST = 60
# Section ids in the order they appear; the person can leave any of them out.
SECTIONS = (
    "talk",
    "feelings",
    "triggers",
    "tried",
    "helped",
    "parts",
    "thoughts",
    "wins",
    "activities",
    "sleep",
    "proof",
    "notes",
)
# Parts drawn by checkin_activity; like every part, each is left out when empty.
ACTIVITY_SECTIONS = NEW_SECTIONS


@dataclass(frozen=True)
class Noted:
    """One thing written on a day (a trigger, something tried, an addition to the proof list)."""

    day: date
    text: str


@dataclass(frozen=True)
class Thought:
    """A thought log as the summary shows it."""

    day: date
    thought: str
    balanced: str
    belief_before: int | None
    belief_after: int | None
    traps: tuple[str, ...]


@dataclass(frozen=True)
class SinceLast:
    """The last session: its day, the days since it (elapsed, nothing else), and the words
    the person kept after it."""

    day: date
    days: int
    remember: str = ""
    to_try: str = ""


@dataclass(frozen=True)
class Report:
    """Everything the summary shows, already gathered; rendering needs nothing else."""

    first: date
    last: date
    made: date
    days: Insights
    talk_about: str = ""
    triggers: list[Noted] = field(default_factory=list)
    tried: list[Noted] = field(default_factory=list)
    helped: list[tuple[str, int]] = field(default_factory=list)
    parts: list[tuple[str, int]] = field(default_factory=list)
    thoughts: list[Thought] = field(default_factory=list)
    wins: list[tuple[str, int]] = field(default_factory=list)
    movements: int = 0
    movement_days: int = 0
    proof: list[Noted] = field(default_factory=list)
    notes: list[Noted] = field(default_factory=list)  # quick-log notes, oldest first
    # the talking points: the person's own words (talk_about, shown under the label they
    # wrote them under), then what worked and what didn't
    worked: list[tuple[str, int]] = field(default_factory=list)
    not_worked: list[Noted] = field(default_factory=list)
    plan: safety_plan_render.PlanPage | None = None  # only when the person chose to add it
    since: SinceLast | None = None  # None when no session is recorded yet
    did: list[Did] = field(default_factory=list)
    sleep: list[Week] = field(default_factory=list)
    extras: checkin_extras.Extras | None = None  # medication, questionnaires: when ticked in

    def has(self, section: str) -> bool:
        """Whether a section has anything to show."""
        values = {
            "talk": self.talk_about.strip() or self.worked or self.not_worked,
            "feelings": any(b.noted for b in bins(self.days)),
            "triggers": self.triggers,
            "tried": self.tried,
            "helped": self.helped,
            "parts": self.parts,
            "thoughts": self.thoughts,
            "wins": self.wins or self.movements,
            "proof": self.proof,
            "notes": self.notes,
            "activities": self.did,
            "sleep": self.sleep,
        }
        return bool(values[section])


def for_preview(report: Report, most: int = PREVIEW_MOST) -> tuple[Report, bool]:
    """The report with each long list cut to `most` items, for the window's preview of a long
    stretch: the latest of the dated lists, the most often named of the counted ones (already
    in that order). Also whether anything was left out, so the preview can say so."""
    dated = ("triggers", "tried", "not_worked", "thoughts", "proof", "notes", "did", "sleep")
    counted = ("helped", "parts", "wins")
    cut: dict[str, Any] = {}
    for name in dated:
        items = getattr(report, name)
        if len(items) > most:
            cut[name] = items[-most:]
    for name in counted:
        items = getattr(report, name)
        if len(items) > most:
            cut[name] = items[:most]
    # the feelings table is cut where it is drawn (most_rows), its chart keeps every week
    rows = sum(1 for b in bins(report.days) if b.noted)
    return (replace(report, **cut) if cut else report), bool(cut) or rows > most


def upcoming_session(store: Store, today: date) -> Session | None:
    """The session dated today or later that is soonest: the one being prepared for."""
    ahead = [s for s in store.all(Session) if date.fromisoformat(s.day) >= today]
    return min(ahead, key=lambda s: (s.day, s.at), default=None)


def next_slot(store: Store, today: date) -> ss.Occurrence | None:
    """The next timed session from today on (a repeating slot's, say): what to talk about
    is kept with that occurrence when no dated session is being prepared for."""
    occurrence = ss.next_occurrence(store.all(Session), _day_began(today))
    return occurrence if occurrence is not None and occurrence.timed else None


def default_period(store: Store, today: date, now: datetime | None = None) -> tuple[date, date]:
    """Since the last session (its day included), or the last 14 days, up to today. Without
    `now`, the last session is one over before today began."""
    last = last_over(store, now or _day_began(today))
    if last is not None:
        return _local_day(last), today
    return today - timedelta(days=DEFAULT_DAYS - 1), today


def has_last_session(store: Store, today: date) -> bool:
    """Whether a session was over before `today` began: the one default_period starts at."""
    return last_over(store, _day_began(today)) is not None


def last_over(store: Store, now: datetime, tz: tzinfo | None = None) -> ss.Occurrence | None:
    """The last session over by `now`: a timed one once it ended, a dated one after its day."""
    return ss.last_occurrence(store.all(Session), now, tz)


def under_way(store: Store, now: datetime, tz: tzinfo | None = None) -> ss.Occurrence | None:
    """A session begun by `now` and not over yet: a timed one between its start and its end,
    a dated one on its day. Neither the last session nor one still to come."""
    found = [o for o in ss.occurrences(store.all(Session), now, now, tz) if o.start <= now]
    return found[-1] if found else None


def since_last(
    store: Store, made: date, now: datetime, tz: tzinfo | None = None
) -> SinceLast | None:
    """What the summary opens with, or None without a session."""
    last = last_over(store, now, tz)
    if last is None:
        return None
    note = last.note()
    return SinceLast(
        day=_local_day(last, tz),
        days=max(0, (made - _local_day(last, tz)).days),
        remember=note["remember"].strip(),
        to_try=note["try"].strip(),
    )


def _day_began(day: date, tz: tzinfo | None = None) -> datetime:
    began = datetime.combine(day, time())
    return began.replace(tzinfo=tz) if tz is not None else began.astimezone()


def _local_day(occurrence: ss.Occurrence, tz: tzinfo | None = None) -> date:
    zone = ss.zone(occurrence.start, tz)
    return (
        occurrence.start.astimezone(zone).date() if zone else occurrence.start.astimezone().date()
    )


def gather(
    store: Store,
    first: date,
    last: date,
    *,
    made: date | None = None,
    talk_about: str | None = None,
    tz: tzinfo | None = None,
    day_start_hour: int = 0,
    language: str = content.DEFAULT_LANGUAGE,
    include_plan: bool = False,
    now: datetime | None = None,
    include_medication: bool = False,
    include_questionnaires: bool = False,
) -> Report:
    """Read what the days first..last hold. `talk_about` defaults to the upcoming session's;
    the safety plan goes in only with `include_plan`, as the person chooses.

    Raises ValueError for a day outside the years entries can have (9999-12-31 would
    overflow the day after it)."""
    for day in (first, last):
        if not YEAR_MIN <= day.year <= YEAR_MAX:
            raise ValueError(
                f"{day.isoformat()} is outside the years Footholds keeps "
                f"({YEAR_MIN} to {YEAR_MAX}); please choose a day in between."
            )
    # the person's day (their day-start hour), as every window's: at 00:30 still yesterday
    made = made or day_of(now or person_days.now_local(), day_start_hour, tz)
    # the last session is one over before the summary's day began, as default_period says
    now = now or _day_began(made, tz)
    start, end = day_bounds(first, day_start_hour, tz)[0], day_bounds(last, day_start_hour, tz)[1]
    logs = store.between(LogEntry, start, end)
    events = store.between(ReminderEvent, start, end)
    days = summarise(logs, events, first, last, tz=tz, day_start_hour=day_start_hour)
    if talk_about is None:
        session = upcoming_session(store, made)
        slot = next_slot(store, made) if session is None else None
        talk_about = session.talk_about if session else (slot.note()["talk"] if slot else "")

    def on(moment: datetime) -> date:
        return day_of(moment, day_start_hour, tz)

    traps = _trap_names(language)
    thoughts = [
        Thought(
            day=on(t.at),
            thought=t.thought.strip(),
            balanced=t.balanced.strip(),
            belief_before=t.belief_before,
            belief_after=t.belief_after,
            traps=tuple(traps.get(name, name) for name in t.traps),
        )
        for t in store.between(ThoughtLog, start, end)
    ]
    return Report(
        first=first,
        last=last,
        made=made,
        days=days,
        talk_about=talk_about.strip(),
        triggers=[Noted(on(e.at), e.trigger.strip()) for e in logs if e.trigger.strip()],
        tried=[Noted(on(e.at), e.tried.strip()) for e in logs if e.tried.strip()],
        helped=days.helped,
        worked=days.helped[:WORKED_SHOWN],
        # tried, with nothing noted as helping in the same entry: the person's own record
        not_worked=[
            Noted(on(e.at), e.tried.strip())
            for e in logs
            if e.tried.strip() and not e.helped.strip()
        ],
        parts=most_often(e.part for e in logs),
        thoughts=thoughts,
        wins=days.wins,
        movements=days.movements,
        movement_days=days.movement_days,
        # in date order: a proof's day is the day it happened, not the day it was written down
        proof=sorted(
            (
                Noted(date.fromisoformat(p.day), p.text.strip())
                for p in store.between(Proof, start, end)
            ),
            key=lambda n: n.day,
        ),
        notes=[Noted(on(e.at), e.note.strip()) for e in logs if e.note.strip()],
        plan=safety_plan_render.gather(store, language) if include_plan else None,
        since=since_last(store, made, now, tz),
        did=gather_did(store, first, last, day_start_hour, tz, language),
        sleep=gather_sleep(store, first, last),
        extras=checkin_extras.gather(
            store,
            start,
            end,
            with_medication=include_medication,
            with_questionnaires=include_questionnaires,
            tz=tz,
            day_start_hour=day_start_hour,
        ),
    )


def _trap_names(language: str) -> dict[str, str]:
    """Thinking-trap ids to their names, so the summary reads "All-or-nothing"."""
    try:
        return {item["id"]: item["name"] for item in content.load_pack("thinking_traps", language)}
    except (OSError, ValueError, KeyError):
        return {}
