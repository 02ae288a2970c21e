"""Words typed and not saved when Footholds closes (the quick log's note, feelings and the
rest): kept in one private file beside the unsaved entries and given back at the next start,
so quitting, or logging out, never throws away what the person was writing.

A draft is not an entry: it never joins the store unless the person saves it. The file is
written crash-safely (0600) and in the store's form: encrypted while the lock is open, and
never written at all while it is closed, since the words would then lie on disk in the clear.
Words typed while it is closed (the quick log stays open) are sealed at that close to the
lock's public key instead, as entries saved then are (lock/inbox.py), one file for each close
in a folder beside it (seal_away); the next unlock moves them into the file (gather).

A window's older drafts wait beside its own under numbered names (slot): the newest is kept
under the window's name, the one before under name + EARLIER, then EARLIER.2, and so on.
"""

from __future__ import annotations

import json
import logging
import os
import re
import time
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from footholds.core.atomic import set_aside, write_atomic
from footholds.core.paths import make_private_dir
from footholds.core.safe_read import open_regular
from footholds.core.store import storage

if TYPE_CHECKING:
    from footholds.core.lock.keys import Keys

log = logging.getLogger(__name__)

NAME = "drafts.json"
FORMAT = "footholds-drafts"
LIMIT = 4 * 1024 * 1024  # far above any draft (a note is limited), far below a strain
# where a window's earlier draft waits when it could not join the words typed since (see
# joined): kept in the file under this name beside the window's own, until its field is free
EARLIER = ".earlier"
# records a standing Undo would have put back at Lock now (app/lock_undo.py): no window's
REMOVED_BEFORE_LOCK = "removed-before-lock"
_SEALED = re.compile(r"[0-9]{20}-[0-9a-f]{8}\.sealed")  # sealed_name: the time orders them


def keep(where: Path, drafts: dict[str, dict[str, Any]], *, locked: bool) -> bool:
    """Write `drafts` (by window name), or remove the file when there are none. False when
    they could not be kept: `locked` (the words would be written in the clear; the file is
    left as it is, so what it held at the start still comes back), or the disk refused.
    Never raises."""
    if locked:
        log.warning("drafts not kept: the lock is closed")
        return False
    try:
        if not drafts:
            where.unlink(missing_ok=True)
            return True
        _write(where, drafts)
        return True
    except OSError as exc:
        log.warning("drafts not kept: %s", exc.strerror)
        return False


def settle(where: Path, drafts: dict[str, dict[str, Any]], *, locked: bool) -> bool:
    """Write what the windows hold unsaved now (`drafts`) over the file kept at the last
    close, when there is one: words brought back and saved or cleared since are gone from
    it at once, so a crash never gives them back as "not saved yet", while words brought
    back and still unsaved stay. Nothing to do without a file (nothing can come back) or
    while `locked` (it cannot be read to be written again). Never raises."""
    if locked or not where.exists():
        return True
    return keep(where, drafts, locked=False)


def _plain(drafts: dict[str, dict[str, Any]]) -> bytes:
    """The drafts file's content before the lock seals it (or the lock's key, sealed away)."""
    return json.dumps({"format": FORMAT, "drafts": drafts}, ensure_ascii=False).encode()


def _write(where: Path, drafts: dict[str, dict[str, Any]]) -> None:
    """Write `drafts` to `where`, crash-safe and private, sealed while the lock is open."""
    make_private_dir(where.parent)
    write_atomic(where, storage.encode(_plain(drafts)))


def _drafts_in(data: Any) -> dict[str, dict[str, Any]] | None:
    """The drafts a read file holds, by window name; None when it is not a drafts file."""
    drafts = data.get("drafts") if isinstance(data, dict) else None
    if not isinstance(drafts, dict) or data.get("format") != FORMAT:
        return None
    return {k: v for k, v in drafts.items() if isinstance(k, str) and isinstance(v, dict)}


def take(where: Path) -> dict[str, dict[str, Any]]:
    """The drafts kept at the last close, by window name. The file stays until the next close
    writes what the windows hold then (or nothing), so a crash, or a close while locked, still
    finds them next time. Empty when there are none, or they cannot be read now (sealed while
    the lock is closed: left for a start with it open)."""
    try:
        with open_regular(where, LIMIT) as file:  # no larger than any draft, a regular file
            data = json.loads(storage.decode(file.read(), where))
    except (FileNotFoundError, NotADirectoryError):
        return {}
    except storage.StoreLocked:
        return {}
    except OSError as exc:
        log.warning("drafts could not be read: %s", exc.strerror)
        return {}
    except (ValueError, storage.DamagedFile):  # Refused (too large, not a file) is one too
        return _damaged(where)
    drafts = _drafts_in(data)
    return _damaged(where) if drafts is None else drafts


def _damaged(where: Path) -> dict[str, dict[str, Any]]:
    """Set a file that cannot be read aside beside it (never deleted) and give nothing."""
    try:
        moved = set_aside(where, where.parent, "damaged")
        log.error("a drafts file could not be read; it was kept at %s", moved)
    except OSError as exc:
        log.warning("a damaged drafts file stays where it is: %s", exc.strerror)
    return {}


def joined(
    earlier: Mapping[str, Any], now: Mapping[str, Any], texts: Mapping[str, int], most: int
) -> dict[str, Any] | None:
    """The draft Lock now put away (`earlier`) and what was typed since (`now`) as one, or
    None when they cannot be one without leaving something out. Each text in `texts` (a
    field's name and its limit): the earlier words first, a blank line between, once when
    both are the same; a list: what both picked, `most` at most; any other value: the one
    that is set, or both the same."""
    out: dict[str, Any] = {}
    for key in (*earlier, *(k for k in now if k not in earlier)):
        before, after = earlier.get(key), now.get(key)
        if key in texts:
            first, then = str(before or ""), str(after or "")
            if not first.strip() or first.strip() == then.strip():
                out[key] = then
            elif not then.strip():
                out[key] = first
            else:
                out[key] = f"{first.rstrip()}\n\n{then.lstrip()}"
            if len(out[key]) > texts[key]:
                return None
        elif isinstance(before, list) and isinstance(after, list):
            out[key] = before + [item for item in after if item not in before]
            if len(out[key]) > most:
                return None
        elif before in (None, "", []) or before == after:
            out[key] = after
        elif after in (None, "", []):
            out[key] = before
        else:  # two different choices of one kind (an energy level): neither is dropped
            return None
    return out


# -- several drafts of one window ----------------------------------------------------------
def slot(name: str, n: int) -> str:
    """Where the `n`th earlier draft of window `name` waits (1: the one just before)."""
    return f"{name}{EARLIER}" if n == 1 else f"{name}{EARLIER}.{n}"


def pop_all(drafts: dict[str, dict[str, Any]], name: str) -> list[dict[str, Any]]:
    """Window `name`'s draft and those waiting for it, newest first, taken out of `drafts`.
    Bringing each back in this order puts the earliest words first (quick_log.bring_back)."""
    found = [(0, name)] if name in drafts else []
    head = f"{name}{EARLIER}"
    for key in drafts:
        rest = key[len(head) :] if key.startswith(head) else None
        if rest == "":
            found.append((1, key))
        elif rest and rest[0] == "." and rest[1:].isascii() and rest[1:].isdigit():
            found.append((int(rest[1:]), key))
    return [drafts.pop(key) for _n, key in sorted(found)]


def wait(drafts: dict[str, dict[str, Any]], name: str, draft: dict[str, Any]) -> None:
    """An earlier draft of window `name` that cannot join its words now waits, after any
    waiting already: none is written over."""
    n = 1
    while slot(name, n) in drafts:
        n += 1
    drafts[slot(name, n)] = draft


def push(drafts: dict[str, dict[str, Any]], name: str, draft: dict[str, Any]) -> None:
    """A later draft of window `name`: it takes the window's place, the earlier ones wait."""
    earlier = pop_all(drafts, name)
    drafts[name] = draft
    for n, older in enumerate(earlier, 1):
        drafts[slot(name, n)] = older


# -- words typed while the lock is closed -----------------------------------------------------
def sealed_name() -> str:
    """A file name for one close's sealed drafts: never one already there, in time order."""
    return f"{time.time_ns():020d}-{os.urandom(4).hex()}.sealed"


def seal_away(folder: Path, name: str, drafts: dict[str, dict[str, Any]], public: bytes) -> bool:
    """Keep `drafts`, typed while the lock is closed, sealed to the lock's `public` key in
    `folder`/`name`: only an unlock can read them, and nothing from before is touched (it
    cannot be read now to join them). One name for each run: a second close writes over its
    own. False when the disk refused; never raises."""
    from footholds.core.lock.keys import seal

    try:
        make_private_dir(folder)
        write_atomic(folder / name, seal(public, _plain(drafts)))
        return True
    except OSError as exc:
        log.warning("drafts typed while locked not kept: %s", exc.strerror)
        return False


def let_go_sealed(folder: Path, name: str) -> bool:
    """The drafts sealed in `folder`/`name` (seal_away) are no longer held: saved or emptied
    since, they must not come back after the unlock. False when the disk refused; never
    raises."""
    try:
        (folder / name).unlink(missing_ok=True)
        return True
    except OSError as exc:
        log.warning("drafts sealed before stay: %s", exc.strerror)
        return False


def gather(where: Path, folder: Path, keys: Keys | None) -> dict[str, dict[str, Any]]:
    """`take`, with the drafts sealed at closes while locked (seal_away) after the file's,
    each the later draft of its window (push). With the lock open they move into the file
    and their sealed files go; when the file cannot be written they stay sealed, for the
    next time, and only the file's drafts are given."""
    kept = take(where)
    if keys is None:
        return kept
    try:
        both, _sealed = _move(where, kept, folder, keys, strict=False)
    except OSError as exc:
        log.warning("drafts not kept: %s", exc.strerror)
        return kept
    return both


def move_sealed(where: Path, folder: Path, keys: Keys) -> dict[str, dict[str, Any]]:
    """Move every draft sealed while locked into the file `where` (after its own, as gather
    does) before the lock's keys go: only those keys open them. What they held, by window
    name ({} when none wait). Raises OSError, every one still sealed, when one cannot be
    read or the file cannot be written."""
    kept = take(where)
    return _move(where, kept, folder, keys, strict=True)[1]


def _move(
    where: Path, kept: dict[str, dict[str, Any]], folder: Path, keys: Keys, *, strict: bool
) -> tuple[dict[str, dict[str, Any]], dict[str, dict[str, Any]]]:
    """The file's drafts `kept` with the sealed ones after them, written to `where`, and the
    sealed ones alone; their sealed files go once written. Raises OSError (nothing moved)."""
    opened = _unseal_all(folder, keys, strict=strict)
    if not opened:
        return kept, {}
    both, alone = dict(kept), dict[str, dict[str, Any]]()
    for _path, sealed in opened:
        for name in {key.split(EARLIER)[0] for key in sealed}:
            for draft in reversed(pop_all(sealed, name)):  # its oldest first, the newest on top
                push(both, name, draft)
                push(alone, name, draft)
    _write(where, both)
    for path, _sealed in opened:
        try:
            path.unlink()
        except OSError as exc:  # read again next time: the same words join as one
            log.warning("a sealed drafts file stays: %s", exc.strerror)
    return both, alone


def _unseal_all(
    folder: Path, keys: Keys, *, strict: bool = False
) -> list[tuple[Path, dict[str, dict[str, Any]]]]:
    """Every sealed drafts file in `folder`, oldest first, opened. One that does not open is
    set aside beside it, still sealed, never deleted; one that cannot be read now stays (and
    with `strict` raises the OSError: none can be left behind)."""
    try:
        names = sorted(p.name for p in folder.iterdir() if _SEALED.fullmatch(p.name))
    except (FileNotFoundError, NotADirectoryError):  # none yet
        return []
    except OSError:  # not readable now
        if strict:
            raise
        return []
    opened = []
    for name in names:
        path = folder / name
        try:
            with open_regular(path, LIMIT) as file:
                data = json.loads(keys.unseal(file.read()))
        except (FileNotFoundError, NotADirectoryError):
            continue
        except OSError as exc:
            if strict:
                raise
            log.warning("sealed drafts could not be read: %s", exc.strerror)
            continue
        except ValueError:  # not one of ours, does not open, not JSON (or Refused)
            _damaged(path)
            continue
        found = _drafts_in(data)
        if found is None:
            _damaged(path)
            continue
        opened.append((path, found))
    return opened
