"""`footholds backup`: a backup made through the running app (it writes what it holds in memory
first), else here, to the backup folder, a file, or a stream such as standard output.
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from footholds.cli.data_files import not_written, would_replace
from footholds.cli.handover import answered, ask, bring_in_unsaved, say
from footholds.core.paths import OwnFolder, Paths
from footholds.core.store.backups import Backups


def cmd_backup(paths: Paths, args: argparse.Namespace) -> int:
    from footholds.core.atomic import is_stream

    # absolute here, against this command's folder: the app's own folder means nothing to
    # the person. abspath, not resolve(): /dev/stdout must stay /dev/stdout.
    target = Path(os.path.abspath(Path(args.output).expanduser())) if args.output else None
    if target is not None:
        try:  # said here too, before a passphrase is asked for or the app is troubled
            paths.check_outside(target, backup=True)
        except OwnFolder as exc:
            say(f"footholds: {exc}", err=True)
            return 1
        if would_replace(target, args.force):
            return 1
    if target is not None and is_stream(target):
        return _backup_to_stream(paths, target)
    return _backup_to(paths, target)


def _backup_to(paths: Paths, target: Path | None, *, quiet: bool = False) -> int:
    """Back up through the running app (it writes what it holds in memory first), else here.
    `quiet`: say only what went wrong."""
    reply = ask(paths, "backup", path=str(target) if target else None)
    if reply is not None:
        if not reply["ok"] or not quiet:
            answered(reply)
        return 0 if reply["ok"] else 1
    bring_in_unsaved(paths)  # so the backup holds what an earlier run could not save
    backups = Backups(paths.backup_dir, paths.store_dir, paths.aside_dir, paths.settings_file)
    try:
        made = backups.create("manual", target)
    except OSError as exc:
        say(f"footholds: the backup could not be written: {not_written(exc, target)}", err=True)
        return 1
    if not quiet:
        say(f"Backup written to {made}")
    return 0


def _backup_to_stream(paths: Paths, target: Path) -> int:
    """A backup onto a device, FIFO or /dev/stdout: made as a private file first (by the app
    when it runs, so it never opens the stream itself), then copied out here as a stream."""
    import shutil
    import tempfile

    from footholds.core.atomic import write_out

    folder = Path(tempfile.mkdtemp(prefix="footholds-backup-"))  # 0700, this user's only
    try:
        made = folder / "backup.zip"
        if _backup_to(paths, made, quiet=True) != 0:
            return 1
        try:
            write_out(target, made.read_bytes())
        except OSError as exc:
            say(f"footholds: the backup could not be written: {exc.strerror}", err=True)
            return 1
    finally:
        shutil.rmtree(folder, ignore_errors=True)  # our own temporary copy, never user data
    say(f"Backup written to {target}", err=True)
    return 0
