"""Errors a person may read: a stable code and the values its sentence needs.

Core has no Qt and no idea of the interface language, so an error raised here carries its
`code` and `values` beside the English sentence (str(exc), for the command line and logs).
The UI translates by code: ui/i18n.error_text() looks the code's English sentence up in the
"errors" translation context and fills the same named values, so a translator may reorder
(`told`, which also translates the values that are words: a part's or a setting's name).
Raise one with `error(Kind, code, **values)`, Kind mixing in Explained.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, Self, TypeVar

from footholds.core.plural import QT_TRANSLATE_N_NOOP, Plural
from footholds.core.plural import english as plural_english


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark `text` for translation; the UI translates it when it shows the error."""
    return text


MESSAGES: dict[str, str] = {
    # Saving (core/store): the four causes of a failed write, each a whole sentence.
    "store.write.disk_full": QT_TRANSLATE_NOOP(
        "errors",
        "Couldn't save to disk because the disk is full. Your entry is kept safely in memory "
        "and will be saved as soon as writing works again.",
    ),
    "store.write.read_only": QT_TRANSLATE_NOOP(
        "errors",
        "Couldn't save to disk because the data folder can't be written to. Your entry is "
        "kept safely in memory and will be saved as soon as writing works again.",
    ),
    "store.write.not_a_file": QT_TRANSLATE_NOOP(
        "errors",
        "Couldn't save to disk because {file} is not a file. Your entry is kept safely in "
        "memory and will be saved as soon as writing works again.",
    ),
    "store.write.refused": QT_TRANSLATE_NOOP(
        "errors",
        "Couldn't save to disk because the disk refused the write ({reason}). Your entry is "
        "kept safely in memory and will be saved as soon as writing works again.",
    ),
    # each says what will let them be saved, for its own cause: space helps only a full disk
    "store.unsaved.disk_full": QT_TRANSLATE_NOOP(
        "errors",
        "Some of your latest entries still can't be saved because the disk is full. They are "
        "only in memory: if Footholds closes now they will be lost. Freeing some space and "
        "trying again will save them.",
    ),
    "store.unsaved.read_only": QT_TRANSLATE_NOOP(
        "errors",
        "Some of your latest entries still can't be saved because the data folder can't be "
        "written to. They are only in memory: if Footholds closes now they will be lost. "
        "Once the data folder can be written to again, trying again will save them.",
    ),
    "store.unsaved.not_a_file": QT_TRANSLATE_NOOP(
        "errors",
        "Some of your latest entries still can't be saved because {file} is not a file. They "
        "are only in memory: if Footholds closes now they will be lost. Moving it out of the "
        "way and trying again will save them.",
    ),
    "store.unsaved.refused": QT_TRANSLATE_NOOP(
        "errors",
        "Some of your latest entries still can't be saved because the disk refused the write "
        "({reason}). They are only in memory: if Footholds closes now they will be lost. "
        "Once the disk takes writes again, trying again will save them.",
    ),
    "store.nowhere": QT_TRANSLATE_NOOP(
        "errors",
        "Some of your latest entries can't be saved anywhere on this computer yet (is the "
        "disk full?). Footholds is staying open so they are not lost. Free some space, then "
        "try again.",
    ),
    # At start, when the data folder took no write even for the instance lock.
    "store.start.disk_full": QT_TRANSLATE_NOOP(
        "errors",
        "The disk is full, so Footholds can't save for now. What you add is kept in memory "
        "and will be saved as soon as writing works again.",
    ),
    "store.start.read_only": QT_TRANSLATE_NOOP(
        "errors",
        "Footholds' data folder can't be written to, so it can't save for now. What you add "
        "is kept in memory and will be saved as soon as writing works again.",
    ),
    "store.read_only_open": QT_TRANSLATE_NOOP(
        "errors", "Footholds opened your entries for reading only."
    ),
    "store.folder_unusable": QT_TRANSLATE_NOOP(
        "errors", "Footholds can't use its data folder ({folder}): {reason}. Nothing was deleted."
    ),
    "store.folder_unreadable": QT_TRANSLATE_NOOP(
        "errors", "Footholds can't read its data folder ({folder}): {reason}. Nothing was changed."
    ),
    "store.file_unreadable": QT_TRANSLATE_NOOP(
        "errors", "Footholds cannot read {file}: {reason}. Nothing was deleted."
    ),
    # Importing a file (core/importers, core/safe_read).
    "import.no_file": QT_TRANSLATE_NOOP("errors", "There is no file at {path}."),
    "import.unreadable": QT_TRANSLATE_NOOP("errors", "{file} could not be read: {reason}."),
    "import.zip": QT_TRANSLATE_NOOP(
        "errors",
        "{file} is a zip file. Footholds can import its own JSON export "
        "(footholds export --format json) or a CSV export from Daylio.",
    ),
    "import.too_large": QT_TRANSLATE_NOOP("errors", "{file} is larger than any Footholds export."),
    "import.not_text": QT_TRANSLATE_NOOP("errors", "{file} is not a text file Footholds can read."),
    "import.unknown_kind": QT_TRANSLATE_NOOP(
        "errors",
        "{file} is not a file Footholds knows how to import. It can read its own JSON "
        "export, or a CSV export from Daylio (with columns full_date, time, mood, "
        "activities and note).",
    ),
    "import.open_quote": QT_TRANSLATE_NOOP(
        "errors",
        'Line {line} of {file} opens a quote (") that is never closed, so the lines after it '
        "would be read as one note. Please close or remove that quote and import the file "
        "again.",
    ),
    # the same on the file's last line, where no line comes after it to be swallowed
    "import.open_quote_end": QT_TRANSLATE_NOOP(
        "errors",
        'Line {line} of {file}, its last line, opens a quote (") that is never closed. Please '
        "close or remove that quote and import the file again.",
    ),
    "import.damaged_json": QT_TRANSLATE_NOOP(
        "errors", "{file} looks like JSON but is damaged near line {line}; nothing was read."
    ),
    "import.strange_json": QT_TRANSLATE_NOOP(
        "errors",
        "{file} looks like JSON but holds something no Footholds export has (a number "
        "thousands of digits long, or lists nested thousands deep); nothing was read.",
    ),
    "import.not_export": QT_TRANSLATE_NOOP(
        "errors", "{file} is a JSON file, but not a Footholds export."
    ),
    "import.newer": QT_TRANSLATE_NOOP(
        "errors", "{file} comes from a newer Footholds; please update to import it."
    ),
    "import.no_records": QT_TRANSLATE_NOOP(
        "errors", "{file} is a Footholds export without any records in it."
    ),
    "import.which_file": QT_TRANSLATE_NOOP("errors", "Which file should be imported?"),
    "import.changed": QT_TRANSLATE_NOOP(
        "errors", "{file} changed after the preview; please look at it again."
    ),
    # An import the disk stopped part-way (core/import_words.write_stopped): why it stopped,
    # how many came in before and are kept, where the last of them are, what brings the rest.
    "import.stopped.disk_full": QT_TRANSLATE_NOOP(
        "errors", "The disk filled up, so the import stopped part-way."
    ),
    "import.stopped.read_only": QT_TRANSLATE_NOOP(
        "errors", "The data folder stopped taking writes, so the import stopped part-way."
    ),
    "import.stopped.not_a_file": QT_TRANSLATE_NOOP(
        "errors", "{file} is not a file, so the import stopped part-way."
    ),
    "import.stopped.refused": QT_TRANSLATE_NOOP(
        "errors", "The disk refused a write ({reason}), so the import stopped part-way."
    ),
    # counted: each text one literal (packaging/update-translations.sh reads it as it is)
    "import.kept": QT_TRANSLATE_N_NOOP(
        "errors",
        "%n entries from the file came in before that and are kept, and nothing you already had was lost.",  # noqa: E501
        "%n entry from the file came in before that and is kept, and nothing you already had was lost.",  # noqa: E501
    ),
    "import.kept_none": QT_TRANSLATE_NOOP(
        "errors", "Nothing from the file came in, and nothing you already had was lost."
    ),
    "import.in_memory": QT_TRANSLATE_N_NOOP(
        "errors",
        "The last of them are only in memory for now: keep Footholds open, and they will be saved as soon as writing works again.",  # noqa: E501
        "It is only in memory for now: keep Footholds open, and it will be saved as soon as writing works again.",  # noqa: E501
    ),
    "import.rest.disk_full": QT_TRANSLATE_NOOP(
        "errors",
        "Once there is space again, import the same file to bring in the rest; nothing is "
        "added twice.",
    ),
    "import.rest": QT_TRANSLATE_NOOP(
        "errors",
        "Once that is sorted, import the same file again to bring in the rest; nothing is "
        "added twice.",
    ),
    # Reading a file someone points Footholds at (core/safe_read).
    "read.folder": QT_TRANSLATE_NOOP(
        "errors", "{path} is a folder, not a file Footholds can read."
    ),
    "read.not_regular": QT_TRANSLATE_NOOP(
        "errors", "{path} is not a regular file, so not a file Footholds can read."
    ),
    "read.too_large": QT_TRANSLATE_NOOP(
        "errors",
        "{file} is larger than anything Footholds writes ({size} MB; the most it reads is "
        "{limit} MB).",
    ),
    "read.grew": QT_TRANSLATE_NOOP("errors", "{file} grew past {limit} MB while read."),
    "zip.members": QT_TRANSLATE_NOOP(
        "errors", "{file} holds {count} files, more than a backup ever does."
    ),
    "zip.unpacked": QT_TRANSLATE_NOOP("errors", "{file} would unpack to more than {limit} MB."),
    "zip.ratio": QT_TRANSLATE_NOOP(
        "errors", "{file} is packed far more tightly than a backup can be."
    ),
    # Opening the store (core/store, app/lock_start).
    "store.locked": QT_TRANSLATE_NOOP(
        "errors",
        "Your entries are locked with your passphrase, and this needs it to read them. "
        "Nothing was changed.",
    ),
    "store.too_new": QT_TRANSLATE_NOOP(
        "errors",
        "Your entries were saved by a newer version of Footholds. Please use that version "
        "again; this one would not read them correctly. Nothing was changed.",
    ),
    "store.key_file": QT_TRANSLATE_NOOP(
        "errors", "The lock's key file cannot be used ({reason}). Nothing was changed."
    ),
    # At start, turning the lock on that a kill or power cut stopped: undone (core/lock/switch).
    "lock.enable_unfinished": QT_TRANSLATE_NOOP(
        "errors",
        "Turning the lock on did not finish last time. Your entries are as they were, not "
        "encrypted. You can turn the lock on again in Settings.",
    ),
    # Upgrading the store (core/store/migrations).
    "upgrade.unknown": QT_TRANSLATE_NOOP(
        "errors",
        "Footholds does not know how to upgrade your entries from version {version}. "
        "Nothing was changed.",
    ),
    "upgrade.unknown_read": QT_TRANSLATE_NOOP(
        "errors",
        "Footholds does not know how to read your entries from version {version}. "
        "Nothing was changed.",
    ),
    "upgrade.read_failed": QT_TRANSLATE_NOOP(
        "errors",
        "Footholds could not read your entries from version {version}. Nothing was changed.",
    ),
    "upgrade.file_unreadable": QT_TRANSLATE_NOOP(
        "errors",
        "Footholds could not upgrade your entries from version {version} ({file} could not "
        "be read). Nothing was changed, and a backup was made first.",
    ),
    "upgrade.file_failed": QT_TRANSLATE_NOOP(
        "errors",
        "Footholds could not upgrade your entries from version {version} ({file} could not "
        "be upgraded). Nothing was changed, and a backup was made first.",
    ),
    "upgrade.file_problem": QT_TRANSLATE_NOOP(
        "errors",
        "Footholds could not upgrade your entries from version {version} ({file}: "
        "{problem}). Nothing was changed, and a backup was made first.",
    ),
    # Restoring a backup (core/store/backups).
    "backup.locked": QT_TRANSLATE_NOOP("errors", "{file} is locked: unlock Footholds first."),
    "backup.undecryptable": QT_TRANSLATE_NOOP(
        "errors", "{file} could not be decrypted; it is damaged."
    ),
    # A file asked for (export, summary, plan, backup) that would land among Footholds' own.
    "write.own_folder": QT_TRANSLATE_NOOP(
        "errors",
        "{folder} is one of Footholds' own folders, and a file saved there could replace what "
        "it keeps. Please choose another place, such as your Documents folder; nothing was "
        "written.",
    ),
    "write.own_backup": QT_TRANSLATE_NOOP(
        "errors",
        "{file} is one of your backups. Please give the new backup a name of its own, so this "
        "one is kept; nothing was written.",
    ),
    "backup.stranded": QT_TRANSLATE_NOOP(
        "errors",
        "Restoring stopped half-way ({reason}), and your entries could not be put back in "
        "their place, so Footholds is empty for now. Nothing is lost: they are all in {folder}, "
        "and in the backup {file}. Restoring that backup brings them back.",
    ),
    # At start, a restore a kill or power cut stopped between its two steps, finished.
    "import.cut_off": QT_TRANSLATE_NOOP(
        "errors",
        "Importing {file} was cut off last time. What it had added is kept, and importing the "
        "same file again adds only the rest.",
    ),
    "backup.restore_finished": QT_TRANSLATE_NOOP(
        "errors",
        "Restoring your backup was cut off last time, so Footholds finished it now, as you "
        "asked. What you had before is kept in {file}.",
    ),
    "backup.not_zip": QT_TRANSLATE_NOOP("errors", "{file} is not a Footholds backup ({reason})."),
    "backup.no_manifest": QT_TRANSLATE_NOOP("errors", "{file} has no Footholds backup manifest."),
    "backup.damaged": QT_TRANSLATE_NOOP("errors", "{file} is damaged and cannot be read."),
    "backup.not_backup": QT_TRANSLATE_NOOP("errors", "{file} is not a Footholds backup."),
    "backup.unexpected": QT_TRANSLATE_NOOP("errors", "{file} holds an unexpected file: {member}."),
    "backup.missing": QT_TRANSLATE_NOOP("errors", "{file} is missing {member}."),
    "backup.member_damaged": QT_TRANSLATE_NOOP(
        "errors", "{file}: {member} is damaged and cannot be read."
    ),
    "backup.checksum": QT_TRANSLATE_NOOP(
        "errors", "{file}: {member} is damaged (checksum differs)."
    ),
    "backup.member_problem": QT_TRANSLATE_NOOP("errors", "{file}: {member}: {problem}."),
    "backup.newer": QT_TRANSLATE_NOOP(
        "errors",
        "{file} was made by a newer version of Footholds (storage version {version}); this "
        "one cannot read it. Please restore it with that version.",
    ),
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
        "errors", "That entry is no longer there; it may have been removed."
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
    "sleep.same": QT_TRANSLATE_NOOP(
        "errors", "Bedtime and getting up are the same time; please check them."
    ),
    "sleep.too_long": QT_TRANSLATE_NOOP(
        "errors",
        "From {bed} to {up} is longer than a night; were the two times swapped? Write "
        "bedtime first, like 23:30-07:10.",
    ),
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
    # Where an entry of a Footholds export was left out, and why a whole kind was.
    "import.entry_where": QT_TRANSLATE_NOOP("errors", "{kind} number {number}"),
    "import.kind_unknown": QT_TRANSLATE_NOOP("errors", "not a kind this Footholds knows ({found})"),
    # Why a row of a Daylio export was left out (core/import_daylio).
    "daylio.where": QT_TRANSLATE_NOOP("errors", "line {line}"),
    "daylio.columns": QT_TRANSLATE_NOOP("errors", "expected {width} columns, found {found}"),
    "daylio.unreadable": QT_TRANSLATE_NOOP("errors", "the row could not be read ({reason})"),
    "daylio.date": QT_TRANSLATE_NOOP("errors", "the date {value} is not one I understand"),
    "daylio.time": QT_TRANSLATE_NOOP("errors", "the time {value} is not one I understand"),
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
    # one month of a kind kept by month: {file} is the kind's name, {month} like 2026-11
    "store.file.month": QT_TRANSLATE_NOOP("errors", "{file} for {month}"),
    "store.damage.undecryptable": QT_TRANSLATE_NOOP("errors", "the file could not be decrypted"),
    "store.damage.not_json": QT_TRANSLATE_NOOP("errors", "the file is not valid JSON"),
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
        "errors", "Part of {file} could not be read ({detail})."
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
    "store.left_out": QT_TRANSLATE_N_NOOP(
        "errors",
        "%n entries could not be brought back.",
        "%n entry could not be brought back.",
    ),
    "store.others_safe": QT_TRANSLATE_N_NOOP(
        "errors", "The other %n entries are safe.", "The other entry is safe."
    ),
    # the file stops short: entries after the cut cannot be counted, so none are
    "store.cut_off": QT_TRANSLATE_NOOP(
        "errors",
        "The end of the file was missing, so the entries written last may not have come back.",
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
    "store.kept_damaged": QT_TRANSLATE_NOOP(
        "errors", "The damaged file was kept, not deleted: {path}"
    ),
    "store.kept_as_was": QT_TRANSLATE_NOOP(
        "errors", "The file as it was is kept, not deleted: {path}"
    ),
    "store.left_as_is": QT_TRANSLATE_NOOP("errors", "The file itself was left as it is for now."),
    # A setting's saved value that could not be used, after the setting.* sentence saying why.
    "setting.default_used": QT_TRANSLATE_NOOP("errors", "Using the default instead."),
}

# Values that are themselves words to translate: a value's name, and the context its
# translation is in. A setting's label is translated where the Settings window shows it.
TRANSLATED_VALUES: dict[str, str] = {"field": "fields", "setting": "settings"}

Words = Callable[[str, str], str]  # (context, English sentence) -> the sentence to show


def _same(_context: str, text: str) -> str:
    return text


class Explained:
    """Mixed into an exception a person may read: which sentence (`code`) with which values.

    Set with `explain`; an exception raised without one keeps code "" and the UI shows
    str(exc) as it is.
    """

    code: str = ""
    values: Mapping[str, str] = {}

    def explain(self, code: str, **values: Any) -> Self:
        """Name the sentence and its values; returns the exception, to raise it in one go."""
        self.code = code
        self.values = {name: str(value) for name, value in values.items()}
        return self


E = TypeVar("E", bound=Explained)


def error(kind: type[E], code: str, **values: Any) -> E:
    """An exception of `kind` saying the sentence `code` with `values`, in English for str()
    and explained for the UI; raise it."""
    return kind(english(code, **values)).explain(code, **values)  # type: ignore[call-arg]


def english(code: str, **values: Any) -> str:
    """The English sentence for `code`, filled."""
    return MESSAGES[code].format(**{name: str(value) for name, value in values.items()})


def told(code: str, values: Mapping[str, str], words: Words = _same) -> str:
    """The sentence for `code` in the language `words` speaks (English by default), filled
    with `values`, those named in TRANSLATED_VALUES translated too; as `say` fills a
    sentence, its first letter left as written (inside)."""
    return say(Said(code, dict(values)), words, inside=True)


@dataclass(frozen=True)
class Said:
    """One sentence of MESSAGES by its code, with its values, for what core tells rather than
    raises (a notice). A value may be a Said itself (a file's name in words, why it was
    damaged), said in the same language; it sits inside the sentence, so its closing full
    stop goes. A sentence begins with a capital, whatever value it begins with ("{file}
    could not be read": "Your log ..."). A counted sentence (%n) has its `count`."""

    code: str
    values: Mapping[str, str | Said] = field(default_factory=dict)
    count: int | None = None

    def __str__(self) -> str:
        return say(self)


def said(code: str, count: int | None = None, **values: Any) -> Said:
    """The sentence `code` with `values` (a Said kept as it is, anything else as text)."""
    kept = {name: v if isinstance(v, Said) else str(v) for name, v in values.items()}
    return Said(code, kept, count)


def explained(exc: Explained) -> Said:
    """What an explained error says, as a Said to tell (or to put inside another)."""
    return Said(exc.code, dict(exc.values))


def say(
    part: Said, words: Words = _same, plural: Plural = plural_english, *, inside: bool = False
) -> str:
    """`part` in the language `words` and `plural` speak (English by default), filled; the
    values named in TRANSLATED_VALUES translated too."""
    text = MESSAGES[part.code]
    counted = part.count is not None
    sentence = plural("errors", text, part.count or 0) if counted else words("errors", text)
    filled = {}
    for name, value in part.values.items():
        if isinstance(value, Said):
            filled[name] = say(value, words, plural, inside=True).removesuffix(".")
        elif name in TRANSLATED_VALUES:
            filled[name] = words(TRANSLATED_VALUES[name], value)
        else:
            filled[name] = value
    sentence = sentence.format(**filled)
    return sentence if inside else sentence[:1].upper() + sentence[1:]


class Notice(str):
    """Something core tells a person (a damaged file read around): its English sentences,
    which the string itself is (for the command line and the log), and each sentence's code
    and values in `parts`, so the UI can say it in the interface language
    (ui/common/i18n.notice_text)."""

    parts: tuple[Said, ...]

    def __new__(cls, *parts: Said) -> Self:
        notice = super().__new__(cls, " ".join(str(part) for part in parts))
        notice.parts = parts
        return notice

    def said(self, words: Words = _same, plural: Plural = plural_english) -> str:
        """The notice in the language `words` and `plural` speak."""
        return " ".join(say(part, words, plural) for part in self.parts)
