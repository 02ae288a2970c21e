"""Sleep: roughly when to bed and when up, once a day, and how steady that is. No Qt.

Steadiness is the point, not hours: nothing here totals or judges how long anyone slept.
Times are minutes after noon, so a bedtime of 23:30 and one of 00:30 are an hour apart.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from footholds.core.errors import Explained, error
from footholds.core.store import SleepEntry, Store
from footholds.core.store import validate as v

ASK_BEFORE = time(12)  # the morning question is asked before noon only
LONGEST = timedelta(hours=16)  # a longer night is almost surely times typed the wrong way round
# a week's times are called "mostly" (a habit) only from this many nights noted in it
USUAL_FROM_NIGHTS = 3
USUAL_NIGHTS = 14  # the usual bedtime is the middle of this many recent nights
USUAL_WITHIN = timedelta(days=28)
USUAL_MIN_NIGHTS = 3
_SLEPT = re.compile(r"\s*(\d{1,2}):(\d{2})\s*-\s*(\d{1,2}):(\d{2})\s*")


class SleepTimesError(Explained, ValueError):
    """Times that can't be a night's sleep; str(exc) says why, plainly."""


def parse_slept(text: str) -> tuple[str, str]:
    """ "23:30-07:10" into ("23:30", "07:10"); a night may cross midnight."""
    found = _SLEPT.fullmatch(text)
    if not found:
        raise error(SleepTimesError, "sleep.unclear", text=repr(text))
    bh, bm, uh, um = (int(x) for x in found.groups())
    if bh > 23 or uh > 23 or bm > 59 or um > 59:
        raise error(SleepTimesError, "sleep.off_clock", text=repr(text))
    bed, up = time(bh, bm), time(uh, um)
    check_night(bed, up)
    return bed.strftime("%H:%M"), up.strftime("%H:%M")


def check_up_by(bed: time, up: time, morning: date, now: datetime) -> None:
    """Refuse a night that ends after `now`: at 06:52, 23:00 to 07:00 was saved as last night.
    The night ends on `morning`, unless it neither crossed midnight nor began before noon
    (an evening's sleep, the day before)."""
    on = morning if up <= bed or bed < time(12) else morning - timedelta(days=1)
    if datetime.combine(on, up) > now.replace(tzinfo=None, second=0, microsecond=0):
        raise error(SleepTimesError, "sleep.not_yet", up=f"{up:%H:%M}", now=f"{now:%H:%M}")


def check_night(bed: time, up: time) -> None:
    """Refuse a bedtime and a getting-up time that can't be one night."""
    span = night_length(bed, up)
    if span == timedelta(0):
        raise error(SleepTimesError, "sleep.same")
    if span > LONGEST:
        raise error(SleepTimesError, "sleep.too_long", bed=f"{bed:%H:%M}", up=f"{up:%H:%M}")


def night_length(bed: time, up: time) -> timedelta:
    """From bedtime to getting up, across midnight when needed (used only to check input)."""
    start = datetime.combine(date.min, bed)
    end = datetime.combine(date.min, up)
    return (end - start) % timedelta(days=1)


def record(
    store: Store,
    bed: str,
    up: str,
    quality: int | None,
    *,
    morning: date,
    source: str = "quick-log",
    now: datetime | None = None,
) -> SleepEntry:
    """Save the night before `morning` (replacing what that morning already said). Asked on
    that morning (`now`), a getting-up time still to come is refused (SleepTimesError)."""
    check_night(time.fromisoformat(bed), time.fromisoformat(up))
    if now is not None:
        check_up_by(time.fromisoformat(bed), time.fromisoformat(up), morning, now)
    entry = SleepEntry(day=morning.isoformat(), bed=bed, up=up, quality=quality, source=source)
    if now is not None:
        entry.at = now
    return _put(store, entry)


def _put(store: Store, entry: SleepEntry) -> SleepEntry:
    """Save a night already checked, in place of what its morning already said."""
    morning = date.fromisoformat(entry.day)
    same = [s for s in recent(store, morning, days=2) if s.day == entry.day]
    if same:
        entry.id, entry.at = same[-1].id, same[-1].at
        return store.update(entry)
    return store.add(entry)


SAVED = "Noted how you slept. Thank you."


def save_night(store: Store, night: object, *, source: str) -> SleepEntry:
    """Save a night sent as {"bed", "up", "quality", "day"}; raises InvalidEntry or
    SleepTimesError when it can't be one."""
    return _put(store, night_entry(night, source=source))  # night_entry checked it


def night_entry(night: object, *, source: str) -> SleepEntry:
    """A night sent as {"bed", "up", "quality", "day"}, checked, not yet saved (sealed while
    locked, it replaces that morning's at the unlock: Record.ONE_PER)."""
    if not isinstance(night, dict) or set(night) != {"bed", "up", "quality", "day"}:
        raise v.invalid("entry.shape", field="The night's sleep")
    entry = SleepEntry(
        day=v.day(night["day"], "The morning"),
        bed=v.clock(night["bed"], "Bedtime"),
        up=v.clock(night["up"], "Getting up"),
        quality=v.number(night["quality"], "How it was", 1, 5),
        source=source,
    )
    check_night(time.fromisoformat(entry.bed), time.fromisoformat(entry.up))
    return entry.clean()


def recent(store: Store, today: date, *, days: int) -> list[SleepEntry]:
    """Sleep entries whose morning is within `days` before and including `today`, one a
    morning: of two kept for one morning (joined from the lock's inbox before it replaced),
    the later one, which a new answer for that morning also replaces."""
    start = datetime.combine(today - timedelta(days=days + 1), time()).astimezone()
    end = datetime.combine(today + timedelta(days=2), time()).astimezone()
    first = (today - timedelta(days=days - 1)).isoformat()
    last = today.isoformat()
    # oldest first, so the latest of a morning stays
    by_morning = {s.day: s for s in store.between(SleepEntry, start, end) if first <= s.day <= last}
    return sorted(by_morning.values(), key=_at)


def question_due(
    *,
    enabled: bool,
    now: datetime,
    start_hour: int,
    answered_today: bool,
    put_aside_on: date | None,
) -> bool:
    """Whether the quick log asks this morning's sleep question: once a day, when switched on,
    after the day has started and before noon, until it is answered or put aside."""
    if not enabled or answered_today or put_aside_on == now.date():
        return False
    return time(start_hour) <= now.time() < ASK_BEFORE


def answered_on(store: Store, morning: date) -> bool:
    """Whether the night before `morning` is already noted."""
    return any(s.day == morning.isoformat() for s in recent(store, morning, days=1))


def last_times(store: Store) -> tuple[str, str] | None:
    """The bedtime and getting-up time last noted, as ("HH:MM", "HH:MM"); None before any.
    The morning question starts from them: closer to the person's nights than any guess."""
    last = store.latest(SleepEntry, 1)
    return (last[0].bed, last[0].up) if last else None


def after_noon(clock: str) -> int:
    """Minutes after noon, so the evening comes before the small hours."""
    hours, minutes = int(clock[:2]), int(clock[3:])
    return (hours * 60 + minutes - 12 * 60) % (24 * 60)


def from_after_noon(minutes: float) -> str:
    total = (round(minutes) + 12 * 60) % (24 * 60)
    return f"{total // 60:02d}:{total % 60:02d}"


def usual_bedtime(entries: Iterable[SleepEntry], today: date) -> str | None:
    """The middle (median) of the last 14 nights' bedtimes within four weeks, as "HH:MM";
    None with fewer than three, when there is no usual yet."""
    since = (today - USUAL_WITHIN).isoformat()
    nights = sorted((s for s in entries if since <= s.day <= today.isoformat()), key=_day)
    beds = [after_noon(s.bed) for s in nights[-USUAL_NIGHTS:]]
    if len(beds) < USUAL_MIN_NIGHTS:
        return None
    from statistics import median  # here: it brings decimal and fractions into the idle app

    return from_after_noon(median(beds))


@dataclass(frozen=True)
class Week:
    """Bed and wake times for one week: the middle half of the nights, as "HH:MM" ranges.
    `first` and `last` are its days within the period asked for: a week cut by the period's
    start holds only its days in it, and is named by them."""

    first: date
    nights: int
    bed: tuple[str, str]
    up: tuple[str, str]
    quality: float | None
    last: date
    # the mornings of the nights noted, in order: one night is named as that night
    mornings: tuple[date, ...] = ()


def weeks_ending_on(last: date) -> int:
    """The weekday (Monday 0 … Sunday 6) a week starts on when the weeks end on `last`:
    Insights' seven days up to today, and the summary's days up to its last. Both count their
    sleep weeks with it, so the same nights are one week with one first day in each."""
    return (last + timedelta(days=1)).weekday()


def weeks(
    entries: Iterable[SleepEntry], first: date, last: date, *, starts_on: int = 0
) -> list[Week]:
    """Week by week, each starting on the weekday `starts_on` (Monday 0 … Sunday 6: the
    week the view around it shows), only weeks with something noted, each kept to its days
    from `first` to `last`."""
    by_week: dict[date, list[SleepEntry]] = {}
    for s in entries:
        day = date.fromisoformat(s.day)
        if first <= day <= last:
            back = (day.weekday() - starts_on) % 7
            by_week.setdefault(day - timedelta(days=back), []).append(s)
    out = []
    for start in sorted(by_week):
        nights = by_week[start]
        rated = [s.quality for s in nights if s.quality is not None]
        out.append(
            Week(
                first=max(start, first),
                last=min(start + timedelta(days=6), last),
                nights=len(nights),
                bed=_middle([after_noon(s.bed) for s in nights]),
                up=_middle([after_noon(s.up) for s in nights]),
                quality=sum(rated) / len(rated) if rated else None,
                mornings=tuple(sorted(date.fromisoformat(s.day) for s in nights)),
            )
        )
    return out


def nights(entries: Iterable[SleepEntry], first: date, last: date) -> list[Week]:
    """Night by night from `first` to `last`, each as a `Week` of its morning alone (one
    night: its own times), for a view that shows days (Insights' week)."""
    out = []
    for s in sorted(entries, key=_day):
        morning = date.fromisoformat(s.day)
        if first <= morning <= last:
            bed, up = _middle([after_noon(s.bed)]), _middle([after_noon(s.up)])
            out.append(Week(morning, 1, bed, up, s.quality, morning, (morning,)))
    return out


def _middle(values: list[int]) -> tuple[str, str]:
    """The middle half of the values (all of them when there are three or fewer)."""
    values = sorted(values)
    cut = len(values) // 4
    kept = values[cut : len(values) - cut] or values
    return from_after_noon(kept[0]), from_after_noon(kept[-1])


def _day(entry: SleepEntry) -> str:
    return entry.day


def _at(entry: SleepEntry) -> datetime:
    return entry.at


class UsualBedtime:
    """The usual bedtime for the wind-down reminder, worked out once a day or when a night is
    noted (the scheduler asks often; the store is read rarely)."""

    def __init__(self, store: Store, clock: Callable[[], datetime]) -> None:
        self._store, self._clock = store, clock
        self._for: date | None = None
        self._value: str | None = None
        store.changed.connect(self._on_changed)

    def __call__(self) -> str | None:
        today = self._clock().date()
        if self._for != today:
            entries = recent(self._store, today, days=USUAL_WITHIN.days + 1)
            self._value, self._for = usual_bedtime(entries, today), today
        return self._value

    def _on_changed(self, kind: str) -> None:
        if kind == SleepEntry.KIND:
            self._for = None
