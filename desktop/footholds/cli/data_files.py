"""What every command reading the store or writing a file shares: the store opened only to be
read (safe beside the running app, as every file is replaced atomically), and why a file the
person asked for could not be written."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from footholds.cli.handover import bring_in_unsaved, say

if TYPE_CHECKING:
    from footholds.core.paths import Paths
    from footholds.core.store import Store


def open_for_reading(paths: Paths) -> Store:
    """The store opened only to be read (core/store/opening.py); what the store has to say
    (a damaged file it read around) goes to standard error."""
    from footholds.cli.lock import join_waiting, open_for_command
    from footholds.core.store.opening import open_store

    open_for_command(paths)  # with the passphrase lock on, reading needs the passphrase
    join_waiting(paths)
    bring_in_unsaved(paths)  # what an earlier run could not save, as the app's start would
    store, _ = open_store(
        paths, read_only=True, tell=lambda message: say(f"footholds: {message}", err=True)
    )
    return store


def person_today(paths: Paths) -> date:
    """Which day it is for the person, as every window counts it (core/days.py): before their
    day-start hour (Settings, 4 am by default) it is still the day before, so a night or a
    proof added at 00:30 belongs to the day they are still living."""
    from footholds.core import days
    from footholds.core.settings import Settings

    settings, _ = Settings.load(paths.settings_file)  # reads only, never writes
    return days.today(int(settings["day.start_hour"]))


def would_replace(target: Path, force: bool) -> bool:
    """Whether writing `-o FILE` would replace a file the person has, unasked (no --force):
    then it is said, in one line naming the flag, and True. A stream (/dev/stdout, a FIFO)
    is written to, never replaced, so it is never refused."""
    from footholds.core.atomic import is_stream

    if force or not target.is_file() or is_stream(target):
        return False
    say(f"footholds: {target} already exists. To replace it, add --force.", err=True)
    return True


def not_written(exc: OSError, target: Path | None) -> str:
    """Why a file the person asked for could not be written, naming where: a folder that is
    not there is named itself, since a path alone does not say which part is missing."""
    import errno

    if target is not None and exc.errno == errno.ENOENT and not target.parent.is_dir():
        return f"there is no folder {Path(os.path.abspath(target.parent))}."
    where = f" ({target})" if target is not None else ""
    return f"{exc.strerror or exc}{where}."
