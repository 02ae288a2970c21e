"""The sentences for a setting's value and for the settings file (core/settings)."""

from __future__ import annotations

from footholds.core.errors.mark import QT_TRANSLATE_NOOP

MESSAGES: dict[str, str] = {
    # A setting's value (core/settings): {setting} is its label, translated in "settings".
    "setting.on_off": QT_TRANSLATE_NOOP("errors", "{setting}: choose on or off."),
    "setting.whole": QT_TRANSLATE_NOOP("errors", "{setting}: please enter a whole number."),
    "setting.between": QT_TRANSLATE_NOOP(
        "errors", "{setting}: please choose between {low} and {high}."
    ),
    "setting.text": QT_TRANSLATE_NOOP("errors", "{setting}: please enter text."),
    "setting.too_long": QT_TRANSLATE_NOOP(
        "errors", "{setting}: please keep it under {limit} characters."
    ),
    "setting.choice": QT_TRANSLATE_NOOP("errors", "{setting}: choose one of {choices}."),
    "setting.time": QT_TRANSLATE_NOOP("errors", "{setting}: please use a time like 07:30."),
    "setting.times": QT_TRANSLATE_NOOP(
        "errors", "{setting}: please give up to 12 times like 12:30."
    ),
    "setting.words": QT_TRANSLATE_NOOP("errors", "{setting}: please give a list of words."),
    "setting.each_too_long": QT_TRANSLATE_NOOP(
        "errors", "{setting}: please keep each one under {limit} characters."
    ),
    "setting.too_many": QT_TRANSLATE_NOOP(
        "errors", "{setting}: please keep it to {limit} or fewer."
    ),
    "setting.unknown": QT_TRANSLATE_NOOP("errors", "There is no setting called {name}."),
    # The settings file itself (core/settings): each a notice at start, defaults in use.
    "settings.damaged": QT_TRANSLATE_NOOP(
        "errors",
        "The settings file could not be read (it is damaged); using defaults. The old file "
        "will be kept aside, not deleted.",
    ),
    "settings.unopenable": QT_TRANSLATE_NOOP(
        "errors",
        "The settings file could not be opened; using defaults. The old file will be kept "
        "aside, not deleted.",
    ),
    "settings.wrong_shape": QT_TRANSLATE_NOOP(
        "errors",
        "The settings file was not in the expected shape; using defaults. The old file will "
        "be kept aside.",
    ),
    "settings.newer": QT_TRANSLATE_NOOP(
        "errors",
        "The settings file comes from a newer Footholds; using defaults here. The file will be "
        "kept aside.",
    ),
    # A setting's saved value that could not be used, after the setting.* sentence saying why.
    "setting.default_used": QT_TRANSLATE_NOOP("errors", "Using the default instead."),
}
