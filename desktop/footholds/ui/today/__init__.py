"""Today: the bare-minimum routine, micro-goals and the day's check-ins.

Other features use it only through the names below."""

from __future__ import annotations

from typing import TYPE_CHECKING

from footholds.ui.common.exports import Lazy

if TYPE_CHECKING:
    from footholds.ui.today.activity_section import (
        HowWasThatDialog,
        MoodRow,
    )
    from footholds.ui.today.routine_suggestions import RoutineSuggestions

# What other features may use; each is imported when first read (ui/common/exports.py).
if not TYPE_CHECKING:  # hidden from the type checker: a name not imported above is an error
    __getattr__ = Lazy(
        __name__,
        {
            "HowWasThatDialog": "activity_section",
            "MoodRow": "activity_section",
            "RoutineSuggestions": "routine_suggestions",
        },
    )
__all__ = ["HowWasThatDialog", "MoodRow", "RoutineSuggestions"]
