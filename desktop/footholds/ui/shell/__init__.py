"""The tray, the no-tray launcher, the window registry, About and the first run.

Other features use it only through the names below."""

from __future__ import annotations

from typing import TYPE_CHECKING

from footholds.ui.common.exports import Lazy

if TYPE_CHECKING:
    from footholds.ui.shell.tray import Tray
    from footholds.ui.shell.welcome_back import welcome_back as welcome_back_line

# What other features may use; each is imported when first read (ui/common/exports.py).
if not TYPE_CHECKING:  # hidden from the type checker: a name not imported above is an error
    __getattr__ = Lazy(__name__, {"Tray": "tray", "welcome_back_line": "welcome_back:welcome_back"})
__all__ = ["Tray", "welcome_back_line"]
