"""The thought log's words written and not saved yet, as its draft (ui/common/kept_words.py):
the window saves what is written when it closes or moves to another thought, but a kill or
a crash before that lost it all. Kept a little after each change (ui/shell/draft_watch.py)
and at a quit, and back on its pages at the next start, with the line saying they are not
saved yet.

A quit keeps the draft and then closes the window, which saves the thought too: a draft
whose words a saved thought already holds is that thought, and never comes back."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from footholds.core.store import ThoughtLog
from footholds.ui.common import kept_words

if TYPE_CHECKING:
    from footholds.ui.context import AppContext
    from footholds.ui.reflect.thought_log import ThoughtLogWindow

NAME = "thought-log"  # its name among the windows, and its draft's
_WORDS = ("thought", "belief_before", "answers", "traps", "balanced", "belief_after")


def held(window: ThoughtLogWindow) -> dict[str, Any] | None:
    """What the pages hold, written and not saved; None when nothing is (or no thought)."""
    if not window.dirty:
        return None
    entry = window.entry()
    if not entry.thought:
        return None
    draft: dict[str, Any] = {key: getattr(entry, key) for key in _WORDS}
    if window.current is not None:  # a saved thought being changed: its changes
        draft["id"] = window.current.id
    return draft


def bring_back(window: ThoughtLogWindow, ctx: AppContext) -> None:
    """The draft kept at the last close back on the pages, as written and not saved, unless
    a saved thought holds those words already."""
    kept = kept_words.take(ctx, NAME)
    entry = _entry(kept)
    if entry is None or _saved(ctx, entry):
        if kept:
            kept_words.settled(ctx)  # gone from the drafts file too
        return
    base = ctx.store.get(ThoughtLog, str(kept.get("id"))) if kept.get("id") else None
    if base is not None:
        entry.id, entry.at = base.id, base.at
    window.open_entry(entry)  # its pages, from the first
    window.current, window.dirty = base, True  # written, not saved: Save, or a close, saves
    window._say(kept_words.kept_line())  # over the buttons, where its messages are said

    def gone() -> None:  # emptied by the person, or saved and a new thought begun
        if window.said.text() in kept_words.kept_lines():
            window._say("")

    kept_words.until_gone(ctx, [window.pages.thought], gone)


def _entry(kept: dict[str, Any]) -> ThoughtLog | None:
    """The kept words as a thought, each of the right kind; None without a thought."""
    thought = kept.get("thought")
    if not isinstance(thought, str) or not thought.strip():
        return None
    answers = kept.get("answers")
    traps = kept.get("traps")
    return ThoughtLog(
        thought=thought,
        belief_before=_belief(kept.get("belief_before")),
        answers={
            str(k): v
            for k, v in (answers if isinstance(answers, dict) else {}).items()
            if isinstance(v, str) and v.strip()
        },
        traps=[t for t in (traps if isinstance(traps, list) else []) if isinstance(t, str)],
        balanced=str(kept.get("balanced") or ""),
        belief_after=_belief(kept.get("belief_after")),
    )


def _belief(value: object) -> int | None:
    ok = isinstance(value, int) and not isinstance(value, bool) and 0 <= value <= 100
    return value if ok and isinstance(value, int) else None


def _saved(ctx: AppContext, entry: ThoughtLog) -> bool:
    """Whether a saved thought holds these words already (the quit saved it after keeping)."""
    return any(
        all(getattr(saved, key) == getattr(entry, key) for key in _WORDS)
        for saved in ctx.store.all(ThoughtLog)
    )
