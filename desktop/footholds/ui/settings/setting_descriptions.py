"""What a screen reader says about a setting's field, derived from its declaration."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from footholds.core.settings import Setting


def translated(text: str) -> str:
    """Translate a string marked with QT_TRANSLATE_NOOP("settings", ...)."""
    return QCoreApplication.translate("settings", text)


def description(setting: Setting) -> str:
    """What a screen reader says about the setting's field: its help when it has one, else
    what its kind and limits allow (the label already gives its name)."""
    if setting.help:
        return translated(setting.help)
    kind = setting.kind
    if kind == "bool":
        return QCoreApplication.translate(
            "settings", "Turns this on or off; the change applies at once."
        )
    if kind == "int" and setting.minimum is not None and setting.maximum is not None:
        text = QCoreApplication.translate("settings", "A whole number from {low} to {high}.")
        return text.format(low=str(setting.minimum), high=str(setting.maximum))
    if kind == "int":
        return QCoreApplication.translate("settings", "A whole number.")
    if kind == "choice":
        text = QCoreApplication.translate(
            "settings", "Choose from {count} options; the change applies at once."
        )
        return text.format(count=str(len(setting.choices)))
    if kind == "time" and setting.optional:
        return QCoreApplication.translate(
            "settings", "A time like 07:30, or tick Not set to leave it empty."
        )
    if kind == "time":
        return QCoreApplication.translate("settings", "A time like 07:30.")
    label = translated(setting.label)
    if kind == "times":
        text = QCoreApplication.translate(
            "settings", "The times for {setting}, earliest first; select one to remove it."
        )
        return text.format(setting=label)
    if kind == "list":
        text = QCoreApplication.translate(
            "settings",
            "The entries in {setting}; select one to move or remove it, or double-click it to "
            "change its words.",
        )
        return text.format(setting=label)
    text = QCoreApplication.translate(
        "settings", "Up to {limit} characters; it applies when you leave the field."
    )
    return text.format(limit=str(setting.max_length))
