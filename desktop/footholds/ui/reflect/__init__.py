"""The thought log, insights, the check-in summary and therapy sessions.

Other features use it only through the names below."""

from __future__ import annotations

from typing import TYPE_CHECKING

from footholds.ui.common.exports import Lazy

if TYPE_CHECKING:
    from footholds.ui.reflect.checkin_extras import CheckinLinks
    from footholds.ui.reflect.session_try_card import SessionTryCard
    from footholds.ui.reflect.session_undo import SessionUndo
    from footholds.ui.reflect.sessions_editor import SessionsEditor

# What other features may use; each is imported when first read (ui/common/exports.py).
if not TYPE_CHECKING:  # hidden from the type checker: a name not imported above is an error
    __getattr__ = Lazy(
        __name__,
        {
            "CheckinLinks": "checkin_extras",
            "SessionTryCard": "session_try_card",
            "SessionUndo": "session_undo",
            "SessionsEditor": "sessions_editor",
        },
    )
__all__ = ["CheckinLinks", "SessionTryCard", "SessionUndo", "SessionsEditor"]
