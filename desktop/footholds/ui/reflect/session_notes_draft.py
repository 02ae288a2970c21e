"""After your session's words typed and not kept yet, as its draft (ui/common/kept_words.py):
the window keeps them with their session as it closes, but a kill or a crash before that lost
them. Kept a little after each change (ui/shell/draft_watch.py) and at a quit; back in the
boxes when the window next opens, on their own session, with the line saying they are not
saved yet.

A quit keeps the draft and then closes the window, which keeps the words with the session: a
draft whose words the session holds already is those words, and never comes back. One whose
session cannot be found now (removed, not back yet after an Undo) waits, kept at each close,
rather than land on another session's boxes."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING, Any

from footholds.core import drafts
from footholds.core import sessions as ss
from footholds.core.store import Session
from footholds.ui.common import kept_words

if TYPE_CHECKING:
    from footholds.ui.context import AppContext
    from footholds.ui.reflect.session_notes import SessionNotesWindow

NAME = "session-notes"  # its name among the windows, and its draft's


def held(window: SessionNotesWindow) -> dict[str, Any] | None:
    """What the boxes hold, typed and not kept with the session; None when nothing is."""
    occurrence = window.occurrence
    if occurrence is None or not window.typed():
        return None
    remember, to_try = window.remember.toPlainText(), window.to_try.toPlainText()
    if not (remember.strip() or to_try.strip()):
        return None
    return {
        "session": occurrence.session.id,
        "key": occurrence.key.isoformat(),
        "remember": remember,
        "try": to_try,
    }


def bring_back(window: SessionNotesWindow, ctx: AppContext, kept: dict[str, Any]) -> None:
    """The draft kept at the last close back in the boxes, on its session, as typed and not
    kept; unless that session holds those words already, or cannot take them now."""
    if not kept:
        return
    occurrence = _occurrence(ctx, kept, window.clock)
    shown = window.occurrence
    elsewhere = window.named and shown is not None and _key(shown) != _key(occurrence)
    # nowhere to show them now (their session gone, the window opened by an offer for
    # another, words typed there already): they wait, kept at each close
    if occurrence is None or elsewhere or window.typed():
        drafts.wait(ctx.windows.drafts, NAME, kept)
        return
    words = {key: str(kept.get(key) or "") for key in ("remember", "try")}
    note = occurrence.note()
    if all(words[key].strip() == note.get(key, "") for key in words):
        kept_words.settled(ctx)  # kept with the session as the window closed: gone now
        return
    window.load(occurrence)
    window.named = True  # it stays on that session while its words are there
    for box, key in ((window.remember, "remember"), (window.to_try, "try")):
        box.setPlainText(words[key])
        kept_words.to_the_end(box)
        box.document().setModified(True)  # typed, not kept: the close keeps them
    kept_words.shown(ctx, window.kept, [window.remember, window.to_try])


def _key(occurrence: ss.Occurrence | None) -> tuple[str, str]:
    if occurrence is None:
        return ("", "")
    return (occurrence.session.id, occurrence.key.isoformat())


def _occurrence(
    ctx: AppContext, kept: dict[str, Any], clock: Callable[[], datetime]
) -> ss.Occurrence | None:
    """The session occurrence the draft was typed for, when it is still in the list."""
    record = ctx.store.get(Session, str(kept.get("session") or ""))
    if record is None:
        return None
    now = clock()
    key = str(kept.get("key") or "")
    found = [
        o for o in ss.occurrences([record], now - ss.MOVE_REACH, now) if o.key.isoformat() == key
    ]
    return found[0] if found else None
