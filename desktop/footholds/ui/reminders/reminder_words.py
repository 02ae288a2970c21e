"""The words a reminder card or notification shows around the idea itself."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from footholds.ui.common.i18n import counted


def title_for(kind: str) -> str:
    """The card's heading for a kind of reminder, readable at a glance."""
    titles = {
        "movement": QCoreApplication.translate("ReminderCard", "A little movement"),
        "rest": QCoreApplication.translate("ReminderCard", "A short rest"),
        "winddown": QCoreApplication.translate("ReminderCard", "Time to wind down"),
        "nourishment": QCoreApplication.translate("ReminderCard", "Something to eat or drink"),
        "reach_out": QCoreApplication.translate("ReminderCard", "Someone you could reach out to"),
        "activity": QCoreApplication.translate("ReminderCard", "Something you planned"),
    }
    if kind == "medication":
        from footholds.ui.journal import medication_title

        return medication_title()
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
        return counted("ReminderCard", "About %n seconds", seconds)
    minutes = max(1, round(seconds / 60))
    if minutes == 1:
        return QCoreApplication.translate("ReminderCard", "About a minute")
    return counted("ReminderCard", "About %n minutes", minutes)


def status_words() -> dict[str, str]:
    """The tray tooltip's words (core/reminders.py ENGLISH), in the current language."""
    # Spelled out in full each time: lupdate finds only the full name.
    return {
        "off": QCoreApplication.translate("ReminderStatus", "Reminders are off"),
        "paused_resume": QCoreApplication.translate("ReminderStatus", "Paused until you resume"),
        "paused_until": QCoreApplication.translate("ReminderStatus", "Paused until {time}"),
        "quiet_hours": QCoreApplication.translate("ReminderStatus", "Quiet hours until {time}"),
        "outside_hours": QCoreApplication.translate(
            "ReminderStatus", "Outside working hours until {time}"
        ),
        "session": QCoreApplication.translate(
            "ReminderStatus", "Quiet for your session until {time}"
        ),
        "call": QCoreApplication.translate("ReminderStatus", "Reminders wait until your call ends"),
        "help_open_tough-day": QCoreApplication.translate(
            "ReminderStatus", "Quiet while Tough day is open"
        ),
        "help_open_help-now": QCoreApplication.translate(
            "ReminderStatus", "Quiet while Get help now is open"
        ),
        "help_after_tough-day": QCoreApplication.translate(
            "ReminderStatus", "Quiet for a while after Tough day, until {time}"
        ),
        "help_after_help-now": QCoreApplication.translate(
            "ReminderStatus", "Quiet for a while after Get help now, until {time}"
        ),
        "help_after": QCoreApplication.translate(
            "ReminderStatus", "Quiet for a little while, until {time}"
        ),
        "nothing": QCoreApplication.translate("ReminderStatus", "No reminders coming up"),
        "next": QCoreApplication.translate("ReminderStatus", "Next {what} {when}"),
        "waiting": QCoreApplication.translate(
            "ReminderStatus", "{what} is here whenever you want it"
        ),
        "at": QCoreApplication.translate("ReminderStatus", "at {time}"),
        "moment": QCoreApplication.translate("ReminderStatus", "in a moment"),
        "minutes": QCoreApplication.translate("ReminderStatus", "in about {n} min"),
        "hours": QCoreApplication.translate("ReminderStatus", "in about {h} h"),
        "hours_minutes": QCoreApplication.translate("ReminderStatus", "in about {h} h {m} min"),
        "day_time": QCoreApplication.translate("ReminderStatus", "{day} at {time}"),
        "tomorrow_time": QCoreApplication.translate("ReminderStatus", "tomorrow at {time}"),
        # a time later today, after "until": just the time in English, "las 10:00" in Spanish
        "today_time": QCoreApplication.translate("ReminderStatus", "{time}"),
        "name_movement": QCoreApplication.translate("ReminderStatus", "movement"),
        "name_rest": QCoreApplication.translate("ReminderStatus", "rest"),
        "name_winddown": QCoreApplication.translate("ReminderStatus", "wind-down"),
        "name_nourishment": QCoreApplication.translate("ReminderStatus", "food and water nudge"),
        "name_reach_out": QCoreApplication.translate("ReminderStatus", "reach-out nudge"),
        "name_activity": QCoreApplication.translate("ReminderStatus", "nudge for your plan"),
        "name_medication": QCoreApplication.translate("ReminderStatus", "reminder"),
        "waiting_movement": QCoreApplication.translate("ReminderStatus", "A movement idea"),
        "waiting_rest": QCoreApplication.translate("ReminderStatus", "A short rest"),
        "waiting_winddown": QCoreApplication.translate("ReminderStatus", "Your wind-down idea"),
        "waiting_nourishment": QCoreApplication.translate(
            "ReminderStatus", "A food and water idea"
        ),
        "waiting_reach_out": QCoreApplication.translate("ReminderStatus", "A reach-out idea"),
        "waiting_activity": QCoreApplication.translate("ReminderStatus", "Something you planned"),
        "waiting_medication": QCoreApplication.translate("ReminderStatus", "Your reminder"),
        "day_0": QCoreApplication.translate("ReminderStatus", "Monday"),
        "day_1": QCoreApplication.translate("ReminderStatus", "Tuesday"),
        "day_2": QCoreApplication.translate("ReminderStatus", "Wednesday"),
        "day_3": QCoreApplication.translate("ReminderStatus", "Thursday"),
        "day_4": QCoreApplication.translate("ReminderStatus", "Friday"),
        "day_5": QCoreApplication.translate("ReminderStatus", "Saturday"),
        "day_6": QCoreApplication.translate("ReminderStatus", "Sunday"),
    }
