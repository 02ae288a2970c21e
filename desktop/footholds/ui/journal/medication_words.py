"""The words a medication reminder shows: the part of the day only, never a medicine's name.

The medicines list is never read here, so no name can reach a card or a notification.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication

from footholds.core import medication


def words() -> dict[str, str]:
    """core.medication.ENGLISH, translated (the same keys)."""
    return {
        "morning": QCoreApplication.translate("MedicationReminder", "Your morning reminder"),
        "afternoon": QCoreApplication.translate("MedicationReminder", "Your afternoon reminder"),
        "evening": QCoreApplication.translate("MedicationReminder", "Your evening reminder"),
        "night": QCoreApplication.translate("MedicationReminder", "Your night-time reminder"),
    }


def title() -> str:
    """The card's heading for a medication reminder."""
    return QCoreApplication.translate("MedicationReminder", "A reminder you set")


def item(now: datetime) -> dict[str, str]:
    """The card's item for a medication reminder due around `now`."""
    part = medication.part_of_day(now.time())
    return {"id": f"medication-{part}", "text": medication.reminder_text(now, words())}
