"""Reach out built again in a new language (shell/language_follow.py), as it was: the page of
messages it showed, and the keyboard on the person's card or own message it was on, one an
Undo just put back among them. Built again, it came up with the keyboard at its first field."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from footholds.ui.people.reach_out import ReachOutWindow


def drops(window: ReachOutWindow) -> dict[str, QWidget]:
    """Each person's card and own message shown, by id: its Remove button."""
    cards: dict[str, QWidget] = {key: card.drop for key, card in window.people.cards.items()}
    return {**cards, **window.own_drops}


def carry_over(window: ReachOutWindow, old: ReachOutWindow) -> None:
    """`window`, built again for `old`, as `old` was."""
    window.offset = old.offset
    window.refresh()
    for key, drop in drops(old).items():
        if drop.hasFocus():
            # once shown: showing it lays its messages out anew
            QTimer.singleShot(0, window, partial(keyboard_to, window, key))


def keyboard_to(window: ReachOutWindow, key: str) -> None:
    drop = drops(window).get(key)
    if drop is not None:
        drop.setFocus(Qt.FocusReason.OtherFocusReason)
