"""The quick log's kept words: what its form holds unsaved, kept when Footholds closes or Lock
now puts it away (core/drafts.py), and brought back into the form as it was, joined with any
words typed since. The window (quick_log.py) keeps one form for the app's life.

A draft comes back field by field, as the journal's kept changes do (journal_kept.readable):
one field this version cannot read (another version's, a wrong kind of value) no longer hides
the others. What cannot be shown stays kept in the drafts file, under UNREAD, never let go
without the person: the next close writes it again with the rest (app/quitting.py)."""

from __future__ import annotations

import json
import logging
from typing import Any

from footholds.core import drafts
from footholds.core.store import LogEntry
from footholds.core.store.validate import LIST_LIMIT, NOTE_LIMIT
from footholds.ui.journal.journal_kept import readable
from footholds.ui.journal.log_form import LogForm

log = logging.getLogger(__name__)
# the words a draft joins with those typed since, each within what its field keeps
TEXTS = dict.fromkeys(("note", "trigger", "tried", "helped"), NOTE_LIMIT)
NAME = "quick-log"  # its name among the windows, and its drafts'
EARLIER = drafts.slot(NAME, 1)
# where what a draft holds that this version cannot show stays kept (not a window's name, so
# never taken by the window, nor written over by what it holds)
UNREAD = f"{NAME}.unread"
NOT_WORDS = ("id", "at", "source")
Kept = dict[str, dict[str, Any]]  # the windows' drafts, by window (ui/shell/windows.py)


def held(form: LogForm) -> dict[str, Any] | None:
    """What the form holds, unsaved, to keep when Footholds closes (core/drafts.py)."""
    return None if form.is_blank() else form.values()


def bring_back_waiting(form: LogForm, kept: Kept) -> bool:
    """Bring back every draft kept for the quick log, newest first (see bring_back); True
    when something of them could not be shown (kept, UNREAD)."""
    left = False
    for draft in drafts.pop_all(kept, NAME):
        left = bring_back(form, kept, draft) or left
    return left


def keep_unread(kept: Kept, words: dict[str, Any]) -> None:
    """Fields of a draft this version cannot show, kept beside any kept already: none is
    written over."""
    if UNREAD in kept:
        drafts.wait(kept, UNREAD, words)
    else:
        kept[UNREAD] = words


def bring_back(form: LogForm, kept: Kept, draft: dict[str, Any] | None) -> bool:
    """Fill the form with what it held when Footholds last closed (or Lock now put away),
    as it was, field by field: what this version cannot show of it stays kept (UNREAD),
    and True says so. Words typed since (while locked) stay, after it, in the same fields
    (drafts.joined); when the two would not fit together the earlier draft waits, kept
    in the drafts file after any waiting already, and comes back once the form is free
    (the window's `present`). Given several, newest first, the earliest words end up first."""
    if not draft:
        return False
    shown = readable({k: v for k, v in draft.items() if k not in NOT_WORDS})
    unread = {k: v for k, v in draft.items() if k not in shown.words and k not in NOT_WORDS}
    if unread:
        log.warning("kept words of the quick log could not be shown: %s", ", ".join(unread))
        keep_unread(kept, unread)
    words: dict[str, Any] = shown.words
    if not words:
        return bool(unread)
    now = held(form)
    if now is not None:
        both = drafts.joined(words, now, TEXTS, LIST_LIMIT)
        if both is None:
            drafts.wait(kept, NAME, words)
            return bool(unread)
        words = both
    try:
        form.load(LogEntry(**words, source="quick-log"))
    except (TypeError, ValueError, AttributeError) as exc:  # not foreseen: kept all the same
        log.warning("the quick log's draft could not be brought back: %s", exc)
        keep_unread(kept, shown.words)
        if now is not None:  # the words typed since stay as they were
            form.load(LogEntry(**now, source="quick-log"))
        return True
    form.to_the_end()  # to go on writing after the words, as within a session
    return bool(unread)


def unread(kept: Kept) -> list[dict[str, Any]]:
    """What is kept of the quick log's drafts that this version cannot show (UNREAD, then
    any kept beside it); nothing taken out."""
    beside = f"{UNREAD}{drafts.EARLIER}"
    names = [name for name in kept if name == UNREAD or name.startswith(beside)]
    return [kept[name] for name in names]


def let_unread_go(kept: Kept) -> None:
    """Let go of every kept word of the quick log this version cannot show: only ever on
    the person's word (quick_log_kept.py asks first)."""
    drafts.pop_all(kept, UNREAD)


def unread_text(found: list[dict[str, Any]]) -> str:
    """Kept words this version cannot show, as plain text to read or copy: each field on
    its own line under its name, as the other version called it; a blank line between
    two drafts."""
    parts = []
    for words in found:
        lines = []
        for name, value in words.items():
            if isinstance(value, str):
                shown = value
            elif isinstance(value, list):
                shown = ", ".join(v if isinstance(v, str) else json.dumps(v) for v in value)
            else:
                shown = json.dumps(value, ensure_ascii=False)
            lines.append(f"{name}: {shown}")
        parts.append("\n".join(lines))
    return "\n\n".join(parts)
