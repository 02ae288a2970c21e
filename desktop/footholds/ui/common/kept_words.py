"""Words typed in a window's boxes and not added or saved yet, kept when Footholds closes (the
tray's Quit, a logout's SIGTERM, `footholds quit`): a window gives them as its draft
(`draft()`, app/quitting.py keeps them with core/drafts.py, sealed while locked), takes them
back when it is built again, and puts each back in its box with a line saying they are not
saved yet. Nothing joins the person's records unless they add or save it.

The boxes are named by a key of the window's choosing; only words typed (the box's modified
flag) and not blank are kept, so a box filled from the store is never kept as a draft.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLineEdit

from footholds.core import drafts

if TYPE_CHECKING:
    from footholds.ui.context import AppContext


def kept_line() -> str:
    """The line shown beside words given back, as the journal's editor and Reach out say."""
    return QCoreApplication.translate(
        "kept_words",
        "These are the words you were writing when Footholds closed. They are not saved yet.",
    )


def typed(boxes: Mapping[str, QLineEdit]) -> dict[str, str]:
    """The words typed in each box and still there, by key ({} when none)."""
    return {
        key: box.text()
        for key, box in boxes.items()
        if not box.isReadOnly() and box.isModified() and box.text().strip()
    }


def take(ctx: AppContext, name: str) -> dict[str, Any]:
    """Window `name`'s drafts kept at the last close, as one and taken out of the waiting
    ones: of several (one sealed at a quit while locked), the newest for each key."""
    out: dict[str, Any] = {}
    for draft in drafts.pop_all(ctx.windows.drafts, name):  # newest first
        for key, value in draft.items():
            out.setdefault(key, value)
    return out


def put_back(boxes: Mapping[str, QLineEdit], kept: Mapping[str, Any]) -> bool:
    """Kept words back in their boxes, each as typed (so kept again at the next close), when
    the box is empty; True when any came back."""
    back = False
    for key, box in boxes.items():
        words = kept.get(key)
        if isinstance(words, str) and words.strip() and not box.text().strip():
            box.setText(words)
            box.setModified(True)
            box.setCursorPosition(len(words))  # typing goes on after them
            back = True
    return back


def forget(boxes: Mapping[str, QLineEdit]) -> None:
    """Empty the boxes, once their words are kept elsewhere (Lock now sealed them)."""
    for box in boxes.values():
        box.clear()
        box.setModified(False)
