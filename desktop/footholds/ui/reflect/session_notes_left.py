"""Notes typed after a session and not kept with it yet, waiting as After your session's draft
(a kill or a crash before the window closed, the window opened for another session), when that
session is removed in My sessions: no session is left to keep them with, and nothing would
show the draft again. They go into the journal, as After your session keeps words whose
session is gone (session_notes_kept.py): the question to remove says so first, and the Undo
strip says where they are. Undo takes the entries out again and puts the draft back as it
waited, so the session and its words come back together.

Words typed in After your session while it is open on that session are the window's to keep:
it says the session is gone and keeps them in the journal at its close (session_notes.py). The
question says that too (`in_window`), and a draft holding those same words is left to the
window, so they are never in the journal twice.

Kept apart from sessions_editor.py, which asks, removes and offers Undo; as session_carry.py
is for the words to talk about.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from footholds.core import drafts
from footholds.core.store import LogEntry, Session
from footholds.ui.common import kept_words
from footholds.ui.common.operations import remove_record, save_record
from footholds.ui.reflect.session_notes_draft import NAME, held
from footholds.ui.reflect.session_notes_kept import notes_entries

if TYPE_CHECKING:
    from footholds.ui.context import AppContext


@dataclass
class NotesKept:
    """What keeping the notes changed, for Undo: each draft as it waited, under its name in
    the drafts, and the journal entries that hold them now."""

    waited: dict[str, dict[str, Any]]
    entries: list[LogEntry] = field(default_factory=list)


def waiting(ctx: AppContext, session: Session) -> dict[str, dict[str, Any]]:
    """The drafts of After your session waiting for `session` with words it does not hold
    already (those are its notes, removed with it as the question says), by their names."""
    found: dict[str, dict[str, Any]] = {}
    shown = in_window(ctx, session)
    names = [NAME, *(key for key in ctx.windows.drafts if key.startswith(NAME + drafts.EARLIER))]
    for name in names:
        draft = ctx.windows.drafts.get(name)
        if not isinstance(draft, dict) or draft.get("session") != session.id:
            continue
        note = next((n for n in session.notes if n.get("day") == draft.get("key")), {})
        words = {key: str(draft.get(key) or "").strip() for key in ("remember", "try")}
        if shown is not None and words == {key: shown[key] for key in words}:
            continue  # the open window holds them, and keeps them at its close
        if any(words[key] and words[key] != note.get(key, "") for key in words):
            found[name] = draft
    return found


def in_window(ctx: AppContext, session: Session) -> dict[str, str] | None:
    """The words After your session holds typed for `session` and not kept with it yet (it
    keeps them in the journal once the session is gone), stripped, with the day they are for
    ("key"); None when it holds none."""
    window = ctx.windows.open_windows().get(NAME)
    if window is None:
        return None
    from footholds.ui.reflect.session_notes import SessionNotesWindow  # loaded: it is open

    typed = held(window) if isinstance(window, SessionNotesWindow) else None
    if typed is None or typed.get("session") != session.id:
        return None
    note = next((n for n in session.notes if n.get("day") == typed.get("key")), {})
    words = {key: str(typed.get(key) or "").strip() for key in ("remember", "try")}
    if not any(words[key] and words[key] != note.get(key, "") for key in words):
        return None  # the session holds them already: its notes, removed with it
    return {**words, "key": str(typed.get("key") or "")}


def beside_window(session: Session, shown: dict[str, str] | None) -> Session:
    """`session` without the notes of the day After your session has open (`shown`): the
    window's words stand for them, so the question does not call them removed too."""
    if shown is None:
        return session
    notes = [
        {**n, "remember": "", "try": ""} if n.get("day") == shown["key"] else n
        for n in session.notes
    ]
    return replace(session, notes=notes)


def question(*, left: bool = True, open_words: bool = False) -> str:
    """The sentences the question to remove adds: for notes waiting as a draft (`left`), for
    those open in After your session (`open_words`)."""
    said = []
    if left:
        said.append(
            QCoreApplication.translate(
                "SessionNotesLeft",
                "The notes you wrote after it, not kept yet, go into your journal.",
            )
        )
    if open_words:
        said.append(
            QCoreApplication.translate(
                "SessionNotesLeft",
                "The notes open in After your session stay there; closing it keeps them in "
                "your journal.",
            )
        )
    return " ".join(said)


def said() -> str:
    """The sentence the Undo strip adds once they are there."""
    return QCoreApplication.translate(
        "SessionNotesLeft", "The notes you wrote after it are in your journal."
    )


def keep(
    ctx: AppContext, waited: dict[str, dict[str, Any]], now: datetime, parent: QWidget
) -> NotesKept | None:
    """Each waiting draft as journal entries dated now, then out of the drafts (the file
    follows at once). None, and nothing changed, when the journal could not take them: the
    drafts wait as before."""
    kept = NotesKept(waited)
    for draft in waited.values():
        try:
            day = date.fromisoformat(str(draft.get("key") or ""))
        except ValueError:
            day = now.date()
        for entry in notes_entries(
            day, str(draft.get("remember") or ""), str(draft.get("try") or ""), now
        ):
            saved = save_record(ctx, entry, parent)
            if saved is None:
                for done in kept.entries:
                    remove_record(ctx, done, parent)
                return None
            kept.entries.append(saved)
    for name in waited:
        ctx.windows.drafts.pop(name, None)
    kept_words.keep_now(ctx)
    return kept


def put_back(ctx: AppContext, kept: NotesKept, parent: QWidget) -> None:
    """Undo what `keep` did, once the session is back: its entries out of the journal
    (changed since, they stay: the words are the person's either way), each draft waiting
    again under its name (behind the window's, should another be there now)."""
    for entry in kept.entries:
        if ctx.store.get(LogEntry, entry.id) == entry:
            remove_record(ctx, entry, parent)
    for name, draft in kept.waited.items():
        if name in ctx.windows.drafts:
            drafts.wait(ctx.windows.drafts, NAME, dict(draft))
        else:
            ctx.windows.drafts[name] = dict(draft)
    kept_words.keep_now(ctx)
