"""Routine suggestions: the person's own ideas first, then the built-in ones they kept.

Shared by the routine picker in Today and the list in Settings, so hiding a suggestion in one
place hides it everywhere. Hiding is a ContentMark, never a deletion of shipped content, so it
can always be undone.
"""

from __future__ import annotations

from dataclasses import dataclass

from footholds.core import content
from footholds.core.store import ContentMark, OwnItem, Store

PACK = "routine"


@dataclass(frozen=True)
class Suggestion:
    """One suggestion as shown: its words, and where it came from."""

    text: str
    own: OwnItem | None = None  # the person's own idea
    item_id: str = ""  # a built-in one's id in the routine pack


def hidden_marks(store: Store) -> list[ContentMark]:
    """The marks that hide built-in suggestions (removing one brings its suggestion back)."""
    return [m for m in store.all(ContentMark) if m.pack == PACK and m.mark == "hidden"]


def routine_suggestions(store: Store, language: str) -> list[Suggestion]:
    """Own suggestions (oldest first), then built-in ones not hidden; no words twice."""
    hidden = {m.item_id for m in hidden_marks(store)}
    shown = [Suggestion(o.text, own=o) for o in store.all(OwnItem) if o.pack == PACK]
    for item in content.load_pack(PACK, language):
        if item["id"] not in hidden:
            shown.append(Suggestion(str(item["text"]), item_id=str(item["id"])))
    seen: set[str] = set()
    unique = []
    for suggestion in shown:
        if suggestion.text not in seen:
            seen.add(suggestion.text)
            unique.append(suggestion)
    return unique
