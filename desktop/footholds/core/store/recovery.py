"""What the store does with a file it cannot trust: set it aside (never delete it), bring back
everything it can, and say so in plain words: how many entries came back, how many could not.

Everything that can still be read counts: the entries of the damaged file itself (each whole
entry, before a cut or a damaged stretch and after it) merged with those of the newest good
backup made since the last restore (backups.since_last_restore). When the backups cannot be
read at that moment, the file is remembered and the backups are tried again the next time it
is opened.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from footholds.core.atomic import set_aside, write_atomic
from footholds.core.errors import Notice, explained, said
from footholds.core.paths import make_private_dir
from footholds.core.store import migrations, storage
from footholds.core.store.models import BY_KIND, Record
from footholds.core.store.recovery_words import describe as describe
from footholds.core.store.recovery_words import plain_detail, some_entries, whole_file
from footholds.core.store.storage import (
    AtomicCachedStorage,
    DamagedFile,
    Part,
    file_schema,
    parse_bytes,
    read_records,
)
from footholds.core.store.text_format import read_text, read_within, reads_whole
from footholds.core.store.validate import InvalidEntry, stored

log = logging.getLogger(__name__)
# a store file's newest good copy in the backups; None when none has one; OSError when the
# backups cannot be read right now (a folder without permission, an unplugged disk)
PartFinder = Callable[[str], bytes | None]
# hears a Notice: English as a string, and by code (core/errors) for the UI to translate
Tell = Callable[[str], None]
WAITING = "waiting-for-backups.json"  # in the set-aside folder: see Waiting
# every entry is written with its id first: where one begins, even in a broken stretch
_ENTRY_START = re.compile(r'\{\s*"id"\s*:\s*"([A-Za-z0-9_.:-]{1,64})"')
_AT = re.compile(r'"at"\s*:')
_OBJECT = re.compile(r'\{\s*"')
# a whole string (group 1 empty when the text ends inside it), or a bracket outside strings
_TOKEN = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*("?)|[{}\[\]]', re.DOTALL)
_WINDOW = 1024
# between whole entries a table holds only its frame (keys, brackets, commas); anything else
# with a field's name in it is what is left of an entry
_FRAME = re.compile(r'\s+|[{}\[\],:]|"[A-Za-z0-9_]*"|\d+')
_FIELD = re.compile(r'"[a-z][a-z_]*"\s*:')
# how the store ends every file it writes (storage.AtomicCachedStorage.write): its schema last
_ENDS_WHOLE = re.compile(
    r'"_meta"\s*:\s*\{\s*"1"\s*:\s*\{\s*"schema"\s*:\s*\d+\s*\}\s*\}\s*\}\s*\Z'
)


@dataclass(frozen=True)
class Salvage:
    """What could still be read of a damaged file."""

    records: dict[str, Record]
    unreadable: int  # entries seen in the file that could not be read
    lost_ids: frozenset[str]  # their ids, where those could be read
    # the file stops before its end (a torn write, a cut copy): how many entries followed
    # the cut cannot be known, so they are not counted in `unreadable` (nor the one it cut)
    cut_off: bool = False
    # cut before the table of entries closed: more entries may have followed the cut (a file
    # cut only in what follows its last entry has lost none)
    may_miss_end: bool = False
    # entries whose words had been saved in another text format (cp1252: core/store/text_format)
    other_text: int = 0
    # that was all that was wrong: the file reads whole and as the store writes it once read so
    only_text: bool = False


def salvage(raw: bytes, kind: str) -> Salvage:
    """Every entry of `kind` that can still be read from a damaged file's bytes.

    Each `{` is tried as the start of a JSON value; one that parses as a whole entry is kept
    and skipped over. So everything before a cut or a damaged stretch (the longest valid
    prefix) and every whole entry after it come back, whatever shape the file around them has.
    Words saved in the older Windows/Latin-1 format come back with their letters (read_text).
    """
    text, other = read_text(raw)  # a byte no format reads fails its entry's checks
    model = BY_KIND[kind]
    decoder = json.JSONDecoder()
    records: dict[str, Record] = {}
    other_ids: set[str] = set()  # read in the older format
    lost: set[str] = set()
    unreadable = 0
    spans: list[tuple[int, int]] = []
    broken: list[tuple[int, int]] = []  # whole JSON with an id that is no entry: counted
    broken_until = 0  # where the last of them ends
    pos = _next_object(text, 0)
    while pos != -1:
        try:
            value, end = _decode_at(decoder, text, pos)
        except ValueError:
            pos = _next_object(text, pos + 1)
            continue
        except RecursionError:  # absurdly deep: every "{" inside would fail the same way
            following = _ENTRY_START.search(text, pos + 1)
            pos = following.start() if following else -1
            continue
        if not (isinstance(value, dict) and "id" in value):
            pos = _next_object(text, pos + 1)  # a table or the whole file: look inside it
            continue
        try:
            with stored():  # kept words, which may hold what new words are refused
                record = model.from_dict(value)
        except InvalidEntry:
            if pos >= broken_until:  # not a part of one already counted (a goal's step)
                unreadable += 1
                if isinstance(value["id"], str):
                    lost.add(value["id"])
                broken_until = end
            # Not an entry as it stands, but a damaged stretch can swallow the end of one
            # entry and the key of the next, leaving the next whole yet nested inside it:
            # look inside. What is inside is not counted again below (a goal's steps begin
            # with an id too, and are not entries of their own).
            broken.append((pos, end))
            pos = _next_object(text, pos + 1)
            continue
        records[record.id] = record
        if read_within(other, pos, end):
            other_ids.add(record.id)
        else:  # the same id again, in UTF-8: the entry kept is that one
            other_ids.discard(record.id)
        spans.append((pos, end))
        pos = _next_object(text, end)
    # entries begun but cut off or broken inside, in the stretches between those read: each
    # holds one "at" and begins with its id, and one of the two may be what was damaged
    counted = _blank(text, broken)
    # brackets left open in a file that still ends as the store ends every file were opened
    # by a damaged stretch inside it: its end is there, and nothing followed it
    cut_off = ends_early(text) and not _ENDS_WHOLE.search(text)
    edges = [0, *(edge for span in spans for edge in span), len(text)]
    gaps = list(zip(edges[::2], edges[1::2], strict=True))
    if cut_off:  # the last stretch runs into the cut: what was there is told as a whole
        gaps.pop()
    for gap_start, gap_end in gaps:
        gap = counted[gap_start:gap_end]
        begun = [m[1] for m in _ENTRY_START.finditer(gap)]
        seen = max(len(begun), len(_AT.findall(gap)))
        if not seen and _FIELD.search(gap) and _FRAME.sub("", gap):
            seen = 1  # the rest of an entry whose beginning (its id and time) was overwritten
        unreadable += seen
        lost.update(begun)
    last_end = spans[-1][1] if spans else 0
    may_miss_end = cut_off and not text[last_end:].lstrip().startswith("}")
    only_text = bool(other_ids) and not unreadable and not cut_off and reads_whole(text, kind)
    lost_ids = frozenset(lost - records.keys())
    return Salvage(records, unreadable, lost_ids, cut_off, may_miss_end, len(other_ids), only_text)


def ends_early(text: str) -> bool:
    """Whether JSON `text` stops before its end: inside a string, or with a bracket left
    open. A file damaged only in its middle closes what it opened."""
    depth = 0
    for token in _TOKEN.finditer(text):
        first = token[0][0]
        if first == '"':
            if not token[1]:
                return True  # the text ends inside this string
        elif first in "{[":
            depth += 1
        else:
            depth -= 1
    return depth > 0


def _blank(text: str, ranges: list[tuple[int, int]]) -> str:
    """`text` with `ranges` (possibly nested) blanked out, every other character in place."""
    if not ranges:
        return text
    pieces, at = [], 0
    for start, end in sorted(ranges):
        start = max(start, at)
        if end > start:
            pieces += [text[at:start], " " * (end - start)]
            at = end
    pieces.append(text[at:])
    return "".join(pieces)


def _next_object(text: str, start: int) -> int:
    """Where the next JSON object with a key may begin (`{` then a quote), or -1."""
    found = _OBJECT.search(text, start)
    return found.start() if found else -1


def _decode_at(decoder: json.JSONDecoder, text: str, pos: int) -> tuple[object, int]:
    """The JSON value at `pos` and where it ends. Read through a window that grows only while
    the value may go on past it: a failed attempt costs about the size of what it read, not
    of the whole file (a JSON error counts the lines before it)."""
    size = _WINDOW
    while True:
        try:
            value, end = decoder.raw_decode(text[pos : pos + size])
            return value, pos + end
        except json.JSONDecodeError as exc:
            cut = exc.pos > size // 2 or exc.msg.startswith("Unterminated string")
            if pos + size >= len(text) or not cut:
                raise
            size *= 4


class Waiting:
    """Store files whose recovery waits for the backups to be readable again, kept in a small
    file in the set-aside folder so that the next open looks in the backups again."""

    def __init__(self, path: Path, *, writable: bool) -> None:
        self.path, self.writable = path, writable
        # relative path -> the ids still wanted from a backup (None: any it has)
        self.files: dict[str, list[str] | None] = {}
        try:
            data = json.loads(path.read_bytes())
        except FileNotFoundError:
            return
        except (OSError, ValueError, RecursionError):
            log.warning("the list of files waiting for the backups could not be read")
            return
        for relative, only in data.items() if isinstance(data, dict) else ():
            if only is None or (isinstance(only, list) and all(isinstance(i, str) for i in only)):
                self.files[relative] = only

    def add(self, relative: str, only: Iterable[str] | None) -> None:
        before = self.files.get(relative, [])
        wanted = None if only is None or before is None else sorted({*before, *only})
        self.files[relative] = wanted
        self._save()

    def drop(self, relative: str) -> None:
        if self.files.pop(relative, False) is not False:
            self._save()

    def _save(self) -> None:
        if not self.writable:
            return
        try:
            make_private_dir(self.path.parent)
            write_atomic(self.path, json.dumps(self.files).encode())
        except OSError as exc:
            log.warning("could not note the files waiting for the backups: %s", exc.strerror)


def recover(
    damage: DamagedFile,
    kind: str,
    *,
    folder: Path,
    aside_dir: Path,
    find_in_backups: PartFinder | None,
    durable: bool,
    tell: Tell,
    writable: bool = True,
    waiting: Waiting | None = None,
) -> Part:
    """Move the damaged file aside and return a working part in its place, holding every entry
    that could be read from it and from the newest backup. A store opened for reading only
    leaves the file where it is and keeps the result in memory."""
    path = damage.path
    relative = path.relative_to(folder).as_posix()
    sound = damage.readable is not None  # a sound file with some unreadable entries
    cut_off = may_miss_end = only_text = False
    other_text = 0
    if sound:
        # only the unreadable entries come back from a backup, so nothing removed since does
        kept = {r.id: r for r in damage.readable or []}
        unreadable, lost = damage.unreadable, damage.lost_ids
    else:
        found = salvage(damage.raw, kind)
        kept, unreadable, lost = found.records, found.unreadable, found.lost_ids
        cut_off, may_miss_end = found.cut_off, found.may_miss_end
        other_text, only_text = found.other_text, found.only_text
    if sound:
        detail = damage.said
    elif only_text:  # nothing else was wrong with it
        detail = said("store.damage.other_text")
    else:
        detail = plain_detail(damage.said, damage.raw, cut_off)
    moved = set_aside(path, aside_dir, damage.reason) if writable else None
    backup: dict[str, Record] | None = None
    readable = True
    # a file read whole in the older format holds all it held: the backups have nothing to add
    if (not sound and not only_text) or lost:
        backup, readable = _from_backups(find_in_backups, relative, path, kind)
    records = dict(kept)
    came_back: set[str] = set()
    for record in (backup or {}).values():
        if record.id not in records and (not sound or record.id in lost):
            records[record.id] = record
            came_back.add(record.id)
    left_out = max(0, unreadable - len(lost & came_back))
    if not sound:  # one counted without its id (overwritten) may be one only the backup had
        unknown = max(0, unreadable - len(lost))
        left_out = max(0, left_out - min(unknown, len(came_back - lost)))
    data = _table(kind, records)
    if writable:
        try:
            AtomicCachedStorage(path, None, durable=durable, kind=kind).write(data)
        except OSError as exc:
            # say so now: the damaged file is already aside, so a later open finds none
            tell(
                Notice(
                    said(
                        "store.salvage_unwritten",
                        file=describe(relative),
                        detail=detail,
                        reason=exc.strerror,
                    ),
                    said("store.kept_damaged", path=moved),
                )
            )
            raise
        if not readable and waiting is not None and (not sound or lost - came_back):
            waiting.add(relative, None if not sound else lost - came_back)
    counts = (len(kept), len(came_back), left_out)
    if sound:
        message = some_entries(damage.unreadable, detail, relative, counts)
    else:
        message = whole_file(
            detail,
            relative,
            counts,
            had_backup=backup is not None or not readable,
            may_miss_end=may_miss_end,
            other_text=other_text,
        )
    if not readable:
        message.append(said("store.backups_waiting"))
    if moved:
        message.append(said("store.kept_as_was" if sound else "store.kept_damaged", path=moved))
    else:
        message.append(said("store.left_as_is"))
    tell(Notice(*message))
    return Part(path, kind, durable=durable, writable=writable, data=data)


def retry(
    part: Part,
    relative: str,
    only: list[str] | None,
    *,
    find_in_backups: PartFinder | None,
    durable: bool,
    writable: bool,
    tell: Tell,
) -> tuple[Part, bool]:
    """Look again in the backups for a file whose recovery could not read them: entries they
    hold that the file lacks (only those in `only`, when given) are added. Returns the part
    and whether the wait is over."""
    if find_in_backups is None:  # a store opened without its backups cannot look
        return part, False
    backup, readable = _from_backups(find_in_backups, relative, part.path, part.kind)
    if not readable:
        return part, False
    wanted = None if only is None else set(only)
    records = dict(part.records)
    added = 0
    for record in (backup or {}).values():
        if record.id not in records and (wanted is None or record.id in wanted):
            records[record.id] = record
            added += 1
    if not added:
        return part, True
    data = _table(part.kind, records)
    if writable:
        try:
            AtomicCachedStorage(part.path, None, durable=durable, kind=part.kind).write(data)
        except OSError as exc:
            log.warning("could not write what came back from the backups: %s", exc.strerror)
            return part, False
    tell(Notice(said("store.backups_again", added, file=describe(relative))))
    return Part(part.path, part.kind, durable=durable, writable=writable, data=data), True


def _from_backups(
    find: PartFinder | None, relative: str, path: Path, kind: str
) -> tuple[dict[str, Record] | None, bool]:
    """The newest backup's entries of one file (None when no backup has it), and whether the
    backups could be read at all."""
    if find is None:
        return None, True
    try:
        good = find(relative)
    except OSError as exc:
        log.warning("the backups could not be read: %s", exc.strerror)
        return None, False
    if good is None:
        return None, True
    try:
        data = parse_bytes(good, path, kind)
        docs = data.get(kind, {})
        own = file_schema(data) or storage.SCHEMA_VERSION
        if own < storage.SCHEMA_VERSION:  # a backup from before an upgrade
            docs = migrations.upgraded(kind, docs, own, storage.SCHEMA_VERSION)
    except (DamagedFile, migrations.MigrationFailed):
        return {}, True
    return read_records(BY_KIND[kind], docs)[0], True


def _table(kind: str, records: dict[str, Record]) -> dict[str, dict[str, object]]:
    ordered = sorted(records.values(), key=_at)
    return {kind: {str(n): r.to_dict() for n, r in enumerate(ordered, start=1)}}


def has_set_aside(aside_dir: Path, kind: str) -> bool:
    """Whether a damaged copy of the file of `kind` (a small one: the safety plan, the people)
    is kept in the set-aside folder. When nothing of it could be brought back, a window can
    then say it could not be read and where its copy is, rather than show it as never
    written. False when the folder is missing or cannot be read."""
    prefix = f"{kind}.json."  # set_aside names it "<file>.<reason>.<time>"
    try:
        return any(p.name.startswith(prefix) and p.is_file() for p in aside_dir.iterdir())
    except OSError:
        return False


def check_bytes(raw: bytes, path: Path, kind: str) -> int:
    """Validate a store file's bytes fully; returns its entry count or raises DamagedFile."""
    table = parse_bytes(raw, path, kind).get(kind, {})
    problems = read_records(BY_KIND[kind], table)[1]
    if problems:
        why = explained(problems[0])
        raise DamagedFile(path, "unreadable-entries", said("store.damage.entry", problem=why))
    return len(table)


def _at(record: Record) -> datetime:
    return record.at
