"""Opening the store the one way the app, the command line and `doctor` all share."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from footholds.core.paths import Paths
    from footholds.core.store.backups import Backups
    from footholds.core.store.store import Store


def open_store(
    paths: Paths, *, read_only: bool = False, tell: Callable[[str], None] | None = None
) -> tuple[Store, Backups]:
    """The store under `paths`, opened, with the backups that can mend a damaged part.

    Opening reads only the schema file; months are read when something asks for them, so a
    command that writes one entry never reads ten years. `read_only` writes nothing at all
    (no folder, upgrade, backup, set-aside or temporary file), so a read-only data folder can
    still be read out; `tell` hears what the store has to say (a damaged file read around).
    Opened to write, it first brings in the entries an earlier run kept in an unsaved-entries
    file (core/store/pending.py), as it would at the app's start."""
    from footholds.core.store.backups import Backups
    from footholds.core.store.store import Store

    backups = Backups(paths.backup_dir, paths.store_dir, paths.aside_dir)
    if read_only:
        store = Store(
            paths.store_dir,
            aside_dir=paths.aside_dir,
            find_in_backups=backups.find_part,
            read_only=True,
        )
    else:
        store = Store(
            paths.store_dir,
            aside_dir=paths.aside_dir,
            find_in_backups=backups.find_part,
            backup=backups.create,
            unsaved_files=paths.unsaved_files,
        )
    if tell is not None:
        store.notice.connect(tell)
    store.open()
    if not read_only:
        from footholds.core.store import pending

        # what an earlier run could not save comes in first, whoever opens the store (the
        # app, a command while the app is not running), so nothing reads around it
        pending.merge(store)
    return store, backups
