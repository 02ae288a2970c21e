"""The quick log's kept words: what its form holds unsaved, kept when Footholds closes or Lock
now puts it away (core/drafts.py), and brought back into the form as it was, joined with any
words typed since. The window (quick_log.py) keeps one form for the app's life."""

from __future__ import annotations

import logging
from typing import Any

from footholds.core import drafts
from footholds.core.store import LogEntry
from footholds.core.store.validate import LIST_LIMIT, NOTE_LIMIT
from footholds.ui.journal.log_form import LogForm

log = logging.getLogger(__name__)
# the words a draft joins with those typed since, each within what its field keeps
TEXTS = dict.fromkeys(("note", "trigger", "tried", "helped"), NOTE_LIMIT)
NAME = "quick-log"  # its name among the windows, and its drafts'
EARLIER = drafts.slot(NAME, 1)
Kept = dict[str, dict[str, Any]]  # the windows' drafts, by window (ui/shell/windows.py)


def held(form: LogForm) -> dict[str, Any] | None:
    """What the form holds, unsaved, to keep when Footholds closes (core/drafts.py)."""
    return None if form.is_blank() else form.values()


def bring_back_waiting(form: LogForm, kept: Kept) -> None:
    """Bring back every draft kept for the quick log, newest first (see bring_back)."""
    for draft in drafts.pop_all(kept, NAME):
        bring_back(form, kept, draft)


def bring_back(form: LogForm, kept: Kept, draft: dict[str, Any] | None) -> None:
    """Fill the form with what it held when Footholds last closed (or Lock now put away),
    as it was. Words typed since (while locked) stay, after it, in the same fields
    (drafts.joined); when the two would not fit together the earlier draft waits, kept
    in the drafts file after any waiting already, and comes back once the form is free
    (the window's `present`). Given several, newest first, the earliest words end up first."""
    if not draft:
        return
    now = held(form)
    if now is not None:
        both = drafts.joined(draft, now, TEXTS, LIST_LIMIT)
        if both is None:
            drafts.wait(kept, NAME, draft)
            return
        draft = both
    try:
        form.load(LogEntry(**draft, source="quick-log"))
    except (TypeError, ValueError) as exc:  # from another version, say: left out
        log.warning("the quick log's draft could not be brought back: %s", exc)
        if now is not None:  # the words typed since stay as they were
            form.load(LogEntry(**now, source="quick-log"))
    form.to_the_end()  # to go on writing after the words, as within a session
