"""What the store does with a file it cannot trust: set it aside (never delete it), bring back
what it can from the newest good backup, and say so in plain words."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from footholds.core.atomic import set_aside, write_atomic
from footholds.core.store.models import BY_KIND, Record
from footholds.core.store.storage import (
    AtomicCachedStorage,
    DamagedFile,
    Part,
    parse_bytes,
    read_records,
)

PartFinder = Callable[[str], bytes | None]
_KEPT = "The damaged file was kept, not deleted"


def recover(
    damage: DamagedFile,
    kind: str,
    *,
    folder: Path,
    aside_dir: Path,
    find_in_backups: PartFinder | None,
    durable: bool,
    tell: Callable[[str], None],
) -> Part:
    """Move the damaged file aside and return a working part in its place."""
    path = damage.path
    relative = path.relative_to(folder).as_posix()
    moved = set_aside(path, aside_dir, damage.reason)
    what = describe(relative)
    try:
        if damage.readable is not None:
            return _salvage(damage, kind, relative, moved, find_in_backups, durable, tell)
        good = find_in_backups(relative) if find_in_backups else None
        if good is None:
            tell(
                f"Part of your {what} could not be read ({damage.detail}) and no backup "
                f"had a copy. {_KEPT}: {moved}"
            )
            return Part(path, kind, durable=durable)
        write_atomic(path, good, durable=durable)
    except OSError as exc:
        # say so now: the damaged file is already aside, so a later open finds none
        tell(
            f"Part of your {what} could not be read ({damage.detail}), and what could be "
            f"saved of it could not be written back ({exc.strerror}). {_KEPT}: {moved}"
        )
        raise
    part = Part(path, kind, durable=durable)
    tell(
        f"Part of your {what} could not be read ({damage.detail}). "
        f"It was restored from your latest backup ({_entries(len(part.records))}). "
        f"{_KEPT}: {moved}"
    )
    return part


def _salvage(
    damage: DamagedFile,
    kind: str,
    relative: str,
    moved: Path,
    find_in_backups: PartFinder | None,
    durable: bool,
    tell: Callable[[str], None],
) -> Part:
    """Keep the entries of a sound file that read well; bring back from the newest backup only
    the unreadable ones (by id), so nothing the person removed since comes back."""
    records = {r.id: r for r in damage.readable or []}
    restored = 0
    good = find_in_backups(relative) if find_in_backups and damage.lost_ids else None
    if good is not None:
        try:
            table = parse_bytes(good, damage.path, kind).get(kind, {})
        except DamagedFile:
            table = {}
        for record in read_records(BY_KIND[kind], table)[0].values():
            if record.id in damage.lost_ids and record.id not in records:
                records[record.id] = record
                restored += 1
    ordered = sorted(records.values(), key=_at)
    data = {kind: {str(n): r.to_dict() for n, r in enumerate(ordered, start=1)}}
    AtomicCachedStorage(damage.path, None, durable=durable).write(data)
    left_out = damage.unreadable - restored
    message = (
        f"{_entries(damage.unreadable)} in your {describe(relative)} could not be read "
        f"({damage.detail.rstrip('.')}). "
    )
    if restored:
        message += f"{_entries(restored)} came back from your latest backup. "
    if left_out:
        message += f"{_entries(left_out)} could not be brought back. "
    safe = len(records) - restored
    if safe:
        message += (
            "The other entry is safe. " if safe == 1 else f"The other {safe} entries are safe. "
        )
    message += f"The file as it was is kept, not deleted: {moved}"
    tell(message)
    return Part(damage.path, kind, durable=durable)


def check_bytes(raw: bytes, path: Path, kind: str) -> int:
    """Validate a store file's bytes fully; returns its entry count or raises DamagedFile."""
    table = parse_bytes(raw, path, kind).get(kind, {})
    problems = read_records(BY_KIND[kind], table)[1]
    if problems:
        detail = f"an entry could not be read: {problems[0].rstrip('.')}"
        raise DamagedFile(path, "unreadable-entries", detail)
    return len(table)


def describe(relative: str) -> str:
    """A store file's name in words: "log for 2026-03", "proof list"."""
    names = {
        "log": "log",
        "reminder": "reminder history",
        "proof": "proof list",
        "routine_check": "routine history",
        "thought": "thought log",
        "person": "people",
        "goal": "micro-goals",
        "safety_plan": "safety plan",
        "affirmation": "affirmations",
    }
    kind, _, rest = relative.partition("/")
    kind = kind.removesuffix(".json")
    label = names.get(kind, kind.replace("_", " "))
    return f"{label} for {rest.removesuffix('.json')}" if rest else label


def _entries(n: int) -> str:
    return f"{n} entry" if n == 1 else f"{n} entries"


def _at(record: Record) -> datetime:
    return record.at
