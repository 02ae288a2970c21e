"""Therapy sessions: when they happen, the quiet around them, the offers before and after. No Qt.

A Session record is one date (with or without a start time) or a repeating slot: every 1, 2 or
4 weeks from its first day, at the same wall-clock time, so a DST change moves nothing the
person sees. An occurrence is named by the day it was planned for (its key): a cancelled one is
left out, a moved one keeps its key and takes its new start. Lengths are real minutes, so a
session across a DST change still lasts what it lasts.

Times are worked out in `tz` when one is given (a zoneinfo zone in tests). Otherwise in the
zone of the moment asked about, unless that is a fixed offset such as
`datetime.now().astimezone()` gives: then the system's own zone, which knows DST.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, timezone, tzinfo

from footholds.core.store.models_support import Session

QUIET_AFTER = timedelta(minutes=15)  # no reminders for this long after a session ends
AFTER_OFFER_FOR = timedelta(hours=12)  # "today's session" stops making sense after this
STEP_WEEKS = {"1w": 1, "2w": 2, "4w": 4}
# When the offer to get ready comes: how long before the start. "off" makes none.
BEFORE = {"day_before": timedelta(days=1), "same_day": timedelta(hours=3), "off": None}
MOVE_REACH = timedelta(days=35)  # a moved occurrence is looked for this far around a span


@dataclass(frozen=True)
class Occurrence:
    """One session as it happens: its record, the day it was planned for, start and end."""

    session: Session
    key: date
    start: datetime  # aware; for a date-only session, the start of that day
    end: datetime
    timed: bool  # False for a date-only session: no quiet period and no offers for it

    def note(self) -> dict[str, str]:
        """What the person wrote for this occurrence (talk, remember, try), or empty texts."""
        for item in self.session.notes:
            if item.get("day") == self.key.isoformat():
                return item
        return {"day": self.key.isoformat(), "talk": "", "remember": "", "try": ""}


@dataclass(frozen=True)
class Offer:
    """A gentle offer: "before" (get ready) or "after" (what to remember and try)."""

    kind: str
    occurrence: Occurrence

    @property
    def key(self) -> str:
        return f"{self.kind}:{self.occurrence.key.isoformat()}"


DEFAULT_TIME = time(17)  # the form's first offer, a common time for an evening session


def same(one: Occurrence | None, other: Occurrence | None) -> bool:
    """Whether two occurrences are the same session on the same day."""
    if one is None or other is None:
        return False
    return one.session.id == other.session.id and one.key == other.key


def suggested_start(now: datetime) -> datetime:
    """When a new session is first offered in the form: today at 17:00, or tomorrow at
    17:00 once today's has passed (at 21:41 "Today 17:00" was a time already gone)."""
    today = datetime.combine(now.date(), DEFAULT_TIME, tzinfo=now.tzinfo)
    return today if now < today else today + timedelta(days=1)


def zone(moment: datetime | None, tz: tzinfo | None = None) -> tzinfo | None:
    """The zone to read wall-clock session times in (None: the system's own)."""
    if tz is not None:  # asked for by name: a test's zone, or the summary's own offset
        return tz
    if moment is not None and moment.tzinfo is not None and not isinstance(moment.tzinfo, timezone):
        return moment.tzinfo
    return None


def local_start(day: date, hhmm: str, tz: tzinfo | None) -> datetime:
    """The instant a wall-clock time on `day` names, in UTC."""
    hour, minute = (int(part) for part in hhmm.split(":")) if hhmm else (0, 0)
    naive = datetime.combine(day, time(hour, minute))
    local = naive.replace(tzinfo=tz) if tz is not None else naive.astimezone()
    return local.astimezone(UTC)


def occurrences(
    sessions: Iterable[Session], first: datetime, last: datetime, tz: tzinfo | None = None
) -> list[Occurrence]:
    """Every occurrence that overlaps first..last, by start."""
    tz = zone(first, tz)
    lo, hi = first.astimezone(UTC), last.astimezone(UTC)
    found = [
        o
        for s in sessions
        for o in _of(s, (lo - MOVE_REACH).date(), (hi + MOVE_REACH).date(), tz)
        if o.end > lo and o.start <= hi
    ]
    return sorted(found, key=lambda o: (o.start, o.session.id))


def _of(session: Session, first: date, last: date, tz: tzinfo | None) -> Iterable[Occurrence]:
    day0 = date.fromisoformat(session.day)
    step = STEP_WEEKS.get(session.every)
    if step is None:
        keys = [day0] if first <= day0 <= last else []
    else:
        span = 7 * step
        skip = max(0, (first - day0).days // span)
        keys = []
        key = day0 + timedelta(days=span * skip)
        while key <= last:
            keys.append(key)
            key += timedelta(days=span)
    keys += [date.fromisoformat(k) for k in session.moved if date.fromisoformat(k) not in keys]
    cancelled = set(session.cancelled)
    for key in keys:
        if key.isoformat() in cancelled or key < day0:
            continue
        if step is not None and (key - day0).days % (7 * step):
            continue  # a move recorded for a day this slot never had
        yield _occurrence(session, key, tz)


def _occurrence(session: Session, key: date, tz: tzinfo | None) -> Occurrence:
    moved = session.moved.get(key.isoformat())
    day, hhmm = (date.fromisoformat(moved.split()[0]), moved.split()[1]) if moved else (key, "")
    hhmm = hhmm or session.time
    start = local_start(day, hhmm, tz)
    if hhmm:
        return Occurrence(session, key, start, start + timedelta(minutes=session.minutes), True)
    return Occurrence(session, key, start, local_start(day + timedelta(days=1), "", tz), False)


def days_before(start: datetime, now: datetime) -> int:
    """How many calendar days before `now` a session started: 0 today, 1 yesterday. A
    session is an appointment on the clock, so its day is its calendar date in every window
    that names it, never the person's day-start hour: at 08:30 one at 00:45 was today's."""
    return (now.date() - start.astimezone(now.tzinfo).date()).days


def quiet_until(
    sessions: Sequence[Session], now: datetime, tz: tzinfo | None = None
) -> datetime | None:
    """When the quiet around a session in progress (or just over) ends, or None if not in one."""
    tz = zone(now, tz)
    around = occurrences(sessions, now - timedelta(days=1), now, tz)
    ends = [o.end + QUIET_AFTER for o in around if o.timed and o.start <= now < o.end + QUIET_AFTER]
    return max(ends, default=None)


def in_quiet_period(sessions: Sequence[Session], now: datetime, tz: tzinfo | None = None) -> bool:
    """Whether `now` is in a session or the 15 minutes after it: no reminders at all then."""
    return quiet_until(sessions, now, tz) is not None


def last_occurrence(
    sessions: Sequence[Session], now: datetime, tz: tzinfo | None = None, *, reach_days: int = 400
) -> Occurrence | None:
    """The most recent session that is over (a date-only one once its day has passed)."""
    tz = zone(now, tz)
    past = occurrences(sessions, now - timedelta(days=reach_days), now, tz)
    over = [o for o in past if o.end <= now]
    return over[-1] if over else None


def noted(
    sessions: Sequence[Session], now: datetime, reach: timedelta, tz: tzinfo | None = None
) -> list[Occurrence]:
    """The sessions whose notes can be written now, latest first: each one over within
    `reach` (every day of a repeating one, not only its latest), and one kept by its day
    alone from that day's start: no offer is made for it, as its time is not known, and it
    may be over at any moment of its day."""
    tz = zone(now, tz)
    found = occurrences(sessions, now - reach, now, tz)
    return [o for o in reversed(found) if o.end <= now or (not o.timed and o.start <= now)]


def next_occurrence(
    sessions: Sequence[Session], now: datetime, tz: tzinfo | None = None, *, reach_days: int = 400
) -> Occurrence | None:
    """The next session that has not started yet."""
    tz = zone(now, tz)
    ahead = [o for o in occurrences(sessions, now, now + timedelta(days=reach_days), tz)]
    ahead = [o for o in ahead if o.start > now]
    return ahead[0] if ahead else None


def coming_occurrence(
    sessions: Sequence[Session], now: datetime, tz: tzinfo | None = None, *, reach_days: int = 400
) -> Occurrence | None:
    """The first session that is not over: one going on now, else the next to start."""
    tz = zone(now, tz)
    ahead = occurrences(sessions, now, now + timedelta(days=reach_days), tz)
    return next((o for o in ahead if o.end > now), None)


def to_try(sessions: Sequence[Session], now: datetime, tz: tzinfo | None = None) -> str:
    """What the person wanted to try after their last session: shown until the next one."""
    last = last_occurrence(sessions, now, tz)
    return last.note()["try"].strip() if last else ""


def due_offer(
    sessions: Sequence[Session], now: datetime, before: str, tz: tzinfo | None = None
) -> Offer | None:
    """The one offer to make now, if any: each is made once, the "after" one first."""
    tz = zone(now, tz)
    lead = BEFORE.get(before)
    window = occurrences(sessions, now - AFTER_OFFER_FOR - timedelta(days=1), now + _lead(lead), tz)
    for o in reversed(window):
        offer = Offer("after", o)
        after = o.end + QUIET_AFTER <= now < o.end + AFTER_OFFER_FOR
        if o.timed and after and offer.key not in o.session.offered:
            return offer
    for o in window:
        offer = Offer("before", o)
        ahead = lead is not None and o.start - lead <= now < o.start
        if o.timed and ahead and offer.key not in o.session.offered:
            return offer
    return None


def next_offer_at(
    sessions: Sequence[Session], now: datetime, before: str, tz: tzinfo | None = None
) -> datetime | None:
    """When an offer could next be due (now, if one is); for arming one timer, not polling."""
    if due_offer(sessions, now, before, tz) is not None:
        return now
    tz = zone(now, tz)
    lead = BEFORE.get(before)
    times = []
    # From a quiet period back: a session that has just ended still owes its "after" offer,
    # at its end plus the quiet, so a restart or an edit in those minutes keeps it coming.
    first = now - QUIET_AFTER
    for o in occurrences(sessions, first, now + timedelta(days=60) + _lead(lead), tz):
        if not o.timed:
            continue
        if lead is not None and f"before:{o.key.isoformat()}" not in o.session.offered:
            times.append(max(o.start - lead, now))
        if f"after:{o.key.isoformat()}" not in o.session.offered:
            times.append(o.end + QUIET_AFTER)
    future = [t for t in times if t > now]
    return min(future, default=None)


def _lead(lead: timedelta | None) -> timedelta:
    return lead if lead is not None else timedelta(0)


def mark_offered(offer: Offer) -> Session:
    """The session record with this offer noted as made (a copy, for Store.update)."""
    session = offer.occurrence.session
    return dataclasses.replace(session, offered=[*session.offered, offer.key])


def with_note(session: Session, key: date, **words: str) -> Session:
    """The session record with words (talk, remember, try) kept for the occurrence `key`."""
    notes = [dict(n) for n in session.notes if n.get("day") != key.isoformat()]
    old = next((n for n in session.notes if n.get("day") == key.isoformat()), {})
    note = {"day": key.isoformat(), "talk": "", "remember": "", "try": "", **old, **words}
    return dataclasses.replace(session, notes=[*notes, note])


def words_in(session: Session) -> tuple[bool, bool]:
    """Whether the record keeps the person's own words: (what to talk about, occurrence notes).
    Removing it loses them, so whoever removes it says so first."""
    notes = any(n.get(k, "").strip() for n in session.notes for k in ("talk", "remember", "try"))
    return bool(session.talk_about.strip()), notes


def words_left(session: Session, today: date) -> tuple[bool, bool]:
    """words_in, without what to talk about at a session still to come (session_talk's
    talk_ahead): that goes on to the next session when this one is removed (carry_talk)."""
    talk = bool(session.talk_about.strip()) and date.fromisoformat(session.day) < today
    notes = any(
        n.get(k, "").strip()
        for n in session.notes
        for k in ("remember", "try", "talk")
        if k != "talk" or n.get("day", "") < today.isoformat()
    )
    return talk, notes


def to_add(sessions: Sequence[Session], new: Session) -> Session:
    """The record that adding `new` (from My sessions) should save. The check-in keeps a
    session by its day alone, with what to talk about; given a time for that day, the same
    record takes it (and the length, repeat and therapist), so the words stay with the one
    session instead of a second one on the same day. Otherwise `new` itself."""
    if not new.time:
        return new
    for old in sessions:
        if old.day == new.day and not old.time and not old.every and not old.cancelled:
            return dataclasses.replace(
                old,
                time=new.time,
                minutes=new.minutes,
                every=new.every,
                therapist=new.therapist or old.therapist,
            )
    return new


def already_there(
    sessions: Sequence[Session], new: Session, tz: tzinfo | None = None
) -> Session | None:
    """The session kept that `new` only repeats: one that starts when `new` first does (the
    same day and time, a repeating one's too), repeats as it does and is with the same
    person. Added again, it was listed twice with no word; a weekly series starting on a
    one-off's day, or a session with someone else at the same time, is a session of its own."""
    if not new.time:
        return None
    start = local_start(date.fromisoformat(new.day), new.time, tz)
    for found in occurrences(sessions, start, start, tz):
        old = found.session
        same = old.every == new.every and _who(old.therapist) == _who(new.therapist)
        if found.timed and found.start == start and same:
            return old
    return None


def _who(therapist: str) -> str:
    return " ".join(therapist.split()).casefold()


def cancel(session: Session, key: date) -> Session:
    """The session record with the occurrence `key` cancelled."""
    return dataclasses.replace(session, cancelled=[*session.cancelled, key.isoformat()])


def move(session: Session, key: date, day: date, hhmm: str) -> Session:
    """The session record with the occurrence `key` moved to `day` at `hhmm`."""
    return dataclasses.replace(session, moved={**session.moved, key.isoformat(): f"{day} {hhmm}"})


class Calendar:
    """The person's sessions, read once and kept until the store says they changed, and the
    quiet spans around them worked out for a week at a time: the scheduler asks many times
    per tick, and asking must cost nothing."""

    SPAN = timedelta(days=7)

    def __init__(self, read: Callable[[], list[Session]], tz: tzinfo | None = None) -> None:
        self._read = read
        self._tz = tz
        self._sessions: list[Session] | None = None
        self._spans: list[tuple[datetime, datetime]] = []
        self._covers: tuple[datetime, datetime] | None = None

    def sessions(self) -> list[Session]:
        if self._sessions is None:
            self._sessions = list(self._read())
        return self._sessions

    def forget(self, kind: str = "session") -> None:
        """The store changed: read the sessions again when next asked."""
        if kind == "session":
            self._sessions, self._covers = None, None

    def quiet_until(self, at: datetime) -> datetime | None:
        """When the quiet around a session ends, if `at` is in it."""
        if self._covers is None or not self._covers[0] <= at < self._covers[1]:
            first, last = at - timedelta(days=1), at + self.SPAN
            tz = zone(at, self._tz)
            found = occurrences(self.sessions(), first, last, tz)
            self._spans = [(o.start, o.end + QUIET_AFTER) for o in found if o.timed]
            self._covers = (at, at + self.SPAN - timedelta(days=1))
        ends = [end for start, end in self._spans if start <= at < end]
        return max(ends, default=None)
