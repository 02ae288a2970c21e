"""The sentences for saving and opening the store (core/store, app/lock_start): a write the
disk refused and where the entry is kept, a data folder Footholds can't use, a store locked,
too new or not upgraded (core/store/migrations), the lock left half turned on."""

from __future__ import annotations

from footholds.core.errors.mark import QT_TRANSLATE_NOOP

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
    # nothing could keep them, not even an unsaved-entries file: each cause says what helps
    "store.nowhere.disk_full": QT_TRANSLATE_NOOP(
        "errors",
        "Some of your latest entries can't be saved anywhere on this computer yet, because "
        "the disk is full. Footholds is staying open so they are not lost. Free some space, "
        "then try again.",
    ),
    "store.nowhere.read_only": QT_TRANSLATE_NOOP(
        "errors",
        "Some of your latest entries can't be saved anywhere on this computer yet, because "
        "the data folder can't be written to. Footholds is staying open so they are not "
        "lost. Once the data folder can be written to again, try again.",
    ),
    "store.nowhere.refused": QT_TRANSLATE_NOOP(
        "errors",
        "Some of your latest entries can't be saved anywhere on this computer yet, because "
        "the disk refused the write ({reason}). Footholds is staying open so they are not "
        "lost. Once the disk takes writes again, try again.",
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
    # Lock now, when the drafts file refused what a standing Undo would put back (app/lock_now).
    "lock.removed_not_kept": QT_TRANSLATE_NOOP(
        "errors",
        "Footholds didn't lock: what you just removed couldn't be kept safely until the "
        "unlock, because the disk refused a write. Its Undo is still there.",
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
}
