"""Entries the store could not save, kept in a small file elsewhere until the next start.

When the store's folder cannot be written (a full disk, a read-only folder) a save stays in
memory, and the person is told it is kept. Quitting must not drop it, however the app is
asked to quit: the changes memory holds beyond the disk are written to the first of a few
other places that works (Paths.unsaved_files), and the next start merges them into the store.

Each change names its record's kind and id and carries the whole record (or says it was
removed), so merging twice changes nothing and never makes a duplicate. A file is deleted only
once everything merged from it is durably in the store.
"""

from __future__ import annotations

import contextlib
import errno
import json
import logging
import os
import time
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from footholds.core.atomic import fsync_dir, set_aside, write_atomic
from footholds.core.paths import make_private_dir
from footholds.core.store import storage
from footholds.core.store.earlier import same_words
from footholds.core.store.models import BY_KIND
from footholds.core.store.storage import DamagedFile, Part, read_file
from footholds.core.store.validate import InvalidEntry

if TYPE_CHECKING:
    from footholds.core.store.store import Store

log = logging.getLogger(__name__)
FORMAT = "footholds-unsaved"
VERSION = 1
# {"kind": "log", "id": "...", "month": "2026-03" or None, "record": {...} or None (removed)}
Change = dict[str, Any]


def unsaved_changes(parts: Iterable[Part]) -> list[Change]:
    """What memory holds beyond the disk, file by file: records added or changed, and the
    ids of records removed. Only files marked as holding unsaved changes are compared."""
    changes: list[Change] = []
    for part in parts:
        if not part.dirty:
            continue
        month = part.path.stem if part.model.PARTITIONED else None
        on_disk = _saved_docs(part)
        for record_id, record in part.records.items():
            doc = record.to_dict()
            if on_disk.pop(record_id, None) != doc:
                changes.append({"kind": part.kind, "id": record_id, "month": month, "record": doc})
        for record_id in on_disk:  # on disk, gone from memory: the person removed it
            changes.append({"kind": part.kind, "id": record_id, "month": month, "record": None})
    return changes


def _saved_docs(part: Part) -> dict[str, Any]:
    """The entries of a file as the disk has them; none when it cannot be read (then every
    record in memory counts as a change, which merging makes harmless)."""
    try:
        data = read_file(part.path, part.kind)
    except (OSError, DamagedFile):
        return {}
    table = (data or {}).get(part.kind, {})
    return {d["id"]: d for d in table.values() if isinstance(d.get("id"), str)}


def write_unsaved(
    changes: list[Change],
    places: Sequence[Path],
    stale: Callable[[Change], bool] = lambda change: False,
) -> Path:
    """Write `changes` to the first place that takes them (crash-safe, 0600, in a 0700 folder),
    after what an earlier file in that place already held, less the `stale` changes there.
    Raises the last OSError when no place works."""
    failed: OSError = OSError(0, "no place to keep unsaved entries was given")
    for place in places:
        try:
            make_private_dir(place.parent)
            earlier = [c for c in (_read_one(place) or {}).get("changes", []) if not stale(c)]
            kept = _latest([*earlier, *changes])
            payload = {"format": FORMAT, "version": VERSION, "written": time.time()}
            payload["changes"] = kept
            plain = json.dumps(payload, ensure_ascii=False).encode("utf-8")
            write_atomic(place, storage.encode(plain))  # encrypted while the lock is open
        except OSError as exc:
            log.warning("cannot keep unsaved entries in %s: %s", place.parent, exc.strerror)
            failed = exc
            continue
        return place
    raise failed


def read_unsaved(places: Sequence[Path]) -> tuple[list[tuple[Path, list[Change]]], bool]:
    """The unsaved-entries files that exist, oldest first, with their changes; and whether
    every place could be read (a file that could not be read must never be deleted)."""
    found: list[tuple[float, Path, list[Change]]] = []
    read_all = True
    for place in places:
        try:
            data = _read_one(place)
        except OSError as exc:
            log.warning("cannot read unsaved entries in %s: %s", place.parent, exc.strerror)
            read_all = False
            continue
        if data is not None:
            found.append((data["written"], place, data["changes"]))
    found.sort(key=lambda item: item[0])
    return [(place, changes) for _, place, changes in found], read_all


def _read_one(place: Path) -> dict[str, Any] | None:
    """One file's content; None when there is none. A damaged one is set aside beside it
    (never deleted) and counts as none."""
    try:
        try:
            data = json.loads(storage.decode(place.read_bytes(), place))
        except storage.StoreLocked:  # kept as it is until the lock is open
            raise OSError(errno.EACCES, "the file is locked", str(place)) from None
        if (
            data.get("format") != FORMAT
            or not isinstance(data.get("written"), int | float)
            or not isinstance(data.get("changes"), list)
            or not all(_is_change(c) for c in data["changes"])
        ):
            raise ValueError("wrong shape")
    except (FileNotFoundError, NotADirectoryError):  # no file, or no folder for one
        return None
    except (ValueError, UnicodeDecodeError, AttributeError, RecursionError, DamagedFile):
        moved = set_aside(place, place.parent, "damaged")
        log.error("a file of unsaved entries was damaged; it was kept at %s", moved)
        return None
    return data  # type: ignore[no-any-return]


def _is_change(change: Any) -> bool:
    return (
        isinstance(change, dict)
        and change.get("kind") in BY_KIND
        and isinstance(change.get("id"), str)
        and isinstance(change.get("month"), str | None)
        and isinstance(change.get("record"), dict | None)
    )


def _latest(changes: Iterable[Change]) -> list[Change]:
    """One change per record, the last one made, in the order they were made."""
    by_record: dict[tuple[str, str], Change] = {}
    for change in changes:
        key = (change["kind"], change["id"])
        by_record.pop(key, None)
        by_record[key] = change
    return list(by_record.values())


def apply(store: Store, changes: list[Change]) -> tuple[int, bool]:
    """Make the store hold `changes`; how many changed something, and whether all of them
    could be applied (a save that fails now is kept in memory like any other)."""
    from footholds.core.store.failures import StoreWriteError

    applied, complete = 0, True
    for change in _latest(changes):
        model = BY_KIND[change["kind"]]
        try:
            saved = store.record_in(model, change["id"], change["month"])
        except StoreWriteError as exc:  # its file cannot be read now: try at a later start
            log.error("cannot merge an unsaved %s entry yet: %s", change["kind"], exc.strerror)
            complete = False
            continue
        try:
            if change["record"] is None:
                if saved is not None:
                    store.remove(saved)
                    applied += 1
                continue
            record = model.from_dict(change["record"])
            if saved is None:
                store.add(record)
            elif not same_words(saved, record):
                store.update(record)
            else:
                continue
            applied += 1
        except InvalidEntry:  # should not happen: it was valid when it was kept
            # (the reason is not logged: it may quote what the person wrote)
            log.error("an unsaved %s entry could not be merged", change["kind"])
            complete = False
        except StoreWriteError:
            # A failed write keeps the change in memory, saved with the next write that works;
            # a file that could not even be read does not: then the unsaved file must stay.
            if _held(store, change):
                applied += 1
            else:
                complete = False
    return applied, complete


def _held(store: Store, change: Change) -> bool:
    """Whether the store (memory included) now holds `change`."""
    from footholds.core.store.failures import StoreWriteError

    model = BY_KIND[change["kind"]]
    try:
        saved = store.record_in(model, change["id"], change["month"])
        wanted = None if change["record"] is None else model.from_dict(change["record"])
    except (StoreWriteError, InvalidEntry):
        return False
    if wanted is None or saved is None:
        return wanted is saved
    return same_words(saved, wanted)  # a save adds to its earlier words, not to what it says


def remove_files(places: Iterable[Path]) -> None:
    """Delete unsaved-entries files whose content is now durably in the store."""
    for place in places:
        try:
            os.unlink(place)
        except (FileNotFoundError, NotADirectoryError):
            continue
        except OSError as exc:
            log.warning("cannot remove %s: %s", place, exc.strerror)
            continue
        with contextlib.suppress(OSError):
            fsync_dir(place.parent)


def keep_elsewhere(store: Store) -> Path:
    """Write what the store holds beyond its folder to the first unsaved-entries place that
    works; raises OSError when none does."""
    changes = unsaved_changes(store.parts_holding_unsaved())
    # The file must say what memory holds now, not what it held at an earlier failed save: a
    # record added and then removed (or edited and then edited back) while nothing could be
    # saved is, in memory and on disk alike, as it was, so `changes` says nothing of it, and
    # an old line for it left in the file would bring the added entry (or the edit) back at
    # the next start. A removal whose delete could not be written is in `changes` (the disk
    # still has the record), so it stays.
    # - A store that brought every unsaved file in at start holds all they held, in memory or
    #   on disk: it writes what memory holds beyond the disk, and nothing of the old lines.
    # - Otherwise the files also hold an earlier run's changes, not in memory: only the lines
    #   for records this run has kept there go (those in `changes` are written anew).
    owned = store.owns_unsaved
    mine = dict(store._kept_out)

    def stale(change: Change) -> bool:
        return owned or (change["kind"], change["id"]) in mine

    kept = write_unsaved(changes, store.unsaved_files, stale)
    store.unsaved_out = True
    # as the file has them (lists, not tuples), so withdraw can compare them to it
    now = {(c["kind"], c["id"]): json.loads(json.dumps(c)) for c in changes}
    others = [place for place in store.unsaved_files if place != kept]
    # nor may another place, written when this one could not be (oldest lines merge first)
    if owned:
        remove_files(others)
    elif gone := {key: change for key, change in mine.items() if key not in now}:
        withdraw(others, gone)
    store._kept_out.update(now)
    log.warning("unsaved entries kept in %s until the next start", kept)
    return kept


def withdraw(places: Sequence[Path], kept: dict[tuple[str, str], Change]) -> bool:
    """Take the changes `kept` (by kind and id) out of the unsaved-entries files once the store
    has saved them, leaving whatever else the files hold (an earlier run's, not merged yet);
    a file left empty is deleted. False when a file could not be read or rewritten."""
    done = True
    for place in places:
        try:
            data = _read_one(place)
        except OSError as exc:
            log.warning("cannot read unsaved entries in %s: %s", place.parent, exc.strerror)
            done = False
            continue
        if data is None:
            continue
        left = [c for c in data["changes"] if kept.get((c["kind"], c["id"])) != c]
        if len(left) == len(data["changes"]):
            continue
        try:
            if left:
                payload = {**data, "changes": left}
                plain = json.dumps(payload, ensure_ascii=False).encode("utf-8")
                write_atomic(place, storage.encode(plain))
            else:
                remove_files([place])
        except OSError as exc:
            log.warning("cannot rewrite unsaved entries in %s: %s", place.parent, exc.strerror)
            done = False
    return done


def waiting(places: Sequence[Path]) -> int:
    """How many changes the unsaved-entries files hold, waiting to be merged into the store
    (those in a file that cannot be read now, such as one locked, are not counted)."""
    found, _ = read_unsaved(places)
    return len(_latest(change for _, changes in found for change in changes))


def keep(store: Store) -> Path | None:
    """Before quitting: save what is pending, or else keep it for the next start. Returns the
    file it went to (None when all is in the store); raises StoreWriteError with a sentence
    for the person when nothing at all could be written."""
    from footholds.core.store.failures import cause, write_error

    if store.retry_pending():
        return None
    try:
        return keep_elsewhere(store)
    except OSError as exc:
        log.error("unsaved entries could not be kept anywhere: %s", exc.strerror)
        # each cause says what helps it: freeing space does nothing for a read-only folder
        why = cause(exc.errno)
        if why == "refused":
            reason = exc.strerror or "no reason given"
            raise write_error(exc.errno, "store.nowhere.refused", reason=reason) from exc
        raise write_error(exc.errno, f"store.nowhere.{why}") from exc


def merge(store: Store) -> int:
    """At start, under the instance lock: bring in what an earlier run kept outside the store.
    Returns how many changes that made. The files are deleted once all of it is durably in
    the store, now or with a later save."""
    store.merges_unsaved = True
    found, read_all = read_unsaved(store.unsaved_files)
    if not found:
        store.owns_unsaved = read_all
        return 0
    store.keeps_failures = False  # what cannot be saved now is in those files already
    try:
        applied, complete = apply(store, [c for _, changes in found for c in changes])
    finally:
        store.keeps_failures = True
    store.owns_unsaved = complete and read_all  # else the files stay for a later start
    store.unsaved_out = True
    if complete and not store.pending():
        store.retry_pending()  # nothing to write: deletes the files
    if applied:
        log.info("merged %d unsaved changes from an earlier run", applied)
    return applied
