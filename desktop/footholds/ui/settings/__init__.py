"""The Settings window and its pages.

Other features use it only through the names below."""

from __future__ import annotations

from typing import TYPE_CHECKING

from footholds.ui.common.exports import Lazy

if TYPE_CHECKING:
    from footholds.ui.settings.import_dialog import ImportDialog, open_import

# What other features may use; each is imported when first read (ui/common/exports.py).
if not TYPE_CHECKING:  # hidden from the type checker: a name not imported above is an error
    __getattr__ = Lazy(__name__, {"ImportDialog": "import_dialog", "open_import": "import_dialog"})
__all__ = ["ImportDialog", "open_import"]
