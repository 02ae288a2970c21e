"""The proof list and the affirmation.

Other features use it only through the names below."""

from __future__ import annotations

from typing import TYPE_CHECKING

from footholds.ui.common.exports import Lazy

if TYPE_CHECKING:
    from footholds.ui.proofs.affirmation import (
        PACK as AFFIRMATIONS,
    )
    from footholds.ui.proofs.affirmation import (
        Shown,
        first_affirmation,
    )

# What other features may use; each is imported when first read (ui/common/exports.py).
if not TYPE_CHECKING:  # hidden from the type checker: a name not imported above is an error
    __getattr__ = Lazy(
        __name__,
        {
            "AFFIRMATIONS": "affirmation:PACK",
            "Shown": "affirmation",
            "first_affirmation": "affirmation",
        },
    )
__all__ = ["AFFIRMATIONS", "Shown", "first_affirmation"]
