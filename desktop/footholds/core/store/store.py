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
from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

from footholds.core import errors
from footholds.core.atomic import set_aside, write_atomic
from footholds.core.events import EventHook
from footholds.core.paths import make_private_dir
from footholds.core.store import earlier, migrations, pending, storage
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
from footholds.core.store.models import Record
from footholds.core.store.reading import R, StoreReader
from footholds.core.store.recovery import PartFinder
from footholds.core.store.storage import SCHEMA_VERSION, Part
from footholds.core.store.validate import invalid

log = logging.getLogger(__name__)


class Store(StoreReader):
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
        # where changes that cannot reach the store's folder are kept: at once when a save
        # fails (a crash then loses nothing), and again when the store closes
        self.unsaved_files = tuple(unsaved_files)
        # owns: every unsaved file's content is in this store's memory or on disk (it merged
        # them at start), so they may be deleted once nothing is pending; out: some may exist
        self.owns_unsaved = self.unsaved_out = False
        self.merges_unsaved = False  # the app merges at start, and so on every later open
        # False while a merge brings those files in: what fails to save then is in them already
        self.keeps_failures = True
        # what this store itself wrote to an unsaved file, by (kind, id): taken out of the
        # file again once saved, when the store does not own (may not delete) the whole file
        self._kept_out: dict[tuple[str, str], pending.Change] = {}
        # while the app is locked (issue 20): a new record goes here, sealed, and reading
        # finds nothing, since no key is left in memory to read the encrypted files with
        self.sealed: Callable[[Record], object] | None = None
        self.kept_sealed: frozenset[str] = frozenset()  # the kinds `seal` kept in memory

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
            if failed is None:
                self._settle_unsaved()  # all saved: an unsaved file no longer holds it
            elif self._keep_elsewhere() is None:
                raise why_failed(failed, "store.unsaved") from failed
        self._kept_out = {}  # waiting in the file for the next start now, not this store's
        self._small.clear()
        self._months.clear()
        self._month_index.clear()
        self._opened = False
        self.owns_unsaved = False  # what was merged into memory is gone from it

    # -- locking (the app's "Lock now": core/lock holds the keys) ------------------------
    def seal(self, put: Callable[[Record], object], keep: Sequence[str] = ()) -> None:
        """Write what is pending and drop every record from memory but the small kinds in
        `keep` (the safety plan, readable while locked); until `unseal`, a new record goes to
        `put` (sealed to the lock's public key; one of a kind kept shows in memory meanwhile)
        and reading finds nothing else. Raises
        StoreWriteError, and stays as it was, when pending changes cannot be written."""
        failed = self._flush_pending()
        if failed is not None:
            raise why_failed(failed) from failed
        kept = {kind: self._small_part(kind) for kind in keep}  # read while the key is here
        self._forget()
        self._small.update(kept)
        self.kept_sealed = frozenset(kept)
        self.sealed = put

    def start_sealed(
        self, put: Callable[[Record], object], kept: Mapping[str, Sequence[Record]]
    ) -> None:
        """The app starting locked: sealed as after `seal`, without opening (no key to read
        with, and what opening finishes or upgrades waits for it: opening.open_sealed). The
        small kinds in `kept` show the records given (the copies kept readable while locked);
        nothing is read or written in the store's folder until `unseal` and `open`."""
        self._loader = Loader(
            self.folder,
            self.aside_dir,
            find_in_backups=None,
            durable=self.durable,
            writable=False,
            tell=self._tell,
        )
        self._opened = True
        self._forget()
        self.sealed = put
        for kind, records in kept.items():
            path = self.folder / f"{kind}.json"
            part = Part(path, kind, durable=self.durable, writable=False, data=None)
            part.records.update((r.id, r) for r in records)
            self._small[kind] = part
        self.kept_sealed = frozenset(kept)

    @property
    def is_sealed(self) -> bool:
        """Whether the app is locked: reading finds only the kinds kept, new records are
        sealed until the unlock (`seal`, `start_sealed`)."""
        return self.sealed is not None

    def unseal(self) -> None:
        """The lock is open again: read the files afresh (nothing read while sealed stays)."""
        self.sealed = None
        self.kept_sealed = frozenset()
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
            if record.KIND in self.kept_sealed:  # shown meanwhile, as the rest of its kind
                self._small[record.KIND].records[record.id] = record  # memory only: never plain
            self.changed.fire(record.KIND)
            return record
        part = self._part_for(record)
        if record.id in part.records:
            raise invalid("entry.taken_id")
        self._save(part, record.KIND, lambda: part.insert(record))
        return record

    def add_many(
        self,
        records: Iterable[R],
        *,
        skip_invalid: bool = False,
        stop: Callable[[], bool] | None = None,
    ) -> list[R]:
        """Validate and save many new records (an import), one atomic save per file touched;
        returns those added (see bulk.add_many for what a failure or `stop` leaves)."""
        from footholds.core.store import bulk

        return bulk.add_many(self, records, skip_invalid=skip_invalid, stop=stop)

    def saved_ids(self, records: Iterable[Record]) -> set[str]:
        """The ids among `records` already saved, each looked for where add would put it."""
        from footholds.core.store import bulk

        return bulk.saved_ids(self, records)

    def saved_records(self, records: Iterable[Record]) -> dict[str, Record]:
        """The saved records, by id, sharing an id with one of `records`."""
        from footholds.core.store import bulk

        return bulk.saved_records(self, records)

    def update(self, record: R) -> R:
        """Save a changed record (found by id; a time-ordered record keeps its month)."""
        record.clean()
        if self.sealed is not None:  # what it changes cannot be read while locked
            raise StoreIsLocked()
        part = self._part_for(record)
        if record.id not in part.records:
            raise invalid("entry.gone")
        before = part.saved(record.id)  # as written: a window may have changed the one held
        if before is not None:
            earlier.remember(record, before)  # an import then knows the words it replaces
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
            raise self._kept_after(exc) from exc
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

    def _kept_after(self, exc: OSError) -> StoreWriteError:
        """A save failed and its entry is in memory only: keep what memory holds beyond the
        disk in an unsaved-entries file now, not only at quit, so a crash or a kill loses
        nothing. The error says the entry is kept safely only when that worked."""
        if not self.unsaved_files or not self.keeps_failures:
            # no place to keep them was given (a bare store), or they are in one already
            return why_failed(exc)
        if self._keep_elsewhere() is None:
            return why_failed(exc, "store.unsaved")  # only in memory: say so, plainly
        return why_failed(exc)

    def _keep_elsewhere(self) -> Path | None:
        try:
            return pending.keep_elsewhere(self)
        except OSError:
            log.error("unsaved entries could not be kept anywhere")
            return None

    def _settle_unsaved(self) -> None:
        """Nothing is pending: what unsaved files held for this store is durably in it, so
        they must not hold it any more (a later start would bring an old copy back)."""
        if not self.unsaved_out:
            return
        if self.owns_unsaved:  # everything in them came into this store: delete them
            pending.remove_files(self.unsaved_files)
            self.unsaved_out = False
            self._kept_out = {}
        elif self._kept_out and pending.withdraw(self.unsaved_files, self._kept_out):
            self._kept_out = {}  # the rest of the files stays for a start that merges it

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

    def tell(self, message: str) -> None:
        """Pass on something the person should know, as the store's own notices are: what
        was finished for it as it opened (core/store/opening.py)."""
        self._tell(message)

    def _tell(self, message: str) -> None:
        # info, not warning: the app's log keeps it, and a command line, which prints the whole
        # notice itself, is not sent a second, cut-off copy by logging's last-resort handler
        log.info("store notice: %s", message.split(":")[0])
        self.notices.append(message)
        self.notice.fire(message)
