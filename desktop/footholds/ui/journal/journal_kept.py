"""Changes to an entry kept when Footholds closed, whose entry is gone by the time the
journal opens again (removed elsewhere, an older backup restored, or the editor was already
offering "Keep as a new entry" at the quit).

Kept by the gone entry's id, no row ever opened them: the words lay in the drafts file, and
were kept again at every close, never in view. The journal finds them (`strays`) and says so
in a strip (ui/common/kept_bar.py) whose one button opens them as a new entry (`as_new`); they go
once the person saves them or chooses to discard them.
"""

from __future__ import annotations

import dataclasses
from datetime import datetime
from typing import TYPE_CHECKING, Any

from footholds.core.store import InvalidEntry, LogEntry
from footholds.core.store.validate import moment

if TYPE_CHECKING:
    from footholds.core.store import Store

WORDS = tuple(f.name for f in dataclasses.fields(LogEntry) if f.name not in ("id", "at", "source"))


def with_time(entry: LogEntry, words: dict[str, Any]) -> dict[str, Any]:
    """An entry's kept changes with its time beside them: should the entry be gone by the
    next start, they open as a new entry at its time, and it is found in its own month."""
    return {**words, "at": entry.at.isoformat()}


def as_new(entry_id: str, words: dict[str, Any]) -> LogEntry:
    """The entry the kept `words` are shown over: blank, with the gone entry's id and time
    (now, for words kept before the time was); the words come in as changes to it, so
    leaving without saving asks first (EntryEditor.reject)."""
    try:
        at = moment(words.get("at"))
    except InvalidEntry:
        at = datetime.now().astimezone()
    return LogEntry(id=entry_id, at=at)


def _has_words(words: dict[str, Any]) -> bool:
    """Whether kept changes hold anything to keep (a change that only emptied a field of an
    entry now gone leaves nothing); words from another version that cannot be read count."""
    try:
        return not LogEntry(**{k: words[k] for k in WORDS if k in words}).clean().is_empty()
    except InvalidEntry as exc:
        return exc.code != "entry.nothing"
    except (TypeError, ValueError):
        return True


def strays(store: Store, kept: dict[str, dict[str, Any]]) -> tuple[list[str], list[str]]:
    """Of the entry ids in `kept`, those no longer saved whose words hold something (to
    offer as new entries, oldest first) and those holding nothing (to let go). Nothing while
    locked: the entries cannot be read."""
    if store.is_sealed or not kept:
        return [], []
    found: set[str] = set()
    timed = []
    for entry_id, words in kept.items():
        try:
            timed.append(LogEntry(id=entry_id, at=moment(words.get("at"))))
        except InvalidEntry:  # kept before the time was: looked for month by month
            if store.get(LogEntry, entry_id) is not None:
                found.add(entry_id)
    found |= store.saved_ids(timed)
    gone = [entry_id for entry_id in kept if entry_id not in found]
    gone.sort(key=lambda entry_id: as_new(entry_id, kept[entry_id]).at)
    offered = [entry_id for entry_id in gone if _has_words(kept[entry_id])]
    return offered, [entry_id for entry_id in gone if entry_id not in offered]
