"""`footholds restore`: a backup checked whole before anything, what it would replace shown
beside what is in Footholds now, then restored through the running app when there is one,
else through the instance lock; what was there before is kept as a backup first.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from footholds.cli.data_files import open_for_reading
from footholds.cli.handover import app_or_here, say
from footholds.core.paths import Paths
from footholds.core.plural import entries
from footholds.core.store import Store
from footholds.core.store.backup_check import BadBackup, check
from footholds.core.store.backups import Backups, RestoreStranded


def cmd_restore(paths: Paths, args: argparse.Namespace) -> int:
    from footholds.cli.lock import open_for_command
    from footholds.core import errors

    source = Path(args.file).expanduser().resolve()
    if not source.exists():  # said before the passphrase is asked for
        missing = errors.english("import.no_file", path=source)
        say(f"footholds: {missing} Nothing was changed.", err=True)
        return 1
    open_for_command(paths)  # a backup made with the lock on is read with its passphrase
    try:
        checked = check(source)  # the whole backup, schema included, before anything
    except BadBackup as exc:
        say(f"footholds: {exc} Nothing was changed.", err=True)
        if _importable(source):  # an export given to restore: point to what reads it
            say(IMPORT_HINT.format(file=args.file), err=True)
        return 1
    counts = checked.counts
    for line in restore_plan(paths, source, counts, lists=bool(checked.lists)):
        say(line)
    if not args.yes:
        if not sys.stdin or not sys.stdin.isatty():
            say(
                "footholds: nothing was restored. To restore without being asked, "
                "run this again with --yes.",
                err=True,
            )
            return 1
        try:
            answer = input("Restore this backup? [y/N] ")
        except EOFError:
            answer = ""
        if answer.strip().lower() not in ("y", "yes"):
            say("Nothing was changed.")
            return 0

    def here(store: Store) -> int:
        store.close()
        backups = Backups(paths.backup_dir, paths.store_dir, paths.aside_dir, paths.settings_file)
        try:
            safety = backups.restore(source)
        except BadBackup as exc:  # the file changed after it was checked
            say(f"footholds: {exc} Nothing was changed.", err=True)
            return 1
        except RestoreStranded as exc:
            say(f"footholds: {exc}", err=True)
            return 1
        except OSError as exc:
            say(f"footholds: restoring failed and nothing was changed: {exc.strerror}", err=True)
            return 1
        total = sum(counts.values())
        say(f"Restored {entries(total)}. Your data from before is kept in {safety}")
        return 0

    return app_or_here(paths, "restore", here, path=str(source))


LISTS_BACK = (
    "Your lists of feelings, small wins and parts come back too, as they were in the backup. "
    "Your other settings stay as they are."
)
IMPORT_HINT = "It looks like an export; to add its entries instead, run: footholds import {file}"


def _importable(path: Path) -> bool:
    """Whether `path` looks like what `footholds import` reads (a Footholds JSON export or a
    Daylio CSV), so a restore of one can point there instead."""
    from footholds.core.safe_read import Refused, open_regular

    try:  # a regular file only: a FIFO would never answer
        with open_regular(path, 1 << 40) as file:
            start = file.read(4096).removeprefix(b"\xef\xbb\xbf").lstrip()
    except (OSError, Refused):
        return False
    if start.startswith(b"{"):
        return b'"footholds-export"' in start
    return b"full_date" in start.split(b"\n", 1)[0].lower()


def restore_plan(
    paths: Paths, source: Path, counts: dict[str, int], *, lists: bool = False
) -> list[str]:
    """What a restore would replace with what, in lines for the terminal; `lists`: the backup
    brings the person's own lists back too."""
    from footholds.core.store import StoreCannotOpen
    from footholds.core.store.dump import counts as count_entries

    try:
        store = open_for_reading(paths)
        try:
            now = _counted(count_entries(store))
        finally:
            store.close()
    except (StoreCannotOpen, OSError) as exc:
        now = f"unknown ({exc})"
    lines = [
        f"Restoring {source.name} replaces what is in Footholds now with what the backup holds.",
        f"  Now in Footholds: {now}",
        f"  In the backup:    {_counted(counts)}",
    ]
    if not sum(counts.values()):
        lines.append("This backup holds no entries: after restoring, Footholds would be empty.")
    if lists:
        lines.append(LISTS_BACK)
    lines.append(
        "First, what is in Footholds now is kept in a new backup, so nothing is lost: entries "
        f"written since {source.name} was made will be in that new backup, not in Footholds."
    )
    return lines


def _counted(counts: dict[str, int]) -> str:
    from footholds.core.store.models import BY_KIND

    total = sum(counts.values())
    if not total:
        return "no entries"
    # the kinds in the store's order (then any it does not know), whatever order the counts
    # came in: the store's and the backup's lines are read side by side
    order = list(BY_KIND)
    ranked = sorted(
        counts, key=lambda kind: (order.index(kind), "") if kind in BY_KIND else (len(order), kind)
    )
    shown = ", ".join(f"{kind} {counts[kind]}" for kind in ranked if counts[kind])
    return f"{entries(total)} ({shown})"
