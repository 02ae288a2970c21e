"""What to talk about, carried when its session is removed in My sessions: to the next session
(after that one's own words), or, with none to come, to the check-in summary's draft, where
the next session added takes it (core/session_talk.py carry_talk). Never lost without being
asked; Undo puts every part back as it was.

Kept apart from sessions_editor.py: the editor asks, removes and offers Undo; this knows the
words, the check-in's draft and the sentences that say where the words went.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget
from shiboken6 import isValid

from footholds.core import session_talk as st
from footholds.core import sessions as ss
from footholds.core.store import Session
from footholds.core.store.validate import NOTE_LIMIT
from footholds.ui.common import kept_words
from footholds.ui.common.calm import long_date
from footholds.ui.common.operations import update_record
from footholds.ui.reflect import session_notes_left, session_rows

if TYPE_CHECKING:
    from footholds.ui.context import AppContext

# the check-in window's name, under which its draft is kept: the one spelling, read by the
# check-in too (checkin_talk.py), kept here as My sessions in Settings loads this module
# without the check-in's own (the summary's whole making)
CHECKIN = "check-in"


def where(ctx: AppContext, removed: Session, today: date) -> st.Carried | None:
    """Where the removed session's words to talk about would go (None: it keeps none)."""
    others = [s for s in ctx.store.all(Session) if s.id != removed.id]
    return st.carry_talk(removed, others, today, limit=NOTE_LIMIT)


def _day(carried: st.Carried, today: date) -> str:
    assert carried.day is not None
    return long_date(carried.day, capital=False, relative=False, today=today)


def question(carried: st.Carried, today: date) -> str:
    """The sentence the question to remove adds: where the words go."""
    if carried.before is None:
        return QCoreApplication.translate(
            "SessionCarry",
            "What you want to talk about stays in the check-in summary, "
            "ready for your next session.",
        )
    if carried.added_to_own:
        return QCoreApplication.translate(
            "SessionCarry",
            "What you want to talk about is added to what you wrote for your session on {date}.",
        ).format(date=_day(carried, today))
    return QCoreApplication.translate(
        "SessionCarry", "What you want to talk about moves to your session on {date}."
    ).format(date=_day(carried, today))


def said(carried: st.Carried, today: date) -> str:
    """The sentence the Undo strip adds: where the words went."""
    if carried.before is None:
        return QCoreApplication.translate(
            "SessionCarry", "What you want to talk about is in the check-in summary."
        )
    return QCoreApplication.translate(
        "SessionCarry", "What you want to talk about is now with your session on {date}."
    ).format(date=_day(carried, today))


def removed(
    session: Session, carried: st.Carried | None, today: date, *, notes: bool = False
) -> Callable[[], str]:
    """The Undo strip's words for `session` removed, with where its words to talk about
    went, and (`notes`) that notes left after it are in the journal (session_notes_left.py):
    made in the language shown, and again when it changes."""

    def said_now() -> str:
        words = [
            QCoreApplication.translate("SessionsEditor", "Removed the session: {session}.").format(
                session=session_rows.describe(session, today)
            )
        ]
        if carried is not None:
            words.append(said(carried, today))
        if notes:
            words.append(session_notes_left.said())
        return " ".join(words)

    return said_now


@dataclass
class Moved:
    """What carrying changed, for Undo: the session the words went to (as it was), or the
    check-in's draft as it was before them (None: there was none)."""

    carried: st.Carried
    draft_before: dict[str, Any] | None = None


def carry(ctx: AppContext, carried: st.Carried, parent: QWidget) -> Moved | None:
    """Put the words where `carried` says, before their session goes (the check-in's draft
    is written once it has: checkin_follows). None when the session after could not take
    them: then the removal must not happen."""
    if carried.after is not None:
        if update_record(ctx, carried.after, parent) is None:
            return None
        return Moved(carried)
    drafts = ctx.windows.drafts
    before = drafts.get(CHECKIN)
    held = str((before or {}).get("talk", ""))
    drafts[CHECKIN] = {**(before or {}), "talk": st.joined_talk(held, carried.words)}
    if before is None:  # not words written in the check-in: no "not saved yet" line there
        drafts[CHECKIN]["carried"] = True
    # on disk, or in an open check-in's box, once the session is gone (checkin_follows)
    return Moved(carried, dict(before) if before is not None else None)


def put_back(ctx: AppContext, moved: Moved, parent: QWidget) -> None:
    """Undo what `carry` did, after the session itself is back: the session after as it
    was (its words only: an offer noted since stays noted), or the check-in's draft."""
    carried = moved.carried
    if carried.before is not None and carried.after is not None:
        current = ctx.store.get(Session, carried.before.id)
        if current is not None:
            update_record(ctx, _taken_out(current, carried), parent)
        return
    drafts = ctx.windows.drafts
    window = _checkin(ctx)
    if window is not None:
        window.note.take_back(carried.words)
    if moved.draft_before is None:
        drafts.pop(CHECKIN, None)
    else:
        drafts[CHECKIN] = dict(moved.draft_before)


def _taken_out(current: Session, carried: st.Carried) -> Session:
    """The session the words went to, without them again: as it was, when its words are
    still as they were carried; else only the carried words taken off their end (what the
    person wrote there since stays). Anything else about it (an offer noted) stays."""
    assert carried.before is not None and carried.after is not None
    day, before = carried.day, carried.before
    now = st.talk_of(current, day)
    if now == st.talk_of(carried.after, day):
        talk = st.talk_of(before, day)
    elif now.strip() == carried.words.strip():
        talk = ""
    elif now.rstrip().endswith("\n\n" + carried.words.strip()):
        talk = now.rstrip()[: -len(carried.words.strip())].rstrip()
    else:
        return current
    if current.every and day is not None and day.isoformat() != current.day:
        note = next((n for n in current.notes if n.get("day") == str(day)), {})
        had = any(n.get("day") == str(day) for n in before.notes)
        if (
            not talk
            and not had
            and not any(v.strip() for k, v in note.items() if k not in ("day", "talk"))
        ):
            return replace(current, notes=[n for n in current.notes if n.get("day") != str(day)])
        return ss.with_note(current, day, talk=talk)
    return replace(current, talk_about=talk)


def _checkin(ctx: AppContext) -> Any:
    window = ctx.windows.open_windows().get(CHECKIN)
    if window is None or not isValid(window) or not hasattr(window, "sessions_changed"):
        return None
    return window


def checkin_follows(ctx: AppContext) -> None:
    """Once a session is removed or put back here: a check-in window built now reads the
    sessions again (what to talk about follows, and a draft waiting for it goes into its
    box), and the drafts file follows at once (crash-safe, as the check-in's own draft)."""
    window = _checkin(ctx)
    if window is not None:
        window.sessions_changed()
    kept_words.keep_now(ctx)
