"""Turning the lock on and off, crash-safely.

The data folder's store, backups and set-aside folders are converted into copies under
`lock-switch/new/`, every file written through write_atomic (fsync, rename). Then ONE rename
commits: turning on, the new header moves to `lock.json`; turning off, `lock.json` moves
into `lock-switch/old/`. After that the folders are swapped one by one; each step can be
repeated, so `finish` (run before any use of the data) completes or undoes whatever a kill
-9 interrupted: before the commit the old form stays, after it the new one is completed.
Only then are the old copies removed: that is the point of the person's explicit request.
"""

from __future__ import annotations

import io
import json
import os
import shutil
import zipfile
from collections.abc import Callable, Sequence
from pathlib import Path

from footholds.core.atomic import fsync_dir, write_atomic
from footholds.core.lock import HEADER, SWITCH, header_path
from footholds.core.lock.keys import Header, Keys
from footholds.core.paths import make_private_dir
from footholds.core.store import storage
from footholds.core.store.recovery import WAITING
from footholds.core.store.storage import SEALED_FILE

FOLDERS = ("store", "backups", "set-aside")
DIRECTION = "direction"


def enable(data_dir: Path, header: Header, keys: Keys, unsaved: Sequence[Path] = ()) -> None:
    """Encrypt everything in the data folder (and the unsaved-entries files) under `keys`."""
    switch = _start(data_dir, "enable", unsaved, keys)
    header.save(switch / HEADER)
    _convert_all(data_dir, switch, keys.encode, encrypt=True)
    _commit(switch / HEADER, header_path(data_dir))
    finish(data_dir, unsaved, keys)


def disable(data_dir: Path, keys: Keys, unsaved: Sequence[Path] = ()) -> None:
    """Decrypt everything back into plain files; the lock's header goes last."""
    switch = _start(data_dir, "disable", unsaved, keys)
    _convert_all(data_dir, switch, keys.decode, encrypt=False)
    make_private_dir(switch / "old")
    _commit(header_path(data_dir), switch / "old" / HEADER)
    finish(data_dir, unsaved, keys)


def finish(data_dir: Path, unsaved: Sequence[Path] = (), keys: Keys | None = None) -> None:
    """Complete a committed switch, or undo one that did not commit. Safe to run at any time."""
    switch = data_dir / SWITCH
    direction = _direction(switch)
    if direction is None:
        if switch.exists():  # killed before the direction was written: nothing happened yet
            shutil.rmtree(switch)
        return
    committed = header_path(data_dir).is_file() == (direction == "enable")
    if not committed:
        shutil.rmtree(switch)  # converted copies only; the old form is untouched
        fsync_dir(data_dir)
        return
    old = switch / "old"
    make_private_dir(old)
    for name in FOLDERS:
        new_copy, current, kept = switch / "new" / name, data_dir / name, old / name
        if not new_copy.exists():
            continue  # swapped already (or there was none)
        if current.exists() and not kept.exists():
            os.replace(current, kept)
            fsync_dir(data_dir)
        os.replace(new_copy, current)
        fsync_dir(data_dir)
    encrypt = direction == "enable"
    # files outside the data folder: converted in place, one by one. Without the keys (a
    # switch finished before anyone unlocked) the switch folder stays to say it is still to do,
    # the old copies with it: turning the lock off, they hold the header, the only way left
    # to open files still sealed
    waiting = [p for p in unsaved if _needs_converting(p, encrypt)]
    if waiting and keys is None:
        return
    shutil.rmtree(old)
    for place in waiting:
        _convert_in_place(place, keys, encrypt=encrypt)  # type: ignore[arg-type]
    shutil.rmtree(switch)
    fsync_dir(data_dir)


def interrupted(data_dir: Path) -> str | None:
    """The direction of a switch a kill interrupted ("enable" or "disable"; "" when it
    stopped before writing one), None when there is none to finish."""
    switch = data_dir / SWITCH
    if not switch.exists():
        return None
    return _direction(switch) or ""


def _start(data_dir: Path, direction: str, unsaved: Sequence[Path], keys: Keys) -> Path:
    finish(data_dir, unsaved, keys)  # an earlier switch, interrupted: complete or undo it first
    switch = data_dir / SWITCH
    # each level made private itself: make_private_dir would create the switch folder as a
    # parent, with the umask's mode (0755), leaving the copies' folder open to other users
    make_private_dir(switch)
    make_private_dir(switch / "new")
    write_atomic(switch / DIRECTION, direction.encode())
    fsync_dir(data_dir)
    return switch


def _direction(switch: Path) -> str | None:
    try:
        text = (switch / DIRECTION).read_text().strip()
    except (FileNotFoundError, NotADirectoryError):
        return None
    return text if text in ("enable", "disable") else None


def _commit(source: Path, target: Path) -> None:
    os.replace(source, target)
    fsync_dir(source.parent)
    fsync_dir(target.parent)


def _convert_all(
    data_dir: Path, switch: Path, convert: Callable[[bytes], bytes], *, encrypt: bool
) -> None:
    for name in FOLDERS:
        if (data_dir / name).is_dir():
            _convert_tree(data_dir / name, switch / "new" / name, convert, encrypt=encrypt)


def _convert_tree(
    source: Path, target: Path, convert: Callable[[bytes], bytes], *, encrypt: bool
) -> None:
    """Copy `source` to `target`, every regular file converted (meta.json rewritten in the
    new form). Symlinks and anything else not a file are left out: the store never makes them."""
    make_private_dir(target)
    for entry in sorted(source.iterdir()):
        if entry.is_symlink():
            continue
        if entry.is_dir():
            _convert_tree(entry, target / entry.name, convert, encrypt=encrypt)
        elif entry.is_file():
            raw = entry.read_bytes()
            if entry.name == "meta.json" and entry.parent.name in ("store",):
                data = _meta(raw, encrypt)
            elif entry.name == WAITING:
                data = raw  # file names and entry ids, no words: recovery reads it as it is
            elif entry.suffix == ".zip":
                data = _convert_zip(raw, convert, encrypt)
            elif raw.startswith(SEALED_FILE) == encrypt:
                data = raw  # already in the new form (restored while converting, say)
            else:
                data = convert(raw)
            write_atomic(target / entry.name, data)
    fsync_dir(target)


def _convert_zip(raw: bytes, convert: Callable[[bytes], bytes], encrypt: bool) -> bytes:
    """A backup: every store file in it (and its settings copy) converted, the manifest's
    checksums made anew, and
    the whole zip encrypted too when turning on. Not a backup: converted as one file."""
    from footholds.core.digest import sha256_hex
    from footholds.core.store.backup_check import MANIFEST
    from footholds.core.store.settings_copy import SETTINGS

    try:
        inner = raw if not raw.startswith(SEALED_FILE) or encrypt else convert(raw)
        if inner.startswith(SEALED_FILE):
            return raw  # already encrypted whole, and turning on
        source = zipfile.ZipFile(io.BytesIO(inner))
        manifest = json.loads(source.read(MANIFEST))
        files = manifest["files"]
        buffer = io.BytesIO()
        with source, zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as target:
            for name in source.namelist():
                if name == MANIFEST:
                    continue
                data = source.read(name)
                if name == "store/meta.json":
                    data = _meta(data, encrypt)
                elif data.startswith(SEALED_FILE) != encrypt:
                    data = convert(data)
                relative = name.removeprefix("store/")
                if relative in files:
                    files[relative] = sha256_hex(data)
                elif name == SETTINGS and "settings" in manifest:
                    # the settings copy: converted whole like a store file (own_lists.py)
                    manifest["settings"] = sha256_hex(data)
                target.writestr(name, data)
            target.writestr(MANIFEST, json.dumps(manifest, indent=1))
    except (zipfile.BadZipFile, ValueError, KeyError, TypeError, OSError):
        return raw if raw.startswith(SEALED_FILE) == encrypt else convert(raw)
    out = buffer.getvalue()
    return convert(out) if encrypt else out


def _meta(raw: bytes, encrypt: bool) -> bytes:
    try:
        schema = storage.meta_schema(json.loads(raw))
    except (ValueError, KeyError, TypeError):
        schema = storage.SCHEMA_VERSION  # a damaged one: the store sets it aside as usual
    if encrypt:
        return json.dumps({"schema": storage.LOCKED_SCHEMA + schema, "lock": 1}).encode()
    return json.dumps({"schema": schema}).encode()


def _needs_converting(place: Path, encrypt: bool) -> bool:
    try:
        with place.open("rb") as file:
            return file.read(len(SEALED_FILE)).startswith(SEALED_FILE) != encrypt
    except OSError:  # none there (or unreadable: the store reports it when it reads it)
        return False


def _convert_in_place(place: Path, keys: Keys, *, encrypt: bool) -> None:
    raw = place.read_bytes()
    try:
        data = keys.encode(raw) if encrypt else keys.decode(raw)
    except ValueError:
        return  # damaged: the store sets it aside when it reads it
    write_atomic(place, data)
