"""Which words a reminder shows: one Picker per pack, fed by the person's hidden and own items.

No Qt: the reminder adapter asks `ItemChooser.pick(kind, ...)` and shows what it gets.
"""

from __future__ import annotations

import random
from collections import deque
from collections.abc import Iterable, Mapping
from typing import Any

from footholds.core.content import ANY, Item, Picker, load_pack
from footholds.core.reminders import Kind
from footholds.core.store import ContentMark, OwnItem, Store

PACKS: dict[Kind, str] = {
    Kind.MOVEMENT: "movements",
    Kind.REST: "rest",
    Kind.WINDDOWN: "winddown",
    Kind.NOURISHMENT: "nourishment",
    Kind.REACH_OUT: "reach_out",
}
# The small win a "Done" adds to today's log, in the words of the default wins list.
WINS: dict[Kind, str] = {
    Kind.MOVEMENT: "moved",
    Kind.REST: "rested",
    Kind.WINDDOWN: "rested",
    Kind.NOURISHMENT: "ate something",
    Kind.REACH_OUT: "reached out",
}
RECENT = 12  # how many shown ids each pack remembers, so the same idea does not come back soon
STORE_KINDS = (ContentMark.KIND, OwnItem.KIND)  # a change to these means rebuilding pickers


class ItemChooser:
    """Picks a fitting, not-hidden, not-recent item for each kind of reminder."""

    def __init__(self, store: Store, language: str = "en", rng: random.Random | None = None):
        self._store = store
        self._language = language
        self._rng = rng or random.Random()
        self._pickers: dict[str, Picker] = {}
        self._recent: dict[str, deque[str]] = {}

    def pick(
        self,
        kind: Kind,
        *,
        posture: str | None = None,
        effort: str | None = None,
        exclude: Iterable[str] = (),
    ) -> Item | None:
        """One item for `kind`; for movement, the closest fit when nothing fits exactly."""
        picker = self._picker(PACKS[kind])
        if kind is not Kind.MOVEMENT:
            return picker.pick(exclude=exclude)
        left_out = set(exclude)
        for wanted_posture, wanted_effort in ((posture, effort), (posture, ANY), (None, ANY)):
            item = picker.pick(posture=wanted_posture, effort=wanted_effort, exclude=left_out)
            if item is not None:
                return item
        return None

    def has_other(self, kind: Kind, shown_id: str) -> bool:
        """Whether an idea other than `shown_id` could come: "Another one" offered only then.
        Any posture or effort counts, as `pick` falls back to the closest fit."""
        return any(item["id"] != shown_id for item in self._picker(PACKS[kind]).candidates())

    def texts(self, kind: Kind) -> list[str]:
        """The words of every idea that could be shown for `kind`, in any posture or effort:
        the reminder card keeps room for the longest, so swapping one in moves nothing."""
        return [str(item["text"]) for item in self._picker(PACKS[kind]).candidates()]

    def set_language(self, language: str) -> None:
        """Use another language's pack from now on (ids stay the same across languages)."""
        if language != self._language:
            self._language = language
            self._pickers.clear()

    def forget_marks(self) -> None:
        """Hidden or own items changed in the store: rebuild pickers on next use."""
        self._pickers.clear()

    def recent_state(self) -> dict[str, list[str]]:
        """Recently shown ids per pack, JSON-ready."""
        return {pack: list(ids) for pack, ids in self._recent.items() if ids}

    def restore_recent(self, state: object) -> None:
        """Take back what recent_state() gave; anything unreadable is left out."""
        if not isinstance(state, Mapping):
            return
        for pack, ids in state.items():
            if pack in PACKS.values() and isinstance(ids, list):
                kept = [i for i in ids if isinstance(i, str)][-RECENT:]
                self._recent_for(pack).extend(kept)

    def _recent_for(self, pack: str) -> deque[str]:
        return self._recent.setdefault(pack, deque(maxlen=RECENT))

    def _picker(self, pack: str) -> Picker:
        if pack not in self._pickers:
            hidden = {
                mark.item_id
                for mark in self._store.all(ContentMark)
                if mark.pack == pack and mark.mark == "hidden"
            }
            own = [_own_item(item) for item in self._store.all(OwnItem) if item.pack == pack]
            self._pickers[pack] = Picker(
                load_pack(pack, self._language),
                own=own,
                hidden=hidden,
                recent=self._recent_for(pack),
                avoid=RECENT,
                rng=self._rng,
            )
        return self._pickers[pack]


def _own_item(item: OwnItem) -> dict[str, Any]:
    out: dict[str, Any] = {"id": item.id, "text": item.text}
    if item.posture:
        out["posture"] = item.posture  # without one, it fits every posture
    return out
