"""The sentences for a store file that could not be trusted and was read around
(core/store/recovery): which file, what was wrong with it, how many entries came back."""

from __future__ import annotations

from footholds.core.errors.mark import QT_TRANSLATE_NOOP
from footholds.core.plural import QT_TRANSLATE_N_NOOP

MESSAGES: dict[str, str] = {
    # A store file that could not be trusted, read around (core/store/recovery): a notice of
    # a few sentences, each its own code (a Notice of Said parts). {file} is the file's name
    # in words (a store.file.* sentence), {detail} what was wrong with it (a store.damage.*).
    "store.file.log": QT_TRANSLATE_NOOP("errors", "your log"),
    "store.file.reminder": QT_TRANSLATE_NOOP("errors", "your reminder history"),
    "store.file.proof": QT_TRANSLATE_NOOP("errors", "your proof list"),
    "store.file.affirmation": QT_TRANSLATE_NOOP("errors", "your affirmations"),
    "store.file.content_mark": QT_TRANSLATE_NOOP("errors", "your hidden and favourite marks"),
    "store.file.own_item": QT_TRANSLATE_NOOP("errors", "your own suggestions"),
    "store.file.thought": QT_TRANSLATE_NOOP("errors", "your thought log"),
    "store.file.routine_item": QT_TRANSLATE_NOOP("errors", "your routine"),
    "store.file.routine_check": QT_TRANSLATE_NOOP("errors", "your routine history"),
    "store.file.goal": QT_TRANSLATE_NOOP("errors", "your micro-goals"),
    "store.file.person": QT_TRANSLATE_NOOP("errors", "your people"),
    "store.file.safety_plan": QT_TRANSLATE_NOOP("errors", "your safety plan"),
    "store.file.own_line": QT_TRANSLATE_NOOP("errors", "your own help lines"),
    "store.file.session": QT_TRANSLATE_NOOP("errors", "your therapy sessions"),
    "store.file.activity": QT_TRANSLATE_NOOP("errors", "your own activities"),
    "store.file.activity_plan": QT_TRANSLATE_NOOP("errors", "your planned activities"),
    "store.file.sleep": QT_TRANSLATE_NOOP("errors", "your sleep log"),
    "store.file.medication_taken": QT_TRANSLATE_NOOP("errors", "your medication ticks"),
    "store.file.medicine": QT_TRANSLATE_NOOP("errors", "your medicines"),
    "store.file.questionnaire": QT_TRANSLATE_NOOP("errors", "your questionnaires"),
    "store.file.other": QT_TRANSLATE_NOOP("errors", "your {name}"),
    # one month of a kind kept by month: {file} is the kind's name, {month} a store.month
    "store.file.month": QT_TRANSLATE_NOOP("errors", "{file} for {month}"),
    # a month and its year: {month} a store.month.* name, {year} like 2026
    "store.month": QT_TRANSLATE_NOOP("errors", "{month} {year}"),
    "store.month.1": QT_TRANSLATE_NOOP("errors", "January"),
    "store.month.2": QT_TRANSLATE_NOOP("errors", "February"),
    "store.month.3": QT_TRANSLATE_NOOP("errors", "March"),
    "store.month.4": QT_TRANSLATE_NOOP("errors", "April"),
    "store.month.5": QT_TRANSLATE_NOOP("errors", "May"),
    "store.month.6": QT_TRANSLATE_NOOP("errors", "June"),
    "store.month.7": QT_TRANSLATE_NOOP("errors", "July"),
    "store.month.8": QT_TRANSLATE_NOOP("errors", "August"),
    "store.month.9": QT_TRANSLATE_NOOP("errors", "September"),
    "store.month.10": QT_TRANSLATE_NOOP("errors", "October"),
    "store.month.11": QT_TRANSLATE_NOOP("errors", "November"),
    "store.month.12": QT_TRANSLATE_NOOP("errors", "December"),
    "store.damage.undecryptable": QT_TRANSLATE_NOOP("errors", "the file could not be decrypted"),
    "store.damage.not_json": QT_TRANSLATE_NOOP("errors", "the file is not valid JSON"),
    # what a person is told of a file that is not valid JSON (core/store/recovery_words)
    "store.damage.empty": QT_TRANSLATE_NOOP("errors", "its file was empty"),
    "store.damage.cut": QT_TRANSLATE_NOOP("errors", "the end of its file was missing"),
    "store.damage.garbled": QT_TRANSLATE_NOOP("errors", "its file was damaged"),
    # all that was wrong: an editor saved it in the older Windows/Latin-1 format (text_format)
    "store.damage.other_text": QT_TRANSLATE_NOOP(
        "errors", "its file had been saved in another text format"
    ),
    "store.damage.shape": QT_TRANSLATE_NOOP(
        "errors", "the file is not shaped like a Footholds store"
    ),
    "store.damage.no_schema": QT_TRANSLATE_NOOP("errors", "the file has no schema version"),
    "store.damage.newer": QT_TRANSLATE_NOOP(
        "errors", "the file comes from a newer Footholds (v{version})"
    ),
    "store.damage.entry_shape": QT_TRANSLATE_NOOP("errors", "an entry is not shaped like an entry"),
    "store.damage.no_time": QT_TRANSLATE_NOOP("errors", "an entry has no usable time"),
    # {problem}: why the entry could not be read, an entry.* sentence
    "store.damage.entry": QT_TRANSLATE_NOOP("errors", "an entry could not be read: {problem}"),
    "store.not_file.folder": QT_TRANSLATE_NOOP(
        "errors", "{path} is a folder, not a file of entries"
    ),
    "store.not_file.other": QT_TRANSLATE_NOOP(
        "errors", "{path} is not a regular file, not a file of entries"
    ),
    "store.not_a_file": QT_TRANSLATE_NOOP(
        "errors",
        "{file} could not be read: {reason}. Footholds left it as it is and read everything "
        "else. Moving it out of the data folder lets Footholds use that file again.",
    ),
    "store.part_unreadable": QT_TRANSLATE_NOOP(
        "errors", "Part of {file} could not be read: {detail}."
    ),
    # nothing came back from the file itself (an empty file): no "part of" it
    "store.unreadable": QT_TRANSLATE_NOOP("errors", "{file} could not be read: {detail}."),
    # the file was whole, but some of its words were not UTF-8 (core/store/text_format)
    "store.read_other_text": QT_TRANSLATE_NOOP(
        "errors",
        "Some of the words in {file} had been saved in another text format, as some editors "
        "do; Footholds read them back in that format.",
    ),
    "store.salvage_unwritten": QT_TRANSLATE_NOOP(
        "errors",
        "Part of {file} could not be read ({detail}), and what could be saved of it could not "
        "be written back ({reason}).",
    ),
    # Counted: each text one literal (packaging/update-translations.sh reads it as it is).
    "store.entries_unreadable": QT_TRANSLATE_N_NOOP(
        "errors",
        "%n entries in {file} could not be read ({detail}).",
        "%n entry in {file} could not be read ({detail}).",
    ),
    "store.came_back": QT_TRANSLATE_N_NOOP(
        "errors",
        "%n entries came back: {kept} from the file itself and {restored} from your latest backup.",
        "%n entry came back: {kept} from the file itself and {restored} from your latest backup.",
    ),
    "store.came_back_file": QT_TRANSLATE_N_NOOP(
        "errors",
        "%n entries came back from the file itself.",
        "%n entry came back from the file itself.",
    ),
    "store.came_back_backup": QT_TRANSLATE_N_NOOP(
        "errors",
        "%n entries came back from your latest backup.",
        "%n entry came back from your latest backup.",
    ),
    # of the entries that came back from a damaged file, those read in the older format
    "store.other_text_entries": QT_TRANSLATE_N_NOOP(
        "errors",
        "%n of them had been saved in another text format, as some editors do, and were read back in that format.",  # noqa: E501
        "%n of them had been saved in another text format, as some editors do, and was read back in that format.",  # noqa: E501
    ),
    "store.left_out": QT_TRANSLATE_N_NOOP(
        "errors",
        "%n entries could not be brought back.",
        "%n entry could not be brought back.",
    ),
    "store.others_safe": QT_TRANSLATE_N_NOOP(
        "errors", "The other %n entries are safe.", "The other entry is safe."
    ),
    # the file stops short: entries after the cut cannot be counted, so none are
    "store.cut_off": QT_TRANSLATE_NOOP("errors", "What was written last may be missing."),
    # every entry seen came back and the file was not cut before its end
    "store.nothing_missing": QT_TRANSLATE_NOOP("errors", "Nothing seems to be missing."),
    # what a person can do when something may be missing
    "store.restore_hint": QT_TRANSLATE_NOOP(
        "errors",
        "If something is missing, Settings → Your data → Restore a backup shows what each "
        "backup holds before anything changes.",
    ),
    "store.no_backup": QT_TRANSLATE_NOOP("errors", "No backup had a copy of it."),
    "store.backups_waiting": QT_TRANSLATE_NOOP(
        "errors",
        "Your backups could not be read just now; Footholds will look in them again next time.",
    ),
    "store.backups_again": QT_TRANSLATE_N_NOOP(
        "errors",
        "Your backups could be read again: %n entries came back from your latest backup into {file}.",  # noqa: E501
        "Your backups could be read again: %n entry came back from your latest backup into {file}.",
    ),
    # the last sentence of a notice: the path on a line of its own, not broken inside a line
    "store.kept_damaged": QT_TRANSLATE_NOOP(
        "errors", "The file as it was is kept aside, in case it is needed:\n{path}"
    ),
    "store.kept_as_was": QT_TRANSLATE_NOOP(
        "errors", "The file as it was is kept aside, in case it is needed:\n{path}"
    ),
    "store.left_as_is": QT_TRANSLATE_NOOP("errors", "The file itself was left as it is for now."),
}
