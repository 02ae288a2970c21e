"""Changes to an entry kept when Footholds closed, whose entry is gone by the time the
journal opens again (removed elsewhere, an older backup restored, or the editor was already
offering "Keep as a new entry" at the quit).

Kept by the gone entry's id, no row ever opened them: the words lay in the drafts file, and
were kept again at every close, never in view. The journal finds them (`strays`) and says so
in a strip (ui/common/kept_bar.py) whose one button opens them as a new entry (`as_new`); they go
once the person saves them or chooses to discard them. The editor shows what it can read of
them (`readable`); words it cannot show at all (another version's) are never offered, to be
lost in a blank editor: they stay in the drafts file, and the strip says so.
"""

from __future__ import annotations

import dataclasses
import logging
from datetime import datetime
from typing import TYPE_CHECKING, Any, NamedTuple

from footholds.core.store import InvalidEntry, LogEntry
from footholds.core.store.validate import CONTROL, NOTE_LIMIT, WORD_LIMIT, moment

if TYPE_CHECKING:
    from footholds.core.store import Store

log = logging.getLogger(__name__)
# the entry's words, without what the store keeps about it (its earlier words' digests)
BESIDE = ("id", "at", "source", "earlier")
WORDS = tuple(f.name for f in dataclasses.fields(LogEntry) if f.name not in BESIDE)
# what each text box of the entry editor holds (ui/journal/journal_fields.py)
TEXTS = {**dict.fromkeys(("note", "trigger", "tried", "helped"), NOTE_LIMIT), "part": WORD_LIMIT}


class Readable(NamedTuple):
    """What the entry editor can show of kept changes (`readable`)."""

    words: dict[str, Any]  # each field that reads, as LogEntry keyword arguments
    cut: tuple[str, ...]  # the texts longer than their box holds, cut to it
    left_out: bool  # something kept could not be shown: another version's field, say


def readable(words: dict[str, Any]) -> Readable:
    """Kept changes, field by field, as the entry editor can show them: one field that does
    not read (from another version, say) no longer hides all the others. A text longer
    than its box holds is cut to it, as a paste is, control characters left out as a paste
    leaves them; names this version does not know are left out."""
    shown: dict[str, Any] = {}
    cut: list[str] = []
    left_out = any(k not in WORDS and k not in ("id", "at", "source") for k in words)
    for name in WORDS:
        if name not in words:
            continue
        value = words[name]
        limit = TEXTS.get(name)
        if limit is not None and isinstance(value, str):
            value = CONTROL.sub("", value.replace("\r\n", "\n").replace("\r", "\n"))
            if len(value) > limit:
                value = value[:limit]
                cut.append(name)
        try:
            entry = LogEntry(**{name: value})
            try:
                entry.clean()
            except InvalidEntry as exc:
                if exc.code != "entry.nothing":  # emptied: a change all the same
                    raise
        except (InvalidEntry, TypeError, ValueError) as exc:
            log.warning("a kept change to an entry's %s could not be read: %s", name, exc)
            left_out = True
            continue
        shown[name] = getattr(entry, name)
    return Readable(shown, tuple(cut), left_out)


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
    """Whether the editor can show anything of kept changes for a gone entry, as the entry
    itself counts it (a change that only emptied a field of it, or left only spaces, leaves
    nothing: offered, Save said there was nothing to keep)."""
    return not LogEntry(**readable(words).words).is_empty()


def _unread(words: dict[str, Any]) -> bool:
    """Whether kept changes hold something the editor cannot show (another version's)."""
    return readable(words).left_out


class Strays(NamedTuple):
    """The entry ids in kept changes whose entry is no longer saved (`strays`)."""

    offered: list[str]  # words the editor can show: offered as new entries, oldest first
    empty: list[str]  # nothing in them: let go
    unread: list[str]  # only words the editor cannot show: kept in the drafts file, said so


def strays(store: Store, kept: dict[str, dict[str, Any]]) -> Strays:
    """Of the entry ids in `kept`, those no longer saved, by what can be done with their
    words. Nothing while locked: the entries cannot be read."""
    if store.is_sealed or not kept:
        return Strays([], [], [])
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
    rest = [entry_id for entry_id in gone if entry_id not in offered]
    unread = [entry_id for entry_id in rest if _unread(kept[entry_id])]
    return Strays(offered, [e for e in rest if e not in unread], unread)
