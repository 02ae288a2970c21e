"""Finishing, at start, a restore a kill or power cut stopped (core/store/opening.py).

Kept apart from backups.py, which makes and restores backups: this runs once, before the
store opens, and only reads what an interrupted restore (Backups.restore) left behind."""

from __future__ import annotations

import logging
import os
import shutil
from pathlib import Path
from typing import TYPE_CHECKING

from footholds.core.atomic import fsync_dir
from footholds.core.errors import Notice, said
from footholds.core.safe_read import Refused, open_regular
from footholds.core.store.backups import BEFORE_RESTORE, SAFETY_NAME, Backups

if TYPE_CHECKING:
    from footholds.core.settings import Settings

log = logging.getLogger(__name__)

# From a restore's before-restore backup to its staging copy: unpacking and writing what was
# already read, seconds even for the largest backup; far longer is another restore's backup.
_RESTORE_TAKES_S = 600


def _mtime(path: Path) -> float:
    try:
        return path.stat().st_mtime
    except OSError:
        return 0.0


def finish_restore(backups: Backups, settings: Settings | None = None) -> Notice | None:
    """Complete or clear a restore a kill or power cut stopped; at start, before the
    store opens, under the instance lock (no restore can be running). What to tell the
    person, if anything. Completed, it does what the restore would have done next
    (Backups.finish_switch): the lists it brought come into `settings` (the app's, already
    loaded) or else the settings file.

    The store's folder missing beside a complete staging copy (its meta.json, written
    last, is there): the kill fell between the two renames, the old store being whole in
    the aside folder and in the before-restore backup. The person asked for that restore,
    so the copy takes the store's place. The store's folder there: nothing was replaced,
    and the staging copy, only ever ours, goes."""
    staging = backups.staging
    if staging.is_symlink() or not staging.is_dir():
        return None  # not our staging folder: left alone
    named = _named_safety(staging)  # read before the folder moves or goes
    if not os.path.lexists(backups.store_dir) and (staging / "meta.json").is_file():
        # raises OSError (the copy stays where it is): the store must not open empty
        # here, or the next start would take the copy for an unfinished one and remove it
        os.replace(staging, backups.store_dir)
        fsync_dir(backups.store_dir.parent)
        log.info("a restore a kill interrupted was finished")
        backups.finish_switch(settings)
        safety = _listed(backups, named) if named else None
        kept = safety.name if safety is not None else _kept_before(backups)
        return Notice(said("backup.restore_finished", file=kept))
    # the store was never replaced: its before-restore backup marks no restore
    # no name: a staging folder an older Footholds left
    safety = _unfollowed_safety(backups, staging) if named is None else _listed(backups, named)
    try:
        shutil.rmtree(staging)  # a copy still being written, or not yet switched in
        fsync_dir(staging.parent)
    except OSError as exc:  # only room on the disk: the next start tries again
        log.warning("the staging copy of an interrupted restore stays: %s", exc.strerror)
        return None
    log.info("the staging copy of a restore a kill interrupted was removed")
    if safety is not None:
        backups.not_a_restore(safety)
    return None


def _named_safety(staging: Path) -> str | None:
    """The name of its before-restore backup the restore wrote in `staging` (SAFETY_NAME)
    before anything else; None when there is none (an older Footholds wrote no name), ""
    when it cannot be read."""
    try:
        with open_regular(staging / SAFETY_NAME, 1024) as file:
            return file.read().decode("utf-8")
    except FileNotFoundError:
        return None
    except (OSError, Refused, UnicodeDecodeError):
        return ""


def _listed(backups: Backups, name: str) -> Path | None:
    """The backup called `name` in the backups folder, when it is still a before-restore one
    (the name leads nowhere else); else None, and every label stays, which only keeps
    recovery to newer backups (see Backups.restore)."""
    for info in backups.list():
        if info.path.name == name and info.label == BEFORE_RESTORE:
            return info.path
    return None


def _kept_before(backups: Backups) -> str:
    """Where the data a finished restore replaced is: its before-restore backup, else
    the folder it was moved aside to."""
    for info in backups.list():
        if info.label == BEFORE_RESTORE:
            return info.path.name
    aside = sorted(backups.aside_dir.glob("store-before-restore-*"), key=_mtime)
    return str(aside[-1]) if aside else str(backups.aside_dir)


def _unfollowed_safety(backups: Backups, staging: Path) -> Path | None:
    """The before-restore backup of the restore that left `staging` (an older Footholds's,
    which wrote no name), when the files' times tell it: the newest backup of all (no
    restore, daily or manual one made since), made just before the staging copy.
    Anything less sure keeps its label."""
    # by the files' own times: names tell apart no two backups made within one second
    found = sorted(backups.list(), key=lambda info: _mtime(info.path), reverse=True)
    if not found or found[0].label != BEFORE_RESTORE:
        return None
    made = _mtime(found[0].path)
    if len(found) > 1 and _mtime(found[1].path) >= made:
        return None
    written = _mtime(staging)
    # a second's slack for file systems that keep times coarsely
    return found[0].path if -1 <= written - made <= _RESTORE_TAKES_S else None
