"""Where a file chooser opens: the folder last used for Import, Export or Save as, kept in
the settings (a folder, never a file name), so a person who keeps their exports on a USB
stick or in Documents is not sent back to the home folder each time. A folder since removed
or unplugged falls back to the home folder."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from footholds.core.settings import Settings

log = logging.getLogger(__name__)
SETTING = "general.last_folder"


def last_folder(settings: Settings) -> Path:
    """The folder last used, while it is still there; otherwise the home folder."""
    kept = str(settings[SETTING])
    if kept:
        folder = Path(kept)
        try:
            if folder.is_dir():
                return folder
        except OSError:  # a network folder gone away
            pass
    return Path.home()


def start_at(settings: Settings, suggested: Path | None = None) -> str:
    """What a chooser is given: the last folder, with `suggested`'s name in it for a save."""
    folder = last_folder(settings)
    return str(folder / suggested.name) if suggested is not None else str(folder)


def remember(settings: Settings, chosen: Path) -> None:
    """Keep the folder of the file just chosen, for the next chooser. Never in the way of
    the save or import it comes before: a folder the setting cannot hold (a path longer than
    any system allows, or one whose name ends in a space) is simply not kept."""
    from footholds.core.setting_kinds import SettingError

    folder = str(chosen.parent)
    if folder != folder.strip():
        return  # the setting keeps words trimmed: the next chooser would miss this folder
    try:
        settings.set(SETTING, folder)
    except SettingError as err:
        log.info("the folder last used is not kept: %s", err)
