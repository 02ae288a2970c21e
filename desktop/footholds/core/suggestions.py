"""Routine suggestions: the person's own ideas first, then the built-in ones they kept.

Shared by the routine picker in Today and the list in Settings, so hiding a suggestion in one
place hides it everywhere. Hiding is a ContentMark, never a deletion of shipped content, so it
can always be undone.

A built-in suggestion is known by its words in every shipped language, folded for case,
spacing and accents as the lists fold their starting words (list_words.fold, used by
own_lists): "lavarme la cara" typed in Settings, or picked for the three in Spanish, is
"Wash my face" in English, never a second suggestion beside it.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from footholds.core import content
from footholds.core.list_words import fold
from footholds.core.store import ContentMark, OwnItem, Store

PACK = "routine"


@dataclass(frozen=True)
class Suggestion:
    """One suggestion as shown: its words, and where it came from."""

    text: str
    own: OwnItem | None = None  # the person's own idea
    item_id: str = ""  # a built-in one's id in the routine pack


@cache
def _builtin_ids() -> dict[str, str]:
    """Every built-in suggestion's words in every shipped language, folded: its id."""
    found: dict[str, str] = {}
    for code in content.available_languages():
        for item in content.load_pack(PACK, code):
            found.setdefault(fold(str(item["text"])), str(item["id"]))
    return found


def builtin_of(text: str) -> str:
    """The id of the built-in suggestion `text` is in any shipped language, whatever its case,
    spacing or accents; "" when it is none."""
    return _builtin_ids().get(fold(text), "")


def which(text: str) -> str:
    """What `text` is as a suggestion, to tell two apart: a built-in's id, else its words
    folded ("Feed the cat" and "feed the  cat" are one)."""
    return builtin_of(text) or fold(text)


def words_of(text: str, language: str) -> str:
    """`text` as `language` shows it: a built-in suggestion's words in that language (one of
    the three picked in Spanish reads in English after a switch), anything else as it is."""
    item_id = builtin_of(text)
    if not item_id:
        return text
    for item in content.load_pack(PACK, language):
        if item["id"] == item_id:
            return str(item["text"])
    return text


def hidden_marks(store: Store) -> list[ContentMark]:
    """The marks that hide built-in suggestions (removing one brings its suggestion back)."""
    return [m for m in store.all(ContentMark) if m.pack == PACK and m.mark == "hidden"]


def own_as_builtin(store: Store, item_id: str) -> list[OwnItem]:
    """Own suggestions saved with the words of built-in `item_id` (before these were known, or
    from an older backup or export): they show as that built-in."""
    return [o for o in store.all(OwnItem) if o.pack == PACK and builtin_of(o.text) == item_id]


def routine_suggestions(store: Store, language: str) -> list[Suggestion]:
    """Own suggestions (oldest first), then built-in ones not hidden; none twice, in any
    language. An own one with a built-in's words is that built-in, shown in its place in
    `language`'s words, even if it was hidden: the person wrote it."""
    hidden = {m.item_id for m in hidden_marks(store)}
    shown: list[Suggestion] = []
    wanted: set[str] = set()
    for own in store.all(OwnItem):
        if own.pack != PACK:
            continue
        item_id = builtin_of(own.text)
        if item_id:
            wanted.add(item_id)
        else:
            shown.append(Suggestion(own.text, own=own))
    for item in content.load_pack(PACK, language):
        if item["id"] not in hidden or item["id"] in wanted:
            shown.append(Suggestion(str(item["text"]), item_id=str(item["id"])))
    seen: set[str] = set()
    unique = []
    for suggestion in shown:
        known = suggestion.item_id or fold(suggestion.text)
        if known not in seen:
            seen.add(known)
            unique.append(suggestion)
    return unique
