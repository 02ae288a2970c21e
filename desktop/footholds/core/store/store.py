"""The repository: the only door to what a person has written. Knows files, not Qt.

Layout under the store folder: `meta.json` (schema version), one file per small kind
(`proof.json`, ...), and one folder per time-ordered kind with a file per month
(`log/2026-11.json`), so a save rewrites about a month of entries, not ten years.
"""

from __future__ import annotations

import errno
import json
import logging
from collections import OrderedDict
from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, TypeVar

from footholds.core import errors
from footholds.core.atomic import set_aside, write_atomic
from footholds.core.events import EventHook
from footholds.core.paths import make_private_dir
from footholds.core.store import migrations, pending, storage
from footholds.core.store.backups import make_backup
from footholds.core.store.failures import (
    StoreIsLocked,
    StoreTooNew,
    StoreUpgradeFailed,
    StoreWriteError,
    why_failed,
    write_error,
)
from footholds.core.store.loading import Loader
from footholds.core.store.models import MODELS, Record
from footholds.core.store.recovery import PartFinder
from footholds.core.store.storage import SCHEMA_VERSION, Part
from footholds.core.store.validate import invalid

log = logging.getLogger(__name__)
R = TypeVar("R", bound=Record)
_DAY = timedelta(hours=24)  # no UTC offset reaches a full day


class Store:
    """Typed records in crash-safe TinyDB files. Records returned are to be read, not changed
    in place: pass a changed copy (dataclasses.replace) to `update`.

    A store opened `read_only` writes nothing at all (no folder, upgrade, backup, set-aside or
    temporary file): an older store is read through its upgrade in memory and a damaged file
    is recovered in memory, so a read-only data folder can still be read out."""

    def __init__(
        self,
        folder: Path,
        *,
        aside_dir: Path,
        find_in_backups: PartFinder | None = None,
        backup: Callable[[str], Path] | None = None,
        durable: bool = True,
        cached_months: int = 6,
        unsaved_files: Sequence[Path] = (),
        read_only: bool = False,
    ) -> None:
        self.folder = folder
        self.read_only = read_only
        self.aside_dir = aside_dir
        self.find_in_backups = find_in_backups
        # makes a labelled backup of the whole store (before an upgrade); by default a zip
        # in the set-aside folder, the app passes its backups folder
        self.backup = backup or self._backup_aside
        self.durable = durable
        self.cached_months = cached_months
        self.changed: EventHook[[str]] = EventHook()  # a kind's records changed
        self.notice: EventHook[[str]] = EventHook()  # something the person should know
        self.notices: list[str] = []
        self._small: dict[str, Part] = {}
        self._months: OrderedDict[tuple[str, str], Part] = OrderedDict()
        self._month_index: dict[str, list[str]] = {}
        self._loader: Loader | None = None
        self._opened = False
        # where changes that cannot reach the store's folder are kept when it closes
        self.unsaved_files = tuple(unsaved_files)
        # owns: every unsaved file's content is in this store's memory or on disk (it merged
        # them at start), so they may be deleted once nothing is pending; out: some may exist
        self.owns_unsaved = self.unsaved_out = False
        self.merges_unsaved = False  # the app merges at start, and so on every later open
        # while the app is locked (issue 20): a new record goes here, sealed, and reading
        # finds nothing, since no key is left in memory to read the encrypted files with
        self.sealed: Callable[[Record], object] | None = None

    # -- opening -------------------------------------------------------------------------
    def open(self) -> None:
        """Create the folder if needed and check the schema. Loads nothing else yet.

        Raises StoreWriteError when the folder cannot be created or written to at first use,
        StoreTooNew (changing nothing) when a newer Footholds wrote the store, and
        StoreUpgradeFailed (changing nothing) when an older one did and upgrading failed."""
        meta_path = self.folder / "meta.json"
        if self.read_only:
            self._open_to_read(meta_path)
            return
        try:
            make_private_dir(self.folder)
            meta = self._read_meta(meta_path)
            if meta is None:
                write_atomic(meta_path, storage.meta_bytes())
            elif meta["schema"] < SCHEMA_VERSION:
                self._upgrade(meta["schema"])
        except OSError as exc:
            raise write_error(
                exc.errno, "store.folder_unusable", folder=self.folder, reason=exc.strerror
            ) from exc
        self._start_loading()

    def _open_to_read(self, meta_path: Path) -> None:
        """Open without writing: a missing folder is an empty store, an older one is upgraded
        in memory file by file as it is read (see Loader.read)."""
        try:
            self._read_meta(meta_path)
        except OSError as exc:
            raise write_error(
                exc.errno, "store.folder_unreadable", folder=self.folder, reason=exc.strerror
            ) from exc
        self._start_loading()

    def _start_loading(self) -> None:
        self._loader = Loader(
            self.folder,
            self.aside_dir,
            find_in_backups=self.find_in_backups,
            durable=self.durable,
            writable=not self.read_only,
            tell=self._tell,
        )
        self._opened = True
        if self.merges_unsaved:  # opened again (a restore): bring them in as at start
            pending.merge(self)

    def _upgrade(self, version: int) -> None:
        try:
            made = migrations.migrate(
                self.folder,
                current=version,
                target=SCHEMA_VERSION,
                backup=self.backup,
                durable=self.durable,
            )
        except migrations.MigrationFailed as exc:
            raise StoreUpgradeFailed(str(exc)).explain(exc.code, **exc.values) from exc
        self._tell(
            "Footholds updated how your entries are stored. A copy from before is kept at "
            f"{made[-1]}."
        )

    def _backup_aside(self, label: str) -> Path:
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        target = self.aside_dir / f"footholds-{label}-{stamp}.zip"
        make_private_dir(self.aside_dir)
        return make_backup(self.folder, target)

    def _read_meta(self, path: Path) -> dict[str, Any] | None:
        try:
            meta = json.loads(path.read_bytes())
            if not isinstance(meta, dict) or not isinstance(meta.get("schema"), int):
                raise ValueError("wrong shape")
        except FileNotFoundError:
            return None
        except (ValueError, UnicodeDecodeError):
            if self.read_only:  # the app's next open sets it aside and writes a new one
                log.warning("meta.json is damaged; read as the current schema")
                return None
            moved = set_aside(path, self.aside_dir, "damaged")
            self._tell(
                f"A small bookkeeping file was damaged; it was kept at {moved}. "
                "Your entries were not affected."
            )
            return None
        if meta.get("lock"):
            if storage.codec is None:
                raise StoreIsLocked()
            meta = {**meta, "schema": storage.meta_schema(meta)}
        if meta["schema"] > SCHEMA_VERSION:
            # Opening would set every newer file aside one by one and leave the person looking
            # at an empty history: refuse, touching nothing.
            raise StoreTooNew(errors.english("store.too_new")).explain("store.too_new")
        return meta

    def close(self) -> None:
        """Write anything still pending and let go of the files.

        When pending changes still cannot be written they are kept in an unsaved-entries
        file for the next start; when that fails too this raises StoreWriteError and stays
        open, so nothing kept in memory is dropped without the person being told."""
        if self._opened:
            failed = self._flush_pending()
            if failed is not None and self._keep_elsewhere() is None:
                raise why_failed(failed, "store.unsaved") from failed
        self._small.clear()
        self._months.clear()
        self._month_index.clear()
        self._opened = False
        self.owns_unsaved = False  # what was merged into memory is gone from it

    # -- locking (the app's "Lock now": core/lock holds the keys) ------------------------
    def seal(self, put: Callable[[Record], object], keep: Sequence[str] = ()) -> None:
        """Write what is pending and drop every record from memory but the small kinds in
        `keep` (the safety plan, readable while locked); until `unseal`, a new record goes to
        `put` (sealed to the lock's public key) and reading finds nothing else. Raises
        StoreWriteError, and stays as it was, when pending changes cannot be written."""
        failed = self._flush_pending()
        if failed is not None:
            raise why_failed(failed) from failed
        kept = {kind: self._small_part(kind) for kind in keep}  # read while the key is here
        self._forget()
        self._small.update(kept)
        self.sealed = put

    def unseal(self) -> None:
        """The lock is open again: read the files afresh (nothing read while sealed stays)."""
        self.sealed = None
        self._forget()

    def _forget(self) -> None:
        self._small.clear()
        self._months.clear()
        self._month_index.clear()

    # -- writing -------------------------------------------------------------------------
    def add(self, record: R) -> R:
        """Validate and save a new record durably. Raises InvalidEntry or StoreWriteError."""
        record.clean()
        if self.sealed is not None:
            self.sealed(record)  # joins the store at the next unlock
            self.changed.fire(record.KIND)
            return record
        part = self._part_for(record)
        if record.id in part.records:
            raise invalid("entry.taken_id")
        self._save(part, record.KIND, lambda: part.insert(record))
        return record

    def add_many(self, records: Iterable[R], *, skip_invalid: bool = False) -> list[R]:
        """Validate and save many new records (an import), one atomic save per file touched;
        returns those added (see bulk.add_many for what a failure leaves)."""
        from footholds.core.store import bulk

        return bulk.add_many(self, records, skip_invalid=skip_invalid)

    def saved_ids(self, records: Iterable[Record]) -> set[str]:
        """The ids among `records` already saved, each looked for where add would put it."""
        from footholds.core.store import bulk

        return bulk.saved_ids(self, records)

    def update(self, record: R) -> R:
        """Save a changed record (found by id; a time-ordered record keeps its month)."""
        record.clean()
        if self.sealed is not None:  # what it changes cannot be read while locked
            raise StoreIsLocked()
        part = self._part_for(record)
        if record.id not in part.records:
            raise invalid("entry.gone")
        self._save(part, record.KIND, lambda: part.update(record))
        return record

    def remove(self, record: Record) -> None:
        """Remove one record. Only ever called for an explicit action of the person."""
        if self.sealed is not None:
            raise StoreIsLocked()
        part = self._part_for(record)
        if record.id in part.records:
            self._save(part, record.KIND, lambda: part.remove(record.id))

    def _save(self, part: Part, kind: str, action: Callable[[], None]) -> None:
        if not self._opened:
            raise RuntimeError("the store is not open")
        if self.sealed is not None:  # a write now would be plain text: never
            raise StoreIsLocked()
        if self.read_only:
            raise write_error(errno.EROFS, "store.read_only_open")
        try:
            action()
        except OSError as exc:
            self.changed.fire(kind)
            raise why_failed(exc) from exc
        self.changed.fire(kind)
        if self.pending():
            self.retry_pending()
        elif self.unsaved_out:
            self._settle_unsaved()

    def pending(self) -> int:
        """How many files hold changes that are only in memory so far."""
        return sum(p.dirty for p in self._all_parts())

    def retry_pending(self) -> bool:
        """Try again to write what a failed save kept in memory; True when nothing is left."""
        if self._flush_pending() is not None:
            return False
        self._settle_unsaved()
        return True

    # -- unsaved entries kept outside the store (pending.py) -----------------------------
    def parts_holding_unsaved(self) -> list[Part]:
        return [p for p in self._all_parts() if p.dirty]

    def _keep_elsewhere(self) -> Path | None:
        try:
            return pending.keep_elsewhere(self)
        except OSError:
            log.error("unsaved entries could not be kept anywhere")
            return None

    def _settle_unsaved(self) -> None:
        if self.owns_unsaved and self.unsaved_out:
            pending.remove_files(self.unsaved_files)
            self.unsaved_out = False

    def record_in(self, model: type[R], record_id: str, month: str | None) -> R | None:
        """A record by id, looked for only in the file it is filed in (its month, for a
        time-ordered kind): the one file that would hold it."""
        if not model.PARTITIONED:
            return self.get(model, record_id)
        if month not in self.months(model):
            return None
        found = self._month_part(model.KIND, month).records.get(record_id)
        return found if isinstance(found, model) else None

    def _flush_pending(self) -> OSError | None:
        """Write every part holding unsaved changes; the last error, if any is left."""
        failed: OSError | None = None
        for part in self._all_parts():
            if part.dirty:
                try:
                    part.flush()
                except OSError as exc:
                    log.warning("still cannot save %s: %s", part.path.name, exc.strerror)
                    failed = exc
        return failed

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

    def _tell(self, message: str) -> None:
        # info, not warning: the app's log keeps it, and a command line, which prints the whole
        # notice itself, is not sent a second, cut-off copy by logging's last-resort handler
        log.info("store notice: %s", message.split(":")[0])
        self.notices.append(message)
        self.notice.fire(message)

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
