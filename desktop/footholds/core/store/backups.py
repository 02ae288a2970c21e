"""Backups of the store as single zip files: daily rotation, manual backup, validated restore.
Reading a backup back and checking it is backup_check.py's."""

from __future__ import annotations

import io
import json
import logging
import os
import re
import shutil
import zipfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from footholds.core.atomic import fsync_dir, write_atomic, write_out
from footholds.core.digest import sha256_hex
from footholds.core.errors import Explained, error
from footholds.core.paths import make_private_dir
from footholds.core.safe_read import ZIP_ERRORS, Refused
from footholds.core.store import storage
from footholds.core.store.backup_check import (
    FORMAT,
    MANIFEST,
    BadBackup,
    open_backup,
    read_backup,
)
from footholds.core.store.recovery import WAITING, check_bytes
from footholds.core.store.settings_copy import (
    LISTS_NAME,
    SETTINGS,
    Lists,
    bring_back,
    copy_of,
    stage_lists,
    staged_lists,
)
from footholds.core.store.storage import DamagedFile, kind_of, store_files

_PREFIX = "footholds-"
BEFORE_RESTORE = "before-restore"  # the store as a restore found it, kept before replacing it
RESTORED = "restored"  # the store as a restore left it
# in a restore's staging folder, written before anything else: the name of the restore's
# before-restore backup, so finishing it after a kill knows that backup (restore_finish.py)
SAFETY_NAME = "before-restore.txt"
# footholds-<label>-YYYYmmdd-HHMMSS[-N]: N tells apart backups made within the same second
_NAME = re.compile(r"footholds-(?P<label>.+)-(?P<stamp>\d{8}-\d{6})(?:-(?P<n>\d{1,4}))?")
log = logging.getLogger(__name__)
if TYPE_CHECKING:
    from footholds.core.settings import Settings


class RestoreStranded(Explained, OSError):
    """A restore stopped after the store was moved aside, and it could not be moved back: the
    store is whole in the aside folder and in the before-restore backup (the message names
    both), and the store's own folder is missing."""


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    when: datetime
    label: str
    n: int = 0  # order among backups made within the same second


def info_of(path: Path) -> BackupInfo | None:
    """When a backup was made and what made it, read from the name Footholds gave it; None for
    a file named otherwise (one the person renamed, or no backup at all)."""
    found = _NAME.fullmatch(path.stem) if path.suffix == ".zip" else None
    if found is None:
        return None
    try:
        when = datetime.strptime(found["stamp"], "%Y%m%d-%H%M%S")
    except ValueError:
        return None
    return BackupInfo(path, when, found["label"], int(found["n"] or 0))


def make_backup(
    store_dir: Path,
    target: Path,
    *,
    when: datetime | None = None,
    settings_file: Path | None = None,
) -> Path:
    """Write a zip of every store file, and of `settings_file` when given and there, to
    `target` (atomically, 0600)."""
    when = when or datetime.now().astimezone()
    buffer = io.BytesIO()
    manifest: dict[str, object] = {"format": FORMAT, "version": 1, "created": when.isoformat()}
    digests: dict[str, str] = {}
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        for path in store_files(store_dir):
            relative = path.relative_to(store_dir).as_posix()
            data = path.read_bytes()
            digests[relative] = sha256_hex(data)
            zf.writestr("store/" + relative, data)
        meta = store_dir / "meta.json"
        if meta.exists():
            zf.writestr("store/meta.json", meta.read_bytes())
        manifest["files"] = digests
        settings = copy_of(settings_file)
        if settings is not None:
            manifest["settings"] = sha256_hex(settings)
            zf.writestr(SETTINGS, settings)
        zf.writestr(MANIFEST, json.dumps(manifest, indent=1))
    # only the file is private: an existing folder is the person's (a shared folder, /tmp, a
    # USB stick) and keeps its mode; a missing one is made, for them only
    if not target.parent.exists():
        make_private_dir(target.parent)
    write_out(target, storage.encode(buffer.getvalue()))  # encrypted while the lock is open
    return target


def since_last_restore(newest_first: list[BackupInfo]) -> list[BackupInfo]:
    """The backups recovery may bring entries back from, newest first.

    Rule: none from before the last restore, whose data that restore replaced; the restore
    backs up what it brought back (RESTORED), so the data as it stood after it is there.
    Otherwise a damaged file would take back entries the person had rolled back, from the
    before-restore backup (the newest by time) or an older one."""
    for at, info in enumerate(newest_first):
        if info.label == RESTORED:
            return newest_first[: at + 1]
        if info.label == BEFORE_RESTORE:  # a restore without its copy (an older Footholds)
            return newest_first[:at]
    return newest_first


class Backups:
    """The automatic backups folder and restore."""

    def __init__(
        self, folder: Path, store_dir: Path, aside_dir: Path, settings_file: Path | None = None
    ) -> None:
        self.folder, self.store_dir, self.aside_dir = folder, store_dir, aside_dir
        # copied into every backup beside the store; a restore brings its lists back
        self.settings_file = settings_file

    def list(self) -> list[BackupInfo]:
        """Automatic and safety backups, newest first."""
        found = (
            (info_of(p) for p in self.folder.glob(_PREFIX + "*.zip"))
            if self.folder.is_dir()
            else ()
        )
        out = [info for info in found if info is not None]
        # a restore's copy of what it brought back is made after its before-restore backup,
        # often within the same second: it counts as the newer of the two
        return sorted(out, key=lambda b: (b.when, b.n, b.label == RESTORED), reverse=True)

    def create(self, label: str = "manual", target: Path | None = None) -> Path:
        """Back up the store now; a second backup within the same second gets its own name."""
        if target is None:
            base = f"{_PREFIX}{label}-{datetime.now():%Y%m%d-%H%M%S}"
            target = self.folder / f"{base}.zip"
            n = 1
            while target.exists():
                n += 1
                target = self.folder / f"{base}-{n}.zip"
        make_private_dir(self.folder)
        return make_backup(self.store_dir, target, settings_file=self.settings_file)

    def daily(self, keep_days: int = 7, keep_weeks: int = 4) -> Path | None:
        """Make today's automatic backup if there is none yet, then rotate old ones."""
        today = datetime.now().date()
        if any(b.label == "daily" and b.when.date() == today for b in self.list()):
            return None
        if not store_files(self.store_dir):
            return None
        made = self.create("daily")
        self.rotate(keep_days, keep_weeks)
        return made

    def rotate(self, keep_days: int, keep_weeks: int) -> None:
        """Keep the newest daily backup of each of the last `keep_days` days and of each of the
        last `keep_weeks` weeks. Manual, before-restore and restored backups are never
        removed."""
        dailies = [b for b in self.list() if b.label == "daily"]
        keep: set[Path] = set()
        days_seen: set[object] = set()
        weeks_seen: set[object] = set()
        for b in dailies:  # newest first
            d, w = b.when.date(), b.when.isocalendar()[:2]
            if d not in days_seen and len(days_seen) < keep_days:
                days_seen.add(d)
                keep.add(b.path)
            if w not in weeks_seen and len(weeks_seen) < keep_weeks:
                weeks_seen.add(w)
                keep.add(b.path)
        for b in dailies:
            if b.path not in keep:
                b.path.unlink()

    def find_part(self, relative: str) -> bytes | None:
        """The newest backed-up copy of one store file that validates, for recovery, made
        since the last restore (see since_last_restore). Raises
        OSError when no copy was found and the backups could not all be read (a folder
        without permission, an unplugged disk), so recovery knows to look again later."""
        unread: OSError | None = None
        if self.folder.is_dir():
            os.listdir(self.folder)  # list() uses glob(), which takes a refusal for "none"
        for info in since_last_restore(self.list()):
            try:
                with open_backup(info.path, limited=False) as zf:
                    data = zf.read("store/" + relative)
            except (KeyError, BadBackup, Refused):
                continue
            except OSError as exc:
                unread = unread or exc
                continue
            except ZIP_ERRORS:
                continue
            try:
                check_bytes(data, Path(relative), kind_of(relative))
            except DamagedFile:
                continue
            return data
        if unread is not None:
            raise unread
        return None

    def restore(self, source: Path, settings: Settings | None = None) -> Path:
        """Replace the store with a validated backup. The current data (with the settings
        file) is first saved as a backup and its folder moved aside, never deleted. The
        person's own lists come back from a backup that holds them, into `settings` (the
        running app's) or else the settings file; every other setting stays as it is now: a
        restore never changes the language, the lock or the reminders behind their back.
        Returns the safety backup's path."""
        checked, contents = read_backup(source)
        safety = self.create(BEFORE_RESTORE)
        staging = self.staging
        had_store = self.store_dir.exists()
        try:
            self._switch_to(contents, staging, safety, checked.lists)
        except BaseException:
            shutil.rmtree(staging, ignore_errors=True)  # room on a full disk
            # Rule: a before-restore backup marks a restore only when the store was replaced.
            # Left where it was, the store is this backup's data still: it becomes an ordinary
            # one, else since_last_restore would take it for a restore by an older Footholds
            # and keep recovery out of every older backup. (A crash here leaves the mark,
            # which only keeps recovery to newer backups.)
            if self.store_dir.exists() or not had_store:
                self.not_a_restore(safety)
            raise
        fsync_dir(self.store_dir.parent)
        self.finish_switch(settings)
        return safety

    def finish_switch(self, settings: Settings | None = None) -> None:
        """What a restore does once its copy has taken the store's place, here and when the
        next start finishes one a kill stopped (restore_finish.py): the lists the copy
        brought (LISTS_NAME) replace the person's, then the notes go and the restored data
        is backed up (after_restore)."""
        lists = staged_lists(self.store_dir)
        if lists:
            bring_back(lists, settings, self.settings_file)
        self.after_restore()

    @property
    def staging(self) -> Path:
        """Where a restore writes the restored copy before it takes the store's place."""
        return self.store_dir.with_name(self.store_dir.name + ".restoring")

    def after_restore(self) -> None:
        # files that waited for the backups to be readable belonged to the store just moved
        # aside: looking for them in the backups now would mix it into the restored one
        (self.aside_dir / WAITING).unlink(missing_ok=True)
        for note in (SAFETY_NAME, LISTS_NAME):  # came in with the staging folder
            try:
                (self.store_dir / note).unlink(missing_ok=True)
            except OSError as exc:  # a few bytes no reader looks at: the restore stands
                log.warning("the restore's note %s stays: %s", note, exc.strerror)
        try:  # what recovery looks in from now on (since_last_restore)
            self.create(RESTORED)
        except OSError as exc:  # the restore itself is done: it stands
            log.warning("no backup of the restored data was made: %s", exc.strerror)

    def _switch_to(
        self, contents: dict[str, bytes], staging: Path, safety: Path, lists: Lists | None = None
    ) -> None:
        """Write `contents` beside the store, with the `lists` to bring back (LISTS_NAME),
        then put them in its place (the store moved to the aside folder). Raises OSError, the
        store put back where it was, when that fails; RestoreStranded when even putting it
        back fails."""
        if staging.exists():
            shutil.rmtree(staging)  # our own half-finished staging copy, never user data
        make_private_dir(staging)
        write_atomic(staging / SAFETY_NAME, safety.name.encode())
        if lists:
            stage_lists(staging, lists)
        # only the files the manifest lists and that were just checked: nothing else in the
        # zip is written, so a crafted name ("store/../../x") cannot reach outside the store
        # meta.json goes last: once it is there the copy is complete (restore_finish.py); a
        # backup without one gets the store's own, as opening the store would write it
        files = [(r, d) for r, d in contents.items() if r != "meta.json"]
        files.append(("meta.json", contents.get("meta.json") or storage.meta_bytes()))
        for relative, data in files:
            target = staging / relative
            make_private_dir(target.parent)
            if relative != "meta.json":  # a backup's files join in the store's own form
                data = storage.encode(storage.decode(data, target), kind_of(relative))
            write_atomic(target, data)  # on disk before the folders switch: a power cut
            # must not leave empty files where the restored ones should be
        make_private_dir(self.aside_dir)
        base = f"store-before-restore-{datetime.now():%Y%m%d-%H%M%S}"
        aside, n = self.aside_dir / base, 1
        while aside.exists():
            n += 1
            aside = self.aside_dir / f"{base}-{n}"
        moved = self.store_dir.exists()
        if moved:
            os.replace(self.store_dir, aside)
        try:
            os.replace(staging, self.store_dir)
        except OSError as exc:
            if moved:
                try:
                    os.replace(aside, self.store_dir)  # back where it was
                except OSError as back:
                    log.error("the store could not be put back from %s: %s", aside, back.strerror)
                    stranded = error(
                        RestoreStranded,
                        "backup.stranded",
                        reason=exc.strerror,
                        folder=aside,
                        file=safety.name,
                    )
                    stranded.strerror = str(stranded)  # for whoever words any OSError
                    raise stranded from exc
            raise

    def not_a_restore(self, safety: Path) -> None:
        """Relabel a before-restore backup as a manual one: kept, and never taken for a mark
        of a restore."""
        found = _NAME.fullmatch(safety.stem)
        if found is None:
            return
        base = f"{_PREFIX}manual-{found['stamp']}"
        target, n = safety.with_name(f"{base}.zip"), 1
        while target.exists():
            n += 1
            target = safety.with_name(f"{base}-{n}.zip")
        try:
            os.replace(safety, target)
        except OSError as exc:
            log.warning("the backup made before a failed restore keeps its name: %s", exc.strerror)

    def last(self) -> BackupInfo | None:
        found = self.list()
        return found[0] if found else None
