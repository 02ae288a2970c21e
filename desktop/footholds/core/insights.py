"""Gentle day-by-day aggregations for the insights window and the check-in summary. No Qt.

A "day" follows the person's day-start hour (4 am by default) through core.days, so a note
written at 1 am belongs to the evening before, as it does in Today.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta, tzinfo

from footholds.core.days import day_bounds, day_of
from footholds.core.list_words import key_of
from footholds.core.store import LogEntry, ReminderEvent, Store

SPANS = {"week": 7, "month": 30}
# rows of dots for the feelings named most often: the same in Insights and the check-in
# summary's chart, so a feeling one draws the other draws too; the words under each picture
# name the rest (Insights' caption, the summary's "Also named" line)
TOP_FEELINGS = 7
# The shipped "moved" win in each language (the 'lists' translation of "moved"): a quick-log
# "moved" and Tough day's "I did it" log it, so they count as movement like a reminder's Done.
MOVED_WORDS = frozenset({"moved", "me moví"})
# A reminder's Done writes a movement event and a "moved" win together: counted once.
_COUNTED_BY_EVENT = "reminder"


def is_movement(entry: LogEntry) -> bool:
    """Whether a log entry records a movement (its "moved" win), in any shipped language."""
    return any(tidy(win).casefold() in MOVED_WORDS for win in entry.wins)


def _as_stored(text: str) -> str:
    return text


def span_days(last: date, span: str, offset: int = 0) -> tuple[date, date]:
    """First and last day of a rolling week (7 days) or month (30 days) ending at `last`;
    `offset` steps back that many whole spans."""
    length = SPANS[span]
    end = last - timedelta(days=length * offset)
    return end - timedelta(days=length - 1), end


def each_day(first: date, last: date) -> list[date]:
    """Every day from first to last, inclusive."""
    return [first + timedelta(days=n) for n in range((last - first).days + 1)]


def tidy(text: str) -> str:
    """One line of free text with its spacing tidied, for counting alike answers together."""
    return " ".join(text.split())


def most_often(texts: Iterable[str]) -> list[tuple[str, int]]:
    """Alike answers counted together (ignoring case and spacing), most often first; ties keep
    the order they were first written in, and each keeps the wording first used."""
    counts: Counter[str] = Counter()
    shown: dict[str, str] = {}
    for text in texts:
        clean = tidy(text)
        if not clean:
            continue
        key = clean.casefold()
        shown.setdefault(key, clean)
        counts[key] += 1
    order = {key: n for n, key in enumerate(shown)}
    ranked = sorted(counts, key=lambda k: (-counts[k], order[k]))
    return [(shown[k], counts[k]) for k in ranked]


def ranked_feelings(
    counted: list[tuple[str, int]],
    latest: dict[str, float],
    keys: dict[str, str] | None = None,
) -> list[tuple[str, int]]:
    """Feelings most named first; a tie goes to the one named most recently (`latest`: when
    each was last named, by its casefolded name), then by its key (`keys`, by casefolded
    name: a starting feeling's English key, the person's own words as written), else by
    name. The order never depends on the order entries were read in, nor on the language
    they are read in, so which feelings get a row of dots in a picture, in which colour, and
    which are named under it, is the same every time."""
    keys = keys or {}

    def rank(pair: tuple[str, int]) -> tuple[int, float, str]:
        name = pair[0].casefold()
        return (-pair[1], -latest.get(name, 0.0), keys.get(name, name))

    return sorted(counted, key=rank)


@dataclass(frozen=True)
class DaySummary:
    """One day: the average energy (None when not given), feelings named, movements done."""

    day: date
    energy: float | None = None
    feelings: tuple[str, ...] = ()
    entries: int = 0
    movements: int = 0
    winddown: bool = False


@dataclass(frozen=True)
class Insights:
    """What a stretch of days looked like, ready to draw."""

    first: date
    last: date
    days: tuple[DaySummary, ...]
    feelings: list[tuple[str, int]] = field(default_factory=list)
    helped: list[tuple[str, int]] = field(default_factory=list)
    wins: list[tuple[str, int]] = field(default_factory=list)
    entries: int = 0
    movements: int = 0
    movement_days: int = 0
    winddown_used: bool = False
    winddown_days: int = 0

    @property
    def top_feelings(self) -> list[str]:
        """The few feelings named most often, for a picture of when each came up (ties go
        to the one named most recently, then by name: see ranked_feelings())."""
        return [name for name, _ in self.feelings[:TOP_FEELINGS]]

    @property
    def most_named(self) -> list[str]:
        """The feelings named most often, when that is true of some and not of others: those
        sharing the highest count, if it is above one and some other feeling came up fewer
        times. Empty when every feeling was named as often as the rest (one each, say)."""
        most = max((n for _, n in self.feelings), default=0)
        top = [name for name, n in self.feelings if n == most]
        return top if most > 1 and len(top) < len(self.feelings) else []

    def feelings_after(self, rows: int) -> list[str]:
        """The feelings named that have no row of their own in a picture of `rows` rows."""
        return [name for name, _ in self.feelings[rows:]]

    @property
    def energy_days(self) -> int:
        return sum(1 for d in self.days if d.energy is not None)

    def is_empty(self) -> bool:
        return not (self.entries or self.movements or self.winddown_used)


def build(
    store: Store,
    first: date,
    last: date,
    *,
    tz: tzinfo | None = None,
    day_start_hour: int = 0,
    word: Callable[[str], str] = _as_stored,
) -> Insights:
    """Gather the log and reminder outcomes of the days first..last (inclusive)."""
    start, end = day_bounds(first, day_start_hour, tz)[0], day_bounds(last, day_start_hour, tz)[1]
    logs = store.between(LogEntry, start, end)
    events = store.between(ReminderEvent, start, end)
    return summarise(logs, events, first, last, tz=tz, day_start_hour=day_start_hour, word=word)


def summarise(
    logs: list[LogEntry],
    events: list[ReminderEvent],
    first: date,
    last: date,
    *,
    tz: tzinfo | None = None,
    day_start_hour: int = 0,
    word: Callable[[str], str] = _as_stored,
) -> Insights:
    """The same as build(), from records already read.

    `word` names a starting feeling or win (stored as its English key, or as an older
    version's translation) in the reader's language; names that read the same count as one,
    as the check-in summary's Wording.named does."""
    energy: dict[date, list[int]] = {}
    feelings: dict[date, Counter[str]] = {}
    latest: dict[str, float] = {}
    stable: dict[str, str] = {}  # by name shown: the key that orders it the same in any language
    entries: Counter[date] = Counter()
    moved: Counter[date] = Counter()
    for entry in logs:
        d = day_of(entry.at, day_start_hour, tz)
        entries[d] += 1
        if entry.source != _COUNTED_BY_EVENT and is_movement(entry):
            moved[d] += 1
        if entry.energy is not None:
            energy.setdefault(d, []).append(entry.energy)
        # alike names counted together, as most_often() does, so a day's dots in the picture
        # agree with the caption's "named most often" whatever the case or spacing
        keys = [tidy(word(name)).casefold() for name in entry.feelings if tidy(name)]
        feelings.setdefault(d, Counter()).update(keys)
        for key in keys:
            latest[key] = max(latest.get(key, entry.at.timestamp()), entry.at.timestamp())
        for name in entry.feelings:
            if tidy(name):
                shown_as, key = tidy(word(name)).casefold(), key_of(tidy(name)).casefold()
                stable[shown_as] = min(stable.get(shown_as, key), key)
    wound_down: set[date] = set()
    winddown_used = False
    for event in events:
        d = day_of(event.at, day_start_hour, tz)
        if event.reminder == "winddown":
            winddown_used = True
            if event.outcome == "done":
                wound_down.add(d)
        elif event.reminder == "movement" and event.outcome == "done":
            moved[d] += 1
    named = ranked_feelings(
        most_often(word(name) for entry in logs for name in entry.feelings), latest, stable
    )
    shown = {name.casefold(): name for name, _ in named}
    days = tuple(
        DaySummary(
            day=d,
            energy=sum(energy[d]) / len(energy[d]) if d in energy else None,
            feelings=tuple(shown[key] for key, _ in feelings.get(d, Counter()).most_common()),
            entries=entries[d],
            movements=moved[d],
            winddown=d in wound_down,
        )
        for d in each_day(first, last)
    )
    return Insights(
        first=first,
        last=last,
        days=days,
        feelings=named,
        helped=most_often(entry.helped for entry in logs),
        wins=most_often(word(win) for entry in logs for win in entry.wins),
        entries=len(logs),
        movements=sum(moved.values()),
        movement_days=len(moved),
        winddown_used=winddown_used,
        winddown_days=len(wound_down),
    )
