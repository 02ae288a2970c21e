"""The sentences for importing a file (core/importers, core/import_read, core/import_words,
core/import_daylio) and for reading any file someone points Footholds at (core/safe_read): why
it can't be read, why an import stopped part-way and what it kept, why an entry or a row was
left out."""

from __future__ import annotations

from footholds.core.errors.mark import QT_TRANSLATE_NOOP
from footholds.core.plural import QT_TRANSLATE_N_NOOP

MESSAGES: dict[str, str] = {
    # Importing a file (core/import_read, core/importers, core/safe_read).
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
    # At start, an import a kill or power cut stopped part-way (core/import_running).
    "import.cut_off": QT_TRANSLATE_NOOP(
        "errors",
        "Importing {file} was cut off last time. What it had added is kept, and importing the "
        "same file again adds only the rest.",
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
}
