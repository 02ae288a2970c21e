"""Daylio's CSV export, read one row at a time: a year of rows never sits in memory at once.

Each row becomes a LogEntry whose id is made from the row's own content, so importing the
same file twice adds nothing the second time.
"""

from __future__ import annotations

import csv
import hashlib
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, time, tzinfo
from functools import lru_cache
from typing import TextIO

from footholds.core import errors
from footholds.core.errors import error
from footholds.core.store import InvalidEntry, LogEntry
from footholds.core.store.validate import CONTROL, NOTE_LIMIT, not_after

NEEDED = ("full_date", "time", "mood", "activities", "note")
_PARTS = ("full_date", "time", "mood", "activities", "note_title", "note")
_TIME = re.compile(r"^(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([ap])?\.?\s*(m\.?)?$", re.IGNORECASE)
_BREAK = re.compile(r"<br\s*/?>", re.IGNORECASE)
# A row that swallowed the rows after it: a quote opened and never closed makes the reader
# take the following lines, each a row of its own (a date first, a time a few columns on),
# as the rest of one note. A note's own line such as "2026-03-14, dentist at 10:30" is not one.
_FOLDED = re.compile(r"\n\s*\d{4}-\d{2}-\d{2},[^\n]*,\d{1,2}:\d{2}")


# A note is read whole however long (a 1 MB diary page broke the csv module's 128 KB field
# limit, and its row with it): the file itself is capped at import_read.MAX_BYTES. The limit
# is the csv module's own, for the whole program; nothing else here reads csv.
FIELD_LIMIT = 256 * 1024 * 1024


@dataclass
class Tidied:
    """What reading the rows changed so they could be kept: rows whose invisible characters
    were taken out (as a paste's are), and notes cut to the store's limit, their start kept."""

    invisible: int = 0
    cut: int = 0


class NotDaylio(ValueError):
    """The file does not have Daylio's columns."""


class OpenQuote(ValueError):
    """A quote opened on `line` is never closed; everything after it would fold into one note."""

    def __init__(self, line: int, swallowed: int) -> None:
        super().__init__(line)
        self.line, self.swallowed = line, swallowed


@dataclass(frozen=True)
class BadRow:
    """A row that could not be read: its first line and why (in English, and as a sentence
    `code` with `values` for the UI to translate: core/errors)."""

    line: int
    reason: str
    code: str = ""
    values: Mapping[str, str] = field(default_factory=dict)


def rows(
    text: TextIO,
    tz: tzinfo | None,
    *,
    check: bool = True,
    until: datetime | None = None,
    tidied: Tidied | None = None,
) -> Iterator[LogEntry | BadRow]:
    """Every row of a Daylio export as a LogEntry, or a BadRow saying why not (one dated after
    `until` too). Raises NotDaylio for a file without Daylio's columns and OpenQuote for an
    unclosed quote. With check=False entries are not validated yet: the store's add_many
    does that. What was tidied to keep a row is counted in `tidied`."""
    if csv.field_size_limit() < FIELD_LIMIT:
        csv.field_size_limit(FIELD_LIMIT)
    tidy = tidied if tidied is not None else Tidied()
    reader = csv.reader(text, strict=True)
    try:
        header = [h.strip().lower() for h in next(reader)]
    except (StopIteration, csv.Error):
        header = []
    if any(h not in header for h in NEEDED):
        raise NotDaylio
    column = {h: i for i, h in enumerate(header)}
    where = [column.get(name) for name in _PARTS]
    width = len(header)
    line = reader.line_num + 1
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            # strict: the file ended inside quotes, or a row that ran over several lines broke
            # where a later quote closed it: either way a quote on its first line was open
            if "unexpected end of data" in str(exc) or reader.line_num > line:
                raise OpenQuote(line, reader.line_num - line) from None
            reason = {"reason": str(exc)}
            yield BadRow(
                line, errors.english("daylio.unreadable", **reason), "daylio.unreadable", reason
            )
            line = reader.line_num + 1  # the reader starts afresh on the next line
            continue
        start, line = line, reader.line_num + 1
        if line - start > 1 and any(_FOLDED.search(cell) for cell in row):
            raise OpenQuote(start, line - start - 1)
        if not any(cell.strip() for cell in row):
            continue
        try:
            yield _entry(row, where, width, tz, check, until, tidy)
        except InvalidEntry as exc:
            yield BadRow(start, str(exc), exc.code, exc.values)


def _entry(
    row: list[str],
    where: list[int | None],
    width: int,
    tz: tzinfo | None,
    check: bool,
    until: datetime | None = None,
    tidied: Tidied | None = None,
) -> LogEntry:
    if len(row) < width or any(cell.strip() for cell in row[width:]):
        raise error(InvalidEntry, "daylio.columns", width=width, found=len(row))
    day, clock, mood, activities, title, note = (
        row[i].strip() if i is not None else "" for i in where
    )
    moment = datetime.combine(_date(day), _time(clock))
    zone = tz if tz is not None else _zone_on(moment.date())
    at = moment.replace(tzinfo=zone) if zone is not None else moment.astimezone()
    if until is not None:
        not_after(at, until)
    key = "\x1f".join((day, clock, mood, activities, title, note))
    title, note = _BREAK.sub("\n", title).strip(), _BREAK.sub("\n", note).strip()
    parts = [mood, activities, title, note]
    if any(CONTROL.search(part.replace("\r", "")) for part in parts):
        # taken out as the windows take them out of a paste: the row's words are kept
        mood, activities, title, note = (_visible(part) for part in parts)
        if tidied is not None:
            tidied.invisible += 1
    whole = "\n".join(part for part in (title, note) if part)
    if len(whole) > NOTE_LIMIT:  # cut as a paste too long for the note box is
        whole = whole[:NOTE_LIMIT]
        if tidied is not None:
            tidied.cut += 1
    entry = LogEntry(
        id="daylio-" + hashlib.sha256(key.encode("utf-8")).hexdigest()[:32],
        at=at,
        feelings=[mood] if mood else [],
        wins=[w.strip() for w in activities.split(" | ") if w.strip()],
        note=whole,
        source="import",
    )
    return entry.clean() if check else entry


@lru_cache(maxsize=1024)
def _zone_on(day: date) -> tzinfo | None:
    """The local UTC offset through one whole day, as astimezone() finds it, worked out once
    per day (astimezone() per row was a fifth of an import's time). None on a day the clocks
    change: each moment of it is asked about on its own."""
    first = datetime.combine(day, time(0))
    last = datetime.combine(day, time(23, 59, 59))
    a, b = first.astimezone(), last.astimezone()
    same_wall = a.replace(tzinfo=None) == first and b.replace(tzinfo=None) == last
    return a.tzinfo if same_wall and a.utcoffset() == b.utcoffset() else None


def _date(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise error(InvalidEntry, "daylio.date", value=repr(value[:30])) from None


def _time(value: str) -> time:
    match = _TIME.match(value)
    if match is None or bool(match.group(4)) != bool(match.group(5)):
        raise error(InvalidEntry, "daylio.time", value=repr(value[:30]))
    hour, minute, second = int(match.group(1)), int(match.group(2)), int(match.group(3) or 0)
    half = (match.group(4) or "").lower()
    if half:
        if not 1 <= hour <= 12:
            raise error(InvalidEntry, "daylio.time", value=repr(value[:30]))
        hour = hour % 12 + (12 if half == "p" else 0)
    if hour > 23 or minute > 59 or second > 59:
        raise error(InvalidEntry, "daylio.time", value=repr(value[:30]))
    return time(hour, minute, second)


def _visible(text: str) -> str:
    """`text` without control characters and noncharacters (its line breaks kept)."""
    return CONTROL.sub("", text.replace("\r\n", "\n").replace("\r", "\n")).strip()
