"""Every window that gives its words as a draft keeps them a little after typing stops, read
from disk with no quit (ui/shell/draft_watch.py): in each, words typed in the first box
on show whose words it keeps."""

from __future__ import annotations

import importlib

import pytest
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWidget
from pytestqt.qtbot import QtBot

from footholds.app.build import AppContext
from footholds.app.quitting import bring_back_drafts
from footholds.core import drafts
from footholds.ui.shell.draft_watch import KEEP_AFTER_MS
from footholds.ui.shell.registry import BY_NAME


def gives_draft(name: str) -> bool:
    module, _, cls = BY_NAME[name].target.partition(":")
    return callable(getattr(getattr(importlib.import_module(module), cls), "draft", None))


# each for its reason: their drafts hold words no box shown at first takes
ELSEWHERE = {
    "affirmation": "its field opens with Write my own: test_draft_watch.py",
    "journal": "an entry's editor, a dialog of its own: test_draft_watch.py",
    "proof-list": "its editor opens with Add: test_draft_watch.py",
    "safety-plan": "only a part over its limit is a draft; the rest is saved as typing pauses",
    "session-notes": "its boxes show once a session is over: test_session_notes_draft.py",
    "settings": "words typed and not added on its pages' lists, not in a box shown at first",
}
DRAFTING = [
    pytest.param(name, marks=[pytest.mark.skip(reason=ELSEWHERE[name])])
    if name in ELSEWHERE
    else name
    for name in sorted(BY_NAME)
    if gives_draft(name)
]


def boxes(window: QWidget) -> list[QLineEdit | QPlainTextEdit]:
    found: list[QLineEdit | QPlainTextEdit] = [
        *window.findChildren(QLineEdit),
        *window.findChildren(QPlainTextEdit),
    ]
    return [b for b in found if b.isVisible() and b.isEnabled() and not b.isReadOnly()]


@pytest.mark.parametrize("name", DRAFTING)
def test_words_typed_in_any_drafting_window_reach_the_disk(
    ctx: AppContext, qtbot: QtBot, name: str
) -> None:
    bring_back_drafts(ctx)
    window = ctx.windows.show(name)
    qtbot.waitUntil(window.isVisible)
    more = getattr(window, "show_more", None)
    if callable(more):  # Tough day's "How does it feel right now?" is under More
        more(True)
    draft = getattr(window, "draft", None)
    assert callable(draft)
    for box in boxes(window):
        box.setFocus()
        qtbot.waitUntil(box.hasFocus)
        qtbot.keyClicks(box, "kept soon")
        if draft():
            break
    else:
        raise AssertionError(f"no box shown at first in {name} gives a draft")
    qtbot.waitUntil(
        lambda: name in drafts.take(ctx.paths.drafts_file), timeout=KEEP_AFTER_MS + 3000
    )
    assert "kept soon" in str(drafts.take(ctx.paths.drafts_file)[name])
