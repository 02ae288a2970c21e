"""The Affirmation's own words typed in "Write my own" and not saved yet, as its draft
(ui/common/kept_words.py): kept a little after typing (ui/shell/draft_watch.py) and when
Footholds closes, and back in the field at the next start, with the line saying they are
not saved yet. Nothing joins the affirmations unless the person saves it."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from footholds.ui.common import kept_words

if TYPE_CHECKING:
    from footholds.ui.context import AppContext
    from footholds.ui.proofs.affirmation import AffirmationWindow

NAME = "affirmation"  # its name among the windows, and its draft's


def held(window: AffirmationWindow) -> dict[str, Any] | None:
    """The words typed in the field and not saved; None when there are none."""
    return kept_words.typed({"own": window.own_text}) or None


def bring_back(window: AffirmationWindow, ctx: AppContext) -> None:
    """Words kept at the last close back in the field, open, said not saved yet."""
    if kept_words.put_back({"own": window.own_text}, kept_words.take(ctx, NAME)):
        window.own_area.show()
        kept_words.shown(ctx, window.own_kept, [window.own_text])
