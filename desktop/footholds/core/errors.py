"""Errors a person may read: a stable code and the values its sentence needs.

Core has no Qt and no idea of the interface language, so an error raised here carries its
`code` and `values` beside the English sentence (str(exc), for the command line and logs).
The UI translates by code: ui/i18n.error_text() looks the code's English sentence up in the
"errors" translation context and fills the same named values, so a translator may reorder.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self


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
        "Freeing some space and trying again will save them.",
    ),
    "store.unsaved.not_a_file": QT_TRANSLATE_NOOP(
        "errors",
        "Some of your latest entries still can't be saved because {file} is not a file. They "
        "are only in memory: if Footholds closes now they will be lost. Freeing some space and "
        "trying again will save them.",
    ),
    "store.unsaved.refused": QT_TRANSLATE_NOOP(
        "errors",
        "Some of your latest entries still can't be saved because the disk refused the write "
        "({reason}). They are only in memory: if Footholds closes now they will be lost. "
        "Freeing some space and trying again will save them.",
    ),
    "store.nowhere": QT_TRANSLATE_NOOP(
        "errors",
        "Some of your latest entries can't be saved anywhere on this computer yet (is the "
        "disk full?). Footholds is staying open so they are not lost. Free some space, then "
        "try again.",
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
        'Line {line} of {file} opens a quote (") that is never closed, so the {lines} '
        "lines after it would be read as one note. Please close or remove that quote and "
        "import the file again.",
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
}


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


def english(code: str, **values: Any) -> str:
    """The English sentence for `code`, filled."""
    return MESSAGES[code].format(**{name: str(value) for name, value in values.items()})
