"""The sentences for checking an entry (core/store/validate) and sleep times (core/sleep):
which part of what was typed can't be saved, and how to write it."""

from __future__ import annotations

from footholds.core.errors.mark import QT_TRANSLATE_NOOP

MESSAGES: dict[str, str] = {
    # Checking an entry (core/store/validate): {field} names a part of it, from FIELDS
    # (core/field_names.py), translated in the "fields" context.
    "entry.empty": QT_TRANSLATE_NOOP("errors", "{field} can't be empty."),
    "entry.not_text": QT_TRANSLATE_NOOP("errors", "{field} should be text."),
    # "{field}: …": a field's name may be plural ("Small wins"), so no verb agrees with it
    "entry.control": QT_TRANSLATE_NOOP(
        "errors",
        "{field}: some invisible control characters got in; please type the words again.",
    ),
    "entry.broken": QT_TRANSLATE_NOOP(
        "errors", "{field}: a broken character got in; please type the words again."
    ),
    "entry.too_long": QT_TRANSLATE_NOOP(
        "errors", "{field}: {length} characters, and {limit} is the most that fits."
    ),
    "entry.not_list": QT_TRANSLATE_NOOP("errors", "{field} should be a list."),
    "entry.too_many": QT_TRANSLATE_NOOP("errors", "{field}: please pick {limit} or fewer."),
    "entry.not_whole": QT_TRANSLATE_NOOP(
        "errors", "{field} should be a whole number from {low} to {high}."
    ),
    "entry.out_of_bounds": QT_TRANSLATE_NOOP("errors", "{field} should be from {low} to {high}."),
    "entry.unclear_moment": QT_TRANSLATE_NOOP(
        "errors", "{field} is not a date and time I understand."
    ),
    "entry.not_moment": QT_TRANSLATE_NOOP("errors", "{field} should be a date and time."),
    "entry.no_zone": QT_TRANSLATE_NOOP("errors", "{field} needs a time zone."),
    "entry.odd_zone": QT_TRANSLATE_NOOP("errors", "{field} has a time zone I can't store."),
    # {value} is the date (2999-01-01), first: said after "line 2: " of an imported row too
    "entry.year": QT_TRANSLATE_NOOP(
        "errors", "{value} is outside the years Footholds keeps ({low} to {high})."
    ),
    # an imported entry dated ahead of today (another device's clock, a wrong export)
    "entry.ahead": QT_TRANSLATE_NOOP("errors", "{value} is a date still to come."),
    "entry.not_date": QT_TRANSLATE_NOOP("errors", "{field} should be a date like 2026-03-14."),
    "entry.not_clock": QT_TRANSLATE_NOOP("errors", "{field} should be a time like 07:30."),
    "entry.not_choice": QT_TRANSLATE_NOOP("errors", "{field} should be one of: {options}."),
    "entry.not_flag": QT_TRANSLATE_NOOP("errors", "{field} should be yes or no."),
    "entry.bad_id": QT_TRANSLATE_NOOP("errors", "This entry has an id I can't use."),
    "entry.choice_name": QT_TRANSLATE_NOOP("errors", "{field}: one choice has a name I can't use."),
    "entry.too_many_choices": QT_TRANSLATE_NOOP("errors", "{field} has too many choices."),
    "entry.not_answers": QT_TRANSLATE_NOOP("errors", "{field} should be a set of answers."),
    "entry.part_name": QT_TRANSLATE_NOOP("errors", "{field}: one part has a name I can't use."),
    "entry.unknown_part": QT_TRANSLATE_NOOP("errors", "{field}: unknown part {part}."),
    "entry.too_many_parts": QT_TRANSLATE_NOOP("errors", "{field} has too many parts."),
    "entry.nothing": QT_TRANSLATE_NOOP("errors", "There is nothing to save yet."),
    "entry.taken_id": QT_TRANSLATE_NOOP("errors", "An entry with this id is already saved."),
    "entry.gone": QT_TRANSLATE_NOOP(
        "errors",
        "That entry is no longer in Footholds; it may have been removed, or an older backup "
        "restored.",
    ),
    "entry.shape": QT_TRANSLATE_NOOP("errors", "{field} is not in the expected shape."),
    "entry.not_session_clock": QT_TRANSLATE_NOOP("errors", "{field} should be a time like 17:30."),
    "entry.not_dates": QT_TRANSLATE_NOOP("errors", "{field} should be a list of dates."),
    "entry.moved_needs": QT_TRANSLATE_NOOP(
        "errors", "A moved session needs its new date and time."
    ),
    "entry.doses": QT_TRANSLATE_NOOP("errors", "A medicine can have up to {limit} dose changes."),
    "entry.steps": QT_TRANSLATE_NOOP("errors", "A goal can have up to {limit} steps."),
    "entry.answer_count": QT_TRANSLATE_NOOP(
        "errors", "The questionnaire should have {count} answers."
    ),
    "entry.not_object": QT_TRANSLATE_NOOP("errors", "A {kind} entry should be an object."),
    "entry.unknown_fields": QT_TRANSLATE_NOOP(
        "errors", "A {kind} entry has unknown fields: {names}."
    ),
    "entry.missing": QT_TRANSLATE_NOOP("errors", "A {kind} entry is missing something: {problem}."),
    "entry.span_zone": QT_TRANSLATE_NOOP(
        "errors", "The start and end of a time span need a time zone."
    ),
    # Sleep times (core/sleep).
    "sleep.unclear": QT_TRANSLATE_NOOP(
        "errors",
        "{text} isn't two times I understand; write them like 23:30-07:10 (bedtime, then "
        "getting up).",
    ),
    "sleep.off_clock": QT_TRANSLATE_NOOP(
        "errors",
        "{text} has a time that isn't on the clock; use 00:00 to 23:59, like 23:30-07:10.",
    ),
    # said under the morning's sleep question too: short enough for one line there
    "sleep.same": QT_TRANSLATE_NOOP("errors", "Bedtime and getting up are the same. Check them?"),
    "sleep.not_yet": QT_TRANSLATE_NOOP(
        "errors",
        "{up} hasn't come yet. When did you get up?",
    ),
    "sleep.too_long": QT_TRANSLATE_NOOP(
        "errors",
        "{bed} to {up} is longer than a night; swapped round?",
    ),
}
