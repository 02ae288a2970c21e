"""The words a reminder card or notification shows around the idea itself."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def title_for(kind: str) -> str:
    """The card's heading for a kind of reminder, readable at a glance."""
    titles = {
        "movement": QCoreApplication.translate("ReminderCard", "A little movement"),
        "rest": QCoreApplication.translate("ReminderCard", "A short rest"),
        "winddown": QCoreApplication.translate("ReminderCard", "Time to wind down"),
        "nourishment": QCoreApplication.translate("ReminderCard", "Something to eat or drink"),
        "reach_out": QCoreApplication.translate("ReminderCard", "Someone you could reach out to"),
    }
    return titles.get(kind, QCoreApplication.translate("ReminderCard", "A small pause"))


def fallback_text(kind: str) -> str:
    """Words for when every idea of this kind is hidden: still gentle, still useful."""
    if kind == "movement":
        return QCoreApplication.translate(
            "ReminderCard", "Stretch in whatever way feels good right now."
        )
    return QCoreApplication.translate(
        "ReminderCard", "Take a slow breath and look away from the screen for a moment."
    )


def duration_text(seconds: int) -> str:
    """'About 30 seconds', 'About a minute', 'About 3 minutes'."""
    if seconds < 50:
        return QCoreApplication.translate("ReminderCard", "About %1 seconds").replace(
            "%1", str(seconds)
        )
    minutes = max(1, round(seconds / 60))
    if minutes == 1:
        return QCoreApplication.translate("ReminderCard", "About a minute")
    return QCoreApplication.translate("ReminderCard", "About %1 minutes").replace(
        "%1", str(minutes)
    )
