"""Entries written while locked: sealed to the lock's public key, one file per entry in
`lock-inbox/`, named by the entry's id. They join the store at the next unlock; joining twice
(a kill between saving and removing the sealed file) finds the entry saved and only removes."""

from __future__ import annotations

import json
import logging
import re
from pathlib import Path

from footholds.core.atomic import set_aside, write_atomic
from footholds.core.lock import INBOX, header_path
from footholds.core.lock.keys import Header, Keys, seal
from footholds.core.paths import make_private_dir
from footholds.core.store import BY_KIND, InvalidEntry, Record, Store

log = logging.getLogger(__name__)
_NAME = re.compile(r"[0-9a-f]{32}\.sealed")


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
    joined = 0
    for path in waiting(data_dir):
        try:
            found = json.loads(keys.unseal(path.read_bytes()))
            model = BY_KIND[found["kind"]]
            record = model.from_dict(found["doc"]).clean()
        except (ValueError, KeyError, TypeError, InvalidEntry):
            moved = set_aside(path, store.aside_dir, "damaged")
            log.error("an entry written while locked could not be read; kept at %s", moved)
            continue
        month = record.month if record.PARTITIONED else None
        if store.record_in(model, record.id, month) is None:
            store.add(record)  # raises StoreWriteError: the sealed file stays for next time
            joined += 1
        path.unlink()
    return joined
