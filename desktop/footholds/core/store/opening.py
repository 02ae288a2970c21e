"""Opening the store the one way the app, the command line and `doctor` all share."""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from footholds.core.errors import Notice
    from footholds.core.paths import Paths
    from footholds.core.settings import Settings
    from footholds.core.store.backups import Backups
    from footholds.core.store.models import Record
    from footholds.core.store.store import Store

log = logging.getLogger(__name__)


def open_store(
    paths: Paths,
    *,
    read_only: bool = False,
    tell: Callable[[str], None] | None = None,
    settings: Settings | None = None,
) -> tuple[Store, Backups]:
    """The store under `paths`, opened, with the backups that can mend a damaged part.

    Opening reads only the schema file; months are read when something asks for them, so a
    command that writes one entry never reads ten years. `read_only` writes nothing at all
    (no folder, upgrade, backup, set-aside or temporary file), so a read-only data folder can
    still be read out; `tell` hears what the store has to say (a damaged file read around).
    Opened to write, it first brings in the entries an earlier run kept in an unsaved-entries
    file (core/store/pending.py), as it would at the app's start. `settings`: the app's, already
    loaded, for a restore finished here to bring its lists into (else the settings file)."""
    from footholds.core.store.backups import Backups
    from footholds.core.store.store import Store

    backups = Backups(paths.backup_dir, paths.store_dir, paths.aside_dir, paths.settings_file)
    # what a kill or power cut stopped half-way is finished or undone before anything reads
    # (never while read-only: the app may be in the middle of it)
    told = [] if read_only else finish_interrupted(paths, backups, settings)
    if read_only:
        store = Store(
            paths.store_dir,
            aside_dir=paths.aside_dir,
            find_in_backups=backups.find_part,
            read_only=True,
        )
    else:
        store = _writing_store(paths, backups)
    if tell is not None:
        store.notice.connect(tell)
    for notice in told:
        store.tell(notice)
    store.open()
    if not read_only:
        from footholds.core.store import pending

        # what an earlier run could not save comes in first, whoever opens the store (the
        # app, a command while the app is not running), so nothing reads around it
        pending.merge(store)
    return store, backups


def sealed_store(
    paths: Paths, put: Callable[[Record], object], kept: Mapping[str, Sequence[Record]]
) -> tuple[Store, Backups]:
    """The store of an app starting locked (issue 20), built as open_store builds it to write
    but sealed, not opened: a new record goes to `put` (the lock's inbox), the small kinds in
    `kept` show the records given, and nothing in the store's folder is read, finished or
    upgraded until the first unlock runs `open_sealed`."""
    from footholds.core.store.backups import Backups

    backups = Backups(paths.backup_dir, paths.store_dir, paths.aside_dir, paths.settings_file)
    store = _writing_store(paths, backups)
    store.start_sealed(put, kept)
    return store, backups


def _writing_store(paths: Paths, backups: Backups) -> Store:
    """The store the app and the commands write through, not opened yet: backed up before an
    upgrade, keeping what it cannot save in the unsaved-entries file."""
    from footholds.core.store.store import Store

    return Store(
        paths.store_dir,
        aside_dir=paths.aside_dir,
        find_in_backups=backups.find_part,
        backup=backups.create,
        unsaved_files=paths.unsaved_files,
    )


def open_sealed(
    paths: Paths, store: Store, backups: Backups, settings: Settings | None = None
) -> None:
    """At the first unlock of an app that started locked, with the keys in place: what the
    start left for then, in open_store's order, before anything reads the store. A cut-off
    restore or import is finished, the store opened (an upgrade, with its backup), and what
    an earlier run could not save brought in. Raises as open_store does (the caller seals
    the store again: AppLock.unlock_with)."""
    from footholds.core.store import pending

    store.unseal()
    told = finish_interrupted(paths, backups, settings)
    for notice in told:
        store.tell(notice)
    store.open()
    pending.merge(store)


def interrupted(paths: Paths) -> bool:
    """Whether a restore or a lock change was stopped half-way and waits for the store to be
    opened to write (finish_interrupted); a stat or two."""
    from footholds.core.import_running import RUNNING
    from footholds.core.lock import SWITCH

    staging = paths.store_dir.with_name(paths.store_dir.name + ".restoring")
    return (
        staging.is_dir()
        or (paths.data_dir / SWITCH).exists()
        or (paths.data_dir / RUNNING).exists()
    )


def finish_interrupted(
    paths: Paths, backups: Backups, settings: Settings | None = None
) -> list[Notice]:
    """Finish or undo what a kill or power cut stopped half-way, under the instance lock:
    turning the lock on (undone, the entries as they were) and a restore (finished once its
    copy was complete: the person asked for it). What to tell the person."""
    from footholds.core.lock import SWITCH, is_on

    told: list[Notice] = []
    # with the lock on, opening it finished any change with the keys (app/lock_start.py,
    # cli/lock.py); with it off nothing asked for them, so nothing finished it yet
    if (paths.data_dir / SWITCH).exists() and not is_on(paths.data_dir):
        from footholds.core.errors import Notice, said
        from footholds.core.lock import switch

        direction = switch.interrupted(paths.data_dir)
        try:
            switch.finish(paths.data_dir, paths.outside_files)
        except OSError as exc:  # the entries are as they were meanwhile: the next start again
            log.warning("an interrupted lock change is still to finish: %s", exc.strerror)
        else:
            if direction != "disable":  # with the lock off, only turning it on can have stopped
                told.append(Notice(said("lock.enable_unfinished")))
    from footholds.core.store.restore_finish import finish_restore

    try:
        finished = finish_restore(backups, settings)
    except OSError as exc:  # the restored copy could not take the store's place
        from footholds.core.store.failures import write_error

        raise write_error(
            exc.errno, "store.folder_unusable", folder=paths.store_dir, reason=exc.strerror
        ) from exc
    if finished is not None:
        told.append(finished)
    from footholds.core.import_running import cut_off

    stopped = cut_off(paths.data_dir)  # an import a kill stopped part-way
    if stopped is not None:
        told.append(stopped)
    return told
