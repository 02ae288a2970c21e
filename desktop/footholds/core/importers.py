"""Bring entries in from Footholds' own JSON export or a Daylio CSV export. No Qt.

Importing is two steps: `plan()` reads the file and compares it with the store without
changing anything, so the person can see what would happen; `apply()` then reads it again and
adds only the new records, a batch at a time with one save per month file. Neither keeps the
file's records in memory (a Daylio export is read a row at a time), so a 200,000-row file
takes seconds and little memory. Records are matched by id, so importing the same file twice
adds nothing the second time. Daylio rows get an id made from the row's own content for the
same reason.
"""

from __future__ import annotations

import hashlib
import io
import json
import logging
import os
from collections import Counter
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field, fields, replace
from datetime import datetime, timedelta, tzinfo
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

from footholds.core import errors, export, import_daylio, import_words
from footholds.core.errors import Explained
from footholds.core.import_pace import (
    STOP_EVERY,
    Asked,
    Stop,
    Stopped,
    no_collection,
    parse,
    read_all,
)
from footholds.core.import_words import Words, english
from footholds.core.plural import Plural
from footholds.core.plural import english as plural_english
from footholds.core.safe_read import MB, Refused, open_regular
from footholds.core.store import (
    BY_KIND,
    InvalidEntry,
    Record,
    SafetyPlan,
    Store,
    StoreWriteError,
)
from footholds.core.store.validate import invalid, not_after

if TYPE_CHECKING:
    from footholds.core.settings import Settings

log = logging.getLogger(__name__)
# A Daylio row is about 70 bytes: 256 MB is over three million rows, far past any real
# export, and it is read a row at a time. A Footholds export is parsed whole (ten years are
# about 30 MB), so it has a lower limit.
MAX_BYTES = 256 * MB
MAX_JSON_BYTES = 128 * MB
BATCH = 20_000  # records compared or saved at once: bounds memory, keeps saves per file few
PROGRESS_EVERY = 5_000  # rows between two progress reports
Progress = Callable[[int, float], None]  # rows read so far, and the share of the file read
# Entries dated later than this past the moment of the import are left out (and listed under
# their own heading: they were read, only their date has not come): another device's clock may
# run a little ahead, but an entry from 2150 would top every list for good (the store itself
# takes years up to validate.YEAR_MAX).
AHEAD = timedelta(days=1)
AHEAD_CODE = "entry.ahead"  # the store's refusal of a date still to come (validate.not_after)


class ImportFailed(Explained, ValueError):
    """A file that cannot be imported; the message says why, kindly. `code` and `values`
    name the sentence for the UI to translate (core/errors)."""


def failed(code: str, **values: Any) -> ImportFailed:
    """An ImportFailed saying the sentence `code` with `values`."""
    return ImportFailed(errors.english(code, **values)).explain(code, **values)


@dataclass(frozen=True)
class Skipped:
    """A row or entry left out, with where it is in the file and why; `code` and `values`
    name the why's sentence for the UI to translate (core/errors)."""

    where: str
    reason: str
    line: int | None = None
    code: str = ""
    values: Mapping[str, str] = field(default_factory=dict)
    # an entry of a Footholds export: its kind and its number among them, for the UI to say
    # where it is in the person's language
    kind: str = ""
    number: int | None = None


@dataclass
class ImportPlan:
    """What importing a file would do. Nothing has been changed yet."""

    source: str  # "footholds" or "daylio"
    name: str
    digest: str  # the file's sha256, so the write can check it is the file that was previewed
    path: Path | None = None
    tz: tzinfo | None = None
    # entries dated after this are left out: the preview's moment, kept so that importing
    # after it leaves out the same ones (set on the first read when None)
    until: datetime | None = None
    new: Counter[str] = field(default_factory=Counter)  # new records per kind
    added: Counter[str] = field(default_factory=Counter)  # what apply() has added so far
    duplicates: Counter[str] = field(default_factory=Counter)  # already in the store
    repeated: Counter[str] = field(default_factory=Counter)  # twice in the file itself
    kept: Counter[str] = field(default_factory=Counter)  # kinds where yours stays (safety plan)
    skipped: list[Skipped] = field(default_factory=list)  # the first SKIPPED_KEPT of them
    skipped_total: int = 0
    # entries read but dated ahead (AHEAD past `until`), kept apart from the unreadable ones
    ahead: list[Skipped] = field(default_factory=list)  # the first SKIPPED_KEPT of them
    ahead_total: int = 0
    trimmed: int = 0  # entries with details this version does not know, left out
    # a Footholds export's own lists (feelings, wins, parts) by setting name: apply() adds
    # what the person's lists lack (own_lists.add_missing)
    lists: dict[str, list[str]] = field(default_factory=dict)
    # list items by setting name: those the person's lists lack (the preview's, when given
    # their settings), and those apply() added
    words_new: Counter[str] = field(default_factory=Counter)
    words_added: Counter[str] = field(default_factory=Counter)
    stopped: bool = False  # `stop` said so part-way: what was added (if any) stays
    again: bool = False  # what the same file would do now, after an import (`after`)

    def counts(self) -> Counter[str]:
        """New records per kind."""
        return +self.new

    def has_new(self) -> bool:
        """Whether importing would change anything: new records, or list items to add."""
        return bool(self.counts() or +self.words_new)

    def after(self, *, whole: bool) -> ImportPlan:
        """What importing the same file again would do now that apply() has run: all of
        it (`whole`), or stopped part-way (Cancel, a full disk). What came in counts as
        already in Footholds; the rest is still to add."""
        came = self.new if whole else self.added
        return replace(
            self,
            new=+(self.new - came),
            added=Counter(),
            duplicates=self.duplicates + came,
            words_new=+(self.words_new - self.words_added),
            words_added=Counter(),
            stopped=False,
            again=True,
        )

    def skip(self, item: Skipped) -> None:
        if item.code == AHEAD_CODE:
            self.ahead_total += 1
            if len(self.ahead) < SKIPPED_KEPT:
                self.ahead.append(item)
            return
        self.skipped_total += 1
        if len(self.skipped) < SKIPPED_KEPT:
            self.skipped.append(item)

    def lines(
        self,
        plural: Plural = plural_english,
        words: Words = english,
        day: Callable[[str], str] | None = None,
    ) -> list[str]:
        """A plain preview, one sentence a line (in English unless told how to say it); `day`
        says a "YYYY-MM-DD" date as the window shows dates (as it is without one)."""
        return import_words.preview_lines(self, plural, words, day)


SKIPPED_KEPT = 50


# -- reading ---------------------------------------------------------------------------------


def plan(
    store: Store,
    path: Path,
    *,
    tz: tzinfo | None = None,
    progress: Progress | None = None,
    settings: Settings | None = None,
    stop: Stop | None = None,
) -> ImportPlan:
    """Read a file and compare it with the store, and its lists with those in `settings`
    (what apply() would add to them); changes nothing. When `stop` says so part-way, the
    plan is left unfinished, with `stopped` set."""
    out = ImportPlan("", path.name, "", path=path, tz=tz)
    has_plan = bool(store.all(SafetyPlan))
    with no_collection():
        for batch in _batches(path, out, progress, stop=Asked(stop)):
            existing = store.saved_ids(batch)
            for record in batch:
                if record.id in existing:
                    out.duplicates[record.KIND] += 1
                elif isinstance(record, SafetyPlan) and has_plan:
                    out.kept[record.KIND] += 1
                else:
                    out.new[record.KIND] += 1
    if settings is not None and out.lists:
        from footholds.core.own_lists import missing

        out.words_new = Counter(
            {name: len(new) for name, new in missing(settings, out.lists).items()}
        )
    return out


def _batches(
    path: Path, out: ImportPlan, progress: Progress | None, *, check: bool = True, stop: Asked
) -> Iterator[list[Record]]:
    """The file's records in batches, each record once; fills in what `out` says of the file.
    check=False leaves validating Daylio rows to the store (apply: the preview did it once).
    Ends early, with out.stopped set, when `stop` says so."""
    seen: set[str] = set()
    batch: list[Record] = []
    for count, item in enumerate(_read(path, out, progress, check, stop), 1):
        if count % STOP_EVERY == 0 and stop():
            break
        if isinstance(item, Skipped):
            out.skip(item)
        elif item.id in seen:
            out.repeated[item.KIND] += 1
        else:
            seen.add(item.id)
            batch.append(item)
            if len(batch) >= BATCH:
                yield batch
                batch = []
    if stop():
        out.stopped = True
    elif batch:
        yield batch


def check_file(path: Path) -> None:
    """Raise ImportFailed when `path` cannot be opened as a file to import. Lets the command
    line say "there is no file" before it asks for the passphrase it would not need."""
    _open(path).close()


def _open(path: Path) -> io.BufferedReader:
    try:
        return open_regular(path, MAX_BYTES)
    except FileNotFoundError:
        raise failed("import.no_file", path=path) from None
    except Refused as exc:
        raise ImportFailed(str(exc)).explain(exc.code, **exc.values) from None
    except OSError as exc:
        raise failed("import.unreadable", file=path.name, reason=exc.strerror) from None


def _read(
    path: Path,
    out: ImportPlan,
    progress: Progress | None,
    check: bool = True,
    stop: Stop | None = None,
) -> Iterator[Record | Skipped]:
    """Open the file safely, recognise it, and read its records one at a time."""
    if out.until is None:
        out.until = datetime.now().astimezone() + AHEAD
    file = _open(path)
    with file:
        size = max(os.fstat(file.fileno()).st_size, 1)
        start = file.peek(4096)[:4096]
        if start[:4] == b"PK\x03\x04":
            raise failed("import.zip", file=path.name)
        hashing = _Hashing(file)
        if start.removeprefix(b"\xef\xbb\xbf").lstrip().startswith(b"{"):
            if size > MAX_JSON_BYTES:
                raise failed("import.too_large", file=path.name)
            raw = read_all(hashing, stop)
            if stop is not None and stop():
                return  # stopped while reading: _batches ends
            out.digest = hashing.digest.hexdigest()
            text = _decode(raw, path.name)
            yield from _footholds_records(text, out, size, progress, stop)
        else:
            yield from _daylio_records(hashing, out, size, progress, check)
            out.digest = hashing.digest.hexdigest()
    if progress is not None:
        progress(-1, 1.0)  # done


def _decode(raw: bytes, name: str) -> str:
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise failed("import.not_text", file=name) from None


class _Hashing(io.RawIOBase):
    """Reads through to `file`, hashing every byte, so the digest costs no second read."""

    def __init__(self, file: BinaryIO) -> None:
        self.file, self.digest, self.done = file, hashlib.sha256(), 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: memoryview) -> int:  # type: ignore[override]
        n = self.file.readinto(buffer)  # type: ignore[attr-defined]
        self.digest.update(buffer[:n])
        self.done += n
        return int(n)


def _daylio_records(
    hashing: _Hashing, out: ImportPlan, size: int, progress: Progress | None, check: bool
) -> Iterator[Record | Skipped]:
    out.source = "daylio"
    text = io.TextIOWrapper(io.BufferedReader(hashing, 1 << 20), encoding="utf-8-sig", newline="")
    count = 0
    try:
        for row in import_daylio.rows(text, out.tz, check=check, until=out.until):
            if isinstance(row, import_daylio.BadRow):
                yield Skipped(f"line {row.line}", row.reason, row.line, row.code, row.values)
            else:
                yield row
            count += 1
            if progress is not None and count % PROGRESS_EVERY == 0:
                progress(count, hashing.done / size)
    except UnicodeDecodeError:
        raise failed("import.not_text", file=out.name) from None
    except import_daylio.NotDaylio:
        raise failed("import.unknown_kind", file=out.name) from None
    except import_daylio.OpenQuote as exc:
        code = "import.open_quote" if exc.swallowed else "import.open_quote_end"
        raise failed(code, line=exc.line, file=out.name) from None


def _footholds_records(
    text: str, out: ImportPlan, size: int, progress: Progress | None, stop: Stop | None = None
) -> Iterator[Record | Skipped]:
    name = out.name
    try:
        data = parse(text, stop)
    except Stopped:
        return  # _batches asks again, and ends
    except json.JSONDecodeError as exc:
        raise failed("import.damaged_json", file=name, line=exc.lineno) from None
    except (ValueError, RecursionError):
        # a number longer than Python's 4,300-digit limit, or nesting deeper than its stack
        raise failed("import.strange_json", file=name) from None
    del text
    if not isinstance(data, dict) or data.get("format") != export.FORMAT:
        raise failed("import.not_export", file=name)
    version = data.get("version")
    if not isinstance(version, int) or version > export.VERSION:
        raise failed("import.newer", file=name)
    groups = data.get("records")
    if not isinstance(groups, dict):
        raise failed("import.no_records", file=name)
    out.source = "footholds"
    from footholds.core.own_lists import from_export

    out.lists = from_export(data.get("lists"))
    total = max(sum(len(v) for v in groups.values() if isinstance(v, list)), 1)
    count = trimmed = 0
    for kind, items in groups.items():
        model = BY_KIND.get(kind)
        found = len(items) if isinstance(items, list) else 0
        if model is None or not isinstance(items, list):
            why = errors.english("import.kind_unknown", found=str(found))
            yield Skipped(f"{kind!s:.40}", why, None, "import.kind_unknown", {"found": str(found)})
            continue
        known = {f.name for f in fields(model)}
        for n, item in enumerate(items, 1):
            count += 1
            if progress is not None and count % PROGRESS_EVERY == 0:
                progress(count, count / total)
            if isinstance(item, dict) and set(item) - known:
                trimmed += 1  # a newer Footholds added a field: keep what this one knows
                item = {k: v for k, v in item.items() if k in known}
            try:
                if isinstance(item, dict) and "at" not in item:
                    # an export always says when; without it the entry would be dated the
                    # moment of the import, and sit at the top of the journal as today's
                    raise invalid("entry.empty", field="The time")
                yield _not_ahead(model.from_dict(item), out.until)
            except InvalidEntry as exc:
                where = f"{import_words.kind_name(kind)} number {n}"
                yield Skipped(where, str(exc), None, exc.code, exc.values, kind=kind, number=n)
    if trimmed:
        out.trimmed += trimmed


def _not_ahead(record: Record, until: datetime | None) -> Record:
    """`record` when none of its moments is later than `until`; raises InvalidEntry if so."""
    if until is not None:
        for name in record.TIME_FIELDS:
            moment = getattr(record, name)
            if moment is not None:
                not_after(moment, until)
    return record


# -- writing ---------------------------------------------------------------------------------


def apply(
    store: Store,
    plan: ImportPlan,
    *,
    progress: Progress | None = None,
    settings: Settings | None = None,
    stop: Stop | None = None,
) -> Counter[str]:
    """Read the previewed file again and add its new records, a batch at a time (one atomic
    save per month file), and to `settings` the list items a Footholds export holds that the
    person's lists lack (never removing or renaming theirs; Daylio files have none). Returns
    how many of each kind were added, also kept in plan.added.
    When `stop` says so part-way, it stops between two files (each saved whole or not at
    all), sets plan.stopped and keeps what was added; the same file again adds the rest.
    A record that appeared in the meantime is left as it is. Raises ImportFailed, changing
    nothing, when the file is not the one previewed; StoreWriteError propagates after what
    was already added (on disk, or kept in memory to be written)."""
    if plan.path is None:
        raise failed("import.which_file")
    asked = Asked(stop)
    digest = _digest(plan.path, asked)
    if asked():
        plan.stopped = True
        return +plan.added
    if digest != plan.digest:
        raise failed("import.changed", file=plan.name)
    has_plan = bool(store.all(SafetyPlan))
    again = ImportPlan("", plan.name, "", path=plan.path, tz=plan.tz, until=plan.until)
    # a kill or power cut part-way leaves this behind, for the next start to say so
    # (core/store/opening.py): what was added stays, and the same file again adds the rest
    from footholds.core.import_running import mark_running

    running = mark_running(store.folder.parent, plan.name)
    try:
        with no_collection():
            _add_all(store, plan, again, has_plan, progress, asked)
    finally:
        if running is not None:
            running.unlink(missing_ok=True)
    plan.stopped = asked.said
    if settings is not None and again.lists and not plan.stopped:
        _add_words(settings, plan, again.lists)
    return +plan.added


def _add_all(
    store: Store,
    plan: ImportPlan,
    again: ImportPlan,
    has_plan: bool,
    progress: Progress | None,
    asked: Asked,
) -> None:
    """Add the new records of `plan`'s file, a batch at a time, counting them in plan.added;
    stops early when `asked` says so."""
    assert plan.path is not None
    for batch in _batches(plan.path, again, progress, check=False, stop=asked):
        if has_plan:
            batch = [r for r in batch if not isinstance(r, SafetyPlan)]
        # rows the preview listed as unreadable are left out here the same way
        try:
            saved = store.add_many(batch, skip_invalid=True, stop=asked)
        except StoreWriteError as exc:
            plan.added.update(record.KIND for record in exc.saved)
            raise
        plan.added.update(record.KIND for record in saved)
        if asked():
            break


def _add_words(settings: Settings, plan: ImportPlan, lists: dict[str, list[str]]) -> None:
    """The export's list items the person's lists lack, added and saved. The entries are in
    already: a settings file that cannot be written leaves them standing."""
    from footholds.core.own_lists import add_missing

    plan.words_added = +add_missing(settings, lists)
    if plan.words_added:
        try:
            settings.save()
        except OSError as exc:
            log.warning("the imported list items were not saved: %s", exc.strerror)


def _digest(path: Path, stop: Stop | None = None) -> str:
    """The sha256 of a file, read safely (see safe_read), asking `stop` every megabyte."""
    digest = hashlib.sha256()
    try:
        with open_regular(path, MAX_BYTES) as file:
            while chunk := file.read(1 << 20):
                digest.update(chunk)
                if stop is not None and stop():
                    return ""
    except (OSError, Refused):
        return ""
    return digest.hexdigest()


def summary(
    added: Counter[str],
    plural: Plural = plural_english,
    words: Words = english,
    lists: Counter[str] | None = None,
) -> str:
    """One warm sentence about what was imported, and one about the list items added to
    the person's lists (`lists`, by setting name) when there were any."""
    return import_words.summary(added, plural, words, lists)
