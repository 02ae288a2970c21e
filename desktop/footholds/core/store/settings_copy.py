"""The copy of the settings file a backup holds beside the store, and the person's own lists
(core/own_lists.py) a restore brings back from it. Kept apart from backups.py, which makes,
checks and restores the store's files."""

from __future__ import annotations

import json
import logging
import zipfile
from pathlib import Path
from typing import TYPE_CHECKING, Any

from footholds.core.atomic import write_atomic
from footholds.core.digest import sha256_hex
from footholds.core.safe_read import MB, ZIP_ERRORS, Refused, open_regular
from footholds.core.store import storage
from footholds.core.store.storage import DamagedFile

if TYPE_CHECKING:
    from footholds.core.settings import Settings

# the person's settings file, beside the store (added later: older backups hold none, and an
# older Footholds restores the store alone). Its checksum is the manifest's "settings".
SETTINGS = "config/settings.json"
# in a restore's staging copy, when the backup holds the person's own lists: those lists, for
# whoever finishes the restore (Backups.finish_switch), the restore itself or, after a kill,
# the next start
LISTS_NAME = "restore-lists.json"
Lists = dict[str, list[str]]  # the person's own lists by setting name (lists.feelings, ...)
log = logging.getLogger(__name__)


def copy_of(settings_file: Path | None) -> bytes | None:
    """The settings file as a backup holds it (own_lists.backup_copy); None without one. One
    that cannot be read leaves the backup of the entries standing, without it."""
    if settings_file is None:
        return None
    from footholds.core.own_lists import backup_copy

    try:
        return backup_copy(settings_file)
    except OSError as exc:
        log.warning("the backup holds no copy of the settings: %s", exc.strerror)
        return None


def lists_in(path: Path, zf: zipfile.ZipFile, manifest: dict[str, Any]) -> Lists:
    """The person's own lists in the backup's settings copy. A copy that is missing, damaged
    or does not open leaves them out: the entries still come back, and the lists the person
    has now stay."""
    digest = manifest.get("settings")
    if not isinstance(digest, str):
        return {}  # an older backup, or one made without a settings file
    from footholds.core.own_lists import from_backup_copy

    try:
        raw = zf.read(SETTINGS)
        if sha256_hex(raw) != digest:
            raise ValueError("checksum")
        return from_backup_copy(raw, Path(SETTINGS))
    except (KeyError, ValueError, DamagedFile, storage.StoreLocked, *ZIP_ERRORS) as exc:
        log.warning("the lists in %s stay out of the restore: %s", path.name, type(exc).__name__)
        return {}


def stage_lists(staging: Path, lists: Lists) -> None:
    """Write the lists a restore brings into its staging copy (LISTS_NAME), in the export's
    form; the person's own words, so encrypted while the lock is open, as entries are."""
    from footholds.core.own_lists import SHORT

    short = {SHORT[name]: items for name, items in lists.items() if name in SHORT}
    write_atomic(staging / LISTS_NAME, storage.encode(json.dumps(short).encode()))


def staged_lists(store_dir: Path) -> Lists:
    """The lists a restore's copy brought (stage_lists), now in the store's place; none when
    it brought none or they do not read (the lock closed)."""
    path = store_dir / LISTS_NAME
    try:
        with open_regular(path, MB) as file:
            raw = file.read()
    except FileNotFoundError:
        return {}
    except (OSError, Refused) as exc:
        log.warning("the lists the restore brought stay out: %s", exc)
        return {}
    from footholds.core.own_lists import from_export

    try:  # read back the way an export's lists are: only those that validate
        return from_export(json.loads(storage.decode(raw, path)))
    except (ValueError, RecursionError, DamagedFile, storage.StoreLocked) as exc:
        log.warning("the lists the restore brought stay out: %s", type(exc).__name__)
        return {}


def bring_back(lists: Lists, settings: Settings | None, settings_file: Path | None) -> None:
    """The backup's lists in place of the current ones, in `settings` (the running app's) or
    else the settings file, and saved. The restore itself stands when they cannot be saved:
    the before-restore backup still holds the lists as they were, and the backup just
    restored holds the ones it brought."""
    from footholds.core.own_lists import bring_back as put_in
    from footholds.core.own_lists import load_opened

    if settings is None and settings_file is not None:
        settings = load_opened(settings_file)
    if settings is None:
        return
    put_in(settings, lists)
    try:
        settings.save()
    except OSError as exc:
        log.warning("the lists the restore brought back were not saved: %s", exc.strerror)
