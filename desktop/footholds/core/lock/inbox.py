"""Entries written while locked: sealed to the lock's public key, one file per entry in
`lock-inbox/`, named by the entry's id. They join the store at the next unlock; joining twice
(a kill between saving and removing the sealed file) finds the entry saved and only removes.
A kind kept once a day (Record.ONE_PER: a morning's sleep) replaces the one already kept for
that day, as it would have unlocked: the answer given later wins."""

from __future__ import annotations

import json
import logging
import re
from datetime import date, datetime, time, timedelta
from pathlib import Path

from footholds.core.atomic import set_aside, write_atomic
from footholds.core.lock import INBOX, header_path
from footholds.core.lock.keys import Header, Keys, seal
from footholds.core.paths import make_private_dir
from footholds.core.store import BY_KIND, InvalidEntry, Record, Store

log = logging.getLogger(__name__)
_NAME = re.compile(r"[0-9a-f]{32}\.sealed")
NEAR = timedelta(days=7)  # how far from its day a once-a-day record's `at` is looked for


def put(data_dir: Path, record: Record) -> bool:
    """Seal one new entry into the inbox. False when it was there already (the same id)."""
    folder = data_dir / INBOX
    target = folder / f"{record.id}.sealed"
    if target.exists():
        return False
    header = Header.load(header_path(data_dir))
    plain = json.dumps({"kind": record.KIND, "doc": record.to_dict()}, ensure_ascii=False)
    make_private_dir(folder)
    write_atomic(target, seal(header.public, plain.encode("utf-8")))
    return True


def waiting(data_dir: Path) -> list[Path]:
    folder = data_dir / INBOX
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir() if _NAME.fullmatch(p.name))


def join(data_dir: Path, store: Store, keys: Keys) -> int:
    """Move every sealed entry into the (open, unlocked) store; how many were new. A sealed
    file that cannot be read is set aside, still sealed, never deleted."""
    opened: list[tuple[Path, type[Record], Record]] = []
    for path in waiting(data_dir):
        try:
            found = json.loads(keys.unseal(path.read_bytes()))
            model = BY_KIND[found["kind"]]
            record = model.from_dict(found["doc"]).clean()
        except (ValueError, KeyError, TypeError, InvalidEntry):
            moved = set_aside(path, store.aside_dir, "damaged")
            log.error("an entry written while locked could not be read; kept at %s", moved)
            continue
        opened.append((path, model, record))
    # oldest first (the files are named by random ids): of two answers for one morning, the
    # later one is joined last and stays
    opened.sort(key=lambda item: item[2].at)
    joined = 0
    for path, model, record in opened:
        month = record.month if record.PARTITIONED else None
        if store.record_in(model, record.id, month) is None:
            # raises StoreWriteError: the sealed file stays for next time
            if not _replace(store, model, record):
                store.add(record)
            joined += 1
        path.unlink()
    return joined


def _replace(store: Store, model: type[Record], record: Record) -> bool:
    """Save a once-a-day `record` over the one already kept for its day, keeping that one's id
    and time (as core/sleep.record does unlocked); False when it is not once a day or there is
    none. Joined again after a kill, it writes the same over it again."""
    if not model.ONE_PER:
        return False
    wanted = _key(record)
    day = datetime.combine(date.fromisoformat(vars(record)["day"]), time()).astimezone()
    same = [r for r in store.between(model, day - NEAR, day + NEAR) if _key(r) == wanted]
    if not same:
        return False
    record.id, record.at = same[-1].id, same[-1].at  # the latest, the one that is shown
    store.update(record)
    return True


def _key(record: Record) -> tuple[object, ...]:
    return tuple(getattr(record, name) for name in record.ONE_PER)
