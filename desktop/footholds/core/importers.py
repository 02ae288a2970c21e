"""Bring entries in from Footholds' own JSON export or a Daylio CSV export. No Qt.

Importing is two steps: `plan()` reads the file and compares it with the store without
changing anything, so the person can see what would happen; `apply()` then adds only the new
records. Records are matched by id, so importing the same file twice adds nothing the second
time. Daylio rows get an id made from the row's own content for the same reason.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import re
from collections import Counter
from dataclasses import dataclass, field, fields
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from pathlib import Path

from footholds.core import export
from footholds.core.store import BY_KIND, InvalidEntry, LogEntry, Record, SafetyPlan, Store

MAX_BYTES = 512 * 1024 * 1024
DAYLIO_NEEDED = ("full_date", "time", "mood", "activities", "note")
KIND_WORDS = {
    "log": ("log entry", "log entries"),
    "reminder": ("reminder outcome", "reminder outcomes"),
    "proof": ("proof-list entry", "proof-list entries"),
    "affirmation": ("affirmation", "affirmations"),
    "content_mark": ("hidden or favourite mark", "hidden or favourite marks"),
    "own_item": ("suggestion of your own", "suggestions of your own"),
    "thought": ("thought log", "thought logs"),
    "routine_item": ("routine step", "routine steps"),
    "routine_check": ("routine tick", "routine ticks"),
    "goal": ("micro-goal", "micro-goals"),
    "person": ("person", "people"),
    "safety_plan": ("safety plan", "safety plans"),
    "own_line": ("help line of your own", "help lines of your own"),
    "session": ("session", "sessions"),
    "medication_taken": ("medication tick", "medication ticks"),
    "medicine": ("medicine", "medicines"),
    "questionnaire": ("questionnaire", "questionnaires"),
}
_TIME = re.compile(r"^(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([ap])?\.?\s*(m\.?)?$", re.IGNORECASE)
_BREAK = re.compile(r"<br\s*/?>", re.IGNORECASE)


class ImportFailed(ValueError):
    """A file that cannot be imported; the message says why, kindly."""


@dataclass(frozen=True)
class Skipped:
    """A row or entry left out, with where it is in the file and why."""

    where: str
    reason: str
    line: int | None = None


@dataclass
class ImportPlan:
    """What importing a file would do. Nothing has been changed yet."""

    source: str  # "footholds" or "daylio"
    name: str
    digest: str  # the file's sha256, so the write can check it is the file that was previewed
    new: list[Record] = field(default_factory=list)
    duplicates: Counter[str] = field(default_factory=Counter)  # already in the store
    repeated: Counter[str] = field(default_factory=Counter)  # twice in the file itself
    kept: Counter[str] = field(default_factory=Counter)  # kinds where yours stays (safety plan)
    skipped: list[Skipped] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def counts(self) -> Counter[str]:
        """New records per kind."""
        return Counter(r.KIND for r in self.new)

    def lines(self) -> list[str]:
        """A plain preview, one sentence a line."""
        where = "a Footholds export" if self.source == "footholds" else "a Daylio export"
        out = [f"From {where} ({self.name}):"]
        counts = self.counts()
        for kind in BY_KIND:
            if counts[kind]:
                out.append(f"  {_amount(counts[kind], kind)} to add")
        if not counts:
            out.append("  nothing new to add")
        dupes = sum(self.duplicates.values())
        if dupes:
            out.append(f"  {dupes} already in Footholds, left as they are")
        repeats = sum(self.repeated.values())
        if repeats:
            out.append(f"  {repeats} repeated in the file, taken once")
        if self.kept["safety_plan"]:
            out.append("  your current safety plan stays as it is; the one in the file is left out")
        out += [f"  {note}" for note in self.notes]
        if self.skipped:
            out.append(f"  {len(self.skipped)} could not be read and will be left out:")
            out += [f"    {s.where}: {s.reason}" for s in self.skipped[:50]]
            if len(self.skipped) > 50:
                out.append(f"    ... and {len(self.skipped) - 50} more")
        return out


def _amount(n: int, kind: str) -> str:
    one, many = KIND_WORDS.get(kind, (kind, kind))
    return f"{n} {one if n == 1 else many}"


# -- reading ---------------------------------------------------------------------------------


def plan(store: Store, path: Path, *, tz: tzinfo | None = None) -> ImportPlan:
    """Read a file and compare it with the store; changes nothing."""
    try:
        if path.stat().st_size > MAX_BYTES:
            raise ImportFailed(f"{path.name} is larger than any export Footholds could read.")
        raw = path.read_bytes()
    except FileNotFoundError:
        raise ImportFailed(f"There is no file at {path}.") from None
    except IsADirectoryError:
        raise ImportFailed(f"{path} is a folder; please choose the exported file.") from None
    except OSError as exc:
        raise ImportFailed(f"{path.name} could not be read: {exc.strerror}.") from None
    return compare(store, parse(raw, path.name, tz=tz))


def parse(raw: bytes, name: str, *, tz: tzinfo | None = None) -> ImportPlan:
    """Recognise and read a file's bytes: every record it holds, and what could not be read."""
    digest = hashlib.sha256(raw).hexdigest()
    if raw[:4] == b"PK\x03\x04":
        raise ImportFailed(
            f"{name} is a zip file. Footholds can import its own JSON export "
            "(footholds export --format json) or a CSV export from Daylio."
        )
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ImportFailed(f"{name} is not a text file Footholds can read.") from None
    if text.lstrip().startswith("{"):
        return _parse_footholds(text, name, digest)
    return _parse_daylio(text, name, digest, tz)


def compare(store: Store, parsed: ImportPlan) -> ImportPlan:
    """Move records already in the store (same id) from `new` to `duplicates`."""
    existing = _existing_ids(store, parsed.new)
    has_plan = bool(store.all(SafetyPlan))
    new = []
    for record in parsed.new:
        if record.id in existing:
            parsed.duplicates[record.KIND] += 1
        elif isinstance(record, SafetyPlan) and has_plan:
            parsed.kept[record.KIND] += 1
        else:
            new.append(record)
    parsed.new = new
    return parsed


def _existing_ids(store: Store, records: list[Record]) -> set[str]:
    months: dict[type[Record], set[str]] = {}
    for record in records:
        months.setdefault(type(record), set())
        if record.PARTITIONED:
            months[type(record)].add(record.month)
    ids: set[str] = set()
    for model, wanted in months.items():
        if not model.PARTITIONED:
            ids.update(r.id for r in store.all(model))
            continue
        for month in sorted(wanted & set(store.months(model))):
            start = datetime(int(month[:4]), int(month[5:]), 1, tzinfo=UTC)
            end = (start + timedelta(days=32)).replace(day=1)
            found = store.between(model, start - timedelta(days=1), end + timedelta(days=1))
            ids.update(r.id for r in found)
    return ids


def _parse_footholds(text: str, name: str, digest: str) -> ImportPlan:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ImportFailed(
            f"{name} looks like JSON but is damaged near line {exc.lineno}; nothing was read."
        ) from None
    if not isinstance(data, dict) or data.get("format") != export.FORMAT:
        raise ImportFailed(f"{name} is a JSON file, but not a Footholds export.")
    version = data.get("version")
    if not isinstance(version, int) or version > export.VERSION:
        raise ImportFailed(f"{name} comes from a newer Footholds; please update to import it.")
    groups = data.get("records")
    if not isinstance(groups, dict):
        raise ImportFailed(f"{name} is a Footholds export without any records in it.")
    out = ImportPlan("footholds", name, digest)
    seen: set[str] = set()
    trimmed = 0
    for kind, items in groups.items():
        model = BY_KIND.get(kind)
        count = len(items) if isinstance(items, list) else 0
        if model is None or not isinstance(items, list):
            out.skipped.append(
                Skipped(f"{kind!s:.40}", f"not a kind this Footholds knows ({count})")
            )
            continue
        known = {f.name for f in fields(model)}
        for n, item in enumerate(items, 1):
            if isinstance(item, dict) and set(item) - known:
                trimmed += 1  # a newer Footholds added a field: keep what this one knows
                item = {k: v for k, v in item.items() if k in known}
            try:
                record = model.from_dict(item)
            except InvalidEntry as exc:
                out.skipped.append(Skipped(f"{KIND_WORDS[kind][0]} number {n}", str(exc)))
                continue
            if record.id in seen:
                out.repeated[kind] += 1
                continue
            seen.add(record.id)
            out.new.append(record)
    if trimmed:
        out.notes.append(f"{trimmed} entries had details this version does not know; left out")
    return out


def _parse_daylio(text: str, name: str, digest: str, tz: tzinfo | None) -> ImportPlan:
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        header = [h.strip().lower() for h in next(reader)]
    except (StopIteration, csv.Error):
        header = []
    missing = [h for h in DAYLIO_NEEDED if h not in header]
    if missing:
        raise ImportFailed(
            f"{name} is not a file Footholds knows how to import. It can read its own JSON "
            "export, or a CSV export from Daylio (with columns full_date, time, mood, "
            "activities and note)."
        )
    column = {h: i for i, h in enumerate(header)}
    out = ImportPlan("daylio", name, digest)
    seen: set[str] = set()
    line = reader.line_num + 1
    while True:
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            out.skipped.append(Skipped(f"line {line}", f"the row could not be read ({exc})", line))
            break
        start, line = line, reader.line_num + 1
        if not any(cell.strip() for cell in row):
            continue
        try:
            record = _daylio_row(row, column, len(header), tz)
        except InvalidEntry as exc:
            out.skipped.append(Skipped(f"line {start}", str(exc), start))
            continue
        if record.id in seen:
            out.repeated[record.KIND] += 1
            continue
        seen.add(record.id)
        out.new.append(record)
    return out


def _daylio_row(row: list[str], column: dict[str, int], width: int, tz: tzinfo | None) -> Record:
    if len(row) < width or any(cell.strip() for cell in row[width:]):
        raise InvalidEntry(f"expected {width} columns, found {len(row)}")

    def cell(name: str) -> str:
        return row[column[name]].strip() if name in column else ""

    day = _daylio_date(cell("full_date"))
    moment = datetime.combine(day, _daylio_time(cell("time")))
    at = moment.replace(tzinfo=tz) if tz is not None else moment.astimezone()
    title, note = _BREAK.sub("\n", cell("note_title")), _BREAK.sub("\n", cell("note"))
    parts = ["full_date", "time", "mood", "activities", "note_title", "note"]
    key = "\x1f".join(cell(name) for name in parts)
    return LogEntry(
        id="daylio-" + hashlib.sha256(key.encode("utf-8")).hexdigest()[:32],
        at=at,
        feelings=[cell("mood")] if cell("mood") else [],
        wins=[w.strip() for w in cell("activities").split(" | ") if w.strip()],
        note="\n".join(part.strip() for part in (title, note) if part.strip()),
        source="import",
    ).clean()


def _daylio_date(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise InvalidEntry(f"the date {value[:30]!r} is not one I understand") from None


def _daylio_time(value: str) -> time:
    match = _TIME.match(value)
    if match is None or bool(match.group(4)) != bool(match.group(5)):
        raise InvalidEntry(f"the time {value[:30]!r} is not one I understand")
    hour, minute, second = int(match.group(1)), int(match.group(2)), int(match.group(3) or 0)
    half = (match.group(4) or "").lower()
    if half:
        if not 1 <= hour <= 12:
            raise InvalidEntry(f"the time {value[:30]!r} is not one I understand")
        hour = hour % 12 + (12 if half == "p" else 0)
    if hour > 23 or minute > 59 or second > 59:
        raise InvalidEntry(f"the time {value[:30]!r} is not one I understand")
    return time(hour, minute, second)


# -- writing ---------------------------------------------------------------------------------


def apply(store: Store, plan: ImportPlan) -> Counter[str]:
    """Add the plan's new records; returns how many of each kind were added. A record that
    appeared in the meantime is left as it is. StoreWriteError propagates after what was
    already added (each add is on disk, or kept in memory to be written)."""
    added: Counter[str] = Counter()
    for record in plan.new:
        try:
            store.add(record)
        except InvalidEntry:
            plan.duplicates[record.KIND] += 1
            continue
        added[record.KIND] += 1
    return added


def summary(added: Counter[str]) -> str:
    """One warm sentence about what was imported."""
    if not added:
        return "Nothing new to import; everything in the file was already here."
    parts = [_amount(n, kind) for kind, n in added.items() if n]
    return "Imported " + ", ".join(parts) + "."
