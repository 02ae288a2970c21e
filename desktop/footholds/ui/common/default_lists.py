"""The starting feelings, small wins and parts of me, in the person's language.

The lists ship in English in core/settings.py. While a list is still exactly as shipped, it
takes the words of the language Footholds speaks; once the person has changed it, it is
theirs and is left alone.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication

from footholds.core.settings import DEFAULT_FEELINGS, DEFAULT_PARTS, DEFAULT_WINS, Settings

log = logging.getLogger(__name__)
SHIPPED = {
    "lists.feelings": DEFAULT_FEELINGS,
    "lists.wins": DEFAULT_WINS,
    "lists.parts": DEFAULT_PARTS,
}


def word(text: str) -> str:
    """One starting word in the current language, e.g. the win a reminder's Done logs."""
    return QCoreApplication.translate("lists", text)


def localize(settings: Settings) -> bool:
    """Give lists still as shipped the current language's words; True when any changed."""
    changed = False
    for name, english in SHIPPED.items():
        if settings[name] != english:
            continue
        local = [word(text) for text in english]
        if local != english:
            settings.set(name, local)
            changed = True
    if changed:
        try:
            settings.save()
        except OSError as exc:
            log.warning("settings not saved: %s", exc.strerror)
    return changed
