"""The words a reminder card or notification shows around the idea itself."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def _tr(text: str) -> str:
    return QCoreApplication.translate("ReminderCard", text)


def title_for(kind: str) -> str:
    """The card's heading for a kind of reminder, readable at a glance."""
    titles = {
        "movement": _tr("A little movement"),
        "rest": _tr("A short rest"),
        "winddown": _tr("Time to wind down"),
        "nourishment": _tr("Something to eat or drink"),
        "reach_out": _tr("Someone you could reach out to"),
    }
    return titles.get(kind, _tr("A small pause"))


def fallback_text(kind: str) -> str:
    """Words for when every idea of this kind is hidden: still gentle, still useful."""
    if kind == "movement":
        return _tr("Stretch in whatever way feels good right now.")
    return _tr("Take a slow breath and look away from the screen for a moment.")


def duration_text(seconds: int) -> str:
    """'About 30 seconds', 'About a minute', 'About 3 minutes'."""
    if seconds < 50:
        return _tr("About %1 seconds").replace("%1", str(seconds))
    minutes = max(1, round(seconds / 60))
    if minutes == 1:
        return _tr("About a minute")
    return _tr("About %1 minutes").replace("%1", str(minutes))
