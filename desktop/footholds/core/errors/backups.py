"""The sentences for a backup (core/store/backup_check, core/store/backups): one that can't be
restored, and why; a restore that stopped or was finished at start; a file that would land
among Footholds' own."""

from __future__ import annotations

from footholds.core.errors.mark import QT_TRANSLATE_NOOP

MESSAGES: dict[str, str] = {
    # Restoring a backup (core/store/backup_check, core/store/backups).
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
    "backup.restore_finished": QT_TRANSLATE_NOOP(
        "errors",
        "Restoring your backup was cut off last time, so Footholds finished it now, as you "
        "asked. What you had before is kept in {file}.",
    ),
    "backup.not_zip": QT_TRANSLATE_NOOP("errors", "{file} is not a Footholds backup ({reason})."),
    "backup.no_manifest": QT_TRANSLATE_NOOP("errors", "{file} has no Footholds backup manifest."),
    # a zip (or Footholds' sealed backup) that breaks when read: cut short, a bad CRC
    "backup.damaged": QT_TRANSLATE_NOOP("errors", "{file} looks damaged and can't be read."),
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
}
