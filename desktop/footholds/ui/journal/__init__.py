"""The quick log and the journal.

Other features use it only through the names below."""

from __future__ import annotations

from typing import TYPE_CHECKING

from footholds.ui.common.exports import Lazy

if TYPE_CHECKING:
    from footholds.ui.journal.medication_words import (
        item as medication_item,
    )
    from footholds.ui.journal.medication_words import (
        title as medication_title,
    )

# What other features may use; each is imported when first read (ui/common/exports.py).
if not TYPE_CHECKING:  # hidden from the type checker: a name not imported above is an error
    __getattr__ = Lazy(
        __name__,
        {"medication_item": "medication_words:item", "medication_title": "medication_words:title"},
    )
__all__ = ["medication_item", "medication_title"]
