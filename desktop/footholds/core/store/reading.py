"""Reading the store: which files are in memory, and the queries over them (get, all, between,
latest, iter_records, months, count).

Store (store.py) inherits this and adds what changes the store: opening and upgrading it,
writing, keeping unsaved changes, locking and closing. Kept apart because reading needs none of
that: it only decides which month files to load and which to keep cached, and answers from
them.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TypeVar

from footholds.core.store import migrations, storage
from footholds.core.store.failures import (
    StoreIsLocked,
    StoreUpgradeFailed,
    StoreWriteError,
    write_error,
)
from footholds.core.store.loading import Loader
from footholds.core.store.models import MODELS, Record
from footholds.core.store.storage import Part, looks_damaged
from footholds.core.store.validate import invalid

R = TypeVar("R", bound=Record)
_DAY = timedelta(hours=24)  # no UTC offset reaches a full day


class StoreReader:
    """The part of Store that reads: the parts (files) in memory and the queries over them.
    Its attributes are set by Store.__init__."""

    folder: Path
    durable: bool
    cached_months: int
    sealed: Callable[[Record], object] | None
    _small: dict[str, Part]
    _months: OrderedDict[tuple[str, str], Part]
    _month_index: dict[str, list[str]]
    _loader: Loader | None
    _opened: bool

    # -- reading -------------------------------------------------------------------------
    def get(self, model: type[R], record_id: str) -> R | None:
        """A record by id (a time-ordered kind is searched newest month first)."""
        if not model.PARTITIONED:
            found = self._small_part(model.KIND).records.get(record_id)
            return found if isinstance(found, model) else None
        self._check_open()
        for month in reversed(self.months(model)):
            found = self._peek_part(model.KIND, month).records.get(record_id)
            if isinstance(found, model):
                return found
        return None

    def all(self, model: type[R]) -> list[R]:
        """Every record of a kind, oldest first (for time-ordered kinds this reads it all)."""
        if model.PARTITIONED:
            return list(self.iter_records(model))
        return sorted(self._typed(model, self._small_part(model.KIND)), key=_at)

    def between(self, model: type[R], start: datetime, end: datetime) -> list[R]:
        """Records with start <= at < end, oldest first. Both need a time zone."""
        for moment in (start, end):
            if moment.tzinfo is None or moment.utcoffset() is None:
                raise invalid("entry.span_zone")
        if not model.PARTITIONED:
            items = self._typed(model, self._small_part(model.KIND))
        else:
            items = []
            for month in self.months(model):
                # An entry is filed under the month it was made in its own time zone, so in
                # any other zone it lies less than 24 h either side of that month: read only
                # the files whose widened span meets [start, end).
                opens = _month_start(month) - _DAY
                closes = _month_start(_shift(month, 1)) + _DAY
                if opens < end and start < closes:
                    items.extend(self._typed(model, self._month_part(model.KIND, month)))
        return sorted((r for r in items if start <= r.at < end), key=_at)

    def latest(self, model: type[R], count: int) -> list[R]:
        """The newest `count` records, newest first, reading as few months as it can."""
        if not model.PARTITIONED:
            return sorted(self.all(model), key=_at, reverse=True)[:count]
        out: list[R] = []
        for month in reversed(self.months(model)):
            out.extend(self._typed(model, self._month_part(model.KIND, month)))
            if count > 0 and len(out) >= count:
                out.sort(key=_at, reverse=True)
                # An entry filed in an earlier month was made before this month began in its
                # own time zone, so before month start + 24 h in any zone: stop once the
                # count-th newest is past that; otherwise the month before may hold later ones.
                if out[count - 1].at >= _month_start(month) + _DAY:
                    break
        return sorted(out, key=_at, reverse=True)[:count] if count > 0 else []

    def iter_records(self, model: type[R]) -> Iterator[R]:
        """Every record of a kind, oldest first, without keeping old months in memory."""
        if not model.PARTITIONED:
            yield from self.all(model)
            return
        waiting: list[R] = []
        for month in self.months(model):
            waiting.extend(self._typed(model, self._peek_part(model.KIND, month)))
            waiting.sort(key=_at)
            # later files only hold entries after the next month's start - 24 h (in any zone):
            # what is before that is in its final place; the rest waits for the next file
            ready = _month_start(_shift(month, 1)) - _DAY
            cut = next((n for n, r in enumerate(waiting) if r.at > ready), len(waiting))
            yield from waiting[:cut]
            del waiting[:cut]
        yield from waiting

    def months(self, model: type[Record]) -> list[str]:
        """The months that have a file, oldest first."""
        if model.KIND not in self._month_index:
            folder = self.folder / model.KIND
            names = sorted(p.stem for p in folder.glob("????-??.json")) if folder.is_dir() else []
            self._month_index[model.KIND] = names
        return list(self._month_index[model.KIND])

    def count(self, model: type[Record]) -> int:
        """How many records of a kind there are."""
        return sum(1 for _ in self.iter_records(model))

    def kinds(self) -> tuple[type[Record], ...]:
        return MODELS

    def record_in(self, model: type[R], record_id: str, month: str | None) -> R | None:
        """A record by id, looked for only in the file it is filed in (its month, for a
        time-ordered kind): the one file that would hold it."""
        if not model.PARTITIONED:
            return self.get(model, record_id)
        if month not in self.months(model):
            return None
        found = self._month_part(model.KIND, month).records.get(record_id)
        return found if isinstance(found, model) else None

    def look_over(self) -> None:
        """Read every file that reading would find damaged (empty, cut off, damaged in its
        middle, not shaped as a store file), so that what recovery tells of it is told now, as
        the app starts, rather than when a window first reads that month. Each file is parsed
        and dropped, one at a time; an entry that cannot be read in a whole file is still
        found when that file is read."""
        self._check_open()
        for _ in self.looking_over():
            pass

    def looking_over(self) -> Iterator[None]:
        """look_over one file at a time: yields after each file, so the app can spread it over
        turns of its event loop. Stops when the store closes or is locked meanwhile."""
        for model in MODELS:
            for month in self.months(model) if model.PARTITIONED else [None]:
                if not self._opened or self.sealed is not None:  # nothing to read, nor put right
                    return
                # a file in memory was read whole already; a missing one has nothing to tell
                if month is None:
                    path = self.folder / f"{model.KIND}.json"
                    if model.KIND in self._small or not path.exists():
                        continue
                    if looks_damaged(path, model.KIND):
                        self._small_part(model.KIND)
                else:
                    if (model.KIND, month) in self._months:
                        continue
                    if looks_damaged(self._month_path(model.KIND, month), model.KIND):
                        self._peek_part(model.KIND, month)
                yield

    # -- parts -----------------------------------------------------------------------------
    def _part_for(self, record: Record) -> Part:
        if record.PARTITIONED:
            month = record.month
            index = self.months(type(record))
            if month not in index:  # its folder is made on the first write
                self._month_index[record.KIND] = sorted([*index, month])
            return self._month_part(record.KIND, month)
        return self._small_part(record.KIND)

    @property
    def is_open(self) -> bool:
        """Whether the store is open (a closed one is being shut down or restored)."""
        return self._opened

    def _check_open(self) -> None:
        if not self._opened:
            raise RuntimeError("the store is not open")

    def _small_part(self, kind: str) -> Part:
        self._check_open()
        if kind not in self._small:
            self._small[kind] = self._load(self.folder / f"{kind}.json", kind)
        return self._small[kind]

    def _month_path(self, kind: str, month: str) -> Path:
        return self.folder / kind / f"{month}.json"

    def _peek_part(self, kind: str, month: str) -> Part:
        """A month for reading once: the cached one, else loaded without filling the cache."""
        self._check_open()
        key = (kind, month)
        return self._months.get(key) or self._load(self._month_path(kind, month), kind)

    def _month_part(self, kind: str, month: str) -> Part:
        self._check_open()
        key = (kind, month)
        part = self._months.get(key)
        if part is None:
            part = self._months[key] = self._load(self._month_path(kind, month), kind)
        self._months.move_to_end(key)
        while len(self._months) > self.cached_months:
            # the least recently used month that is on disk, never the one just asked for
            # (the caller is about to write to it) and never one holding unsaved changes
            victim = next((k for k, p in self._months.items() if k != key and not p.dirty), None)
            if victim is None:
                break
            del self._months[victim]
        return part

    def _load(self, path: Path, kind: str) -> Part:
        if self._loader is None:
            raise RuntimeError("the store is not open")
        if self.sealed is not None:  # locked: an empty part that cannot be written
            return Part(path, kind, durable=self.durable, writable=False, data=None)
        try:
            return self._loader.load(path, kind)
        except migrations.MigrationFailed as exc:  # an older file read without upgrading it
            raise StoreUpgradeFailed(str(exc)).explain(exc.code, **exc.values) from exc
        except storage.StoreLocked:
            raise StoreIsLocked() from None
        except StoreWriteError:
            raise
        except OSError as exc:  # reading, or setting a damaged file aside, failed
            raise write_error(
                exc.errno, "store.file_unreadable", file=path.name, reason=exc.strerror
            ) from exc

    def _all_parts(self) -> list[Part]:
        return [*self._small.values(), *self._months.values()]

    @staticmethod
    def _typed(model: type[R], part: Part) -> list[R]:
        return [r for r in part.records.values() if isinstance(r, model)]


def _at(record: Record) -> datetime:
    return record.at


def _month_start(month: str) -> datetime:
    return datetime(int(month[:4]), int(month[5:]), 1, tzinfo=UTC)


def _shift(month: str, delta: int) -> str:
    year, mon = int(month[:4]), int(month[5:]) + delta
    year, mon = year + (mon - 1) // 12, (mon - 1) % 12 + 1
    return f"{year:04d}-{mon:02d}"
